"""Quick phrases reach the family app in the family's language: the phrase ids and their words travel
with the entry through a real sync to a family device that has no phrase bank, and the family window
shows each phrase in the home language with the English beside it, or in English, marked, until it is
translated. Pictures of the window in Polish, and of entries for Arabic and Bengali families, are saved
for a person to look at."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.domain.access import Actor, FamilyRole
from desktop.domain.linkbook import (
    Amount,
    EntryText,
    FoodRecord,
    LinkBookEntry,
    SenSections,
)
from desktop.domain.school import StaffRole
from desktop.printing.quick_phrase_words import shipped_words
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.phrases import PhraseService
from desktop.services.sync.device import SyncTarget
from desktop.store.repositories.drafts import PhraseRepository
from desktop.ui.app_fonts import use_shipped_fonts
from desktop.ui.family.identity import family_actor
from desktop.ui.family.linkbook_panel import EntryCard
from desktop.ui.family.window import FamilyWindow
from sync.protocol import DeviceRole
from tests.conftest import TODAY
from tests.sync_desktop_helpers import DesktopDevice, build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess
from tests.ui_checks import visible_text

ADDED = "Please send in wellies for Forest School on Thursday."
WAIT_MS = 20_000
SHOTS = Path(os.environ.get("LINKBOOK_SHOTS", "/tmp"))
T = TypeVar("T")


def _entry(pupil_id: str, when: int, **texts: object) -> LinkBookEntry:
    return LinkBookEntry(
        pupil_id=pupil_id,
        day=day(when),
        author_id="t",
        author_role=StaffRole.CLASS_TEACHER,
        **texts,  # type: ignore[arg-type]
    )


@pytest.fixture
def school(tmp_path: Path, server: ServerProcess) -> tuple[DesktopDevice, DesktopDevice, dict]:
    """The office writes Zofia's entries from the bank (one phrase added and not yet translated); the
    family device (Polish) joins and syncs."""
    office = open_device(tmp_path, "office")
    data = build_school(office.context)
    zofia = data["pupils"][0]
    phrases = PhraseService(office.context)
    phrases.phrases()
    phrases.add(ADDED, EntryText.REMINDERS, class_id=zofia.class_id)
    linkbook = LinkBookService(office.context)
    linkbook.save_entry(_entry(zofia.id, 1, learning="Planted cress seeds in the window box."))
    data["entry"] = linkbook.save_entry(
        _entry(
            zofia.id,
            0,
            wins="Super reading! Read the Roman coins book to the class.",
            reminders=f"Please bring PE kit tomorrow. {ADDED}",
            sections=SenSections(food_and_drink=(FoodRecord("Lunch", Amount.ALL),)),
        )
    )
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    family = open_device(tmp_path, "family")
    enrol(office, family, server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id,))
    return office, family, data


@pytest.fixture
def window(qtbot, school) -> Iterator[FamilyWindow]:
    _office, family, _data = school
    shown = FamilyWindow(family.vault, family_actor(family.vault), clock=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(900, 900)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: bool(shown.pages) and shown.pages[0].records is not None, timeout=WAIT_MS)
    yield shown


def test_the_phrase_ids_and_words_travel_to_a_family_device_without_a_bank(school) -> None:
    _office, family, data = school
    sent: LinkBookEntry = data["entry"]
    with family.vault.reading() as session:
        assert PhraseRepository(session).every_phrase() == [], "a family device holds no phrase bank"
    actor = family_actor(family.vault)
    received = LinkBookService(ServiceContext(family.vault, actor, clock=lambda: TODAY)).entry(sent.id)
    assert received.phrases == sent.phrases
    assert [u.english for u in received.phrases] == [
        "Super reading!",
        "Please bring PE kit tomorrow.",
        ADDED,
        "Lunch",
    ]


def test_a_polish_family_window_shows_each_phrase_in_polish_beside_the_english(
    window: FamilyWindow, school
) -> None:
    shown = visible_text(window)
    card = window.pages[0].linkbook.entry_cards()[0]
    assert card.language == "POL"
    label_text = "\n".join(w.text() for w in card.findChildren(QWidget) if hasattr(w, "text"))
    polish = shipped_words("POL")
    for english in ("Super reading!", "Please bring PE kit tomorrow."):
        assert f"{polish[english]}</span> <span style='color:#555555'>\u2014 {english}" in label_text
    assert "Read the Roman coins book to the class." in shown, "the teacher's own words, as written"
    assert f"{ADDED}</span> <i style='color:#8a4b00'>(in English / po angielsku)</i>" in label_text
    assert "Lunch / Obiad" in label_text
    assert "Planted cress seeds in the window box." in shown, "an entry with no phrases shows as written"
    window.grab().save(str(SHOTS / "family_window_polish_phrases.png"))


class _Writer:
    """Enough of the child page for a card to be drawn (no reply is sent here)."""

    def __init__(self) -> None:
        self.actor = Actor("Rodzic", FamilyRole.FAMILY_MEMBER, family_member_id="m", pupil_ids=("p",))

    def run(self, label: str, work: Callable[[ServiceContext], object], done: Callable[[], None]) -> None:
        raise AssertionError("nothing is written in this test")

    def fetch(self, label: str, work: Callable[[ServiceContext], T], done: Callable[[T], None]) -> None:
        raise AssertionError("nothing is fetched in this test")


@pytest.fixture
def app_with_shipped_fonts() -> Iterator[QApplication]:
    """The app font with the shipped fallbacks, as the app sets it at start; put back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    use_shipped_fonts(app)
    yield app
    app.setFont(before)


@pytest.mark.parametrize("language", ["ARA", "BNG", "URD"])
def test_arabic_bengali_and_urdu_families_read_the_phrases_in_their_script(
    qtbot,
    senco_context: ServiceContext,
    small_school: dict,
    app_with_shipped_fonts: QApplication,
    language: str,
) -> None:
    context = senco_context
    pupil = next(p for p in small_school["pupils"] if p.first_language == language)  # their family's
    PhraseService(context).phrases()
    entry = LinkBookService(context).save_entry(
        LinkBookEntry(
            pupil_id=pupil.id,
            day=TODAY.date() - dt.timedelta(days=1),
            author_id="t",
            author_role=StaffRole.CLASS_TEACHER,
            wins="Worked really hard today. Great listening on the carpet.",
            reminders="Spellings test on Friday.",
            sections=SenSections(food_and_drink=(FoodRecord("Snack", Amount.SOME),)),
        )
    )
    card = EntryCard(entry, _Writer(), language=language)  # type: ignore[arg-type]
    qtbot.addWidget(card)
    card.resize(760, card.sizeHint().height())
    card.show()
    qtbot.waitExposed(card)
    words = shipped_words(language)
    text = "\n".join(w.text() for w in card.findChildren(QWidget) if hasattr(w, "text"))
    for english in (
        "Worked really hard today.",
        "Great listening on the carpet.",
        "Spellings test on Friday.",
    ):
        assert words[english] in text and english in text
    assert f"Snack / {words['Snack']}" in text
    label = next(w for w in card.findChildren(QLabel) if words["Snack"] in w.text())
    metrics = QFontMetrics(label.font())
    missing = {
        c for c in words["Worked really hard today."] if not c.isspace() and not metrics.inFontUcs4(ord(c))
    }
    assert missing == set(), f"drawn as empty boxes: {sorted(missing)}"
    card.grab().save(str(SHOTS / f"family_entry_{language.lower()}_phrases.png"))
