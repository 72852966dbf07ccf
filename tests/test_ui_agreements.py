"""The SENCO's agreements screen through its widgets: tailor, edit, activate, version, sign, review."""

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QMainWindow,
    QWidget,
)

from desktop.domain.agreements import (
    AgreementTemplate,
    Commitment,
    DocumentContent,
    DocumentKind,
    Party,
    Target,
)
from desktop.domain.families import FamilyMember, Relationship
from desktop.domain.linkbook import Method
from desktop.services.agreement_drafts import AgreementDraftService
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.store.vault import Vault
from desktop.ui.agreements.diff import Change, diff_lines
from desktop.ui.agreements.screen import AgreementsScreen, create
from desktop.ui.agreements.signature_dialog import PaperSignatureDialog
from desktop.ui.agreements.unsaved_dialog import UnsavedChangesDialog
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE, TODAY
from tests.ui_checks import unnamed_controls, visible_text

WAIT_MS = 10_000

TEMPLATE = AgreementTemplate(
    title="Home-school agreement",
    kind=DocumentKind.AGREEMENT,
    content=DocumentContent(
        commitments=(
            Commitment(Party.SCHOOL, "Write in the link book every school day."),
            Commitment(Party.SCHOOL, "Reply to messages within one school day."),
            Commitment(Party.FAMILY, "Read the link book each evening."),
            Commitment(Party.PUPIL, "I will bring my link book every day."),
        ),
        targets=(Target("Read at home five times a week.", dt.date(2026, 12, 11)),),
    ),
)


@pytest.fixture
def school(senco_context: ServiceContext, small_school: dict) -> dict:
    """The small school with the home-school agreement template, and a second parent for Kavya."""
    AgreementService(senco_context).save_template(TEMPLATE)
    kavya = small_school["pupils"][6]
    father = FamilyMember("Arjun Subramanian", Relationship.FATHER, (kavya.id,))
    SchoolService(senco_context).save_family_members([father])
    return {**small_school, "kavya": kavya, "father": father}


@pytest.fixture
def open_screen(
    qtbot, senco_context: ServiceContext, school: dict
) -> Iterator[Callable[[], AgreementsScreen]]:
    """Opens the screen as the main window would (through create(host)); empties it at the end."""
    opened: list[tuple[AgreementsScreen, QMainWindow, TaskRunner]] = []

    def open_one() -> AgreementsScreen:
        window = QMainWindow()
        runner = TaskRunner(window)
        host = ScreenHost(senco_context, runner, window, lambda title: window.menuBar().addMenu(title), print)
        screen = create(host)
        window.setCentralWidget(screen)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: screen.pupil_model.rowCount() == 10 and not runner.busy, timeout=WAIT_MS)
        opened.append((screen, window, runner))
        return screen

    yield open_one
    for screen, window, runner in opened:
        runner.wait()
        if shiboken6.isValid(window):
            screen.forget()
            window.close()
            window.deleteLater()


def idle(qtbot, screen: AgreementsScreen) -> None:
    qtbot.waitUntil(lambda: not screen.runner.busy, timeout=WAIT_MS)
    QApplication.processEvents()


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard with an input method does: QTest.keyClicks cannot send letters beyond Latin-1."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget.focusProxy() or widget, event)


def click(qtbot, screen: AgreementsScreen, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)


