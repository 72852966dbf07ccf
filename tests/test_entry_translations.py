"""Staff translations of what a teacher wrote: the wanted list per language, saving, out of date after an
edit, refusals, the audit trail, and the translation on the family's printed page (a real PDF read back).

Real SQLCipher files in tmp_path; no machine translation anywhere: every translation here is typed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.access import Actor
from desktop.domain.calendar import Period
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.records import RecordKind
from desktop.domain.school import StaffRole
from desktop.printing.font_coverage import unsupported_characters
from desktop.services.context import ServiceContext
from desktop.services.entry_translations import EntryTranslationService
from desktop.services.erasure import ErasureService
from desktop.services.linkbook import LinkBookService
from desktop.services.print_packs import PrintPackService
from desktop.store.errors import InvalidInput
from desktop.store.vault import Vault
from tests.conftest import TODAY
from tests.printing_fixtures import needs_poppler, page_texts, render_page

POLISH = "Zofia przeczytała dziś klasie swoją książkę o rzymskich monetach."
ARABIC = "قرأت أمينة اليوم قصة للصف بصوت واضح."
BENGALI = "ঋতব্রত আজ ক্লাসে খুব সুন্দর করে একটি গল্প পড়েছে।"


def day(offset: int) -> dt.date:
    return TODAY.date() - dt.timedelta(days=offset)


@pytest.fixture
def translator(vault: Vault) -> ServiceContext:
    """A bilingual teaching assistant."""
    actor = Actor("Ewa Nowak", StaffRole.TEACHING_ASSISTANT, staff_id="a" * 32)
    return ServiceContext(vault, actor, clock=lambda: TODAY)


@pytest.fixture
def entries(senco_context: ServiceContext, small_school: dict) -> dict[str, LinkBookEntry]:
    """Zofia (family reads Polish) on three days, Amina (Arabic), Ayaan (Bengali) and Oisín (English)."""
    zofia, ayaan, amina, oisin = (small_school["pupils"][i] for i in (0, 1, 2, 8))
    linkbook = LinkBookService(senco_context)

    def write(key: str, pupil_id: str, offset: int, **texts: str) -> tuple[str, LinkBookEntry]:
        entry = LinkBookEntry(pupil_id, day(offset), "t", StaffRole.CLASS_TEACHER, **texts)
        return key, linkbook.save_entry(entry)

    return dict(
        [
            write("zofia-old", zofia.id, 3, wins="Zofia counted to 100 in fives."),
            write(
                "zofia",
                zofia.id,
                0,
                wins="Zofia read her Roman coins book to the class.",
                note="PE on Monday.",
            ),
            write("zofia-mid", zofia.id, 1, learning="We measured the classroom."),
            write("amina", amina.id, 0, wins="Amina read a story to the class in a clear voice."),
            write("ayaan", ayaan.id, 0, wins="Ayaan read a story to the class beautifully."),
            write("oisin", oisin.id, 0, wins="Oisín built a bridge from straws."),
        ]
    )


def words_of(pdf: bytes) -> str:
    """The PDF's text with every run of white space (line ends too) as one space."""
    return " ".join(" ".join(page_texts(pdf)).split())


def wanted_days(service: EntryTranslationService, language: str) -> list[tuple[dt.date, tuple[str, ...]]]:
    return [(w.entry.day, w.wanted) for w in service.wanted(language)]


def test_the_wanted_list_per_language_is_newest_first_and_shrinks_as_translations_are_saved(
    translator: ServiceContext, entries: dict[str, LinkBookEntry]
) -> None:
    service = EntryTranslationService(translator)
    codes = [language.code for language in service.languages()]
    assert {"POL", "ARA", "BNG"} <= set(codes) and "ENG" not in codes
    assert wanted_days(service, "POL") == [
        (day(0), ("wins", "note")),
        (day(1), ("learning",)),
        (day(3), ("wins",)),
    ]
    assert [w.entry.id for w in service.wanted("ARA")] == [entries["amina"].id]
    assert [w.pupil_name for w in service.wanted("BNG")] == ["ঋতব্রত Chowdhury"]

    zofia = entries["zofia"]
    service.translate(zofia.id, "wins", "pol", POLISH, english=zofia.wins)
    assert wanted_days(service, "POL")[0] == (day(0), ("note",))
    service.translate(zofia.id, "note", "POL", "WF w poniedziałek.")
    assert wanted_days(service, "POL") == [(day(1), ("learning",)), (day(3), ("wins",))]
    # Other languages' lists are their own.
    assert [w.entry.id for w in service.wanted("ARA")] == [entries["amina"].id]


