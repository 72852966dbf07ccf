"""Read aloud in the family window: play and stop on an entry, and plain messages where it cannot speak.

The family window runs over a real SQLCipher school (one family's device, as `make screenshots` builds
it). This machine has no sound server, which is exactly the computer "no speaker" is about; the other
tests give the widget a sound system that claims a speaker but cannot open it, so synthesis runs on the
worker thread to the very end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QAudioDevice

from desktop.domain.linkbook import EntryText, LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.read_aloud import spoken_parts
from desktop.ui.about import AboutDialog, library_licence
from desktop.ui.family.child_page import ChildPage
from desktop.ui.family.identity import load_household
from desktop.ui.family.read_aloud import ReadAloud, SoundSystem
from desktop.ui.family.window import FamilyWindow
from tests.conftest import TODAY
from tests.ui_checks import unnamed_controls, visible_text

WAIT_MS = 20_000
LEARNING = "Today we counted Roman coins and made our own coins from clay."
WINS = "Zofia read her book aloud to the whole class."
POLISH_WINS = "Zofia przeczytała na głos swoją książkę całej klasie."
SHOT = Path("/tmp/read-aloud-family.png")

NO_SPEAKER_CLAIMED = SoundSystem(has_output=lambda: True, engines=lambda: [], device=QAudioDevice)
"""Says it has a speaker, has no platform voice, and its speaker cannot be opened (a null device)."""


@pytest.fixture
def window(qtbot, senco_context: ServiceContext, small_school: dict) -> Iterator[FamilyWindow]:
    zofia, parent = small_school["pupils"][0], small_school["parents"][0]
    LinkBookService(senco_context).save_entry(
        LinkBookEntry(zofia.id, TODAY.date(), "t", StaffRole.CLASS_TEACHER, learning=LEARNING, wins=WINS)
    )
    LinkBookService(senco_context).save_entry(
        LinkBookEntry(
            zofia.id, TODAY.date() - dt.timedelta(days=1), "t", StaffRole.CLASS_TEACHER, wins="Painted."
        )
    )
    actor = load_household(senco_context.vault).actor(parent.id)
    shown = FamilyWindow(senco_context.vault, actor, clock=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1000, 780)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: bool(shown.pages) and shown.pages[0].records is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not shown.runner.busy, timeout=WAIT_MS)
    yield shown


def page(window: FamilyWindow) -> ChildPage:
    return window.pages[0]


def controls(qtbot, window: FamilyWindow, **kwargs: object) -> ReadAloud:
    """A Read aloud for the newest entry, on the child's page, with the sound system given."""
    entry = page(window).linkbook.entry_cards()[0].entry
    widget = ReadAloud(entry, page(window), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_read_aloud_on_a_computer_with_no_speaker_says_so_and_nothing_breaks(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The family window's own Read aloud, on a computer whose sound system lists no output (as here, and
    # as on any machine once its speakers are gone).
    from types import SimpleNamespace

    from desktop.ui.family import read_aloud as module

    monkeypatch.setattr(module, "QMediaDevices", SimpleNamespace(audioOutputs=lambda: []))
    card = page(window).linkbook.entry_cards()[0]
    read = card.read_aloud
    assert read.play_button.isVisible() and not read.stop_button.isVisible()
    assert not unnamed_controls(card)

    qtbot.mouseClick(
        read.play_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton
    )

    assert read.message.isVisible()
    assert "No speaker or headphones were found" in read.message.text()
    assert read.play_button.isVisible() and not read.playing
    read.stop()
    read.play()
    assert "No speaker or headphones" in read.message.text()
    assert not window.runner.busy, "nothing was synthesised for a computer that cannot play it"
    window.grab().save(str(SHOT))


def test_play_then_stop_while_the_entry_is_being_prepared_leaves_nothing_playing(qtbot, window) -> None:
    read = controls(qtbot, window, sound=NO_SPEAKER_CLAIMED)
    read.play()
    assert read.playing and read.stop_button.isVisible() and not read.play_button.isVisible()
    assert window.runner.busy, "the synthesis runs on the task runner, off the GUI thread"
    read.stop_button.click()
    assert not read.playing and read.play_button.isVisible()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
    assert not read.message.isVisible(), "a stopped reading says nothing afterwards"
    assert not read.playing


def test_a_speaker_that_cannot_be_opened_gives_a_message_after_the_speech_is_made(qtbot, window) -> None:
    read = controls(qtbot, window, sound=NO_SPEAKER_CLAIMED)
    read.play()
    qtbot.waitUntil(lambda: read.message.isVisible(), timeout=WAIT_MS)
    assert "could not be played" in read.message.text()
    assert not read.playing and read.play_button.isVisible()


def test_somali_text_is_refused_with_a_message_and_never_spoken(qtbot, window) -> None:
    def somali(entry: LinkBookEntry) -> tuple:
        return spoken_parts(entry, "SOM", {EntryText.WINS: "Zofia ayaa buuggeeda u akhriday fasalka."})

    read = controls(qtbot, window, spoken=somali, sound=NO_SPEAKER_CLAIMED)
    read.play()
    assert "no voice that speaks Somali" in read.message.text()
    assert not read.playing and not window.runner.busy


def test_a_platform_voice_speaks_when_the_computer_has_one_for_the_language(qtbot, window) -> None:
    """Qt's test engine stands in for the computer's voices: it has English voices and no Polish one."""
    with_voices = SoundSystem(has_output=lambda: True, engines=lambda: ["mock"], device=QAudioDevice)
    english = controls(qtbot, window, sound=with_voices)
    english.play()
    assert english.playing and not window.runner.busy, "spoken by the platform, nothing to synthesise"
    assert english.stop_button.isVisible() and not english.play_button.isVisible()
    english.grab().save(str(SHOT.with_name("read-aloud-playing.png")))
    english.stop_button.click()
    assert not english.playing and not english.message.isVisible()

    def polish(entry: LinkBookEntry) -> tuple:
        return spoken_parts(entry, "POL", {EntryText.WINS: POLISH_WINS, EntryText.LEARNING: "Liczyliśmy."})

    in_polish = controls(qtbot, window, spoken=polish, sound=with_voices)
    in_polish.play()
    assert in_polish.playing and window.runner.busy, "no platform Polish voice: eSpeak NG makes it"
    qtbot.waitUntil(lambda: in_polish.message.isVisible(), timeout=WAIT_MS)
    assert "could not be played" in in_polish.message.text()


def test_locking_the_window_stops_reading_aloud(qtbot, window) -> None:
    with_voices = SoundSystem(has_output=lambda: True, engines=lambda: ["mock"], device=QAudioDevice)
    card = page(window).linkbook.entry_cards()[0]
    card.read_aloud.sound = with_voices  # type: ignore[misc]
    card.read_aloud.play()
    assert card.read_aloud.playing and not window.runner.busy
    window.lock()
    assert not card.read_aloud.playing, "the card stopped speaking as it left the screen"


def test_the_about_box_and_the_licences_say_espeak_ng_is_gpl_3(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "Reads aloud with eSpeak NG" in visible_text(dialog)
    assert "GPL-3.0-or-later" in visible_text(dialog)
    espeak = library_licence("espeakng-loader")
    assert "GPL-3.0-or-later" in espeak.licence
    assert "GNU General Public License" in espeak.licence_text and "espeak-ng" in espeak.licence_text