def table_text(view) -> list[list[str]]:
    model = view.model()
    return [
        [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def type_in_cell(qtbot, table, text: str) -> None:
    """Type on the current cell: the first key opens its editor (Tab already opened the next one)."""
    if table.state() is not QAbstractItemView.State.EditingState:
        qtbot.keyClick(table, text[0])
        text = text[1:]
    editor = table.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, text)


def signer_state(screen: AgreementsScreen, name: str) -> str:
    return next(row[2] for row in table_text(screen.document.signatures.view) if row[0] == name)


def find_pupil_by_typing(qtbot, screen: AgreementsScreen, text: str) -> None:
    type_text(screen.pupil_filter, text)
    qtbot.keyClick(screen.pupil_filter, Qt.Key.Key_Return)
    idle(qtbot, screen)


def tailor_for_kavya(qtbot, screen: AgreementsScreen) -> None:
    find_pupil_by_typing(qtbot, screen, "காவ்")
    assert screen.pupil_proxy.rowCount() == 1
    assert screen.pupil is not None and screen.pupil.preferred_first_name == "காவ்யா"
    screen.template_choice.setFocus()
    assert screen.template_choice.currentText().startswith("Home-school agreement")
    click(qtbot, screen, screen.tailor_button)


def test_tailor_edit_activate_version_and_record_a_paper_signature(qtbot, open_screen, school) -> None:
    screen = open_screen()
    document = screen.document
    tailor_for_kavya(qtbot, screen)

    assert document.heading.text() == "Home-school agreement: காவ்யா Subramanian"
    assert "Version 1, draft" in document.state.text()
    assert table_text(screen.agreement_view)[0][:2] == ["Home-school agreement: காவ்யா Subramanian", "1, draft"]

    family = document.editor.commitments[Party.FAMILY]
    family.setFocus()
    qtbot.keyClick(family, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(family, Qt.Key.Key_Return)
    qtbot.keyClicks(family, "Talk about the school day at teatime.")
    click(qtbot, screen, document.save_button)
    assert document.message.text() == "The draft is saved."
    saved = AgreementService(screen.context).for_pupil(school["kavya"].id)[0]
    assert [c.text for c in saved.current.content.commitments_of(Party.FAMILY)] == [
        "Read the link book each evening.",
        "Talk about the school day at teatime.",
    ]

    click(qtbot, screen, document.activate_button)
    assert "Version 1, active" in document.state.text()
    assert document.save_button.text().replace("&", "") == "Save as a new version"
    assert document.change_note.isVisible()

    school_box = document.editor.commitments[Party.SCHOOL]
    school_box.setFocus()
    qtbot.keyClick(school_box, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(school_box, Qt.Key.Key_Down)
    qtbot.keyClick(school_box, Qt.Key.Key_End)
    qtbot.keyClicks(school_box, " Ring if it is urgent.")
    pupil_box = document.editor.commitments[Party.PUPIL]
    pupil_box.moveCursor(QTextCursor.MoveOperation.End)
    pupil_box.setFocus()
    qtbot.keyClick(pupil_box, Qt.Key.Key_Return)
    type_text(pupil_box, "Czytam z bratem.")

    click(qtbot, screen, document.save_button)  # no note yet: nothing saved, and the person is told why
    assert "what changed" in document.message.text()
    assert len(AgreementService(screen.context).agreement(saved.id).versions) == 1
    qtbot.keyClicks(document.change_note, "Phone calls and reading with his brother added")
    qtbot.keyClick(document.change_note, Qt.Key.Key_Return)
    idle(qtbot, screen)
    assert "Version 2, draft" in document.state.text()
    assert [row[:2] for row in table_text(document.history.view)] == [["2", "draft"], ["1", "active"]]

    document.tabs.setCurrentIndex(2)
    diff = document.history.diff
    assert diff.before.currentText() == "Version 1" and diff.after.currentText() == "Version 2"
    shown = diff.browser.toPlainText()
    assert "added: Pupil: Czytam z bratem." in shown
    assert "changed: was: School: Reply to messages within one school day." in shown
    assert "now: School: Reply to messages within one school day. Ring if it is urgent." in shown
    assert "1 added, 0 removed, 1 changed" in diff.summary.text()
    assert "Write in the link book every school day." not in shown  # unchanged lines only on request
    qtbot.mouseClick(diff.unchanged, Qt.MouseButton.LeftButton)
    assert "unchanged: School: Write in the link book every school day." in diff.browser.toPlainText()
    assert "Phone calls and reading with his brother added" in diff.browser.toPlainText()

    document.tabs.setCurrentIndex(1)
    assert signer_state(screen, "Parent of காவ்யா") == "Not signed yet"
    assert signer_state(screen, "Arjun Subramanian") == "Not signed yet"
    assert [row[1] for row in table_text(document.signatures.view)] == ["school", "family", "family", "pupil"]
    qtbot.mouseClick(document.signatures.paper_button, Qt.MouseButton.LeftButton)
    dialog = document.findChild(PaperSignatureDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.who.setFocus()
    qtbot.keyClick(dialog.who, Qt.Key.Key_Down)  # the school first, then the parents by name
    assert dialog.name.text() == "Arjun Subramanian"
    qtbot.keyClick(dialog.who, Qt.Key.Key_Down)
    assert dialog.name.text() == "Parent of காவ்யா"
    dialog.signed_on.setFocus()
    qtbot.keyClick(dialog.signed_on, Qt.Key.Key_Down)  # the day section: 20 -> 19 November
    assert dialog.date == dt.date(2026, 11, 19)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    assert signer_state(screen, "Parent of காவ்யா") == "Signed on paper on 19 Nov 2026"
    assert signer_state(screen, "Arjun Subramanian") == "Not signed yet"
    signed = AgreementService(screen.context).agreement(saved.id).current.signatures
    assert [(s.signer_name, s.method, s.signed_on) for s in signed] == [
        ("Parent of காவ்யா", Method.PAPER, dt.date(2026, 11, 19))
    ]


def test_a_signature_needs_a_name_and_cannot_be_dated_tomorrow(qtbot, open_screen) -> None:
    screen = open_screen()
    tailor_for_kavya(qtbot, screen)
    document = screen.document
    document.tabs.setCurrentIndex(1)
    qtbot.mouseClick(document.signatures.paper_button, Qt.MouseButton.LeftButton)
    dialog = document.findChild(PaperSignatureDialog)
    assert unnamed_controls(dialog) == []
    dialog.signed_on.setFocus()
    qtbot.keyClick(dialog.signed_on, Qt.Key.Key_Up)
    assert dialog.date == TODAY.date()  # the box will not go past today
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Type the name" in dialog.problem.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    assert signer_state(screen, "Mrs Adebayo-Kowalska") == "Not signed yet"


def test_a_review_date_is_edited_by_keyboard(qtbot, open_screen, school) -> None:
    screen = open_screen()
    tailor_for_kavya(qtbot, screen)
    table = screen.document.editor.targets.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QDateEdit)
    assert editor is not None and editor.date().toPython() == dt.date(2026, 12, 11)
    qtbot.keyClick(editor, Qt.Key.Key_Up)  # the day: 11 -> 12 December
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits what was typed by a queued call
    assert screen.document.editor.content().targets[0].review_date == dt.date(2026, 12, 12)
    click(qtbot, screen, screen.document.save_button)
    agreement = AgreementService(screen.context).for_pupil(school["kavya"].id)[0]
    assert agreement.review_date == dt.date(2026, 12, 12)
    assert "12 Dec 2026" in table_text(screen.agreement_view)[0][2]

    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert screen.document.editor.content().targets[0].review_date is None


def test_reviews_due_lists_an_overdue_plan_and_opens_it(qtbot, senco_context, school, open_screen) -> None:
    service = AgreementService(senco_context)
    hodan = school["pupils"][5]
    plan = service.create(
        hodan.id,
        DocumentKind.SUPPORT_PLAN,
        "Support plan: Hodan Warsame",
        DocumentContent(
            outcomes=("To join in with group work.",),
            targets=(
                Target("Use the help card in three lessons a week.", TODAY.date() - dt.timedelta(days=3)),
            ),
        ),
    )
    service.activate(plan.id)
    later = service.tailor(TEMPLATE.id, school["pupils"][0].id)
    service.edit_draft(
        later.id, DocumentContent(targets=(Target("Spell ten words.", TODAY.date() + dt.timedelta(days=4)),))
    )
    service.activate(later.id)
    screen = open_screen()

    screen.pages.setCurrentIndex(1)
    assert screen.pages.tabText(1) == "Reviews due (2)"
    rows = table_text(screen.reviews.view)
    assert rows[0][:3] == ["Hodan Warsame", "Overdue by 3 day(s)", "17 Nov 2026"]
    assert rows[1][:2] == ["Zofia Wiśniewska", "Due in 4 day(s)"]
    view = screen.reviews.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    idle(qtbot, screen)
    assert screen.document.heading.text() == "Support plan: Hodan Warsame"
    assert "overdue" in screen.document.state.text()
    assert screen.document.editor.outcomes.isVisible()
    assert not screen.document.editor.commitments[Party.SCHOOL].isVisible()


def test_school_templates_are_listed_edited_and_added(qtbot, open_screen, senco_context) -> None:
    screen = open_screen()
    screen.pages.setCurrentIndex(2)
    assert table_text(screen.template_view) == [["Home-school agreement", "Home-school agreement"]]
    screen.template_view.setFocus()
    screen.template_view.selectRow(0)
    editor = screen.document.editor
    assert not screen.document.tabs.isTabVisible(1)
    pupil_box = editor.commitments[Party.PUPIL]
    pupil_box.moveCursor(QTextCursor.MoveOperation.End)
    pupil_box.setFocus()
    qtbot.keyClick(pupil_box, Qt.Key.Key_Return)
    qtbot.keyClicks(pupil_box, "I will ask for help when I am stuck.")
    click(qtbot, screen, screen.document.save_button)
    (saved,) = AgreementService(senco_context).templates()
    assert saved.content.commitments_of(Party.PUPIL)[-1].text == "I will ask for help when I am stuck."

    screen.new_kind.setFocus()
    screen.new_kind.setCurrentIndex(screen.new_kind.findData(DocumentKind.SUPPORT_PLAN))
    click(qtbot, screen, screen.new_template_button)
    assert editor.title.hasFocus()
    qtbot.keyClicks(editor.title, "Speech and language plan")
    editor.outcomes.setFocus()
    qtbot.keyClicks(editor.outcomes, "To ask for help with words or signs.")
    click(qtbot, screen, editor.provision.add_button)
    type_in_cell(qtbot, editor.provision.table, "Small-group language session")
    qtbot.keyClick(editor.provision.table.focusWidget(), Qt.Key.Key_Tab)
    QApplication.processEvents()
    type_in_cell(qtbot, editor.provision.table, "Teaching assistant")
    qtbot.keyClick(editor.provision.table.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    click(qtbot, screen, screen.document.save_button)
    assert ["Speech and language plan", "Support plan"] in table_text(screen.template_view)
    plan = next(
        t for t in AgreementService(senco_context).templates() if t.title == "Speech and language plan"
    )
    assert plan.kind is DocumentKind.SUPPORT_PLAN
    assert plan.content.outcomes == ("To ask for help with words or signs.",)
    assert [(p.what, p.who) for p in plan.content.provision] == [
        ("Small-group language session", "Teaching assistant")
    ]


def test_print_previews_the_agreement(qtbot, open_screen) -> None:
    screen = open_screen()
    tailor_for_kavya(qtbot, screen)
    click(qtbot, screen, screen.document.print_button)
    preview = screen.document.findChild(PrintPreviewDialog)
    assert preview is not None and preview.isVisible()
    assert preview.source.pages >= 1
    assert "காவ்யா" in preview.windowTitle()
    preview.reject()


def test_every_control_has_a_name(qtbot, open_screen) -> None:
    screen = open_screen()
    tailor_for_kavya(qtbot, screen)
    for page in range(screen.pages.count()):
        screen.pages.setCurrentIndex(page)
        for part in range(screen.document.tabs.count()):
            screen.document.tabs.setCurrentIndex(part)
            assert unnamed_controls(screen) == [], (page, part)


def test_forget_leaves_no_childs_details(qtbot, open_screen, school) -> None:
    screen = open_screen()
    tailor_for_kavya(qtbot, screen)
    screen.pages.setCurrentIndex(1)
    screen.document.tabs.setCurrentIndex(1)
    assert "Subramanian" in visible_text(screen)
    qtbot.mouseClick(screen.document.signatures.paper_button, Qt.MouseButton.LeftButton)
    dialog = screen.document.findChild(PaperSignatureDialog)
    assert dialog.isVisible() and "காவ்யா" in visible_text(dialog)
    screen.load()  # reads still on their way when the app locks must not refill anything
    screen.document.open_agreement(screen.document.opened.agreement.id)
    screen.forget()
    idle(qtbot, screen)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    shown = visible_text(screen)
    for pupil in school["pupils"]:
        assert pupil.legal_last_name not in shown
        assert pupil.first_name not in shown
    assert "Arjun" not in shown and "Parent of" not in shown
    assert screen.document.editor.content() == DocumentContent()


def test_the_main_window_shows_the_screen_and_empties_it_on_lock(qtbot, senco_context, school) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(senco_context.vault, senco_context.actor)
    qtbot.addWidget(window)
    screen = window.screen(AgreementsScreen)
    assert window.tabs.tabText(window.tabs.indexOf(screen)) == "Agreements and plans"
    qtbot.waitUntil(lambda: screen.pupil_model.rowCount() == 10, timeout=WAIT_MS)
    window.lock()
    assert "Subramanian" not in visible_text(screen)


def test_the_diff_pairs_changed_lines_and_keeps_additions_and_removals_apart() -> None:
    lines = diff_lines(["a", "b", "c", "d"], ["a", "B", "c", "e", "f"])
    assert [(line.change, line.text, line.before) for line in lines] == [
        (Change.SAME, "a", ""),
        (Change.CHANGED, "B", "b"),
        (Change.SAME, "c", ""),
        (Change.CHANGED, "e", "d"),
        (Change.ADDED, "f", ""),
    ]
    assert [line.change for line in diff_lines(["x", "y"], ["y"])] == [Change.REMOVED, Change.SAME]


def test_each_parent_signs_for_themselves_and_a_signed_draft_is_not_changed_in_place(
    senco_context, school
) -> None:
    service = AgreementService(senco_context)
    agreement = service.tailor(TEMPLATE.id, school["kavya"].id)
    service.sign(agreement.id, Party.FAMILY, "Parent of காவ்யா", Method.PAPER, dt.date(2026, 11, 18))
    service.sign(agreement.id, Party.FAMILY, "Arjun Subramanian", Method.DIGITAL, dt.date(2026, 11, 19))
    again = service.sign(agreement.id, Party.FAMILY, "Arjun Subramanian", Method.PAPER, dt.date(2026, 11, 20))
    assert sorted((s.signer_name, s.method) for s in again.current.signatures) == [
        ("Arjun Subramanian", Method.PAPER),
        ("Parent of காவ்யா", Method.PAPER),
    ]
    with pytest.raises(InvalidInput, match="signed"):
        service.edit_draft(agreement.id, DocumentContent())
    renamed = service.new_version(
        agreement.id, DocumentContent(), "  Cleared for a fresh start ", "Kavya's plan"
    )
    assert renamed.title == "Kavya's plan" and renamed.current.change_note == "Cleared for a fresh start"
    with pytest.raises(InvalidInput, match="title"):
        service.edit_draft(agreement.id, DocumentContent(), "   ")


# Unsaved changes: asked about when moving away, kept as a draft when the app locks


def unsaved_dialog(qtbot, screen: AgreementsScreen) -> UnsavedChangesDialog:
    qtbot.waitUntil(lambda: screen.document.unsaved.dialog is not None, timeout=WAIT_MS)
    dialog = screen.document.unsaved.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def no_dialog(qtbot, screen: AgreementsScreen) -> None:
    idle(qtbot, screen)
    assert screen.document.unsaved.dialog is None


def family_lines(screen: AgreementsScreen) -> list[str]:
    return screen.document.editor.commitments[Party.FAMILY].toPlainText().splitlines()


def add_family_line(qtbot, screen: AgreementsScreen, text: str) -> None:
    box = screen.document.editor.commitments[Party.FAMILY]
    box.moveCursor(QTextCursor.MoveOperation.End)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    type_text(box, text)


def pupil_above_by_keyboard(qtbot, screen: AgreementsScreen) -> None:
    """Up in the list of pupils: the pupil above the one chosen."""
    view = screen.pupil_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)


def saved_family_lines(context: ServiceContext, agreement_id: str) -> list[str]:
    agreement = AgreementService(context).agreement(agreement_id)
    return [c.text for c in agreement.current.content.commitments_of(Party.FAMILY)]


def test_choosing_another_pupil_with_unsaved_changes_asks_cancel_discard_or_save(
    qtbot, open_screen, senco_context, school
) -> None:
    screen = open_screen()
    tailor_for_kavya(qtbot, screen)
    agreement_id = screen.document.opened.agreement.id
    screen.pupil_filter.clear()
    idle(qtbot, screen)
    names = [row[0] for row in table_text(screen.pupil_view)]
    above_kavya = names[: names.index("காவ்யா Subramanian")][::-1]
    add_family_line(qtbot, screen, "Hadal maalinta dugsiga cuntada fiidkii.")

    pupil_above_by_keyboard(qtbot, screen)
    dialog = unsaved_dialog(qtbot, screen)
    assert unnamed_controls(dialog) == []
    assert "Home-school agreement: காவ்யா Subramanian" in visible_text(dialog)
    assert not dialog.note.isVisible()  # a draft nobody signed is saved in place: no note needed
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel: stay, with every letter still there
    no_dialog(qtbot, screen)
    assert screen.pupil is not None and screen.pupil.id == school["kavya"].id
    assert screen.pupil_view.currentIndex().data() == "காவ்யா Subramanian"
    assert family_lines(screen)[-1] == "Hadal maalinta dugsiga cuntada fiidkii."
    assert screen.document.heading.text() == "Home-school agreement: காவ்யா Subramanian"

    pupil_above_by_keyboard(qtbot, screen)
    dialog = unsaved_dialog(qtbot, screen)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Discard), Qt.MouseButton.LeftButton
    )
    no_dialog(qtbot, screen)
    assert screen.pupil is not None and screen.pupil.display_name == above_kavya[0]
    assert "Hadal maalinta" not in "\n".join(family_lines(screen))
    assert saved_family_lines(senco_context, agreement_id) == ["Read the link book each evening."]
    assert not screen.document.has_unsaved_changes()

    add_family_line(qtbot, screen, "Hadal maalinta dugsiga cuntada fiidkii.")
    pupil_above_by_keyboard(qtbot, screen)
    dialog = unsaved_dialog(qtbot, screen)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Save the &draft"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Save is the default
    no_dialog(qtbot, screen)
    assert saved_family_lines(senco_context, agreement_id) == [
        "Read the link book each evening.",
        "Hadal maalinta dugsiga cuntada fiidkii.",
    ]
    assert screen.document.message.text() == "The draft is saved."
    assert screen.pupil is not None and screen.pupil.display_name == above_kavya[1]
    assert not screen.document.has_unsaved_changes()

    pupil_above_by_keyboard(qtbot, screen)  # nothing unsaved now: no question
    no_dialog(qtbot, screen)
    assert screen.pupil is not None and screen.pupil.display_name == above_kavya[2]


def test_saving_an_agreement_in_force_on_the_way_out_asks_what_changed(
    qtbot, open_screen, senco_context
) -> None:
    screen = open_screen()
    tailor_for_kavya(qtbot, screen)
    document = screen.document
    click(qtbot, screen, document.activate_button)
    agreement_id = document.opened.agreement.id
    add_family_line(qtbot, screen, "Przeczytać z nim jedną stronę.")

    screen.pages.setCurrentIndex(2)
    screen.template_view.setFocus()
    screen.template_view.selectRow(0)  # opening a template means leaving the agreement
    dialog = unsaved_dialog(qtbot, screen)
    assert dialog.note.isVisible() and dialog.focusWidget() is dialog.note
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # no note yet: the dialog says why and stays
    assert dialog.isVisible() and "what changed" in dialog.problem.text()
    type_text(dialog.note, "Reading at home added")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    no_dialog(qtbot, screen)
    agreement = AgreementService(senco_context).agreement(agreement_id)
    assert [v.number for v in agreement.versions] == [1, 2]
    assert agreement.current.change_note == "Reading at home added"
    assert saved_family_lines(senco_context, agreement_id)[-1] == "Przeczytać z nim jedną stronę."
    assert (
        document.template is not None and document.heading.text() == "School template: Home-school agreement"
    )


def test_opening_another_agreement_from_the_reviews_can_be_cancelled(
    qtbot, open_screen, senco_context, school
) -> None:
    service = AgreementService(senco_context)
    plan = service.create(
        school["pupils"][5].id,
        DocumentKind.SUPPORT_PLAN,
        "Support plan: Hodan Warsame",
        DocumentContent(targets=(Target("Use the help card.", TODAY.date() - dt.timedelta(days=1)),)),
    )
    service.activate(plan.id)
    screen = open_screen()
    tailor_for_kavya(qtbot, screen)
    title = screen.document.editor.title
    title.setFocus()
    title.selectAll()
    type_text(title, "Umowa Kavyi")

    screen.pages.setCurrentIndex(1)  # looking at another page loses nothing, so nothing is asked
    no_dialog(qtbot, screen)
    view = screen.reviews.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = unsaved_dialog(qtbot, screen)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    no_dialog(qtbot, screen)
    assert screen.document.opened.agreement.pupil_id == school["kavya"].id
    assert title.text() == "Umowa Kavyi"


def test_locking_keeps_unsaved_changes_encrypted_and_offers_them_back(
    qtbot, senco_context, school, data_dir
) -> None:
    from desktop.ui.main_window import MainWindow

    def open_window(vault: Vault) -> tuple[MainWindow, AgreementsScreen]:
        window = MainWindow(vault, senco_context.actor)
        qtbot.addWidget(window)
        screen = window.screen(AgreementsScreen)
        window.tabs.setCurrentWidget(screen)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(
            lambda: screen.pupil_model.rowCount() == 10 and not screen.runner.busy, timeout=WAIT_MS
        )
        return window, screen

    window, screen = open_window(senco_context.vault)
    tailor_for_kavya(qtbot, screen)
    agreement_id = screen.document.opened.agreement.id
    typed = "Talk about the school day at teatime, in Tamil: பள்ளி நாள்."
    add_family_line(qtbot, screen, typed)
    window.lock()
    assert "teatime" not in visible_text(screen)
    assert screen.document.unsaved.dialog is None  # locking never waits for an answer

    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"teatime" not in content and "பள்ளி".encode() not in content, path.name

    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        window, screen = open_window(vault)
        find_pupil_by_typing(qtbot, screen, "காவ்")
        qtbot.waitUntil(lambda: screen.agreement_model.rowCount() == 1, timeout=WAIT_MS)
        screen.agreement_view.setFocus()
        qtbot.keyClick(screen.agreement_view, Qt.Key.Key_Down)
        idle(qtbot, screen)
        offer = screen.document.draft_offer
        assert offer.isVisible()
        assert offer.text.text().startswith("You have unsaved changes from ")
        assert unnamed_controls(offer) == []
        assert typed not in family_lines(screen)  # offered, not forced on the person
        qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
        assert not offer.isVisible()
        assert family_lines(screen)[-1] == typed
        assert screen.document.has_unsaved_changes()

        click(qtbot, screen, screen.document.save_button)
        context = ServiceContext(vault, senco_context.actor)
        assert saved_family_lines(context, agreement_id)[-1] == typed
        assert AgreementDraftService(context).draft_for(agreement_id) is None
        window.lock()
    finally:
        vault.close()


def test_a_kept_draft_can_be_discarded_and_a_new_templates_draft_comes_back(
    qtbot, open_screen, senco_context
) -> None:
    screen = open_screen()
    screen.pages.setCurrentIndex(2)
    screen.new_kind.setCurrentIndex(screen.new_kind.findData(DocumentKind.ONE_PAGE_PROFILE))
    click(qtbot, screen, screen.new_template_button)
    editor = screen.document.editor
    editor.title.selectAll()
    type_text(editor.title, "Proffil un dudalen")
    type_text(editor.important_to_me, "Amser tawel cyn cinio.")
    screen.forget()  # as the app locking does
    assert AgreementDraftService(senco_context).draft_for("new-template-one_page_profile") is not None

    screen.load()
    idle(qtbot, screen)
    screen.new_kind.setCurrentIndex(screen.new_kind.findData(DocumentKind.ONE_PAGE_PROFILE))
    click(qtbot, screen, screen.new_template_button)
    offer = screen.document.draft_offer
    assert offer.isVisible()
    assert offer.text.text().startswith("You have unsaved changes from 15:30")
    qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    assert editor.title.text() == "Proffil un dudalen"
    assert editor.important_to_me.toPlainText() == "Amser tawel cyn cinio."
    click(qtbot, screen, screen.document.save_button)
    assert "Proffil un dudalen" in [t.title for t in AgreementService(senco_context).templates()]
    assert AgreementDraftService(senco_context).draft_for("new-template-one_page_profile") is None

    type_text(editor.important_to_me, " Cerddoriaeth.")
    screen.forget()
    screen.load()
    idle(qtbot, screen)
    screen.pages.setCurrentIndex(2)
    row = next(n for n, r in enumerate(table_text(screen.template_view)) if r[0] == "Proffil un dudalen")
    screen.template_view.selectRow(row)
    idle(qtbot, screen)
    assert offer.isVisible()
    qtbot.mouseClick(offer.discard_button, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    assert not offer.isVisible()
    assert editor.important_to_me.toPlainText() == "Amser tawel cyn cinio."
    assert not screen.document.has_unsaved_changes()
    template_id = screen.document.template.id
    assert AgreementDraftService(senco_context).draft_for(template_id) is None


def test_target_rows_are_a_line_or_two_high_before_saving_and_a_new_row_is_as_high(
    qtbot, senco_context, school
) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(senco_context.vault, senco_context.actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    screen = window.screen(AgreementsScreen)
    window.tabs.setCurrentWidget(screen)
    qtbot.waitUntil(lambda: screen.pupil_model.rowCount() == 10 and not screen.runner.busy, timeout=WAIT_MS)
    tailor_for_kavya(qtbot, screen)
    targets = screen.document.editor.targets
    table = targets.table
    line = table.fontMetrics().lineSpacing()
    QApplication.processEvents()
    first = table.rowHeight(0)
    assert 1.5 * line <= first <= 3 * line + 12, f"the target's row is {first} px high"
    click(qtbot, screen, targets.add_button)
    QApplication.processEvents()
    assert table.rowCount() == 2
    assert table.rowHeight(1) == first, f"the new row is {table.rowHeight(1)} px high, the first {first}"
    assert table.viewport().height() >= 3 * first, "room for three targets at least"
    assert table.visualRect(table.model().index(1, 0)).bottom() <= table.viewport().height(), (
        "the new row shows in full below the first"
    )
    type_in_cell(qtbot, table, "Count in fives to 100.")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits what was typed by a queued call
    assert [row[0] for row in targets.rows()] == ["Read at home five times a week.", "Count in fives to 100."]
    screen.runner.wait()
    window.close()


def test_save_as_pdf_adds_the_extension_and_says_where_it_saved(
    qtbot, open_screen, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    screen = open_screen()
    tailor_for_kavya(qtbot, screen)
    click(qtbot, screen, screen.document.print_button)
    preview = screen.document.findChild(PrintPreviewDialog)
    assert preview is not None
    typed = tmp_path / "Kavya agreement"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(typed), "PDF files (*.pdf)"))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "Kavya agreement.pdf"
    assert saved.read_bytes() == preview.pdf and saved.read_bytes().startswith(b"%PDF")
    assert not typed.exists()
    assert preview.saved_label.text() == f"Saved as {saved}" and preview.saved_label.isVisible()
    preview.reject()
