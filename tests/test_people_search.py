"""Searching finds people: pupils and their family members by name, in any case, without diacritics and in
their own script, beside the records, within what the person searching may see."""

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.access import Actor, FamilyRole
from desktop.domain.families import FamilyMember, Relationship
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass, StaffMember, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.erasure import ErasureService
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.search import SearchResult, SearchService
from desktop.store.repositories.search import SearchIndex
from desktop.store.schema import SEARCH_TABLE
from desktop.store.vault import Vault
from tests.conftest import TODAY
from tests.test_linkbook_service import entry_for

FIXTURES = Path(__file__).parent / "data"


@pytest.fixture
def birch(senco_context: ServiceContext, small_school) -> dict[str, object]:
    """A second class, with its own teacher: Łucja Dudek, her father, and Rahim in Bengali script."""
    teacher = StaffMember("Ms Ferreira", StaffRole.CLASS_TEACHER)
    school = SchoolService(senco_context)
    with senco_context.vault.writing() as session:
        from desktop.store.repositories.school import SchoolRepository

        SchoolRepository(session).save_staff(teacher)
    birch_class = SchoolClass("Year 1 Birch", "1", staff_ids=(teacher.id,))
    school.save_class(birch_class)
    lucja = Pupil("Łucja", "Dudek", dt.date(2020, 3, 4), birch_class.id, first_language="POL")
    rahim = Pupil("Rahim", "Uddin", dt.date(2020, 5, 6), birch_class.id, preferred_first_name="রহিম")
    school.save_pupils([lucja, rahim])
    father = FamilyMember("Bartłomiej Dudek", Relationship.FATHER, (lucja.id,), home_language="POL")
    school.save_family_members([father])
    return {"class": birch_class, "teacher": teacher, "lucja": lucja, "rahim": rahim, "father": father}


def people(results: list[SearchResult]) -> list[tuple[str, str, str]]:
    """(kind, name, the pupil it belongs to) of each person found, in order."""
    return [
        (
            r.hit.kind,
            r.family_member.name if r.family_member else r.pupil.display_name,
            r.pupil.display_name,
        )
        for r in results
        if r.is_person and r.pupil is not None
    ]


def with_parent(full_name: str) -> list[tuple[str, str, str]]:
    """The pupil, then the parent the small school names after them ("Parent of <first name>")."""
    return [("pupil", full_name, full_name), ("family", f"Parent of {full_name.split()[0]}", full_name)]


def test_names_are_found_in_any_case_without_diacritics_and_in_their_own_script(
    senco_context: ServiceContext, small_school, birch
) -> None:
    search = SearchService(senco_context)
    dudeks = [("pupil", "Łucja Dudek", "Łucja Dudek"), ("family", "Bartłomiej Dudek", "Łucja Dudek")]
    assert people(search.search("dudek")) == dudeks
    assert people(search.search("DUDEK")) == dudeks
    assert people(search.search("Lucja")) == [dudeks[0]]
    assert people(search.search("łucja dud")) == [dudeks[0]], "the last word is a prefix"
    assert people(search.search("bartlomiej")) == [dudeks[1]]
    assert people(search.search("wisniewska")) == [("pupil", "Zofia Wiśniewska", "Zofia Wiśniewska")]
    assert people(search.search("ionut")) == [
        ("pupil", "Ionuț Popescu", "Ionuț Popescu"),
        ("family", "Parent of Ionuț", "Ionuț Popescu"),
    ]
    assert people(search.search("أمينة")) == with_parent("أمينة Hassan")
    assert people(search.search("ঋতব্রত")) == with_parent("ঋতব্রত Chowdhury")
    assert people(search.search("রহিম")) == [("pupil", "রহিম Uddin", "রহিম Uddin")]
    assert people(search.search("ਗੁਰਪ੍ਰੀਤ")) == with_parent("ਗੁਰਪ੍ਰੀਤ Sandhu")
    assert people(search.search("Gurpreet")) == [("pupil", "ਗੁਰਪ੍ਰੀਤ Sandhu", "ਗੁਰਪ੍ਰੀਤ Sandhu")], (
        "a legal name in Latin letters finds a child known by their own script"
    )
    assert people(search.search("parent of zofia")) == [("family", "Parent of Zofia", "Zofia Wiśniewska")]
    assert people(search.search("Okafor")) == []


def test_people_come_before_the_records_that_mention_them(
    senco_context: ServiceContext, small_school, birch
) -> None:
    teacher = small_school["teacher"]
    ayaan = small_school["pupils"][1]
    entry = LinkBookService(senco_context).save_entry(
        entry_for(ayaan, teacher, learning="Played the Dudek family's card game")
    )
    results = SearchService(senco_context).search("dudek")
    assert [(r.hit.kind, r.hit.record_id) for r in results] == [
        ("pupil", birch["lucja"].id),
        ("family", results[1].hit.record_id),
        ("entry", entry.id),
    ]
    assert results[1].family_member == birch["father"]
    assert len(SearchService(senco_context).search("dudek", limit=2)) == 2


def test_renaming_and_removing_people_changes_what_is_found(
    senco_context: ServiceContext, small_school, birch
) -> None:
    school = SchoolService(senco_context)
    search = SearchService(senco_context)
    school.save_pupils([dataclasses.replace(birch["lucja"], preferred_first_name="Lusia")])
    assert people(search.search("lusia")) == [("pupil", "Lusia Dudek", "Lusia Dudek")]
    assert people(search.search("lucja")) == [("pupil", "Lusia Dudek", "Lusia Dudek")], "the legal name too"
    school.save_family_members([dataclasses.replace(birch["father"], name="Bartek Dudek")])
    assert people(search.search("bartlomiej")) == []
    assert people(search.search("bartek")) == [("family", "Bartek Dudek", "Lusia Dudek")]
    school.remove_family_member(birch["father"].id, birch["lucja"].id)
    assert people(search.search("bartek")) == []


