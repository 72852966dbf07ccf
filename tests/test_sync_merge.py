"""Merge rules: last writer wins, append-only, long-text conflicts, tombstones; order never matters."""

from functools import reduce

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.clock import Timestamp
from sync.merge import Change, Op, Outcome, RecordState, merge

S = "s" + "1" * 32


def t(wall: int, device: str = "da", counter: int = 0) -> Timestamp:
    return Timestamp(wall, counter, device)


def fold(changes, state=None):
    return reduce(lambda s, c: merge(s, c)[0], changes, state)


def test_the_later_structured_edit_wins_whatever_order_they_arrive_in():
    early = Change(S, "r", "pupil_day", Op.SET, t(1, "db"), "mood", "calm")
    late = Change(S, "r", "pupil_day", Op.SET, t(2, "da"), "mood", "upset")
    assert fold([early, late]).values() == fold([late, early]).values() == {"mood": "upset"}


def test_an_entry_is_never_overwritten_once_written():
    entry = Change(S, "e", "entry", Op.APPEND, t(1), value={"text": "Swimming today"})
    edit = Change(S, "e", "entry", Op.SET, t(5, "db"), "text", "changed by someone else")
    impostor = Change(S, "e", "entry", Op.APPEND, t(9, "dc"), value={"text": "rewritten"})
    for order in ([entry, edit, impostor], [impostor, edit, entry], [edit, impostor, entry]):
        state = fold(order)
        assert state.values() == {"text": "Swimming today"} and state.author == "da"


def test_two_concurrent_edits_of_a_long_text_are_both_kept_until_a_person_chooses():
    base = Change(S, "a", "agreement", Op.TEXT, t(1), "commitment", "We will read together")
    mine = Change(S, "a", "agreement", Op.TEXT, t(2, "da"), "commitment", "We will read every night", (t(1),))
    theirs = Change(
        S, "a", "agreement", Op.TEXT, t(3, "db"), "commitment", "We will read at weekends", (t(1),)
    )
    state = fold([base, mine, theirs])
    assert state.conflicts == ["commitment"]
    assert [h.value for h in state.texts["commitment"].heads] == [
        "We will read every night",
        "We will read at weekends",
    ]
    assert fold([theirs, base, mine]).to_json() == state.to_json()
    chosen = Change(
        S, "a", "agreement", Op.TEXT, t(4, "dc"), "commitment", "Every night", (t(2, "da"), t(3, "db"))
    )
    resolved = fold([chosen], state)
    assert resolved.conflicts == [] and resolved.values() == {"commitment": "Every night"}


def test_a_sequential_edit_is_not_a_conflict():
    first = Change(S, "a", "agreement", Op.TEXT, t(1), "commitment", "one")
    second = Change(S, "a", "agreement", Op.TEXT, t(2, "db"), "commitment", "two", (t(1),))
    assert fold([second, first]).conflicts == [] and fold([second, first]).values() == {"commitment": "two"}


def test_a_deletion_is_a_tombstone_that_later_edits_do_not_undo():
    made = Change(S, "n", "news", Op.SET, t(1), "title", "Trip")
    gone = Change(S, "n", "news", Op.DELETE, t(2))
    later = Change(S, "n", "news", Op.SET, t(3), "title", "Trip moved")
    for order in ([made, gone, later], [later, gone, made], [gone, later, made]):
        state = fold(order)
        assert not state.visible and state.values() == {"title": "Trip moved"}


def test_changes_for_another_kind_of_record_are_rejected():
    state = fold([Change(S, "r", "entry", Op.APPEND, t(1), value={"text": "x"})])
    assert merge(state, Change(S, "r", "news", Op.SET, t(2), "title", "y"))[1] is Outcome.REJECTED


devices = st.sampled_from(["da", "db", "dc"])
stamps = st.builds(Timestamp, st.integers(0, 6), st.integers(0, 2), devices)
ops = st.one_of(
    st.builds(
        lambda s, f, v: Change(S, "r", "k", Op.SET, s, f, v), stamps, st.sampled_from("xy"), st.integers(0, 3)
    ),
    st.builds(
        lambda s, v, b: Change(S, "r", "k", Op.TEXT, s, "body", v, tuple(b)),
        stamps,
        st.text("ab", max_size=2),
        st.lists(stamps, max_size=2),
    ),
    st.builds(lambda s: Change(S, "r", "k", Op.DELETE, s), stamps),
    st.builds(lambda s, v: Change(S, "r", "k", Op.APPEND, s, value={"v": v}), stamps, st.integers(0, 2)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ops, min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_any_order_and_any_duplicates_give_the_same_state(changes, random):
    shuffled = list(changes) + random.sample(changes, k=min(3, len(changes)))
    random.shuffle(shuffled)
    assert fold(shuffled).to_json() == fold(changes).to_json()
    assert RecordState.from_json(fold(changes).to_json()).to_json() == fold(changes).to_json()


@settings(max_examples=300, deadline=None)
@given(st.lists(ops, min_size=1, max_size=12))
def test_merging_in_place_gives_the_same_states_and_outcomes_as_merging_copies(changes):
    copied: RecordState | None = None
    owned: RecordState | None = None
    for change in changes:
        before = owned.to_json() if owned is not None else None
        copied, outcome = merge(copied, change)
        owned, owned_outcome = merge(owned, change, in_place=True)
        assert owned_outcome is outcome
        assert owned.to_json() == copied.to_json()
        if outcome is not Outcome.APPLIED and before is not None:
            assert owned.to_json() == before
