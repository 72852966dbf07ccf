"""Names holding NUL or another control character are refused with a clear message, in the app and import."""

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop.domain.access import Actor
from desktop.domain.families import FamilyMember, Relationship
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.imports.service import ImportService
from desktop.services.imports.sources import ReadOptions
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.store.vault import Vault
from tests.test_ui_families import open_screen, type_text, wait_until_idle  # noqa: F401

ADMIN = Actor("Mrs Adeyemi", StaffRole.ADMIN)
BAD = ("Ama\x00ra", "Tomás\t", "Ле\x1bна", "Zeynep\u2028Kaya", "\x7fHana")


@pytest.mark.parametrize("bad", BAD)
def test_pupil_family_staff_and_class_names_with_control_characters_are_refused(
    vault: Vault, bad: str
) -> None:
    school = SchoolService(ServiceContext(vault, ADMIN))
    good_class = SchoolClass("Year 2 Rowan", "2")
    with pytest.raises(InvalidInput, match=r"invisible control character \(U\+[0-9A-F]{4}\)"):
        school.set_up(School("Riverside"), [StaffMember(bad, StaffRole.CLASS_TEACHER)], [good_class])
    with pytest.raises(InvalidInput, match="The school's name holds"):
        school.set_up(School(f"River{bad}"), [], [good_class])
    school.set_up(School("Riverside"), [], [good_class])
    with pytest.raises(InvalidInput, match="class's name"):
        school.save_class(SchoolClass(bad, "3"))
    pupil = Pupil("Wiktoria", "Nowak", dt.date(2019, 2, 3), good_class.id)
    for field in ("legal_first_name", "legal_last_name", "preferred_first_name", "preferred_last_name"):
        with pytest.raises(InvalidInput, match="control character"):
            school.save_pupils([replace(pupil, **{field: bad})])
    school.save_pupils([pupil])
    member = FamilyMember("Ewa Nowak", Relationship.MOTHER, (pupil.id,))
    with pytest.raises(InvalidInput, match="family member's name"):
        school.save_family_members([replace(member, name=f"Ewa {bad}")])
    assert [c.name for c in school.classes()] == ["Year 2 Rowan"]
    assert [p.display_name for p in school.pupils()] == ["Wiktoria Nowak"]
    assert school.family_of(pupil.id) == []
    assert school.staff() == []


def test_a_plain_name_in_any_script_is_still_accepted(vault: Vault) -> None:
    school = SchoolService(ServiceContext(vault, ADMIN))
    rowan = SchoolClass("Year 2 Rowan", "2")
    school.set_up(School("Ysgol y Dderwen"), [], [rowan])
    names = [("Nguyễn", "Thị Hương"), ("محمد", "علی"), ("সুমাইয়া", "রহমান"), ("O'Brien-Ní", "Dhuibhir")]
    school.save_pupils([Pupil(f, last, dt.date(2019, 5, 6), rowan.id) for f, last in names])
    assert len(school.pupils()) == 4


def test_import_reports_the_row_with_a_control_character_and_imports_the_rest(vault: Vault) -> None:
    context = ServiceContext(vault, ADMIN)
    SchoolService(context).set_up(School("Riverside Primary", dfe_number="9262041"), [], [])
    csv = (
        "UPN,First Name,Last Name,Date of Birth,Class,Contact 1 Name\n"
        "C926204123016,Zoë,Brontë,14/05/2019,3 Wrens,Renée Brontë\n"
        "F926204123018,Fran\x00çois,Lefèvre,03/10/2018,3 Wrens,Hélène Lefèvre\n"
        ",Søren,Møller,03/11/2018,3 Wr\x07ens,Ida Møller\n"
        ",Aigerim,Seitkali,04/11/2018,3 Wrens,Ai\x1bnur Seitkali\n"
    ).encode()
    service = ImportService(context)
    source = service.read({"list.csv": csv}, ReadOptions(date_order=None))
    plan = service.preview(source)
    reasons = {r.where: r.reason for r in plan.rejections}
    assert set(reasons) == {"line 3", "line 4", "line 5"}
    assert "first name holds an invisible control character (U+0000)" in reasons["line 3"]
    assert "class's name holds an invisible control character (U+0007)" in reasons["line 4"]
    assert "Contact 1's name holds an invisible control character (U+001B)" in reasons["line 5"]
    assert [c.name for c in plan.new_classes] == ["3 Wrens"]
    service.apply(plan)
    assert [p.display_name for p in SchoolService(context).pupils()] == ["Zoë Brontë"]


def test_the_families_screen_says_why_a_name_with_a_control_character_is_not_saved(
    qtbot,
    open_screen: Callable[[Vault], object],  # noqa: F811
    vault: Vault,
    small_school: dict[str, object],
) -> None:
    screen = open_screen(vault)
    pupil = screen._pupils[0]  # type: ignore[attr-defined]
    before = SchoolService(ServiceContext(vault, ADMIN)).family_of(pupil.id)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    type_text(screen.form.name_field, "Halima\x00 Yusuf")  # type: ignore[attr-defined]
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_until_idle(qtbot, screen)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "control character" in screen.message_label.text(), timeout=5000)  # type: ignore[attr-defined]
    assert SchoolService(ServiceContext(vault, ADMIN)).family_of(pupil.id) == before