def test_an_entry_edited_after_its_translation_shows_it_out_of_date_and_wants_it_again(
    senco_context: ServiceContext, translator: ServiceContext, entries: dict[str, LinkBookEntry]
) -> None:
    service = EntryTranslationService(translator)
    zofia = entries["zofia"]
    service.translate(zofia.id, "wins", "POL", POLISH)
    assert service.for_entries([zofia], "POL")[zofia.id]["wins"].text == POLISH

    edited = LinkBookService(senco_context).save_entry(
        LinkBookEntry(
            zofia.pupil_id,
            zofia.day,
            "t",
            StaffRole.CLASS_TEACHER,
            wins="Zofia read her Roman coins book to the whole school.",
            note=zofia.note,
            id=zofia.id,
        )
    )
    newest = service.wanted("POL")[0]
    assert newest.entry.id == zofia.id
    assert newest.wanted == ("wins", "note")
    assert newest.out_of_date == ("wins",)
    assert newest.translations["wins"].text == POLISH  # kept, to start the new translation from
    assert service.for_entries([edited], "POL") == {}  # the family no longer sees it

    service.translate(zofia.id, "wins", "POL", "Zofia przeczytała całej szkole swoją książkę.")
    assert service.wanted("POL")[0].wanted == ("note",)


def count_translations(vault: Vault) -> int:
    with vault.reading() as session:
        return int(session.connection().exec_driver_sql("SELECT count(*) FROM entry_translation").scalar())


def test_empty_unprintable_stale_and_erased_translations_are_refused_and_nothing_is_saved(
    vault: Vault, senco_context: ServiceContext, translator: ServiceContext, entries: dict[str, LinkBookEntry]
) -> None:
    service = EntryTranslationService(translator)
    zofia = entries["zofia"]
    with pytest.raises(InvalidInput, match="translation is empty"):
        service.translate(zofia.id, "wins", "POL", "  \n ")
    with pytest.raises(InvalidInput, match=r"no font Linkbook ships can print: “😀” \(U\+1F600\)"):
        service.translate(zofia.id, "wins", "POL", "Brawo! 😀")
    with pytest.raises(InvalidInput, match="U\\+E000"):
        service.translate(zofia.id, "wins", "POL", "Brawo \ue000")
    with pytest.raises(InvalidInput, match="changed while you were translating"):
        service.translate(zofia.id, "wins", "POL", POLISH, english="Something the teacher wrote before")
    with pytest.raises(InvalidInput, match="not a home language to translate into"):
        service.translate(zofia.id, "wins", "ENG", "Zofia read")
    with pytest.raises(InvalidInput, match="no part called"):
        service.translate(zofia.id, "sections", "POL", POLISH)
    with pytest.raises(InvalidInput, match="erased or deleted"):
        service.translate("f" * 32, "wins", "POL", POLISH)
    assert count_translations(vault) == 0

    # The office erases Zofia's link book while the translator has her entry open.
    service.translate(entries["zofia-old"].id, "wins", "POL", "Zofia liczyła piątkami do stu.")
    admin = ServiceContext(vault, Actor("Ms Nowak-Okafor", StaffRole.ADMIN), clock=lambda: TODAY)
    ErasureService(admin).erase_records(zofia.pupil_id, RecordKind.LINK_BOOK, "Retention period over")
    assert count_translations(vault) == 0  # went with the entries
    with pytest.raises(InvalidInput, match="erased or deleted, so there is nothing to translate"):
        service.translate(zofia.id, "wins", "POL", POLISH)
    assert service.wanted("POL") == []


