"""The office's Devices tab: an invitation issued with the server down waits for it; a computer that
joined again is one line.

A real sync server process (stopped and started again), real SQLCipher vaults in tmp_path, the office's
window driven with qtbot.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import RemovedFromSync
from desktop.ui.sync.dialog import SyncDialog
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess
from tests.sync_ui_helpers import WAIT_MS, open_window, wait_synced
from tests.ui_checks import first_line, unnamed_controls


def test_the_devices_tab_shows_an_invitation_waiting_for_the_server_and_a_computer_that_joined_again(
    qtbot, tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    oak = school["class"]
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    laptop = open_device(tmp_path, "laptop", StaffRole.SENCO)
    enrol(office, laptop, server.url, DeviceRole.STAFF, class_ids=(oak.id,))
    old_id = laptop.sync.status().device_id
    office.sync.remove_device(old_id)
    with pytest.raises(RemovedFromSync):
        laptop.sync.sync_once()
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(oak.id,), label="Pani Kowalczyk, again")
    assert not laptop.joining.join(slip.code, SyncTarget(server_url=server.url))
    new_id = laptop.sync.status().device_id

    window, added = open_window(qtbot, office.vault, Actor("Ms Achterberg", StaffRole.ADMIN))
    wait_synced(qtbot, added)
    window.findChild(type(window.lock_action), "syncDialogAction").trigger()
    dialog = window.findChild(SyncDialog)
    qtbot.waitExposed(dialog)

    # The removed laptop asks to join again: the request says which computer it was.
    devices = dialog.devices_panel
    dialog.show_tab(devices)
    qtbot.waitUntil(lambda: devices.requests_list.count() == 1, timeout=WAIT_MS)
    asking = devices.requests_list.item(0).text().split("\n")
    assert asking == [
        f"Pani Kowalczyk, again — staff — {new_id}",
        f"    joining again: it was laptop ({old_id}), removed 2026-11-20",
    ]
    devices.grab().save("/tmp/devices-tab-request.png")
    qtbot.mouseClick(devices.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "joined again" in first_line(devices.devices_list), timeout=WAIT_MS)
    assert devices.devices_list.count() == 1, "one computer, not a stranger beside a removed device"
    qtbot.waitUntil(lambda: devices.invitations_list.count() == 0, timeout=WAIT_MS)  # used
    first, second = devices.devices_list.item(0).text().split("\n")
    joined = {d.device_id: d.approved_at for d in office.joining.devices()}[new_id][:10]
    assert first == f"Pani Kowalczyk, again — staff — {new_id} — joined again on {joined}"
    assert second == f"    before that it was laptop ({old_id}), removed 2026-11-20"

    # The server goes down; the office issues an invitation all the same.
    server.stop()
    invite = dialog.invite_panel
    dialog.show_tab(invite)
    qtbot.waitUntil(lambda: invite.choices.count() == 2, timeout=WAIT_MS)
    names = [invite.choices.item(n).text() for n in range(2)]
    invite.choices.item(names.index("Year 3 Oak")).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(invite.label_field, "Mr Nakamura")
    qtbot.mouseClick(invite.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: invite.slip is not None, timeout=WAIT_MS)
    assert invite.slip.waiting_for_server and invite.print_button.isEnabled()
    assert "the next sync tells it" in invite.expiry_label.text()
    invite.grab().save("/tmp/invite-offline.png")

    # The Devices tab says it waits to reach the server.
    dialog.show_tab(devices)
    invitations = devices.invitations_list
    qtbot.waitUntil(lambda: invitations.count() == 1, timeout=WAIT_MS)
    assert invitations.item(0).text().startswith("Mr Nakamura — staff — until ")
    assert invitations.item(0).text().endswith(" — waiting to reach the server")
    assert unnamed_controls(dialog) == []
    dialog.grab().save(str(tmp_path / "devices-tab.png"))
    devices.grab().save("/tmp/devices-tab.png")

    # The server is back: checking for requests reaches it, tells it of the invitation, and says so.
    server.start()
    qtbot.mouseClick(devices.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (shown := first_line(invitations)) and "waiting" not in shown, timeout=WAIT_MS)
    assert devices.message.text() == "No device is waiting to join."
    assert not office.joining.invitations()[0].waiting_for_server
    devices.grab().save("/tmp/devices-tab-after.png")
    dialog.reject()
