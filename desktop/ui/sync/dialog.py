"""School > Sync and devices…: this computer's sync, and on the admin device, invitations and devices.

What the dialog offers follows what this computer is: one that does not sync yet can join a school (or,
once per school, found its sync); one that syncs shows where to, when it last did and what waits, and can
be pointed at another server or folder; one the school office removed says so and can join again with a
new invitation; the school's admin device also invites, approves and removes devices. The server address
and folder live in the school's vault with the device's keys (SyncService), not in the person's
preferences: they belong to this school on this computer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.school import SchoolService
from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import SyncStatus
from desktop.store.errors import InvalidInput
from desktop.ui.sync.background import BackgroundSync
from desktop.ui.sync.conflicts import ConflictsDialog
from desktop.ui.sync.devices import DevicesPanel
from desktop.ui.sync.invite import InvitePanel
from desktop.ui.sync.ops import message_label, run_call
from desktop.ui.sync.setup import FoundPanel, JoinPanel, ask_for_folder
from desktop.ui.sync.status import removed_text, role_words, status_text, waiting_text


class ThisDevicePanel(QWidget):
    """Where this computer syncs, as what, when it last did, what waits; Sync now; change the target;
    or, once the school office removed it, what that means and the way to join again."""

    def __init__(
        self,
        background: BackgroundSync,
        choose_folder: Callable[[QWidget], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.background = background
        self._choose_folder = choose_folder or ask_for_folder
        self.state_label = _value(self.tr("Sync state"))
        self.target_label = _value(self.tr("Syncs with"))
        self.role_label = _value(self.tr("This device"))
        self.last_label = _value(self.tr("Last synced"))
        self.pending_label = _value(self.tr("Changes waiting"))
        self.conflicts_label = _value(self.tr("Records with two versions"))
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(lambda: background.sync_now())
        self.choose_button = QPushButton(self.tr("C&hoose between texts…"))
        self.choose_button.setObjectName("chooseTexts")
        self.choose_button.setAccessibleName(self.tr("Choose between texts changed on two devices"))
        self.choose_button.clicked.connect(self.open_chooser)
        self.chooser: ConflictsDialog | None = None
        facts = QFormLayout()
        for caption, label in (
            (self.tr("Now"), self.state_label),
            (self.tr("Syncs with"), self.target_label),
            (self.tr("This device"), self.role_label),
            (self.tr("Last synced"), self.last_label),
            (self.tr("Waiting to send"), self.pending_label),
            (self.tr("To choose between"), self.conflicts_label),
        ):
            facts.addRow(_plain(caption), label)

        self.server_field = QLineEdit()
        self.server_field.setObjectName("targetServer")
        self.server_field.setPlaceholderText("https://sync.school.example")
        self.server_field.setAccessibleName(self.tr("New sync server address"))
        self.folder_field = QLineEdit()
        self.folder_field.setObjectName("targetFolder")
        self.folder_field.setAccessibleName(self.tr("New sync folder"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose a sync folder"))
        self.browse_button.clicked.connect(self._browse)
        self.change_button = QPushButton(self.tr("&Use this instead"))
        self.change_button.setObjectName("changeTarget")
        self.change_button.setAccessibleName(self.tr("Sync with this server or folder instead"))
        self.change_button.clicked.connect(self.change_target)
        self.message = message_label(self.tr("Sync message"))
        self.removed_label = QLabel(removed_text())
        self.removed_label.setObjectName("syncRemoved")
        self.removed_label.setWordWrap(True)
        self.removed_label.setAccessibleName(self.tr("Removed from the school's sync"))
        self.rejoin_panel = JoinPanel(background.service, background.runner, choose_folder, again=True)
        self.rejoin_panel.setObjectName("rejoinPanel")
        self.rejoin_panel.layout().setContentsMargins(0, 0, 0, 0)  # type: ignore[union-attr]  # the panel has one
        change = QFormLayout()
        server_caption = QLabel(self.tr("Another ser&ver"))
        server_caption.setBuddy(self.server_field)
        server_caption.setAccessibleName(self.tr("Another server (caption)"))
        folder_caption = QLabel(self.tr("or a &folder"))
        folder_caption.setBuddy(self.folder_field)
        folder_caption.setAccessibleName(self.tr("Or a folder (caption)"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(self.browse_button)
        change.addRow(server_caption, self.server_field)
        change.addRow(folder_caption, folder_row)
        self.change_box = QWidget()
        box_layout = QVBoxLayout(self.change_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        heading = _plain(self.tr("Sync somewhere else (the school moved its server, or uses a USB stick):"))
        heading.setWordWrap(True)
        box_layout.addWidget(heading)
        box_layout.addLayout(change)
        change_row = QHBoxLayout()
        change_row.addStretch(1)
        change_row.addWidget(self.change_button)
        box_layout.addLayout(change_row)

        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(self.removed_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        row.addWidget(self.sync_button)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.change_box)
        layout.addWidget(self.rejoin_panel)
        layout.addWidget(self.message)
        layout.addStretch(1)
        background.view_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        view = self.background.view
        status = view.status or SyncStatus(set_up=False)
        never = self.tr("never")
        self.state_label.setText(status_text(view, self.background.context.now()))
        self.target_label.setText(status.target or "—")
        self.role_label.setText(
            f"{role_words(status)} ({status.device_id})" if status.role else self.tr("not approved yet")
        )
        self.last_label.setText(
            status.last_success.strftime("%d %B %Y, %H:%M") if status.last_success else never
        )
        self.pending_label.setText(waiting_text(status) or self.tr("nothing"))
        self.conflicts_label.setText(str(status.conflicts))
        self.choose_button.setVisible(status.conflicts > 0)
        self.sync_button.setEnabled(not view.syncing)
        self.change_box.setVisible(status.set_up and not status.removed)
        self.removed_label.setVisible(status.removed)
        self.rejoin_panel.setVisible(status.removed)

    def open_chooser(self) -> ConflictsDialog:
        """The texts edited on two devices, to choose between (one such dialog at a time)."""
        if self.chooser is None:
            self.chooser = ConflictsDialog(self.background.context, self.background.runner, parent=self)
            self.chooser.finished.connect(self._chooser_closed)
        self.chooser.show()
        self.chooser.raise_()
        return self.chooser

    def _chooser_closed(self) -> None:
        if self.chooser is not None:
            self.chooser.deleteLater()
            self.chooser = None

    def forget(self) -> None:
        """The app is locking: the texts to choose between close, with no child's name left."""
        if self.chooser is not None:
            self.chooser.reject()

    def _browse(self) -> None:
        chosen = self._choose_folder(self)
        if chosen:
            self.folder_field.setText(chosen)
            self.server_field.clear()

    def change_target(self) -> None:
        server, folder = self.server_field.text().strip(), self.folder_field.text().strip()
        try:
            target = SyncTarget(server_url=server, folder=Path(folder) if folder else None)
        except InvalidInput as exc:
            self.message.setText(str(exc))
            return
        service = self.background.service

        def done(_nothing: None) -> None:
            self.message.setText(
                self.tr("From now on this computer syncs with {target}.").format(target=target.label)
            )
            self.server_field.clear()
            self.folder_field.clear()
            self.background.sync_now()

        run_call(
            self.background.runner,
            self.tr("Changing where to sync"),
            lambda: service.set_target(target),
            done,
            self.message,
            (self.change_button,),
        )


