"""The hybrid logical clock: monotonic under skew, causal, a total order, serialisable."""

from hypothesis import given
from hypothesis import strategies as st

from sync.clock import HybridLogicalClock, Timestamp


def fixed(times: list[int]):
    values = iter(times)
    return lambda: next(values)


def test_stamps_keep_increasing_when_the_wall_clock_jumps_backwards():
    clock = HybridLogicalClock("dA", now_ms=fixed([1000, 1000, 400, 400, 2000]))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5
    assert stamps[-1].wall_ms == 2000


def test_an_edit_made_after_seeing_another_is_later_even_on_a_slow_clock():
    fast = HybridLogicalClock("dfast", now_ms=lambda: 10_000_000)
    slow = HybridLogicalClock("dslow", now_ms=lambda: 5_000)
    seen = fast.now()
    slow.observe(seen)
    assert slow.now() > seen


def test_ties_are_broken_by_device_id_the_same_way_everywhere():
    a, b = Timestamp(5, 0, "da"), Timestamp(5, 0, "db")
    assert sorted([b, a]) == [a, b]


def test_the_clock_resumes_from_its_saved_state_after_a_restart():
    clock = HybridLogicalClock("dA", now_ms=lambda: 9_000)
    clock.now()
    last = clock.now()
    restarted = HybridLogicalClock("dA", Timestamp.decode(last.encode()), now_ms=lambda: 1_000)
    assert restarted.now() > last


@given(
    st.lists(st.tuples(st.integers(0, 10**12), st.integers(0, 999_999), st.sampled_from(["da", "db", "dc"])))
)
def test_encoded_timestamps_sort_like_timestamps(raw):
    stamps = [Timestamp(*r) for r in raw]
    assert sorted(s.encode() for s in stamps) == [s.encode() for s in sorted(stamps)]
    assert all(Timestamp.decode(s.encode()) == s for s in stamps)


@given(
    st.lists(
        st.one_of(st.integers(0, 10**9), st.tuples(st.integers(0, 10**9), st.integers(0, 50))), max_size=40
    )
)
def test_now_is_strictly_monotonic_whatever_the_wall_clock_and_messages_do(events):
    wall = [0]
    clock = HybridLogicalClock("dme", now_ms=lambda: wall[0])
    previous = clock.last
    for event in events:
        if isinstance(event, int):
            wall[0] = event
            current = clock.now()
        else:
            current = clock.observe(Timestamp(event[0], event[1], "dother"))
            assert current > Timestamp(event[0], event[1], "dother") or current.wall_ms > event[0]
        assert current > previous
        previous = current


@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=30))
def test_an_encoded_stamp_is_the_same_as_the_timestamp_it_stands_for(walls):
    readings, again = iter(walls), iter(walls)
    fast = HybridLogicalClock("dfast", now_ms=lambda: next(readings))
    slow = HybridLogicalClock("dfast", now_ms=lambda: next(again))
    for _ in walls:
        assert fast.now_encoded() == slow.now().encode()
    assert fast.last == slow.last
