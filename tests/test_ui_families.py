"""The families screen, driven through its widgets: contacts, home language, large print, photo consent."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from desktop.domain.access import Actor
from desktop.domain.families import Channel, Device, FamilyMember, Relationship
from desktop.domain.pupils import PhotoConsent
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.families.screen import FamiliesScreen
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE, TODAY
from tests.ui_checks import unnamed_controls, visible_text

TEACHER = Actor("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER)


def wait_until_idle(qtbot, screen: FamiliesScreen) -> None:
    qtbot.waitUntil(lambda: not screen.busy, timeout=5000)


@pytest.fixture
def open_screen(qtbot) -> Iterator[Callable[[Vault], FamiliesScreen]]:
    """Opens the families screen on a vault, as the main window would; everything is closed afterwards."""
    opened: list[FamiliesScreen] = []

    def open_on(vault: Vault) -> FamiliesScreen:
        window = QMainWindow()
        qtbot.addWidget(window)
        runner = TaskRunner(window)
        context = ServiceContext(vault, TEACHER, clock=lambda: TODAY)
        host = ScreenHost(
            context, runner, window, lambda title: window.menuBar().addMenu(title), lambda _m: None
        )
        screen = FamiliesScreen(host)
        window.setCentralWidget(screen)
        window.resize(1200, 760)
        window.show()
        wait_until_idle(qtbot, screen)
        opened.append(screen)
        return screen

    yield open_on
    for screen in opened:
        screen.forget()
        screen.host.runner.wait()


def type_text(widget: QWidget, text: str) -> None:
    """Type any script the way an input method does (QTest types Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


def family(vault: Vault, pupil_id: str) -> list[FamilyMember]:
    return SchoolService(ServiceContext(vault, TEACHER)).family_of(pupil_id)


def test_every_pupil_of_the_class_is_listed_with_the_first_pupils_family(
    open_screen, vault, small_school
) -> None:
    screen = open_screen(vault)

    names = [screen.pupil_list.text_at(row) for row in range(screen.pupil_list.count())]
    assert names == [p.display_name for p in sorted(small_school["pupils"], key=lambda p: p.sort_key)]
    first = screen._pupils[0]
    assert screen.pupil_heading.text() == f"{first.display_name}'s family"
    assert screen.contact_list.count() == 1
    assert screen.contact_list.text_at(0).startswith(f"Parent of {first.first_name} · Mother")
    assert screen.form.name_field.text() == f"Parent of {first.first_name}"


def test_home_language_and_large_print_are_saved_and_still_there_after_reopening(
    qtbot, open_screen, vault, data_dir: Path, small_school
) -> None:
    screen = open_screen(vault)
    screen.select_pupil("Hodan Warsame")
    wait_until_idle(qtbot, screen)
    hodan = next(p for p in small_school["pupils"] if p.legal_first_name == "Hodan")
    assert screen.form.language_box.currentText() == "Somali · Soomaali"

    box = screen.form.language_box
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "arab")
    box.completer().popup().hide()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)  # leaving the box resolves what was typed
    assert box.code() == "ARA"
    screen.form.large_print_box.setFocus()
    qtbot.keyClick(screen.form.large_print_box, Qt.Key.Key_Space)
    assert box.code() == "ARA" and box.currentText() == "Arabic · العربية"
    qtbot.keyClick(screen.form.name_field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_until_idle(qtbot, screen)

    assert screen.message_label.text() == "Saved Parent of Hodan."
    saved = family(vault, hodan.id)[0]
    assert saved.home_language == "ARA" and saved.large_print

    screen.forget()
    screen.host.runner.wait()
    vault.close()
    reopened = Vault.unlock(data_dir, PASSPHRASE)
    try:
        again = open_screen(reopened)
        again.select_pupil("Hodan Warsame")
        wait_until_idle(qtbot, again)
        assert again.form.language_box.currentText() == "Arabic · العربية"
        assert again.form.large_print_box.isChecked()
        again.forget()
        again.host.runner.wait()
    finally:
        reopened.close()


def test_a_language_can_be_found_by_its_own_name_in_its_own_script(
    qtbot, open_screen, vault, small_school
) -> None:
    screen = open_screen(vault)
    box = screen.form.language_box
    before = box.code()
    assert before == "BNG"  # Ayaan Chowdhury's parent, first in the register

    box.lineEdit().selectAll()
    box.lineEdit().del_()
    type_text(box.lineEdit(), "ਪੰਜਾਬੀ")  # two entries share this name: it alone chooses neither
    box.lineEdit().editingFinished.emit()
    assert box.code() == before and box.currentText() == "Bengali · বাংলা"

    box.lineEdit().selectAll()
    box.lineEdit().del_()
    type_text(box.lineEdit(), "தமிழ்")
    box.lineEdit().editingFinished.emit()
    assert box.code() == "TAM" and box.currentText() == "Tamil · தமிழ்"
    assert screen.form.dirty


def test_a_contact_with_no_name_is_refused_with_a_message_and_nothing_is_saved(
    qtbot, open_screen, vault, small_school
) -> None:
    screen = open_screen(vault)
    pupil = screen._pupils[0]
    before = family(vault, pupil.id)

    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert screen.form_box.title() == "New contact"
    assert screen.form.name_field.hasFocus()
    qtbot.keyClicks(screen.form.phone_field, "07700 900123")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, screen)

    assert screen.message_label.isVisible()
    assert screen.message_label.text() == "Type the contact's name, then save."
    assert screen.form.name_field.hasFocus()
    assert family(vault, pupil.id) == before


