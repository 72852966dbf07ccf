"""The unlock window: the first thing the app shows, and what it shows again whenever it locks.

Unlocking derives a key with Argon2id (about a quarter of a second, by design), so it runs on a worker
thread; the window stays responsive and shows that it is busy. The result crosses back to the GUI thread by
a queued signal, and only then does anything touch a widget.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.errors import NoSchoolHere, StoreError, WrongPassphrase
from desktop.store.keyfile import school_key_file
from desktop.ui.first_run import FirstRunPanel
from desktop.ui.kit.progress import busy_bar
from desktop.ui.signals import emit

if TYPE_CHECKING:
    from desktop.store.vault import Vault

log = logging.getLogger(__name__)

DEMO_PASSPHRASE = "demo school"
"""What `linkbook demo` and `make run` set; the unlock window offers it only for a school marked demo."""


class _UnlockOutcome(QObject):
    """The result of one unlock, carried from the worker to the window.

    It lives on the GUI thread (a child of the window), so what the worker emits through it arrives queued
    and its slots run on the GUI thread.
    """

    succeeded = Signal(object)
    failed = Signal(object)


def _open_vault(outcome: _UnlockOutcome, data_dir: Path, passphrase: str | None) -> None:
    """Runs on a worker thread: unlock with the passphrase, or from the OS keychain when it is None."""
    from desktop.store.vault import Vault  # the database: not needed before the window is up

    try:
        if passphrase is None:
            vault = Vault.unlock_from_keychain(data_dir)
        else:
            vault = Vault.unlock(data_dir, passphrase)
    except Exception as exc:
        with contextlib.suppress(RuntimeError):
            emit(outcome.failed, exc)
        return
    try:
        emit(outcome.succeeded, vault)
    except RuntimeError:
        # The window went away while the key was being derived: nobody will use this vault.
        if vault is not None:
            vault.close()


class UnlockWindow(QWidget):
    """Asks for the school's passphrase; emits unlocked(vault) once the vault is open.

    Every problem the store reports (a wrong passphrase, no school in the folder, a damaged file) is shown
    inline, in words, and the person can try again; nothing here ends in a stack trace.
    """

    unlocked = Signal(object)
    created = Signal(object, object)
    """A new school was made here and is open: (vault, the actor who made it)."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._outcome: _UnlockOutcome | None = None
        self._typed: str | None = None
        self.strengthen_dialog: QDialog | None = None
        self._can_unlock = False
        self.setWindowTitle(self.tr("Unlock Linkbook"))
        self.setObjectName("unlockWindow")
        self._build()
        self._read_key_file()

    def _build(self) -> None:
        self.heading = QLabel(self.tr("This school is locked"))
        self.heading.setAccessibleName(self.tr("Heading"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        folder_caption = QLabel(self.tr("School folder"))
        folder_caption.setAccessibleName(self.tr("School folder caption"))
        self.folder_label = QLabel()
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(self.tr("School folder"))
        self.folder_label.setAccessibleDescription(str(self.data_dir))
        self.folder_label.setToolTip(str(self.data_dir))
        self.folder_label.setText(
            QFontMetrics(self.folder_label.font()).elidedText(
                str(self.data_dir), Qt.TextElideMode.ElideMiddle, 420
            )
        )

        self.demo_hint = QLabel(
            self.tr("This is the demo school. Its passphrase is: {passphrase}").format(
                passphrase=DEMO_PASSPHRASE
            )
        )
        self.demo_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setAccessibleName(self.tr("Demo school hint"))
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setStyleSheet(
            "#demoHint { background: #eef4fb; border: 1px solid #b7cde6; border-radius: 4px; padding: 6px; }"
        )
        self.demo_hint.hide()

        self.passphrase_caption = QLabel(self.tr("&Passphrase"))
        self.passphrase_field = QLineEdit()
        self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_field.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_field.setPlaceholderText(self.tr("The school's passphrase"))
        self.passphrase_field.returnPressed.connect(self.unlock)
        self.passphrase_field.textEdited.connect(self._passphrase_edited)
        self.passphrase_caption.setBuddy(self.passphrase_field)
        self.passphrase_caption.setAccessibleName(self.tr("Passphrase caption"))

        self.message_label = QLabel()
        self.message_label.setObjectName("unlockMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()

        self.first_run = FirstRunPanel(self.data_dir, DEMO_PASSPHRASE)
        self.first_run.created.connect(self._school_made)
        self.first_run.hide()

        self.busy_bar = busy_bar(self.tr("Unlocking"), height=6)

        self.keychain_button = QPushButton(self.tr("Use this computer's &keychain"))
        self.keychain_button.setAccessibleName(self.tr("Unlock with this computer's keychain"))
        self.keychain_button.setAutoDefault(False)
        self.keychain_button.clicked.connect(self.unlock_from_keychain)
        self.keychain_button.hide()

        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keychain_button)
        buttons.addWidget(self.unlock_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addSpacing(4)
        layout.addWidget(folder_caption)
        layout.addWidget(self.folder_label)
        layout.addSpacing(4)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.passphrase_caption)
        layout.addWidget(self.passphrase_field)
        layout.addWidget(self.message_label)
        layout.addWidget(self.first_run)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)

    def _read_key_file(self) -> None:
        """From the key file, before unlocking: is a school here, is it the demo, is it in a keychain?"""
        try:
            key_file = school_key_file(self.data_dir)
        except NoSchoolHere:
            # Said here rather than with the store's words (written for the command line), so that a
            # family setting up its computer reads it in its own language.
            problem = self.tr(
                "There is no Linkbook school in {folder} yet. Create one below, or open the demo school "
                "to look around first."
            ).format(folder=self.data_dir)
            self._cannot_unlock(self.tr("There is no school in this folder"), problem, error=False)
            self.first_run.show()
            return
        except StoreError as exc:
            self._cannot_unlock(self.tr("This school cannot be opened"), str(exc), error=True)
            return
        except OSError as exc:
            problem = self.tr("Linkbook cannot read the key file in {folder}: {problem}.").format(
                folder=self.data_dir, problem=exc.strerror or type(exc).__name__
            )
            self._cannot_unlock(self.tr("This school cannot be opened"), problem, error=True)
            return
        self._set_can_unlock(True)
        self.first_run.hide()
        self.heading.setText(self.tr("This school is locked"))
        self.demo_hint.setVisible(key_file.demo)
        self.keychain_button.setVisible(key_file.in_keychain)

    def _cannot_unlock(self, heading: str, message: str, *, error: bool) -> None:
        self._set_can_unlock(False)
        self.first_run.hide()
        self.heading.setText(heading)
        self.demo_hint.hide()
        self.keychain_button.hide()
        self._show_message(message, error=error)

    def _set_can_unlock(self, can: bool) -> None:
        self._can_unlock = can
        for widget in (self.passphrase_caption, self.passphrase_field, self.unlock_button):
            widget.setVisible(can)
            widget.setEnabled(can)

    @property
    def busy(self) -> bool:
        return self._outcome is not None

    def reset(self, *, notice: str = "") -> None:
        """Ready to unlock again after a lock: an empty field, no old message, focus in the field."""
        self.passphrase_field.clear()
        self.message_label.hide()
        self.message_label.clear()
        self._read_key_file()
        if notice and self._can_unlock:
            self._show_message(notice, error=False)
        self.passphrase_field.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._can_unlock:
            self.passphrase_field.setFocus()
        elif self.first_run.isVisibleTo(self):
            self.first_run.new_button.setFocus()

    def _school_made(self, vault: Vault, actor: object) -> None:
        """The first-run panel made a school (or the demo school) here: open it as if just unlocked."""
        self._read_key_file()
        if actor is None:
            emit(self.unlocked, vault)
        else:
            emit(self.created, vault, actor)

    def unlock(self) -> None:
        if self.busy or not self._can_unlock:
            return
        passphrase = self.passphrase_field.text()
        if not passphrase:
            self._show_message(self.tr("Type the school's passphrase, then press Enter."), error=True)
            self.passphrase_field.setFocus()
            return
        self._start(passphrase)

    def unlock_from_keychain(self) -> None:
        if self.busy or not self._can_unlock:
            return
        self._start(None)

    def _start(self, passphrase: str | None) -> None:
        outcome = _UnlockOutcome(self)
        outcome.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        outcome.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._outcome = outcome
        self._typed = passphrase
        self._set_busy(True)
        data_dir = self.data_dir
        QThreadPool.globalInstance().start(lambda: _open_vault(outcome, data_dir, passphrase))

    def _set_busy(self, busy: bool) -> None:
        self.passphrase_field.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy)
        self.keychain_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self._show_message(self.tr("Unlocking…"), error=False)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _finished(self) -> None:
        if self._outcome is not None:
            self._outcome.deleteLater()
            self._outcome = None

    def _succeeded(self, vault: Vault | None) -> None:
        self._finished()
        self._set_busy(False)
        if vault is None:
            self._show_message(
                self.tr("This computer's keychain does not hold this school's key. Use the passphrase."),
                error=True,
            )
            self.passphrase_field.setFocus()
            return
        self.passphrase_field.clear()
        self.message_label.hide()
        self.message_label.clear()
        typed, self._typed = self._typed, None
        if typed is not None and self._ask_to_strengthen(vault, typed):
            return
        emit(self.unlocked, vault)

    def _ask_to_strengthen(self, vault: Vault, typed: str) -> bool:
        """A school unlocked with a weak passphrase is asked for a stronger one before it opens."""
        from desktop.services.passphrase import needs_strengthening
        from desktop.ui.strengthen_passphrase import StrengthenPassphraseDialog

        if not needs_strengthening(vault, typed):
            return False
        dialog = StrengthenPassphraseDialog(vault, typed, self)
        self.strengthen_dialog = dialog

        def done(_result: int) -> None:
            self.strengthen_dialog = None
            dialog.deleteLater()
            emit(self.unlocked, vault)

        dialog.finished.connect(done)
        dialog.open()
        return True

    def _failed(self, error: Exception) -> None:
        self._finished()
        self._set_busy(False)
        if isinstance(error, StoreError):
            self._show_message(str(error), error=True)
        else:
            # Unlocking reads no child's details, so the trace is safe to log.
            log.error("Unlocking failed", exc_info=error)
            self._show_message(
                self.tr(
                    "Linkbook could not open this school ({problem}). Nothing was changed. "
                    "Try again; if it keeps happening, restore the school from a backup."
                ).format(problem=type(error).__name__),
                error=True,
            )
        if isinstance(error, WrongPassphrase):
            self.passphrase_field.selectAll()
        self.passphrase_field.setFocus()

    def _passphrase_edited(self, _text: str) -> None:
        if not self.busy and self.message_label.property("error"):
            self.message_label.hide()

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet(
            "#unlockMessage { color: #a4262c; }" if error else "#unlockMessage { color: palette(text); }"
        )
        self.message_label.show()