def test_a_family_device_finds_only_its_own_children_and_their_family(
    senco_context: ServiceContext, small_school, birch
) -> None:
    zofia, amina = small_school["pupils"][0], small_school["pupils"][2]
    LinkBookService(senco_context).save_entry(
        entry_for(amina, small_school["teacher"], learning="Parent visit")
    )
    mother = small_school["parents"][0]
    at_home = ServiceContext(
        senco_context.vault,
        Actor(mother.name, FamilyRole.FAMILY_MEMBER, family_member_id=mother.id, pupil_ids=(zofia.id,)),
        clock=lambda: TODAY,
    )
    search = SearchService(at_home)
    assert people(search.search("parent")) == [("family", "Parent of Zofia", "Zofia Wiśniewska")]
    assert search.search("amina") == [] and search.search("dudek") == []
    assert search.search("visit") == [], "nor another child's link book"
    assert people(search.search("zofia")) == [
        ("pupil", "Zofia Wiśniewska", "Zofia Wiśniewska"),
        ("family", "Parent of Zofia", "Zofia Wiśniewska"),
    ]


def test_a_class_teacher_finds_the_pupils_of_their_classes(
    senco_context: ServiceContext, small_school, birch
) -> None:
    teacher = small_school["teacher"]
    oak = ServiceContext(senco_context.vault, Actor(teacher.name, StaffRole.CLASS_TEACHER, teacher.id))
    assert SearchService(oak).search("dudek") == []
    assert people(SearchService(oak).search("zofia"))[0] == ("pupil", "Zofia Wiśniewska", "Zofia Wiśniewska")
    mine = birch["teacher"]
    birch_teacher = ServiceContext(senco_context.vault, Actor(mine.name, StaffRole.CLASS_TEACHER, mine.id))
    assert [kind for kind, _, _ in people(SearchService(birch_teacher).search("dudek"))] == [
        "pupil",
        "family",
    ]


def _indexed(vault: Vault, *words: str) -> int:
    """Rows of the encrypted full-text index holding any of these words (as the tokenizer folds them)."""
    with vault.reading() as session:
        match = " OR ".join(f'"{w}"' for w in words)
        return int(
            session.execute(
                text(f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :m"), {"m": match}
            ).scalar_one()
        )


def _people_named(vault: Vault, name: str) -> int:
    with vault.reading() as session:
        return len(SearchIndex(session).search(name, people=True))


def test_erasing_a_pupil_takes_their_name_and_their_familys_out_of_the_index(
    vault: Vault, senco_context: ServiceContext, small_school, birch
) -> None:
    from tests.test_records_export import admin_context

    assert _indexed(vault, "łucja", "lucja", "bartłomiej", "bartlomiej", "dudek") == 2
    ErasureService(admin_context(vault)).erase_pupil(birch["lucja"].id, "Moved to another school")
    assert _indexed(vault, "łucja", "lucja", "bartłomiej", "bartlomiej", "dudek") == 0
    with vault.reading() as session:
        assert SearchIndex(session).search("dudek", people=True) == []
    assert SearchService(senco_context).search("dudek") == []
    assert people(SearchService(senco_context).search("rahim")) == [("pupil", "রহিম Uddin", "রহিম Uddin")]


def test_a_school_from_before_names_were_indexed_finds_its_people_after_unlock(tmp_path: Path) -> None:
    data_dir = tmp_path / "old-school"
    shutil.copytree(FIXTURES / "schema-0001", data_dir)
    vault = Vault.unlock(data_dir, "schema one fixture")
    try:
        context = ServiceContext(vault, Actor("Test", StaffRole.ADMIN))
        assert people(SearchService(context).search("mirela")) == [
            ("pupil", "Mirela Ionescu", "Mirela Ionescu")
        ]
        assert people(SearchService(context).search("elena")) == [
            ("family", "Elena Ionescu", "Mirela Ionescu")
        ]
        assert _people_named(vault, "mirela") == 1
    finally:
        vault.close()
    again = Vault.unlock(data_dir, "schema one fixture")
    try:
        assert _people_named(again, "mirela") == 1, "unlocking again indexes nobody twice"
    finally:
        again.close()


def test_the_search_pane_lists_people_marked_and_opens_the_childs_link_book(
    qtbot, senco_context: ServiceContext, small_school, birch
) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.main_window import MainWindow
    from tests.test_ui_timeline import type_text

    window = MainWindow(senco_context.vault, senco_context.actor)
    qtbot.addWidget(window)
    window.show()
    panel = window.search_panel
    type_text(panel.field, "lucja")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.model.data(panel.model.index(0)) == "Łucja Dudek · pupil"
    panel.field.clear()
    type_text(panel.field, "DUDEK")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    shown = [panel.model.data(panel.model.index(n)) for n in range(2)]
    assert shown == ["Łucja Dudek · pupil", "Bartłomiej Dudek · family member of Łucja Dudek"]
    assert "people first" in panel.status.text()
    panel.results.setCurrentIndex(panel.model.index(1))
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.timeline.pupil is not None, timeout=5000)
    assert window.timeline.pupil.id == birch["lucja"].id
    panel.field.clear()
    type_text(panel.field, "রহিম")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.model.data(panel.model.index(0)) == "রহিম Uddin · pupil"
    window.runner.wait()