def test_a_bad_email_is_refused_with_what_to_do(qtbot, open_screen, vault, small_school) -> None:
    screen = open_screen(vault)
    screen.form.email_field.setFocus()
    screen.form.email_field.selectAll()
    qtbot.keyClicks(screen.form.email_field, "not an address")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)

    assert "looks like name@example.org" in screen.message_label.text()
    assert screen.form.email_field.hasFocus()


def test_a_second_home_contact_is_added_with_devices_and_paper(
    qtbot, open_screen, vault, small_school
) -> None:
    screen = open_screen(vault)
    pupil = screen._pupils[0]
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    type_text(screen.form.name_field, "Łukasz Wiśniewski")
    screen.form.relationship_box.setCurrentIndex(screen.form.relationship_box.findText("Father"))
    screen.form.channel_box.setCurrentIndex(screen.form.channel_box.findText("On paper"))
    screen.form.device_boxes[Device.SMARTPHONE].click()
    screen.form.household_box.setFocus()
    qtbot.keyClicks(screen.form.household_box.lineEdit(), "Dad's flat")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, screen)

    saved = {m.name: m for m in family(vault, pupil.id)}
    dad = saved["Łukasz Wiśniewski"]
    assert dad.relationship is Relationship.FATHER and dad.channel is Channel.PAPER
    assert dad.devices == frozenset({Device.SMARTPHONE}) and dad.household == "Dad's flat"
    assert dad.contact_order == 2
    lines = screen.contact_list.lines()
    assert "Łukasz Wiśniewski · Father · on paper · home: Dad's flat" in lines


def test_removing_a_contact_asks_first_then_takes_them_off_the_list(
    qtbot, open_screen, vault, small_school
) -> None:
    screen = open_screen(vault)
    pupil = screen._pupils[0]

    question = screen.remove_contact()
    assert isinstance(question, QMessageBox)
    question.button(QMessageBox.StandardButton.No).click()
    wait_until_idle(qtbot, screen)
    assert len(family(vault, pupil.id)) == 1

    question = screen.remove_contact()
    assert question is not None
    question.button(QMessageBox.StandardButton.Yes).click()
    wait_until_idle(qtbot, screen)

    assert family(vault, pupil.id) == []
    assert screen.contact_list.count() == 0
    assert "is off" in screen.message_label.text()


def test_a_contact_shared_with_a_sibling_stays_on_the_siblings_list(vault, small_school) -> None:
    service = SchoolService(ServiceContext(vault, TEACHER))
    first, second = small_school["pupils"][:2]
    aunt = FamilyMember("Anna Kowalczyk", Relationship.OTHER_RELATIVE, (first.id, second.id))
    service.save_family_members([aunt])

    service.remove_family_member(aunt.id, first.id)

    assert aunt.id not in {m.id for m in service.family_of(first.id)}
    assert aunt.id in {m.id for m in service.family_of(second.id)}


def test_photo_consent_is_recorded_with_who_gave_it(qtbot, open_screen, vault, small_school) -> None:
    from desktop.services.consent import PhotoConsentService

    screen = open_screen(vault)
    pupil = screen._pupils[0]
    assert screen.given_by_box.currentText() == f"Parent of {pupil.first_name}"
    screen.consent_box.setFocus()
    screen.consent_box.setCurrentIndex(screen.consent_box.findText("No photos"))
    screen.given_by_box.lineEdit().clear()
    qtbot.mouseClick(screen.record_consent_button, Qt.MouseButton.LeftButton)
    assert screen.message_label.text() == "Say which parent or carer gave this answer, then record it."
    assert screen.given_by_box.lineEdit().hasFocus()

    screen.given_by_box.setCurrentIndex(0)
    qtbot.mouseClick(screen.record_consent_button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, screen)

    context = ServiceContext(vault, TEACHER)
    assert SchoolService(context).pupil(pupil.id).photo_consent is PhotoConsent.REFUSED
    (change,) = PhotoConsentService(context).history(pupil.id)
    assert (change.consent, change.given_by, change.recorded_by) == (
        PhotoConsent.REFUSED,
        f"Parent of {pupil.first_name}",
        TEACHER.name,
    )
    assert screen.message_label.text() == f"Recorded for {pupil.display_name}: no photos."


def test_every_control_has_an_accessible_name(open_screen, vault, small_school) -> None:
    screen = open_screen(vault)
    assert unnamed_controls(screen) == []


def test_nothing_of_a_child_or_family_is_left_after_forget(open_screen, vault, small_school) -> None:
    screen = open_screen(vault)
    before = visible_text(screen)
    assert "Zofia Wiśniewska" in before and "Parent of" in before

    screen.forget()

    after = visible_text(screen)
    names = [p.display_name for p in small_school["pupils"]] + [p.name for p in small_school["parents"]]
    assert [name for name in names if name in after] == []
    assert "Year 3 Oak" not in after
