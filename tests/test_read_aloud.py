"""Read aloud without a window: an entry spoken by embedded eSpeak NG in each home language, and the CLI.

Each recording is checked as a person would notice: it lasts about as long as its words take to say, it
is sound and not silence, it is spoken by the language's own voice (not eSpeak's default English one),
and a language with no voice (Somali) is refused with a message rather than mispronounced.
"""

from __future__ import annotations

import array
import datetime as dt
import io
import math
import os
import subprocess
import sys
import threading
import wave
from pathlib import Path

import pytest

from desktop.domain.linkbook import (
    Amount,
    EntryText,
    FoodRecord,
    LinkBookEntry,
    Mood,
    MoodRecord,
    SchoolSession,
    SenSections,
)
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.read_aloud import (
    NothingToRead,
    NoVoice,
    Samples,
    SpokenPart,
    english_parts,
    espeak,
    spoken_parts,
    synthesise,
    voice_for,
    wav_bytes,
)
from desktop.services.read_aloud.speech import PAUSE_SECONDS
from tests.conftest import PASSPHRASE, TODAY

ROOT = Path(__file__).resolve().parents[1]
LEARNING = "Today we counted Roman coins and made our own coins from clay."
WINS = "She read her book aloud to the whole class."

TRANSLATIONS: dict[str, tuple[str, str]] = {
    "POL": (
        "Dzisiaj liczyliśmy rzymskie monety i lepiliśmy własne monety z gliny.",
        "Zofia przeczytała na głos swoją książkę całej klasie.",
    ),
    "URD": (
        "آج ہم نے رومی سکے گنے اور مٹی سے اپنے سکے بنائے۔",
        "فاطمہ نے اپنی کتاب پوری جماعت کو بلند آواز سے پڑھ کر سنائی۔",
    ),
    "BNG": (
        "আজ আমরা রোমান মুদ্রা গুনেছি এবং মাটি দিয়ে নিজেদের মুদ্রা বানিয়েছি।",
        "আয়ান পুরো ক্লাসকে তার বই জোরে পড়ে শুনিয়েছে।",
    ),
    "ARA": (
        "اليوم عددنا العملات الرومانية وصنعنا عملاتنا من الطين.",
        "قرأت أمينة كتابها بصوت عالٍ أمام الصف كله.",
    ),
    "WEL": (
        "Heddiw buon ni'n cyfrif darnau arian Rhufeinig ac yn gwneud ein darnau arian ein hunain o glai.",
        "Darllenodd Oisín ei llyfr yn uchel i'r dosbarth cyfan.",
    ),
}
SOMALI = ("Maanta waxaan tirinnay lacagtii Roomaanka.", "Hodan ayaa buuggeeda u akhriday fasalka oo dhan.")


def entry(**texts: object) -> LinkBookEntry:
    return LinkBookEntry("pupil", TODAY.date(), "teacher", StaffRole.CLASS_TEACHER, **texts)  # type: ignore[arg-type]


def rms(pcm: bytes) -> float:
    samples = array.array("h", pcm)
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


def voiced_fraction(samples: Samples, window_s: float = 0.02, threshold: float = 300.0) -> float:
    """The share of 20 ms windows louder than a whisper: speech has many, silence none."""
    step = 2 * round(samples.rate * window_s)
    windows = [samples.pcm[i : i + step] for i in range(0, len(samples.pcm) - step + 1, step)]
    return sum(1 for w in windows if rms(w) > threshold) / len(windows)


def words(parts: tuple[SpokenPart, ...]) -> int:
    return sum(len(p.text.split()) for p in parts)


