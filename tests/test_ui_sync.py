"""Sync in the app window: enrolment through the dialogs, background sync, the status line, locking.

Real SQLCipher vaults in tmp_path, a real sync server process on 127.0.0.1 (tests/sync_helpers.py), and
the windows driven as a person would: typing in the dialogs, clicking, the Ctrl+Shift+S shortcut.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.access import Actor
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import SyncReport, SyncStatus
from desktop.store.vault import Vault
from desktop.ui.main_window import MainWindow
from desktop.ui.signals import emit
from desktop.ui.sync import install_sync
from desktop.ui.sync.background import SyncView, changes_from
from desktop.ui.sync.dialog import SyncDialog
from desktop.ui.sync.status import status_text
from desktop.ui.tasks import Changes, Topic
from sync.protocol import DeviceRole
from tests.conftest import PASSPHRASE
from tests.sync_desktop_helpers import build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess
from tests.sync_ui_helpers import WAIT_MS, open_window, quick, shown, wait_synced
from tests.ui_checks import first_line, unnamed_controls

NOW = dt.datetime(2026, 11, 20, 14, 0)


def test_a_staff_device_enrols_through_the_dialogs_and_receives_entries_by_background_sync(
    qtbot, tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office_window, office_sync = open_window(qtbot, office.vault, Actor("Ms Achterberg", StaffRole.ADMIN))
    wait_synced(qtbot, office_sync)

    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER)
    teacher_window, teacher_sync = open_window(
        qtbot, teacher.vault, Actor("Mr Okafor", StaffRole.CLASS_TEACHER)
    )
    qtbot.waitUntil(lambda: shown(teacher_sync) == "Not syncing: set up sync", timeout=WAIT_MS)
    assert teacher_window.class_model.rowCount() == 0

    # The office invites a member of staff for Year 3 Oak.
    office_window.findChild(type(office_window.lock_action), "syncDialogAction").trigger()
    admin_dialog = office_window.findChild(SyncDialog)
    qtbot.waitExposed(admin_dialog)
    invite = admin_dialog.invite_panel
    admin_dialog.show_tab(invite)
    qtbot.waitUntil(lambda: invite.choices.count() == 2, timeout=WAIT_MS)
    names = [invite.choices.item(n).text() for n in range(2)]
    assert sorted(names) == ["Year 3 Ash", "Year 3 Oak"]
    qtbot.mouseClick(invite.issue_button, Qt.MouseButton.LeftButton)
    assert invite.message.text() == "Tick the classes this member of staff's device is for."
    invite.choices.item(names.index("Year 3 Oak")).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(invite.label_field, "Mr Okafor's laptop")
    qtbot.mouseClick(invite.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: invite.slip is not None, timeout=WAIT_MS)
    code = invite.code_label.text()
    assert len(code) == 14 and code.count("-") == 2
    assert not invite.qr_label.pixmap().isNull() and invite.qr_label.pixmap().width() >= 150
    assert unnamed_controls(admin_dialog) == []

    # The printed slip carries the code and the server, no child's name.
    qtbot.mouseClick(invite.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: invite.preview is not None, timeout=WAIT_MS)
    assert invite.preview.source.pages == 1
    slip_pdf = tmp_path / "slip.pdf"
    slip_pdf.write_bytes(invite.preview.pdf)
    text = subprocess.run(
        ["pdftotext", str(slip_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert code in text and server.url in text and "Mr Okafor's laptop" in text
    assert "Zofia" not in text and "Wiśniewska" not in text
    invite.preview.reject()

    # The teacher's computer joins with the code.
    teacher_window.findChild(type(teacher_window.lock_action), "syncDialogAction").trigger()
    join_dialog = teacher_window.findChild(SyncDialog)
    qtbot.waitExposed(join_dialog)
    assert unnamed_controls(join_dialog) == []
    join = join_dialog.join_panel
    assert join_dialog.tabs.currentWidget() is join
    qtbot.keyClicks(join.code_field, code.lower())
    qtbot.keyClicks(join.server_field, server.url)
    qtbot.keyClick(join.server_field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: shown(teacher_sync) == "Waiting for the school office to approve this device", timeout=WAIT_MS
    )
    assert join_dialog.tabs.currentWidget() is join_dialog.this_device

    # The office approves it.
    devices = admin_dialog.devices_panel
    admin_dialog.show_tab(devices)
    qtbot.mouseClick(devices.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: devices.requests_list.count() == 1, timeout=WAIT_MS)
    assert devices.requests_list.item(0).text().startswith("Mr Okafor's laptop — staff — d")
    qtbot.mouseClick(devices.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: devices.devices_list.count() == 1, timeout=WAIT_MS)
    assert devices.message.text() == "Approved 1 device(s); they start syncing by themselves."

    # The teacher's computer finishes joining by itself and shows the school's classes (the school's
    # scope lists them all) and its own class's pupils.
    qtbot.waitUntil(lambda: teacher_window.class_model.rowCount() == 2, timeout=WAIT_MS)
    wait_synced(qtbot, teacher_sync)
    status = teacher_sync.background.view.status
    assert status is not None and status.role == "staff"
    oak = school["class"].id
    arrived = SchoolService(teacher_window.context).pupils()
    assert arrived and {p.class_id for p in arrived} == {oak}, "only the invited class's children"
    zofia = SchoolService(teacher_window.context).pupil(school["pupils"][0].id)
    teacher_window.tabs.setCurrentIndex(1)
    teacher_window.timeline.show_pupil(zofia)
    qtbot.waitUntil(lambda: "Zofia" in teacher_window.timeline.heading.text(), timeout=WAIT_MS)
    assert "Roman coins" not in teacher_window.timeline.browser.toPlainText()

    # An entry written in the office arrives on its own, and the open timeline redraws.
    LinkBookService(office_window.context).save_entry(
        LinkBookEntry(
            pupil_id=zofia.id,
            day=day(),
            author_id="office",
            author_role=StaffRole.ADMIN,
            learning="Zofia read her Roman coins book to the class",
        )
    )
    emit(office_window.runner.changed, Changes(frozenset({Topic.ENTRIES}), frozenset({zofia.id})))
    qtbot.waitUntil(lambda: "Roman coins" in teacher_window.timeline.browser.toPlainText(), timeout=WAIT_MS)
    join_dialog.reject()

    # Removing the laptop asks first, says what it does, then rotates the keys it held.
    asked: list[str] = []
    devices.confirm_removal = lambda described: asked.append(described) or False
    devices.devices_list.setCurrentRow(0)
    qtbot.mouseClick(devices.remove_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Mr Okafor's laptop")
    assert "removed" not in devices.devices_list.item(0).text()
    devices.confirm_removal = lambda _described: True
    qtbot.mouseClick(devices.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "removed" in first_line(devices.devices_list), timeout=WAIT_MS)
    assert devices.message.text().startswith("Removed. ")
    assert "that device can read nothing written from now on" in devices.message.text()
    admin_dialog.reject()


def test_the_status_line_goes_offline_when_the_server_stops_and_recovers_when_it_is_back(
    qtbot, tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    window, added = open_window(qtbot, office.vault, Actor("Ms Achterberg", StaffRole.ADMIN))
    wait_synced(qtbot, added)
    assert added.status_button.accessibleName() == "Sync status"
    assert "Syncs with: " + server.url in added.status_button.toolTip()

    server.stop()
    qtbot.keyClick(
        window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: shown(added).startswith("Offline: will try again at "), timeout=WAIT_MS)
    retry_at = added.background.view.retry_at
    assert retry_at is not None and retry_at > dt.datetime.now() - dt.timedelta(seconds=5)
    assert shown(added).endswith(retry_at.strftime("%H:%M"))
    assert "could not reach" in added.status_button.toolTip()

    # What is written meanwhile waits, and the line says so.
    hodan = SchoolService(window.context).pupils()[0]
    LinkBookService(window.context).save_entry(
        LinkBookEntry(
            pupil_id=hodan.id, day=day(), author_id="o", author_role=StaffRole.ADMIN, wins="Swam 10 m"
        )
    )
    emit(window.runner.changed, Changes(frozenset({Topic.ENTRIES}), frozenset({hodan.id})))
    qtbot.waitUntil(lambda: shown(added).endswith(" change(s) waiting)"), timeout=WAIT_MS)

    # It keeps trying, further apart, without a word in a box; back on the same port, it syncs again.
    qtbot.wait(1_500)
    assert added.background._failures >= 2
    assert QApplication.activeModalWidget() is None
    server.process = ServerProcess(server.data_dir, port=server.port).start().process  # the fixture stops it
    wait_synced(qtbot, added)
    assert added.background.view.retry_at is None


def test_locking_during_a_sync_leaves_nothing_running(qtbot, tmp_path: Path, server: ServerProcess) -> None:
    office = open_device(tmp_path, "office")
    build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))  # everything is queued: the first sync is long
    window = MainWindow(office.vault, Actor("Ms Achterberg", StaffRole.ADMIN))
    qtbot.addWidget(window)
    added = quick(install_sync(window))
    started: list[str] = []
    window.runner.started.connect(started.append)
    window.show()
    qtbot.waitUntil(lambda: added.background.running, timeout=WAIT_MS)
    dialog = added.open_dialog(window)
    dialog.show_tab(dialog.invite_panel)
    dialog.invite_panel.role_box.setCurrentIndex(1)  # the children's names

    window.lock()
    assert added.dialog is None, "the dialog closed, its lists emptied"
    assert dialog.invite_panel.choices.count() == 0
    assert window.is_locked
    assert window.runner._pool.activeThreadCount() == 0
    assert not added.background.scheduled
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)
    assert not added.background.running
    count = len(started)
    qtbot.wait(1_500)  # several debounce and retry periods
    assert len(started) == count, "nothing starts once locked"
    assert window.runner._pool.activeThreadCount() == 0

    # What was sent before the cancel is kept; the next unlock carries on.
    again = Vault.unlock(tmp_path / "office", PASSPHRASE)
    try:
        window2, added2 = open_window(qtbot, again, Actor("Ms Achterberg", StaffRole.ADMIN))
        wait_synced(qtbot, added2)
        assert added2.background.view.status.pending_changes == 0  # type: ignore[union-attr]
        window2.close()
    finally:
        again.close()


def test_pointing_the_device_at_a_folder_syncs_there(qtbot, tmp_path: Path, server: ServerProcess) -> None:
    office = open_device(tmp_path, "office")
    build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    window, added = open_window(qtbot, office.vault, Actor("Ms Achterberg", StaffRole.ADMIN))
    wait_synced(qtbot, added)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    dialog = added.open_dialog(window)
    panel = dialog.this_device
    panel._choose_folder = lambda _parent: str(stick)
    qtbot.keyClicks(panel.server_field, "http://elsewhere.example")
    qtbot.mouseClick(panel.browse_button, Qt.MouseButton.LeftButton)
    assert panel.server_field.text() == "" and panel.folder_field.text() == str(stick)

    qtbot.keyClicks(panel.server_field, "sync.school.example")
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Give either the school's sync server address or a folder, not both."
    panel.server_field.clear()
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.target_label.text() == str(stick), timeout=WAIT_MS)
    wait_synced(qtbot, added)
    assert list((stick / "linkbook-sync" / "v1" / "bundles").rglob("*.lbb")), "bundles were written"

    # The stick is pulled out: quietly offline, not a problem to fix.
    stick.rename(tmp_path / "elsewhere")
    added.background.sync_now()
    qtbot.waitUntil(lambda: shown(added).startswith("Offline: will try again at "), timeout=WAIT_MS)
    dialog.reject()


def test_a_removed_computer_says_so_in_the_window_and_stops_retrying(
    qtbot, tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    laptop = open_device(tmp_path, "laptop", StaffRole.CLASS_TEACHER)
    enrol(office, laptop, server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
    office.sync.remove_device(laptop.sync.status().device_id)

    window, added = open_window(qtbot, laptop.vault, Actor("Mr Okafor", StaffRole.CLASS_TEACHER))
    qtbot.waitUntil(lambda: shown(added) == "Removed from the school's sync", timeout=WAIT_MS)
    tooltip = added.status_button.toolTip()
    assert "The school office removed this computer from the school's sync" in tooltip
    assert "Everything already on this computer stays here and can still be read" in tooltip
    assert "ask the school office for a new invitation" in tooltip
    assert "could not reach" not in tooltip.lower() and "Offline" not in shown(added)

    started: list[str] = []
    window.runner.started.connect(started.append)
    qtbot.wait(1_500)  # several retry and sync periods
    runs = [label for label in started if label == added.background.label]
    assert not added.background.scheduled and runs == [], "no retries against a refusal for good"
    assert SchoolService(window.context).pupils(), "what it holds is still readable here"

    dialog = added.open_dialog(window)
    panel = dialog.this_device
    assert panel.removed_label.isVisible() and "new invitation" in panel.removed_label.text()
    assert not panel.change_box.isVisible()
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)  # a person may still try
    qtbot.waitUntil(lambda: not added.background.running, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: shown(added) == "Removed from the school's sync", timeout=WAIT_MS)
    assert not added.background.scheduled
    dialog.reject()


def test_a_computer_joins_a_school_without_a_server_through_its_shared_folder(qtbot, tmp_path: Path) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    stick = tmp_path / "shared-drive"
    stick.mkdir()
    office.sync.found_school(SyncTarget(folder=stick))
    office_window, office_sync = open_window(qtbot, office.vault, Actor("Ms Achterberg", StaffRole.ADMIN))
    wait_synced(qtbot, office_sync)
    code = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Pan Kowalski").code

    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER)
    teacher_window, teacher_sync = open_window(
        qtbot, teacher.vault, Actor("Pan Kowalski", StaffRole.CLASS_TEACHER)
    )
    join_dialog = teacher_sync.open_dialog(teacher_window)
    join = join_dialog.join_panel
    join._choose_folder = lambda _parent: str(stick)
    qtbot.waitUntil(lambda: join_dialog.tabs.currentWidget() is join, timeout=WAIT_MS)

    # A mistyped code: the office's computer does not know it, and the teacher's computer says so. The
    # office's computer is not syncing while the teacher asks (else it may refuse before "Waiting" shows).
    office_sync.background.stop()
    qtbot.waitUntil(lambda: not office_sync.background.running, timeout=WAIT_MS)
    qtbot.keyClicks(join.code_field, "7K3M-9QRT-X2VW")
    qtbot.mouseClick(join.browse_button, Qt.MouseButton.LeftButton)
    assert join.folder_field.text() == str(stick)
    qtbot.mouseClick(join.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: shown(teacher_sync) == "Waiting for the school office to approve this device", timeout=WAIT_MS
    )
    office_sync.background.start()
    qtbot.waitUntil(lambda: "did not recognise that invitation code" in shown(teacher_sync), timeout=WAIT_MS)
    assert shown(teacher_sync).startswith("Not syncing: ")
    qtbot.waitUntil(lambda: join_dialog.tabs.currentWidget() is join, timeout=WAIT_MS)
    assert "Check the code on the invitation" in join.message.text()

    # The right code: the office sees the request in its list, approves it, and the teacher's computer
    # finishes joining by itself.
    join.code_field.clear()
    qtbot.keyClicks(join.code_field, code)
    qtbot.mouseClick(join.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: shown(teacher_sync) == "Waiting for the school office to approve this device", timeout=WAIT_MS
    )
    admin_dialog = office_sync.open_dialog(office_window)
    devices = admin_dialog.devices_panel
    admin_dialog.show_tab(devices)
    qtbot.mouseClick(devices.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: devices.requests_list.count() == 1, timeout=WAIT_MS)
    assert devices.requests_list.item(0).text().startswith("Pan Kowalski — staff — d")
    qtbot.mouseClick(devices.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: devices.devices_list.count() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: teacher_window.class_model.rowCount() == 2, timeout=WAIT_MS)
    wait_synced(qtbot, teacher_sync)
    assert teacher_sync.background.view.status.role == "staff"  # type: ignore[union-attr]
    assert {p.class_id for p in SchoolService(teacher_window.context).pupils()} == {school["class"].id}
    admin_dialog.reject()
    join_dialog.reject()


def test_status_words_for_each_state() -> None:
    ready = SyncStatus(
        set_up=True, role="staff", target="https://s", last_success=NOW - dt.timedelta(minutes=2)
    )
    assert status_text(SyncView(ready), NOW) == "Synced 2 min ago"
    assert status_text(SyncView(ready), NOW + dt.timedelta(hours=2)) == "Synced at 13:58"
    assert status_text(SyncView(ready, syncing=True), NOW) == "Syncing…"
    waiting = SyncStatus(set_up=True, role="staff", target="https://s", pending_changes=3)
    assert status_text(SyncView(waiting), NOW) == "3 change(s) waiting"
    retry = NOW.replace(minute=5)
    assert status_text(SyncView(waiting, retry_at=retry), NOW) == (
        "Offline: will try again at 14:05 (3 change(s) waiting)"
    )
    assert status_text(SyncView(ready, problem="The folder is not there."), NOW) == (
        "Sync problem: The folder is not there."
    )
    assert status_text(SyncView(SyncStatus(set_up=False)), NOW) == "Not syncing: set up sync"
    removed = SyncStatus(set_up=True, role="staff", target="https://s", last_error="x", removed=True)
    assert status_text(SyncView(removed, retry_at=retry), NOW) == "Removed from the school's sync"


def test_what_arrived_is_announced_with_its_topics_and_pupils() -> None:
    report = SyncReport(
        "https://s", changes_received=4, kinds=frozenset({"reply", "scope"}), pupil_ids=frozenset({"p1"})
    )
    assert changes_from(report) == Changes(frozenset({Topic.ENTRIES}), frozenset({"p1"}))
    news = SyncReport("https://s", changes_received=1, kinds=frozenset({"news"}))
    assert changes_from(news).topics == frozenset({Topic.NEWS})
    assert changes_from(SyncReport("https://s")).topics == frozenset()
    future = SyncReport("https://s", changes_received=1, kinds=frozenset({"a_kind_from_a_newer_version"}))
    assert changes_from(future).topics == frozenset(Topic)


def test_grab_sync_dialog_writes_its_pictures(qapp, tmp_path: Path) -> None:
    from desktop.ui.sync.screenshot import grab_sync_dialog

    written = grab_sync_dialog(tmp_path / "shots")
    assert [p.name for p in written] == ["sync.png", "sync-status.png"]
    assert all(p.stat().st_size > 2_000 for p in written)
