"""The admin device's list of computers: requests to join waiting for approval, the invitations not used
yet, and the devices approved.

Approving wraps the right keys for the new device (its classes, or a family's own children); removing
one rotates the key of every scope it held, so what is written afterwards is unreadable to it. Removal
cannot be undone, so it asks first and says exactly that.

An invitation issued while the server was out of reach says so until a sync has told the server: a
device answering it before then is turned away. A removed computer that joined again (its claim checked
by the service) is one line: the new device, "joined again", with the removed one it was folded under it,
so the office sees one computer, not a stranger beside a removed one; the removal stays recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync.engine import SyncService
from desktop.services.sync.invitations import UnusedInvitation
from desktop.services.sync.joining import Enrolment, JoinRequest
from desktop.store.sync_store.enrolled import EnrolledDevice
from desktop.ui.signals import emit
from desktop.ui.sync.ops import message_label, run_call
from desktop.ui.tasks import TaskRunner


class DevicesPanel(QWidget):
    """Join requests (tick and approve) above the approved devices (choose and remove)."""

    devices_changed = Signal()

    def __init__(self, service: SyncService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.enrolment = Enrolment(service.context)
        self.runner = runner
        self.confirm_removal = self._confirm
        """Asks the person before a removal; tests replace it."""
        self.requests_list = QListWidget()
        self.requests_list.setObjectName("joinRequests")
        self.requests_list.setAccessibleName(self.tr("Devices asking to join"))
        requests_caption = QLabel(self.tr("&Asking to join"))
        requests_caption.setBuddy(self.requests_list)
        requests_caption.setAccessibleName(self.tr("Asking to join (caption)"))
        self.check_button = QPushButton(self.tr("C&heck for requests"))
        self.check_button.setObjectName("checkRequests")
        self.check_button.setAccessibleName(self.tr("Check for requests to join"))
        self.check_button.clicked.connect(self.load_requests)
        self.approve_button = QPushButton(self.tr("A&pprove ticked"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setAccessibleName(self.tr("Approve the ticked devices"))
        self.approve_button.clicked.connect(self.approve)
        self.invitations_list = QListWidget()
        self.invitations_list.setObjectName("unusedInvitations")
        self.invitations_list.setAccessibleName(self.tr("Invitations not used yet"))
        invitations_caption = QLabel(self.tr("&Unused invitations"))
        invitations_caption.setBuddy(self.invitations_list)
        invitations_caption.setAccessibleName(self.tr("Unused invitations (caption)"))
        self.invitations_message = message_label(self.tr("Invitations message"))
        """Its own line, so reading the invitations never hides news about requests or devices."""
        self.devices_list = QListWidget()
        self.devices_list.setObjectName("deviceList")
        self.devices_list.setAccessibleName(self.tr("Devices that sync with the school"))
        devices_caption = QLabel(self.tr("Approved de&vices"))
        devices_caption.setBuddy(self.devices_list)
        devices_caption.setAccessibleName(self.tr("Devices (caption)"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("removeDevice")
        self.remove_button.setAccessibleName(self.tr("Remove the chosen device"))
        self.remove_button.clicked.connect(self.remove)
        self.message = message_label(self.tr("Devices message"))

        request_buttons = QHBoxLayout()
        request_buttons.addStretch(1)
        request_buttons.addWidget(self.check_button)
        request_buttons.addWidget(self.approve_button)
        device_buttons = QHBoxLayout()
        device_buttons.addStretch(1)
        device_buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(requests_caption)
        layout.addWidget(self.requests_list, 1)
        layout.addLayout(request_buttons)
        layout.addWidget(invitations_caption)
        layout.addWidget(self.invitations_list, 1)
        layout.addWidget(self.invitations_message)
        layout.addWidget(devices_caption)
        layout.addWidget(self.devices_list, 2)
        layout.addLayout(device_buttons)
        layout.addWidget(self.message)

    def load(self) -> None:
        self.load_requests()
        self.load_invitations()
        self.load_devices()

    def load_requests(self) -> None:
        enrolment = self.enrolment

        def show(requests: list[JoinRequest]) -> None:
            self.requests_list.clear()
            for request in requests:
                text = self._describe(request.label, request.role, request.device_id)
                if request.rejoins is not None:
                    text += "\n" + self._earlier(request.rejoins, joining=True)
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, request.device_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.requests_list.addItem(item)
            if not requests:
                self.message.setText(self.tr("No device is waiting to join."))
            self.load_invitations()  # asking the server told it of any invitation issued offline

        run_call(
            self.runner,
            self.tr("Checking for requests to join"),
            enrolment.join_requests,
            show,
            self.message,
            (self.check_button, self.approve_button),
            self.tr("Asking the server…"),
        )

    def load_invitations(self) -> None:
        """The invitations no device has used yet; those the server has not heard of say so."""
        enrolment = self.enrolment

        def show(invitations: list[UnusedInvitation]) -> None:
            self.invitations_list.clear()
            for invitation in invitations:
                text = self._describe(invitation.label, invitation.role, "")
                text += self.tr(" — until {date}").format(date=invitation.expires_at.date().isoformat())
                if invitation.waiting_for_server:
                    text += self.tr(" — waiting to reach the server")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, invitation.invitation_id)
                if invitation.waiting_for_server:
                    item.setToolTip(
                        self.tr(
                            "Issued while the school's server was out of reach. The next sync sends it "
                            "to the server; a computer that tries the code before then is told to ask "
                            "you to sync."
                        )
                    )
                self.invitations_list.addItem(item)

        run_call(
            self.runner,
            self.tr("Reading the invitations"),
            enrolment.invitations,
            show,
            self.invitations_message,
            working=" ",
        )

    def load_devices(self) -> None:
        enrolment = self.enrolment

        def show(devices: list[EnrolledDevice]) -> None:
            self.devices_list.clear()
            known = {d.device_id: d for d in devices}
            rejoined = {d.rejoined_from for d in devices if d.rejoined_from}
            for device in devices:
                if device.device_id in rejoined:
                    continue  # shown under the computer it became
                text = self._describe(device.label, device.role, device.device_id)
                if device.rejoined_from:
                    text += self.tr(" — joined again on {date}").format(date=device.approved_at[:10])
                if device.removed_at:
                    text += self.tr(" — removed {date}").format(date=device.removed_at[:10])
                earlier = known.get(device.rejoined_from)
                seen = {device.device_id}
                while earlier is not None and earlier.device_id not in seen:
                    seen.add(earlier.device_id)
                    text += "\n" + self._earlier(earlier)
                    earlier = known.get(earlier.rejoined_from)
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, device.device_id)
                if device.removed_at:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.devices_list.addItem(item)

        run_call(self.runner, self.tr("Reading the devices"), enrolment.devices, show, self.message)

    def _describe(self, label: str, role: str, device_id: str) -> str:
        words = {"staff": self.tr("staff"), "family": self.tr("family"), "admin": self.tr("admin")}
        who = label or self.tr("(no name given)")
        return " — ".join(part for part in (who, words.get(role, role), device_id) if part)

    def _earlier(self, device: EnrolledDevice, joining: bool = False) -> str:
        """The removed device a computer was, on an indented line of its own."""
        text = (
            self.tr("    joining again: it was {label} ({device}), removed {date}")
            if joining
            else self.tr("    before that it was {label} ({device}), removed {date}")
        )
        label = device.label or self.tr("(no name given)")
        return text.format(label=label, device=device.device_id, date=device.removed_at[:10])

    def approve(self) -> None:
        ticked = {
            str(self.requests_list.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.requests_list.count())
            if self.requests_list.item(n).checkState() == Qt.CheckState.Checked
        }
        if not ticked:
            self.message.setText(self.tr("Tick the devices to approve (Check for requests lists them)."))
            return
        enrolment = self.enrolment

        def done(approved: list[EnrolledDevice]) -> None:
            self.load_devices()
            self.load_invitations()  # the ones just used leave the list
            self.requests_list.clear()
            self.message.setText(
                self.tr("Approved %n device(s); they start syncing by themselves.", "", len(approved))
            )
            emit(self.devices_changed)

        run_call(
            self.runner,
            self.tr("Approving devices"),
            lambda: enrolment.approve(ticked),
            done,
            self.message,
            (self.check_button, self.approve_button),
        )

    def remove(self) -> None:
        item = self.devices_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            self.message.setText(self.tr("Choose a device in the list first."))
            return
        device_id = str(item.data(Qt.ItemDataRole.UserRole))
        if not self.confirm_removal(item.text()):
            return
        service = self.service

        def done(rotated: int) -> None:
            self.load_devices()
            self.message.setText(
                self.tr(
                    "Removed. %n key(s) were replaced; that device can read nothing written from now on.",
                    "",
                    rotated,
                )
            )
            emit(self.devices_changed)

        run_call(
            self.runner,
            self.tr("Removing a device"),
            lambda: service.remove_device(device_id),
            done,
            self.message,
            (self.remove_button,),
        )

    def _confirm(self, described: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove this device?"),
            self.tr(
                "{device}\n\nThe device is shut out of the school's sync server, and every class and child "
                "it could see gets a new key: it can read nothing written from now on. What it already "
                "holds stays on it. This cannot be undone; to use it again, invite it again."
            ).format(device=described),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def forget(self) -> None:
        self.requests_list.clear()
        self.invitations_list.clear()
        self.devices_list.clear()