@pytest.mark.parametrize("language", sorted(TRANSLATIONS))
def test_an_entry_in_the_familys_language_is_spoken_by_its_own_voice_for_as_long_as_its_words(
    language: str,
) -> None:
    learning, wins = TRANSLATIONS[language]
    parts = spoken_parts(
        entry(learning=LEARNING, wins=WINS),
        language,
        translated={EntryText.LEARNING: learning, EntryText.WINS: wins},
    )
    assert [p.language for p in parts] == [language, language]
    assert [p.text for p in parts] == [learning, wins], "the family's version, not the English"

    speech = synthesise(parts)

    pauses = PAUSE_SECONDS * (len(parts) - 1)
    per_word = (speech.seconds - pauses) / words(parts)
    assert 0.2 <= per_word <= 1.2, f"{speech.seconds:.1f} s for {words(parts)} words"
    assert rms(speech.pcm) > 1000, "speech, not silence"
    assert voiced_fraction(speech) > 0.4
    shorter = synthesise(parts[:1])
    assert shorter.seconds < speech.seconds - 1, "one sentence is shorter than two"
    assert espeak.knows_voice(voice_for(language).espeak_name), "the language's own voice, not the default"


def test_somali_has_no_voice_and_says_so_instead_of_mispronouncing_it() -> None:
    learning, wins = SOMALI
    parts = spoken_parts(
        entry(learning=LEARNING, wins=WINS, reminders="Bring a coat."),
        "SOM",
        translated={EntryText.LEARNING: learning, EntryText.WINS: wins},
    )
    assert [p.language for p in parts] == ["SOM", "SOM", "ENG"], "the English where there is no Somali"
    with pytest.raises(NoVoice) as refused:
        synthesise(parts)
    assert "no voice that speaks Somali" in str(refused.value)
    with pytest.raises(NoVoice):
        voice_for("som")
    assert not espeak.knows_voice("so"), "if eSpeak NG gains Somali, add it to VOICES"
    assert espeak.synthesise(learning, "so") is None, "an unknown voice is never left to the default one"


def test_an_untranslated_entry_is_read_in_english_in_reading_order_with_the_day_in_detail() -> None:
    written = entry(
        class_note="Museum trip on Monday.",
        learning=LEARNING,
        wins=WINS,
        reminders="Bring a coat.",
        note="She was tired after lunch.",
        sections=SenSections(
            mood=(MoodRecord(SchoolSession.MORNING, Mood.CALM, "settled quickly"),),
            food_and_drink=(FoodRecord("Lunch", Amount.MOST),),
        ),
    )
    parts = english_parts(written)
    assert {p.language for p in parts} == {"ENG"}
    spoken = "\n".join(p.text for p in parts)
    order = [LEARNING, WINS, "Morning: calm. settled quickly", "Lunch: most.", "Bring a coat.", "tired after"]
    positions = [spoken.index(text) for text in [*order, "Museum trip"]]
    assert positions == sorted(positions), spoken
    assert spoken.startswith("What we learned.")
    assert synthesise(parts).seconds > 10


def test_a_somali_family_without_a_translation_hears_the_english() -> None:
    parts = spoken_parts(entry(wins=WINS), "SOM", translated={})
    assert parts == (SpokenPart("ENG", f"Wins.\n{WINS}"),)
    assert synthesise(parts).seconds > 1


def test_an_empty_entry_has_nothing_to_read() -> None:
    with pytest.raises(NothingToRead):
        synthesise(english_parts(entry(class_note="  ")))


def test_two_threads_speaking_at_once_each_get_their_own_voice_and_words() -> None:
    """eSpeak NG varies each rendering slightly, so lengths are compared: mixed-up blocks would not fit."""
    jobs = {"POL": TRANSLATIONS["POL"][0], "ARA": TRANSLATIONS["ARA"][0], "ENG": LEARNING * 2}
    alone = {code: synthesise([SpokenPart(code, text)]).seconds for code, text in jobs.items()}
    together: dict[str, list[float]] = {code: [] for code in jobs}

    def speak(code: str) -> None:
        for _ in range(3):
            together[code].append(synthesise([SpokenPart(code, jobs[code])]).seconds)

    threads = [threading.Thread(target=speak, args=(code,)) for code in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for code, lengths in together.items():
        assert len(lengths) == 3
        assert all(abs(length - alone[code]) < 0.05 * alone[code] for length in lengths), (code, lengths)


def test_stopping_cuts_the_recording_short() -> None:
    parts = spoken_parts(entry(learning=LEARNING * 4))
    whole = synthesise(parts)
    calls = [0]

    def stop() -> bool:
        calls[0] += 1
        return calls[0] > 2

    cut = synthesise(parts, stop)
    assert 0 < cut.seconds < whole.seconds / 2


def test_the_recording_is_a_valid_wav() -> None:
    speech = synthesise(english_parts(entry(wins=WINS)))
    with wave.open(io.BytesIO(wav_bytes(speech))) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, speech.rate)
        assert wav.getnframes() == len(speech.pcm) // 2