class SyncDialog(QDialog):
    """Tabs that follow what this computer is (see the module docstring)."""

    def __init__(
        self,
        background: BackgroundSync,
        choose_folder: Callable[[QWidget], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.setWindowTitle(self.tr("Sync and devices"))
        self.background = background
        service = background.service
        runner = background.runner
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.tabs.setAccessibleName(self.tr("Sync and devices"))
        self.this_device = ThisDevicePanel(background, choose_folder)
        self.join_panel = JoinPanel(service, runner, choose_folder)
        self.found_panel = FoundPanel(service, runner, choose_folder)
        self.invite_panel = InvitePanel(service, SchoolService(background.context), runner)
        self.devices_panel = DevicesPanel(service, runner)
        self.join_panel.asked.connect(self._set_up_changed)
        self.this_device.rejoin_panel.asked.connect(self._set_up_changed)
        self.found_panel.founded.connect(self._set_up_changed)
        self.invite_panel.issued.connect(self._invitation_issued)
        background.synced.connect(self._synced)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setAccessibleName(self.tr("Close"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close sync and devices"))
        # Return in a field belongs to that field's panel (Ask to join), not to Close.
        close.setAutoDefault(False)
        close.setDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._mode = ""
        background.view_changed.connect(self._follow)
        self._follow()
        self.resize(720, 620)

    def _mode_of(self, status: SyncStatus | None) -> str:
        if status is None:
            return "unknown"
        if status.set_up:
            return "admin" if status.role == "admin" else "member"
        return "joining" if status.joining else "new"

    def _follow(self) -> None:
        """Show the tabs for what this computer now is (it changes on joining or founding)."""
        mode = self._mode_of(self.background.view.status)
        if mode == self._mode:
            return
        self._mode = mode
        current = self.tabs.currentWidget()
        self.tabs.clear()
        if mode == "new":
            self.join_panel.message.setText(self.background.view.problem)  # e.g. a join turned down
            self.tabs.addTab(self.join_panel, self.tr("&Join a school"))
            self.tabs.addTab(self.found_panel, self.tr("Set up the school's sync"))
        else:
            self.tabs.addTab(self.this_device, self.tr("This &computer"))
        if mode == "admin":
            self.invite_panel.server_url = self.background.view.status.target  # type: ignore[union-attr]  # status is known here
            self.tabs.addTab(self.invite_panel, self.tr("&Invite"))
            self.tabs.addTab(self.devices_panel, self.tr("&Devices"))
            self.invite_panel.load_choices()
            self.devices_panel.load()
        index = self.tabs.indexOf(current) if current is not None else -1
        if index >= 0:
            self.tabs.setCurrentIndex(index)

    def _invitation_issued(self, _slip: object) -> None:
        self.devices_panel.load_invitations()

    def _synced(self, _report: object) -> None:
        """A sync may have told the server of invitations issued while it was out of reach."""
        if self._mode == "admin":
            self.devices_panel.load_invitations()

    def _set_up_changed(self) -> None:
        self.background.refresh_status()
        self.background.sync_now(manual=False)

    def show_tab(self, panel: QWidget) -> None:
        index = self.tabs.indexOf(panel)
        if index >= 0:
            self.tabs.setCurrentIndex(index)

    def forget(self) -> None:
        """The app is locking: no child's name stays in the lists."""
        self.this_device.forget()
        self.invite_panel.forget()
        self.devices_panel.forget()


def _value(name: str) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(True)
    return label


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(text)
    return label
