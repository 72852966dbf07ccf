"""A removed computer joins the school's sync again from the Sync and devices dialog, as a person would.

A real sync server process, real SQCipher vaults in tmp_path, the teacher's window driven with qtbot.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.access import Actor
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.linkbook import LinkBookService
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import RemovedFromSync
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess
from tests.sync_ui_helpers import WAIT_MS, open_window, shown
from tests.ui_checks import unnamed_controls


def test_a_removed_computer_joins_again_from_the_this_computer_tab(
    qtbot, tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    zofia = school["pupils"][0]
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    laptop = open_device(tmp_path, "laptop", StaffRole.CLASS_TEACHER)
    enrol(office, laptop, server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
    old_id = laptop.sync.status().device_id
    office.sync.remove_device(old_id)
    with pytest.raises(RemovedFromSync):
        laptop.sync.sync_once()
    slip = office.joining.invite(DeviceRole.STAFF, class_ids=(school["class"].id,), label="Pan Okafor")

    window, added = open_window(qtbot, laptop.vault, Actor("Mr Okafor", StaffRole.CLASS_TEACHER))
    qtbot.waitUntil(lambda: shown(added) == "Removed from the school's sync", timeout=WAIT_MS)
    LinkBookService(window.context).save_entry(
        LinkBookEntry(
            pupil_id=zofia.id,
            day=day(),
            author_id="t",
            author_role=StaffRole.CLASS_TEACHER,
            wins="Zofia tied her shoelaces by herself",
        )
    )

    dialog = added.open_dialog(window)
    qtbot.waitExposed(dialog)
    panel = dialog.this_device
    join = panel.rejoin_panel
    assert dialog.tabs.currentWidget() is panel
    assert panel.removed_label.isVisible() and join.isVisible() and not panel.change_box.isVisible()
    assert unnamed_controls(dialog) == []
    dialog.grab().save(str(tmp_path / "sync-dialog-removed.png"))

    qtbot.keyClicks(join.code_field, slip.code)
    qtbot.keyClicks(join.server_field, server.url)
    qtbot.mouseClick(join.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: shown(added) == "Waiting for the school office to approve this device", timeout=WAIT_MS
    )
    assert not join.isVisible(), "no longer removed: the tab shows the joining computer"
    assert added.background.view.status.device_id != old_id

    [approved] = office.joining.approve()
    assert approved.label == "Pan Okafor"
    qtbot.waitUntil(lambda: shown(added) == "Synced just now", timeout=WAIT_MS)
    assert added.background.view.status.role == "staff"
    office.sync.sync_once()
    arrived = [e.wins for e in LinkBookService(office.context).timeline(zofia.id)]
    assert arrived == ["Zofia tied her shoelaces by herself"]
    dialog.reject()