def linkbook(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LINKBOOK_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def test_the_command_line_writes_what_the_family_would_hear(
    senco_context: ServiceContext, small_school: dict, data_dir: Path, tmp_path: Path
) -> None:
    zofia = small_school["pupils"][0]
    day = dt.date(2026, 11, 19)
    written = LinkBookEntry(zofia.id, day, "teacher", StaffRole.CLASS_TEACHER, learning=LEARNING, wins=WINS)
    LinkBookService(senco_context).save_entry(written)
    senco_context.vault.close()
    out = tmp_path / "out" / "entry.wav"

    done = linkbook(
        "read-aloud",
        "--data-dir",
        str(data_dir),
        "--pupil",
        "Zofia Wiśniewska",
        "--date",
        "2026-11-19",
        "-o",
        str(out),
    )

    assert done.returncode == 0, done.stderr
    assert "Wrote" in done.stdout and str(out) in done.stdout
    expected = synthesise(english_parts(written))
    with wave.open(str(out)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        pcm = wav.readframes(wav.getnframes())
    heard = len(pcm) / 2 / 22050
    assert abs(heard - expected.seconds) < 0.08 * expected.seconds, "what the app would play for the entry"
    assert rms(pcm) > 1000

    missing = linkbook(
        "read-aloud",
        "--data-dir",
        str(data_dir),
        "--pupil",
        "Zofia Wiśniewska",
        "--date",
        "2026-11-18",
        "-o",
        str(tmp_path / "none.wav"),
    )
    assert missing.returncode == 2
    assert "no link-book entry on 2026-11-18" in missing.stderr
    assert not (tmp_path / "none.wav").exists()
    wrong = linkbook(
        "read-aloud",
        "--data-dir",
        str(data_dir),
        "--pupil",
        "Zofia Wiśniewska",
        "--date",
        "2026-11-19",
        "-o",
        str(tmp_path / "entry.mp3"),
    )
    assert wrong.returncode == 2 and "does not end in .wav" in wrong.stderr


def test_a_polish_family_hears_its_phrases_and_the_staff_translation_in_polish_and_the_rest_in_english() -> (
    None
):
    """What the family app and `linkbook read-aloud` speak: a text made only of quick phrases that have
    Polish words is spoken in Polish; a text a member of staff translated, in the translation; the
    teacher's own untranslated words stay English."""
    from desktop.domain.linkbook import PhraseUse
    from desktop.services.read_aloud import family_parts

    wins = "Worked really hard today. Super reading!"
    uses = (
        PhraseUse("wins", "p1", "Worked really hard today.", (("POL", "Dziś bardzo ciężko pracował."),)),
        PhraseUse("wins", "p2", "Super reading!", (("POL", "Świetne czytanie!"),)),
    )
    made = entry(
        wins=wins,
        learning="Counted in fives with the bead string.",
        reminders="Please bring wellies on Thursday.",
        phrases=uses,
    )
    parts = family_parts(made, "POL", {"reminders": "Proszę przynieść kalosze w czwartek."})
    assert [(p.language, p.text) for p in parts] == [
        ("ENG", "What we learned.\nCounted in fives with the bead string."),
        ("POL", "Dziś bardzo ciężko pracował. Świetne czytanie!"),
        ("POL", "Proszę przynieść kalosze w czwartek."),
    ]
    spoken = synthesise(parts)
    assert spoken.seconds > 3 and voiced_fraction(spoken) > 0.3
    assert [p.language for p in family_parts(made, "ENG", {})] == ["ENG", "ENG", "ENG"]
