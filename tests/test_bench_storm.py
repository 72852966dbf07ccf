"""The storm benchmark's short version: real server processes, real devices, nothing lost; and its check
for lost bundles does see a bundle that did not arrive."""

from tests.bench.storm import Samples, _lost, report, run_storm, with_floor


def test_a_short_storm_over_two_server_processes_loses_nothing() -> None:
    result = run_storm(devices=12, seconds=2, processes=2, pause=0.4, threads=2)
    assert result.devices == 12 and result.cycles >= 12, "every device synced during the storm"
    assert result.errors == 0 and result.lost == 0
    assert {"heads", "pull", "push"} <= set(result.by_kind)
    first = report(result).splitlines()[0]
    assert first.startswith("storm: 12 devices, ") and first.endswith("errors 0, lost 0")
    # The devices took their keys before the storm and none was wrapped since: no sync asked again.
    assert "keys" not in result.by_kind
    rate, p95, against = with_floor(result, threads=2)
    assert rate > 0 and p95 > 0 and set(against) == {"heads", "pull", "push"}


def test_the_lost_check_counts_an_acknowledged_bundle_a_device_of_its_scope_lacks() -> None:
    sender, teacher, other_family = Samples(), Samples(), Samples()
    sender.acknowledged = [("pupil-1", "bundle-a", "family-1"), ("pupil-1", "bundle-b", "family-1")]
    sender.holds = {"family-1": (("pupil-1",), set())}
    teacher.holds = {"teacher": (("class", "pupil-1", "pupil-2"), {"bundle-a"})}
    other_family.holds = {"family-2": (("pupil-2",), set())}
    assert _lost([sender, teacher, other_family]) == 1, "bundle-b never reached the teacher"
    teacher.holds["teacher"][1].add("bundle-b")
    assert _lost([sender, teacher, other_family]) == 0
