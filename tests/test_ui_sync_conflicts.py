"""Texts to choose between: one agreement edited on two devices, both texts kept until a person chooses.

Two real SQLCipher vaults (the office and the SENCO's laptop) sync through a real server process; the
SENCO's window is driven as a person would: the status line, the keyboard, the sync dialog, the bar
above the open agreement.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.access import Actor
from desktop.domain.agreements import Agreement, Commitment, DocumentContent, DocumentKind, Party
from desktop.domain.school import StaffRole
from desktop.services.agreements import AgreementService
from desktop.services.sync.device import SyncTarget
from desktop.ui.agreements.document import DocumentPanel
from desktop.ui.main_window import MainWindow
from desktop.ui.sync import SyncInWindow, install_sync
from desktop.ui.sync.conflicts import ConflictsDialog
from desktop.ui.sync.conflicts_view import Mark, marked_pair
from desktop.ui.tasks import TaskRunner
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import DesktopDevice, build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess
from tests.ui_checks import unnamed_controls

WAIT_MS = 60_000
FIRST = DocumentContent(commitments=(Commitment(Party.SCHOOL, "Meet Zofia at the gate each morning"),))
OFFICE_TEXT = DocumentContent(commitments=(Commitment(Party.SCHOOL, "Meet Zofia at the side gate at 8:40"),))
SENCO_TEXT = DocumentContent(
    commitments=(
        Commitment(Party.SCHOOL, "Meet Zofia at the gate each morning"),
        Commitment(Party.FAMILY, "Zofia brings her reading diary daily"),
    )
)


def _sync_all(*devices: DesktopDevice) -> None:
    for device in (*devices, *devices):
        device.sync.sync_once()


@pytest.fixture
def conflict(tmp_path: Path, server: ServerProcess) -> tuple[DesktopDevice, DesktopDevice, Agreement]:
    """The office and the SENCO's laptop each changed Zofia's "Mornings" agreement before syncing."""
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    senco = open_device(tmp_path, "senco", StaffRole.SENCO, "Ms Adeyemi-Kowalczyk")
    enrol(office, senco, server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
    zofia = school["pupils"][0]
    agreement = AgreementService(office.context).create(zofia.id, DocumentKind.AGREEMENT, "Mornings", FIRST)
    _sync_all(office, senco)
    AgreementService(office.context).edit_draft(agreement.id, OFFICE_TEXT)
    AgreementService(senco.context).edit_draft(agreement.id, SENCO_TEXT)
    _sync_all(office, senco)
    assert len(senco.conflicts.waiting()) == 1
    return office, senco, agreement


def open_window(qtbot, device: DesktopDevice) -> tuple[MainWindow, SyncInWindow]:
    window = MainWindow(device.vault, Actor("Ms Adeyemi-Kowalczyk", StaffRole.SENCO))
    qtbot.addWidget(window)
    added = install_sync(window)
    added.background.debounce_ms = 150
    added.background.period_ms = 600
    added.background.first_backoff_ms = 250
    window.show()
    qtbot.waitExposed(window)
    return window, added


def column_holding(dialog: ConflictsDialog, words: str) -> int:
    [index] = [n for n, c in enumerate(dialog.compare.columns) if words in c.browser.toPlainText()]
    return index


def content_on(device: DesktopDevice, agreement: Agreement) -> DocumentContent:
    return AgreementService(device.context).agreement(agreement.id).current.content


def sent_everything(added: SyncInWindow) -> bool:
    status = added.background.view.status
    return (
        status is not None
        and status.conflicts == 0
        and status.pending_changes == 0
        and not added.background.running
    )


def test_the_status_line_asks_to_choose_and_a_text_chosen_by_keyboard_reaches_the_other_device(
    qtbot, conflict, tmp_path: Path
) -> None:
    office, senco, agreement = conflict
    window, added = open_window(qtbot, senco)
    qtbot.waitUntil(lambda: added.status_button.text() == "1 text(s) to choose between", timeout=WAIT_MS)
    assert "click to choose which to keep" in added.status_button.toolTip()

    added.status_button.setFocus()
    qtbot.keyClick(added.status_button, Qt.Key.Key_Space)
    chooser = added.chooser
    assert chooser is not None and added.dialog is None, "the chooser opens, not the sync dialog"
    qtbot.waitExposed(chooser)
    qtbot.waitUntil(lambda: chooser.loaded, timeout=WAIT_MS)

    about = chooser.about.text()
    assert "Zofia Wiśniewska" in about and "Mornings" in about and "agreement" in about
    side_gate = column_holding(chooser, "Meet Zofia at the side gate at 8:40")
    diary = column_holding(chooser, "Zofia brings her reading diary daily")
    assert {side_gate, diary} == {0, 1}
    shown = {n: chooser.compare.columns[n].browser.toPlainText() for n in (side_gate, diary)}
    assert "worded differently: School: Meet Zofia at the side gate at 8:40" in shown[side_gate]
    assert "worded differently: School: Meet Zofia at the gate each morning" in shown[diary]
    assert "only in this text: Family: Zofia brings her reading diary daily" in shown[diary]
    assert "2 line(s) differ" in chooser.compare.summary.text()
    assert unnamed_controls(chooser) == []
    chooser.grab().save(str(tmp_path / "chooser.png"))

    # Keep the earlier text (the plan shows the later one until someone chooses) from the keyboard:
    # the button takes focus and Space presses it.
    assert content_on(senco, agreement) == (SENCO_TEXT if diary == 1 else OFFICE_TEXT)
    earlier = SENCO_TEXT if diary == 0 else OFFICE_TEXT
    keep_button = chooser.compare.columns[0].keep_button
    assert keep_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    keep_button.setFocus()
    qtbot.keyClick(keep_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Kept text" in chooser.message.text(), timeout=WAIT_MS)
    assert "Zofia Wiśniewska: Mornings" in chooser.message.text()
    qtbot.waitUntil(lambda: "nothing left to choose" in chooser.message.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: sent_everything(added), timeout=WAIT_MS)
    assert added.status_button.text() != "1 text(s) to choose between"
    _sync_all(office)
    assert office.conflicts.waiting() == []
    assert content_on(senco, agreement) == earlier
    assert content_on(office, agreement) == earlier

    qtbot.keyClick(chooser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: added.chooser is None, timeout=WAIT_MS)
    window.close()


def test_a_combined_text_made_from_the_sync_dialog_is_kept_on_both_devices(qtbot, conflict) -> None:
    office, senco, agreement = conflict
    window, added = open_window(qtbot, senco)
    qtbot.waitUntil(lambda: added.status_button.text() == "1 text(s) to choose between", timeout=WAIT_MS)
    dialog = added.open_dialog(window)
    panel = dialog.this_device
    assert panel.conflicts_label.text() == "1" and panel.choose_button.isVisible()
    qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    chooser = panel.chooser
    qtbot.waitUntil(lambda: chooser.loaded, timeout=WAIT_MS)

    side_gate = column_holding(chooser, "side gate at 8:40")
    qtbot.mouseClick(chooser.compare.columns[side_gate].combine_button, Qt.MouseButton.LeftButton)
    assert chooser.stack.currentIndex() == 1
    assert "reading diary daily" in chooser.others.toPlainText(), "the other text is beside the editor"
    editor = chooser.editor
    assert editor.commitments[Party.SCHOOL].toPlainText() == "Meet Zofia at the side gate at 8:40"
    qtbot.keyClicks(editor.commitments[Party.FAMILY], "Zofia brings her reading diary daily")
    assert unnamed_controls(chooser) == []
    qtbot.mouseClick(chooser.keep_combined_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Kept your combined text" in chooser.message.text(), timeout=WAIT_MS)

    combined = DocumentContent(
        commitments=(
            Commitment(Party.SCHOOL, "Meet Zofia at the side gate at 8:40"),
            Commitment(Party.FAMILY, "Zofia brings her reading diary daily"),
        )
    )
    assert content_on(senco, agreement) == combined
    qtbot.waitUntil(lambda: panel.conflicts_label.text() == "0", timeout=WAIT_MS)
    assert not panel.choose_button.isVisible()
    qtbot.waitUntil(lambda: sent_everything(added), timeout=WAIT_MS)
    _sync_all(office)
    assert content_on(office, agreement) == combined and office.conflicts.waiting() == []
    dialog.reject()
    assert panel.chooser is None or not panel.chooser.isVisible()
    window.close()


def test_the_open_agreement_says_it_was_changed_on_two_devices_and_decide_later_keeps_both(
    qtbot, conflict
) -> None:
    _office, senco, agreement = conflict
    runner = TaskRunner()
    panel = DocumentPanel(senco.context, runner)
    qtbot.addWidget(panel)
    panel.show()
    panel.open_agreement(agreement.id)
    qtbot.waitUntil(lambda: panel.conflict_bar.isVisible(), timeout=WAIT_MS)
    assert "changed on two devices" in panel.conflict_bar.text.text()
    assert unnamed_controls(panel.conflict_bar) == []

    qtbot.mouseClick(panel.conflict_bar.choose_button, Qt.MouseButton.LeftButton)
    chooser = panel.conflict_bar.chooser
    qtbot.waitUntil(lambda: chooser.loaded, timeout=WAIT_MS)
    assert "Mornings" in chooser.about.text()
    shown_before = content_on(senco, agreement)
    qtbot.mouseClick(chooser.later_button, Qt.MouseButton.LeftButton)
    assert panel.conflict_bar.chooser is None or not chooser.isVisible()
    assert len(senco.conflicts.waiting()) == 1, "deciding later leaves both texts"
    assert content_on(senco, agreement) == shown_before
    assert panel.conflict_bar.isVisible()

    panel.forget()
    assert not panel.conflict_bar.isVisible()
    runner.wait(WAIT_MS)


def test_each_text_is_shown_whole_with_what_the_other_lacks_marked() -> None:
    left, right = marked_pair(["A", "B", "C"], ["A", "B2", "C", "D"])
    assert [(line.mark, line.text) for line in left] == [
        (Mark.SAME, "A"),
        (Mark.WORDED_DIFFERENTLY, "B"),
        (Mark.SAME, "C"),
    ]
    assert [(line.mark, line.text) for line in right] == [
        (Mark.SAME, "A"),
        (Mark.WORDED_DIFFERENTLY, "B2"),
        (Mark.SAME, "C"),
        (Mark.ONLY_HERE, "D"),
    ]
