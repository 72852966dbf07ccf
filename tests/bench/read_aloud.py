"""Read aloud: how long a family waits between pressing "Read aloud" and hearing the first sound.

The entry is an average one of the demo school (two sentences of learning, a win and a reminder, as the
demo writes them). The app can play nothing until the whole recording is made (QAudioSink plays one
buffer), so first audio is the full synthesis: the entry's parts in reading order, one voice per part,
the pauses between them. The floor is eSpeak NG alone saying the same words in one call through the
library, with none of our work around it.

On its own: `python -m tests.bench.read_aloud`.
"""

from __future__ import annotations

import datetime as dt
import time

from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.demo_data import LEARNING, REMINDERS, WINS
from desktop.services.read_aloud import english_parts, espeak, synthesise
from tests.bench.measure import Result, percentile

TARGET_MS = 1000.0


def average_entry() -> LinkBookEntry:
    return LinkBookEntry(
        "bench pupil",
        dt.date(2026, 11, 20),
        "bench teacher",
        StaffRole.CLASS_TEACHER,
        learning=f"{LEARNING[0]} {LEARNING[8]}",
        wins=WINS[0].format(name="Zofia"),
        reminders=REMINDERS[0],
    )


def first_audio_result(runs: int = 7) -> Result:
    """p95 of the synthesis of an average entry, beside its floor (bare eSpeak NG, same words)."""
    parts = english_parts(average_entry())
    words = " ".join(part.text for part in parts)
    synthesise(parts)  # the library and its English data loaded once, as after the first press
    samples, floor, seconds = [], [], 0.0
    for _ in range(runs):
        start = time.perf_counter()
        spoken = synthesise(parts)
        samples.append((time.perf_counter() - start) * 1000)
        seconds = spoken.seconds
        start = time.perf_counter()
        espeak.synthesise(words, "en")
        floor.append((time.perf_counter() - start) * 1000)
    return Result(
        "Read aloud: first audio of an average entry",
        percentile(samples, 0.95),
        "ms",
        TARGET_MS,
        f"{len(words.split())} words, {seconds:.1f} s of speech, {runs} runs",
        percentile(floor, 0.95),
        "eSpeak NG alone saying the same words in one call through the library, p95",
    )


def results() -> list[Result]:
    return [first_audio_result()]


if __name__ == "__main__":
    result = first_audio_result()
    print(
        f"{result.name}: {result.value:.0f} {result.unit} (target {result.target:.0f}); {result.detail}; "
        f"floor ({result.floor_name}) {result.floor:.0f} {result.unit}, {result.ratio:.1f}x"
    )
