"""For a computer that does not sync yet: join a school with an invitation code, or found the school's sync.

Joining is what nearly every computer does: the school office gives an invitation (a code and a QR code,
often printed); the new computer sends its public keys with the code, through the school's server or,
for a school with no server, its shared folder; once the office approves it, the background sync
finishes joining by itself. A computer the office removed joins again the same way, with a new
invitation, keeping everything on it (the sync dialog's This computer tab offers it). Founding is done
once per school, on the office's computer, with the setup token the sync server printed when it first
started (or a shared folder).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync.device import SyncTarget
from desktop.services.sync.engine import SyncService
from desktop.services.sync.joining import Enrolment
from desktop.store.errors import InvalidInput
from desktop.ui.family.language_menu import choose_language, current_language, offered_languages
from desktop.ui.signals import emit
from desktop.ui.sync.ops import message_label, run_call
from desktop.ui.tasks import TaskRunner
from sync.enrolment import parse_qr_payload


def code_and_server(typed: str, server: str) -> tuple[str, str]:
    """What was typed in the code field: a code, or a whole scanned QR payload (which names the server)."""
    typed = typed.strip()
    if typed.startswith("linkbook:"):
        try:
            code, named = parse_qr_payload(typed)
        except (ValueError, KeyError):
            raise InvalidInput(
                "That is not a Linkbook invitation; type the 12-letter code instead."
            ) from None
        return code, server.strip() or named
    return typed, server.strip()


class JoinPanel(QWidget):
    """Code and server address (or the school's shared folder), then "Ask to join"."""

    asked = Signal()

    def __init__(
        self,
        service: SyncService,
        runner: TaskRunner,
        choose_folder: Callable[[QWidget], str] | None = None,
        parent: QWidget | None = None,
        *,
        again: bool = False,
    ) -> None:
        """`again`: for a computer the school office removed, which joins again with a new invitation."""
        super().__init__(parent)
        self.service = service
        self.enrolment = Enrolment(service.context)
        self.runner = runner
        self._choose_folder = choose_folder or ask_for_folder
        if again:
            words = self.tr(
                "To join again, type the code from a new invitation and the school's sync server "
                "address, or choose the school's shared folder if it has no server. Everything on this "
                "computer stays here, and what was written on it and not yet sent goes to the school "
                "once the office approves it."
            )
        else:
            words = self.tr(
                "Type the code from the invitation the school office gave you, and the school's sync "
                "server address printed under it, or choose the school's shared folder if it has no "
                "server. The office then approves this computer, and it starts syncing by itself."
            )
        intro = QLabel(words)
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("About joining"))
        self.code_field = QLineEdit()
        self.code_field.setObjectName("joinCode")
        self.code_field.setPlaceholderText("ABCD-EFGH-JKMN")
        self.code_field.setAccessibleName(self.tr("Invitation code"))
        self.server_field = QLineEdit()
        self.server_field.setObjectName("joinServer")
        self.server_field.setPlaceholderText("https://sync.school.example")
        self.server_field.setAccessibleName(self.tr("School sync server address"))
        code_caption = QLabel(self.tr("Invitation &code"))
        code_caption.setBuddy(self.code_field)
        code_caption.setAccessibleName(self.tr("Invitation code (caption)"))
        server_caption = QLabel(self.tr("Sync &server"))
        server_caption.setBuddy(self.server_field)
        server_caption.setAccessibleName(self.tr("Sync server (caption)"))
        self.folder_field = QLineEdit()
        self.folder_field.setObjectName("joinFolder")
        self.folder_field.setAccessibleName(self.tr("The school's shared sync folder"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the school's shared sync folder"))
        self.browse_button.clicked.connect(self._browse)
        self.browse_button.setAutoDefault(False)  # Return in a field asks to join; it opens no chooser
        self.folder_field.returnPressed.connect(self.ask)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(self.browse_button)
        self.join_button = QPushButton(self.tr("&Ask to join"))
        self.join_button.setObjectName("joinButton")
        self.join_button.setAccessibleName(self.tr("Ask to join the school"))
        self.join_button.clicked.connect(self.ask)
        self.code_field.returnPressed.connect(self.ask)
        self.server_field.returnPressed.connect(self.ask)
        self.message = message_label(self.tr("Joining message"))
        self.language_box = language_choice(self)
        self.language_note = QLabel()
        self.language_note.setObjectName("joinLanguageNote")
        self.language_note.setWordWrap(True)
        self.language_note.setAccessibleName(self.tr("About the language"))
        self.language_note.hide()
        self.language_box.activated.connect(self._language_chosen)
        form = QFormLayout()
        form.addRow(_caption(self.tr("&Language"), self.language_box), self.language_box)
        form.addRow("", self.language_note)
        form.addRow(code_caption, self.code_field)
        form.addRow(server_caption, self.server_field)
        form.addRow(_caption(self.tr("or a shared &folder"), self.folder_field), folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.join_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _browse(self) -> None:
        chosen = self._choose_folder(self)
        if chosen:
            self.folder_field.setText(chosen)
            self.server_field.clear()

    def _language_chosen(self, index: int) -> None:
        """Keep the family's language on this computer; the note already speaks it."""
        choose_language(str(self.language_box.itemData(index)))
        self.language_note.setText(
            QCoreApplication.translate(
                "JoinPanel", "Linkbook will speak {language} on this computer from now on."
            ).format(language=self.language_box.itemText(index))
        )
        self.language_note.show()

    def ask(self) -> None:
        try:
            code, server = code_and_server(self.code_field.text(), self.server_field.text())
            folder = self.folder_field.text().strip()
            if not code:
                raise InvalidInput(self.tr("Type the code from the invitation first."))
            if not server and not folder:
                raise InvalidInput(
                    self.tr(
                        "Type the school's sync server address (it is on the invitation), or choose the "
                        "school's shared folder if it has no server."
                    )
                )
            target = SyncTarget(server_url=server, folder=Path(folder) if folder else None)
        except InvalidInput as exc:
            self.message.setText(str(exc))
            return
        enrolment = self.enrolment
        if server:
            working = self.tr("Asking the school's server…")
        else:
            working = self.tr("Leaving the request in the folder…")

        def done(approved: bool) -> None:
            if approved:
                self.message.setText(self.tr("Approved: this computer now syncs with the school."))
            else:
                self.message.setText(
                    self.tr(
                        "Asked. Tell the school office: once they approve this computer, it joins by itself."
                    )
                )
            emit(self.asked)

        run_call(
            self.runner,
            self.tr("Joining the school"),
            lambda: enrolment.join(code, target),
            done,
            self.message,
            (self.join_button,),
            working,
        )


def language_choice(parent: QWidget) -> QComboBox:
    """The languages Linkbook speaks, the one it speaks now chosen (a family picks theirs as it joins)."""
    box = QComboBox(parent)
    box.setObjectName("joinLanguage")
    box.setAccessibleName(QCoreApplication.translate("JoinPanel", "The language Linkbook speaks"))
    for name, label in offered_languages():
        box.addItem(label, name)
    box.setCurrentIndex(max(box.findData(current_language()), 0))
    return box


class FoundPanel(QWidget):
    """The school's first computer: a server and its setup token, or a shared folder."""

    founded = Signal()

    def __init__(
        self,
        service: SyncService,
        runner: TaskRunner,
        choose_folder: Callable[[QWidget], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self._choose_folder = choose_folder or ask_for_folder
        intro = QLabel(
            self.tr(
                "Only on the school office's computer, once: it becomes the school's admin device, "
                "which invites and approves every other computer. Use the setup token the sync server "
                "printed when it first started, or a shared folder if the school has no server."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("About setting up"))
        self.use_server = QRadioButton(self.tr("A sync se&rver"))
        self.use_server.setAccessibleName(self.tr("Sync through a server"))
        self.use_folder = QRadioButton(self.tr("A shared &folder or USB stick"))
        self.use_folder.setAccessibleName(self.tr("Sync through a folder"))
        self.use_server.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_server)
        group.addButton(self.use_folder)
        self.server_field = QLineEdit()
        self.server_field.setObjectName("foundServer")
        self.server_field.setPlaceholderText("https://sync.school.example")
        self.server_field.setAccessibleName(self.tr("Sync server address"))
        self.token_field = QLineEdit()
        self.token_field.setObjectName("foundToken")
        self.token_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_field.setAccessibleName(self.tr("Setup token"))
        self.folder_field = QLineEdit()
        self.folder_field.setObjectName("foundFolder")
        self.folder_field.setAccessibleName(self.tr("Sync folder"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the sync folder"))
        self.browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.use_server)
        form.addRow(_caption(self.tr("Server &address"), self.server_field), self.server_field)
        form.addRow(_caption(self.tr("Setup &token"), self.token_field), self.token_field)
        form.addRow(self.use_folder)
        form.addRow(_caption(self.tr("F&older"), self.folder_field), folder_row)
        self.found_button = QPushButton(self.tr("Set up the school's &sync"))
        self.found_button.setObjectName("foundButton")
        self.found_button.setAccessibleName(self.tr("Set up the school's sync on this computer"))
        self.found_button.clicked.connect(self.found)
        self.message = message_label(self.tr("Set-up message"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.found_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.use_server.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        server = self.use_server.isChecked()
        for widget in (self.server_field, self.token_field):
            widget.setEnabled(server)
        for other in (self.folder_field, self.browse_button):
            other.setEnabled(not server)

    def _browse(self) -> None:
        chosen = self._choose_folder(self)
        if chosen:
            self.folder_field.setText(chosen)

    def found(self) -> None:
        try:
            if self.use_server.isChecked():
                target = SyncTarget(server_url=self.server_field.text().strip())
            else:
                folder = self.folder_field.text().strip()
                if not folder:
                    raise InvalidInput(self.tr("Choose the shared folder or USB stick first."))
                target = SyncTarget(folder=Path(folder))
        except InvalidInput as exc:
            self.message.setText(str(exc))
            return
        token = self.token_field.text().strip()
        service = self.service
        run_call(
            self.runner,
            self.tr("Setting up sync"),
            lambda: service.found_school(target, token),
            lambda _device_id: emit(self.founded),
            self.message,
            (self.found_button,),
            self.tr("Setting up the school's sync…"),
        )


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setAccessibleName(
        text.replace("&", "") + " " + QCoreApplication.translate("SyncDialog", "(caption)")
    )
    return label


def ask_for_folder(parent: QWidget) -> str:
    """The system's folder chooser; an empty string if the person cancelled."""
    title = QCoreApplication.translate("SyncDialog", "The shared folder or USB stick to sync through")
    return QFileDialog.getExistingDirectory(parent, title)