def test_the_font_check_names_what_cannot_be_printed_and_passes_every_home_script() -> None:
    assert unsupported_characters(f"{POLISH}\n{ARABIC}\t{BENGALI} ਗੁਰਪ੍ਰੀਤ காவ்யா ગુજરાતી Ionuț") == []
    assert unsupported_characters("Bravo 😀😀 \U0001f600 中文") == ["😀", "中", "文"]


def test_a_translation_is_audited_with_who_made_it(
    vault: Vault, translator: ServiceContext, entries: dict[str, LinkBookEntry]
) -> None:
    service = EntryTranslationService(translator)
    saved = service.translate(entries["amina"].id, "wins", "ARA", ARABIC)
    assert (saved.translator_name, saved.translator_id, saved.translated_at) == ("Ewa Nowak", "a" * 32, TODAY)
    service.translate(entries["amina"].id, "wins", "ARA", ARABIC + " ")  # saved again: a change
    with vault.reading() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                "SELECT action, actor, pupil_id, detail FROM audit_event "
                "WHERE record_kind = 'entry_translation' ORDER BY at, rowid"
            )
            .all()
        )
    amina = entries["amina"].pupil_id
    assert [tuple(r) for r in rows] == [
        ("created", "Ewa Nowak", amina, "Arabic translation of wins"),
        ("changed", "Ewa Nowak", amina, "Arabic translation of wins"),
    ]


def test_the_printed_week_shows_the_english_marked_and_the_translation_with_the_translator(
    senco_context: ServiceContext,
    translator: ServiceContext,
    entries: dict[str, LinkBookEntry],
) -> None:
    service = EntryTranslationService(translator)
    zofia = entries["zofia"]
    service.translate(zofia.id, "wins", "POL", POLISH)
    service.translate(entries["amina"].id, "wins", "ARA", ARABIC)
    service.translate(entries["ayaan"].id, "wins", "BNG", BENGALI)
    printing = PrintPackService(senco_context)
    week = Period.week_of(day(0))

    text = words_of(printing.pupil_week(zofia.pupil_id, week))
    assert "Zofia read her Roman coins book to the class." in text  # the English, as written
    assert "English · po angielsku" in text
    assert POLISH in text
    assert "Translated by Ewa Nowak" in text
    # The note has no translation: English only, still marked.
    assert "PE on Monday." in text and text.count("Translated by") == 1
    assert text.count("English · po angielsku") == 4  # Friday's wins and note, Thursday's, Tuesday's

    english = words_of(printing.pupil_week(entries["oisin"].pupil_id, week))
    assert "Oisín built a bridge from straws." in english
    assert "English ·" not in english and "Translated by" not in english

    for key in ("amina", "ayaan"):
        pdf = printing.pupil_week(entries[key].pupil_id, week)
        assert "Translated by Ewa Nowak" in words_of(pdf)


@needs_poppler
def test_the_arabic_and_bengali_translations_are_drawn_on_the_page(
    senco_context: ServiceContext, translator: ServiceContext, entries: dict[str, LinkBookEntry]
) -> None:
    """The page with a translation has ink where the same page without one has none."""
    printing = PrintPackService(senco_context)
    week = Period.week_of(day(0))

    def ink(pdf: bytes) -> int:
        """Dark pixels over every page."""
        pages = range(1, len(page_texts(pdf)) + 1)
        return sum(sum(render_page(pdf, n, dpi=72).convert("L").histogram()[:160]) for n in pages)

    for key, language, words in (("amina", "ARA", ARABIC), ("ayaan", "BNG", BENGALI)):
        before = ink(printing.pupil_week(entries[key].pupil_id, week))
        EntryTranslationService(translator).translate(entries[key].id, "wins", language, words)
        after = ink(printing.pupil_week(entries[key].pupil_id, week))
        assert after > before + 250, (key, before, after)  # about a line of text more
