"""Quick phrases in the families' home languages: starter translations, staff checks and corrections,
entries that remember their phrases, the family's printed week, tasks for what needs translating, the CLI,
and the refusals. Real SQLCipher files, real PDFs read back."""

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from desktop.domain.access import Actor
from desktop.domain.calendar import Period
from desktop.domain.linkbook import Amount, EntryText, FoodRecord, LinkBookEntry, SenSections
from desktop.domain.phrase_languages import HOME_LANGUAGES, SECTION_VALUES
from desktop.domain.school import StaffRole
from desktop.printing.font_coverage import unsupported_characters
from desktop.printing.quick_phrase_words import shipped_words
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.phrase_translations import PhraseTranslationService
from desktop.services.phrases import DEFAULT_PHRASES, PhraseService, QuickPhrase
from desktop.services.print_packs import PrintPackService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.audit import AuditRepository
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, TODAY
from tests.printing_fixtures import page_texts

WEEK = Period.week_of(TODAY.date())
ROOT = Path(__file__).resolve().parents[1]
ADDED = "Please send in wellies for Forest School on Thursday."


def _pupil(school: dict[str, object], index: int) -> object:
    return school["pupils"][index]  # type: ignore[index]


def _teacher(vault: Vault) -> ServiceContext:
    return ServiceContext(vault, Actor("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER), clock=lambda: TODAY)


def _bank(context: ServiceContext) -> dict[str, QuickPhrase]:
    return {p.text: p for p in PhraseService(context).phrases()}


def _write(context: ServiceContext, pupil_id: str, **texts: object) -> LinkBookEntry:
    entry = LinkBookEntry(
        pupil_id=pupil_id,
        day=TODAY.date(),
        author_id="t",
        author_role=StaffRole.CLASS_TEACHER,
        **texts,  # type: ignore[arg-type]
    )
    return LinkBookService(context).save_entry(entry)


def _cli(data_dir: Path, language: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "phrases",
            "list",
            "--language",
            language,
            "--data-dir",
            str(data_dir),
        ],
        cwd=ROOT,
        env={**os.environ, "LINKBOOK_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _pdftotext(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_every_default_phrase_and_care_value_ships_unchecked_in_the_ten_languages_and_prints() -> None:
    english = [text for text, _section in DEFAULT_PHRASES] + [e for _s, e in SECTION_VALUES.values()]
    for code in HOME_LANGUAGES:
        data = json.loads((ROOT / "resources" / "quick_phrases" / f"{code.lower()}.json").read_text("utf-8"))
        assert data["checked_by_native_speaker"] is False, code
        words = shipped_words(code)
        assert sorted(words) == sorted(english), f"{code} misses or adds a phrase"
        for phrase, text in words.items():
            assert text.strip() and text != phrase, (code, phrase)
            assert unsupported_characters(text) == [], (code, text)


def test_a_polish_familys_printed_week_shows_each_phrase_in_polish_beside_the_english(
    data_dir: Path,
    vault: Vault,
    small_school: dict[str, object],
    senco_context: ServiceContext,
    tmp_path: Path,
) -> None:
    zofia = _pupil(small_school, 0)  # Polish family, asked for paper
    _bank(senco_context)
    saved = _write(
        senco_context,
        zofia.id,  # type: ignore[attr-defined]
        wins="Super reading! She read the Roman coins book to the class.",
        reminders="Please bring PE kit tomorrow.",
        sections=SenSections(food_and_drink=(FoodRecord("Lunch", Amount.MOST),)),
    )
    assert [(u.field, u.english) for u in saved.phrases] == [
        ("wins", "Super reading!"),
        ("reminders", "Please bring PE kit tomorrow."),
        ("food_and_drink", "Lunch"),
    ]
    vault.close()

    reopened = Vault.unlock(data_dir, PASSPHRASE)
    try:
        context = _teacher(reopened)
        stored = LinkBookService(context).entry(saved.id)
        assert stored.phrases == saved.phrases, "the phrase ids and their words are kept in the vault"
        assert stored.phrases[0].phrase_id == _bank(context)["Super reading!"].id
        text = _pdftotext(PrintPackService(context).pupil_week(zofia.id, WEEK), tmp_path, "zofia")  # type: ignore[attr-defined]
    finally:
        reopened.close()
    lines = text.splitlines()
    for english, polish in (
        ("Super reading!", "Świetne czytanie!"),
        ("Please bring PE kit tomorrow.", "Proszę jutro przynieść strój na WF."),
    ):
        assert any(english in line and polish in line for line in lines), f"{polish} beside {english}"
    assert "She read the Roman coins book to the class." in text, "the teacher's own words, as written"
    assert "Lunch / Obiad" in text


def test_an_english_reading_family_gets_the_text_as_written(
    vault: Vault, small_school: dict[str, object], senco_context: ServiceContext
) -> None:
    oisin = _pupil(small_school, 8)  # English family
    _bank(senco_context)
    _write(senco_context, oisin.id, wins="Super reading! Lovely kind friend today.")  # type: ignore[attr-defined]
    text = "\n".join(page_texts(PrintPackService(senco_context).pupil_week(oisin.id, WEEK)))  # type: ignore[attr-defined]
    assert "Super reading! Lovely kind friend today." in text
    assert "in English" not in text and "Świetne" not in text


def test_an_added_phrase_shows_in_english_until_translated_and_raises_a_task_for_the_classs_languages(
    vault: Vault, small_school: dict[str, object], senco_context: ServiceContext
) -> None:
    zofia = _pupil(small_school, 0)
    oak = small_school["class"]
    teacher = _teacher(vault)
    PhraseService(teacher).add(ADDED, EntryText.REMINDERS, class_id=oak.id)  # type: ignore[attr-defined]
    translations = PhraseTranslationService(teacher)
    tasks = translations.tasks()
    assert {t.english for t in tasks} == {ADDED}, "the default bank ships translated"
    # The class's families read nine of the ten languages (none reads Gujarati) and English.
    assert sorted(t.language for t in tasks) == sorted(set(HOME_LANGUAGES) - {"GUJ"})
    assert {t.language_name for t in tasks} >= {"Polish", "Arabic", "Bengali"}

    _write(teacher, zofia.id, reminders=ADDED)  # type: ignore[attr-defined]
    printing = PrintPackService(teacher)
    before = "\n".join(page_texts(printing.pupil_week(zofia.id, WEEK)))  # type: ignore[attr-defined]
    assert ADDED in before and "in English / po angielsku" in before

    added = next(p for p in PhraseService(teacher).phrases(oak.id) if p.text == ADDED)  # type: ignore[attr-defined]
    translations.translate(added.id, "pol", "Prosimy przysłać kalosze na zajęcia w lesie w czwartek.")
    assert "POL" not in {t.language for t in translations.tasks()}
    after = "\n".join(page_texts(PrintPackService(teacher).pupil_week(zofia.id, WEEK)))  # type: ignore[attr-defined]
    assert "Prosimy przysłać kalosze na zajęcia w lesie w czwartek." in after
    assert "in English / po angielsku" not in after, "translated since the entry was written"


def test_checking_and_correcting_are_kept_with_who_and_when_and_audited(
    vault: Vault, senco_context: ServiceContext
) -> None:
    _bank(senco_context)
    service = PhraseTranslationService(senco_context)
    lines = {line.english: line for line in service.lines("URD")}
    line = lines["Super reading!"]
    assert line.text == shipped_words("URD")["Super reading!"] and not line.checked
    checked = service.check(line.phrase_id, "URD")
    assert checked.checked and checked.checked_by == "Mrs Adebayo-Kowalska" and checked.checked_at == TODAY
    assert checked.text == line.text
    corrected = service.translate(lines["Snack"].phrase_id, "urd", "  ہلکا   کھانا ")
    assert corrected.text == "ہلکا کھانا" and corrected.checked
    with vault.reading() as session:
        events = [e for e in AuditRepository(session).events() if e.record_kind == "phrase_translation"]
    assert [(e.record_id, e.detail, e.actor) for e in events] == [
        (f"URD/{line.phrase_id}", "checked", "Mrs Adebayo-Kowalska"),
        ("URD/value:snack", "translated", "Mrs Adebayo-Kowalska"),
    ]
    # The English changes: the school's translation no longer counts, the phrase needs translating.
    PhraseService(senco_context).edit(line.phrase_id, "Superb reading today!", EntryText.WINS)
    assert service.line(line.phrase_id, "URD").text == ""


def test_bad_translations_are_refused_with_the_reason_and_nothing_is_kept(
    vault: Vault, senco_context: ServiceContext
) -> None:
    phrase = _bank(senco_context)["Super reading!"]
    service = PhraseTranslationService(senco_context)
    with pytest.raises(InvalidInput, match="empty"):
        service.translate(phrase.id, "POL", "   ")
    with pytest.raises(InvalidInput, match=r"U\+1F600.*no font|no font.*U\+1F600"):
        service.translate(phrase.id, "POL", "Świetne czytanie! 😀")
    with pytest.raises(InvalidInput, match="中"):
        service.translate(phrase.id, "BNG", "দারুণ 中文")
    with pytest.raises(InvalidInput, match="not one of them"):
        service.translate(phrase.id, "CHI", "很好")
    assert service.line(phrase.id, "POL").text == shipped_words("POL")["Super reading!"]
    assert not service.line(phrase.id, "POL").checked
    with vault.reading() as session:
        assert not [e for e in AuditRepository(session).events() if e.record_kind == "phrase_translation"]


def test_a_deleted_phrase_keeps_the_words_of_the_entries_built_from_it(
    vault: Vault, small_school: dict[str, object], senco_context: ServiceContext
) -> None:
    amina = _pupil(small_school, 2)  # Arabic family
    phrase = _bank(senco_context)["Lovely kind friend today."]
    saved = _write(senco_context, amina.id, wins="Lovely kind friend today.")  # type: ignore[attr-defined]
    arabic = shipped_words("ARA")["Lovely kind friend today."]
    PhraseService(senco_context).remove(phrase.id)
    assert "Lovely kind friend today." not in _bank(senco_context)
    stored = LinkBookService(senco_context).entry(saved.id)
    assert stored.phrases[0].phrase_id == phrase.id and stored.phrases[0].in_language("ARA") == arabic
    # Saved again with more words, the entry still knows the phrase it was built from.
    resaved = LinkBookService(senco_context).save_entry(
        LinkBookEntry(
            pupil_id=stored.pupil_id,
            day=stored.day,
            author_id="t",
            author_role=StaffRole.CLASS_TEACHER,
            wins="Lovely kind friend today. Shared the paints.",
            id=stored.id,
        )
    )
    assert [u.phrase_id for u in resaved.phrases] == [phrase.id]
    printed = "\n".join(page_texts(PrintPackService(senco_context).pupil_week(amina.id, WEEK)))  # type: ignore[attr-defined]
    assert "Lovely kind friend today." in printed and "Shared the paints." in printed
    # pypdf gives Arabic as its shaped presentation forms (NFKC folds them back to letters) and the
    # lam-alef ligatures as private-use characters: the words checked have none.
    shown = unicodedata.normalize("NFKC", printed)
    assert "لطف وطيبة" in shown, "the Arabic words print after the phrase left the bank"


def test_phrases_list_prints_english_tab_translation_tab_checked(vault: Vault, data_dir: Path) -> None:
    context = ServiceContext(vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO), clock=lambda: TODAY)
    bank = _bank(context)
    PhraseTranslationService(context).check(bank["Super reading!"].id, "POL")
    PhraseService(context).add(ADDED, EntryText.REMINDERS)
    vault.close()
    result = _cli(data_dir, "POL")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Worked really hard today.\tDziś bardzo ciężko pracował(a).\tunchecked"
    assert "Super reading!\tŚwietne czytanie!\tchecked" in lines
    assert f"{ADDED}\t\tunchecked" in lines
    assert "Lunch\tObiad\tunchecked" in lines
    assert all(len(line.split("\t")) == 3 for line in lines)
    assert len(lines) == len(DEFAULT_PHRASES) + 1 + len(SECTION_VALUES)

    refused = _cli(data_dir, "XYZ")
    assert refused.returncode != 0 and "POL (Polish)" in refused.stderr and not refused.stdout


def test_the_demo_school_has_families_in_all_ten_languages_and_entries_built_from_phrases(
    vault: Vault,
) -> None:
    from desktop.domain.phrase_languages import phrase_language
    from desktop.services.demo import build_demo_school
    from desktop.services.demo_phrases import ADDED_PHRASE
    from desktop.services.school import SchoolService

    build_demo_school(vault, today=TODAY.date(), images=False)
    context = ServiceContext(vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO), clock=lambda: TODAY)
    school = SchoolService(context)
    read = {phrase_language(m.home_language) for p in school.pupils() for m in school.family_of(p.id)}
    assert set(HOME_LANGUAGES) <= read
    polish = next(p for p in school.pupils() if any(m.home_language == "POL" for m in school.family_of(p.id)))
    entries = LinkBookService(context).timeline(polish.id)
    built = [e for e in entries if any(u.field in ("wins", "reminders") for u in e.phrases)]
    assert len(built) > len(entries) // 4, "many of the demo's entries are built from the bank"
    assert any(u.in_language("POL") for e in built for u in e.phrases)
    assert {t.english for t in PhraseTranslationService(context).tasks()} == {ADDED_PHRASE}
