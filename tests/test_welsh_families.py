"""Welsh for schools in Wales: the quick phrases and the printed labels in Welsh for a family whose home
language is Welsh (WEL), the family window in Welsh, and Welsh wanted only for Welsh-reading families.
Real SQLCipher files, real PDFs read back with poppler."""

from __future__ import annotations

import array
import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.access import Actor
from desktop.domain.calendar import Period
from desktop.domain.families import Channel, FamilyMember, Relationship
from desktop.domain.linkbook import Amount, EntryText, FoodRecord, LinkBookEntry, SenSections
from desktop.domain.phrase_languages import SECTION_VALUES, phrase_language
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.printing.font_coverage import unsupported_characters
from desktop.printing.phrases import ENGLISH, Phrasebook
from desktop.printing.quick_phrase_words import shipped_words
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.phrase_translations import PhraseTranslationService
from desktop.services.phrases import DEFAULT_PHRASES, PhraseService
from desktop.services.print_packs import PrintPackService
from desktop.services.read_aloud import SpokenPart, family_parts, synthesise, voice_for
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.app_fonts import use_shipped_fonts
from desktop.ui.family.identity import load_household
from desktop.ui.family.window import FamilyWindow
from desktop.ui.language import install_language
from tests.conftest import TODAY

WEEK = Period.week_of(TODAY.date())
SHOTS = Path(os.environ.get("LINKBOOK_SHOTS", "/tmp"))
ADDED = "Please send in wellies for Forest School on Thursday."


def _staff(vault: Vault) -> ServiceContext:
    return ServiceContext(vault, Actor("Mrs Prys-Okafor", StaffRole.SENCO), clock=lambda: TODAY)


@pytest.fixture
def welsh_school(vault: Vault) -> dict[str, object]:
    """A school with Gwenllian (her father reads Welsh, on paper) and Zofia (Polish family) in one class;
    Gwenllian's entry built from the bank."""
    staff = _staff(vault)
    teacher = StaffMember("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER)
    derw = SchoolClass("Blwyddyn 3 Derw", "3", staff_ids=(teacher.id,))
    school = SchoolService(staff)
    school.set_up(School("Ysgol Glan Taf"), [teacher], [derw])
    gwen = Pupil(
        "Gwenllian", "Ap Dafydd", dt.date(2018, 4, 9), derw.id, "A000000000041", first_language="WEL"
    )
    zofia = Pupil("Zofia", "Wiśniewska", dt.date(2018, 2, 1), derw.id, "A000000000042", first_language="POL")
    school.save_pupils([gwen, zofia])
    school.save_family_members(
        [
            FamilyMember(
                "Iolo ap Dafydd", Relationship.FATHER, (gwen.id,), channel=Channel.PAPER, home_language="WEL"
            ),
        ]
    )
    PhraseService(staff).phrases()
    entry = LinkBookService(staff).save_entry(
        LinkBookEntry(
            pupil_id=gwen.id,
            day=TODAY.date(),
            author_id=teacher.id,
            author_role=StaffRole.CLASS_TEACHER,
            wins="Super reading! She read her poem to the class.",
            reminders="Please bring PE kit tomorrow.",
            sections=SenSections(food_and_drink=(FoodRecord("Lunch", Amount.MOST),)),
        )
    )
    return {"class": derw, "teacher": teacher, "gwen": gwen, "zofia": zofia, "entry": entry}


def test_the_default_bank_and_the_printed_labels_ship_unchecked_in_welsh() -> None:
    english = [text for text, _section in DEFAULT_PHRASES] + [e for _s, e in SECTION_VALUES.values()]
    words = shipped_words("WEL")
    assert sorted(words) == sorted(english), "every default phrase and care value has Welsh words"
    for phrase, text in words.items():
        assert text.strip() and text != phrase and unsupported_characters(text) == [], (phrase, text)
    labels = Phrasebook("WEL")
    assert labels.bilingual
    assert all(labels.home(key) for key in ENGLISH), "every printed label has Welsh words"
    assert labels.both("wins") == "Well done today / Da iawn heddiw"
    assert phrase_language("WEL") == phrase_language("cym") == "WEL"


def test_a_welsh_familys_printed_week_shows_welsh_phrases_and_labels_beside_the_english(
    vault: Vault, welsh_school: dict, tmp_path: Path
) -> None:
    saved: LinkBookEntry = welsh_school["entry"]
    assert {code for use in saved.phrases for code, _words in use.words} == {"WEL"}, (
        "the entry keeps the words of its family's language only"
    )
    pdf = tmp_path / "gwen.pdf"
    pdf.write_bytes(PrintPackService(_staff(vault)).pupil_week(welsh_school["gwen"].id, WEEK))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = text.splitlines()
    welsh = shipped_words("WEL")
    for english in ("Super reading!", "Please bring PE kit tomorrow."):
        assert any(english in line and welsh[english] in line for line in lines), f"Welsh beside {english}"
    assert "She read her poem to the class." in text, "the teacher's own words, as written"
    assert "Lunch / Cinio: Most / Y rhan fwyaf" in text
    for english, label in (("Well done today", "Da iawn heddiw"), ("Reminders", "Nodiadau atgoffa")):
        assert any(english in line and label in line for line in lines), f"{label} beside {english}"
    assert "Link book / Llyfr cyswllt" in text and "Dydd Llun 16.11.2026" in text
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(SHOTS / "welsh_week")]
    )


def test_welsh_is_wanted_only_for_welsh_reading_families(vault: Vault, welsh_school: dict) -> None:
    staff = _staff(vault)
    PhraseService(staff).add(ADDED, EntryText.REMINDERS, class_id=welsh_school["class"].id)
    translations = PhraseTranslationService(staff)
    assert "WEL" in {language.code for language in translations.languages()}, "every school can write Welsh"
    assert sorted(t.language for t in translations.tasks()) == ["WEL"], "only Gwenllian's father reads Welsh"

    SchoolService(staff).save_family_members(
        [
            FamilyMember(
                "Anna Wiśniewska", Relationship.MOTHER, (welsh_school["zofia"].id,), home_language="POL"
            )
        ]
    )
    assert sorted(t.language for t in translations.tasks()) == ["POL", "WEL"]

    english_only = Vault.create(vault.data_dir.parent / "english-school", "a different passphrase here")
    try:
        other = _staff(english_only)
        oak = SchoolClass("Year 3 Oak", "3")
        SchoolService(other).set_up(School("Riverside Primary"), [], [oak])
        pupil = Pupil("Oisín", "Ní Bhriain", dt.date(2018, 3, 3), oak.id, "A000000000043")
        SchoolService(other).save_pupils([pupil])
        SchoolService(other).save_family_members(
            [FamilyMember("Siobhán Ní Bhriain", Relationship.MOTHER, (pupil.id,), home_language="ENG")]
        )
        PhraseService(other).add(ADDED, EntryText.REMINDERS, class_id=oak.id)
        assert PhraseTranslationService(other).tasks() == [], "no Welsh wanted where no family reads it"
    finally:
        english_only.close()


def test_a_welsh_family_hears_the_welsh_phrases_in_the_welsh_voice(vault: Vault, welsh_school: dict) -> None:
    saved: LinkBookEntry = welsh_school["entry"]
    parts = family_parts(saved, "WEL")
    welsh = shipped_words("WEL")
    assert SpokenPart("WEL", welsh["Please bring PE kit tomorrow."]) in parts, "a text made only of phrases"
    assert all(p.language == "ENG" for p in parts if "her poem" in p.text), (
        "the teacher's own words stay English"
    )
    assert voice_for("WEL").espeak_name == voice_for("CYM").espeak_name == "cy"
    spoken = synthesise(tuple(p for p in parts if p.language == "WEL"))
    samples = array.array("h", spoken.pcm)
    loud = sum(1 for s in samples if abs(s) > 300)
    assert spoken.seconds > 1.5 and loud > len(samples) // 10, "Welsh speech, not silence"


@pytest.fixture
def own_settings(qapp, tmp_path: Path) -> Iterator[Path]:
    """Settings written here go to tmp_path, never to the account running the tests."""
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


@pytest.fixture
def welsh_app(qapp, own_settings) -> Iterator[QApplication]:
    """The application in Welsh with the shipped fonts; afterwards English, its font as before."""
    assert isinstance(qapp, QApplication)
    font = qapp.font()
    use_shipped_fonts(qapp)
    install_language(qapp, QLocale("cy"))
    yield qapp
    install_language(qapp, QLocale(QLocale.Language.English))
    qapp.setFont(font)


def test_the_family_window_in_welsh_shows_welsh_words_and_phrases_beside_the_english(
    qtbot, welsh_app: QApplication, vault: Vault, welsh_school: dict
) -> None:
    window = FamilyWindow(vault, load_household(vault).actor(), clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1000, 800)
    window.show()
    qtbot.waitUntil(lambda: bool(window.pages) and window.pages[0].records is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    menus = {action.text() for action in window.menuBar().actions()}
    assert "Lan&guage" not in menus and "&School" not in menus, menus
    assert window.lock_button.text() != "&Lock"
    card = window.pages[0].linkbook.entry_cards()[0]
    assert card.language == "WEL"
    shown = "\n".join(w.text() for w in card.findChildren(QWidget) if hasattr(w, "text"))
    welsh = shipped_words("WEL")
    for english in ("Super reading!", "Please bring PE kit tomorrow."):
        assert f"{welsh[english]}</span> <span style='color:#555555'>\u2014 {english}" in shown
    assert "Lunch / Cinio" in shown
    window.grab().save(str(SHOTS / "family_window_welsh.png"))
