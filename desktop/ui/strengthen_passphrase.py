"""Asked once a school is unlocked with a passphrase weaker than a new one may be: choose a stronger one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.passphrase import change_passphrase
from desktop.store.errors import StoreError
from desktop.ui.first_run import strength_hint

if TYPE_CHECKING:
    from desktop.store.vault import Vault


class StrengthenPassphraseDialog(QDialog):
    """Accepted once the passphrase is changed; rejected by "Later" (asked again at the next unlock)."""

    def __init__(self, vault: Vault, old_passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._old = old_passphrase
        self.setObjectName("strengthenPassphrase")
        self.setWindowTitle(self.tr("Choose a stronger passphrase"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "This school's passphrase is easy to guess: {why} Anyone with a copy of the school's files "
                "could try it. Choose a stronger one now; the records stay as they are."
            ).format(why=strength_hint(old_passphrase)[1]),
            self,
        )
        intro.setWordWrap(True)
        self.new_field = QLineEdit(self)
        self.new_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_field.setAccessibleName(self.tr("New passphrase"))
        self.new_field.textEdited.connect(self._edited)
        self.again_field = QLineEdit(self)
        self.again_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_field.setAccessibleName(self.tr("New passphrase again"))
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("strengthenMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("#strengthenMessage { color: #a4262c; }")
        self.message_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase"), self.new_field)
        form.addRow(self.tr("&Again"), self.again_field)
        buttons = QDialogButtonBox(self)
        self.change_button = buttons.addButton(
            self.tr("&Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.change_button.setDefault(True)
        self.new_field.setFocus()

    def _edited(self, text: str) -> None:
        self.hint_label.setText(strength_hint(text)[1] if text else "")

    def _say(self, text: str, field: QLineEdit) -> None:
        self.message_label.setText(text)
        self.message_label.show()
        field.setFocus()

    def change(self) -> None:
        new = self.new_field.text()
        level, hint = strength_hint(new)
        if level < 2:
            self._say(hint, self.new_field)
            return
        if self.again_field.text() != new:
            self._say(
                self.tr("The two passphrases differ. Type the same one in both boxes."), self.again_field
            )
            return
        try:
            change_passphrase(self._vault, self._old, new)
        except (StoreError, ValueError) as exc:
            self._say(str(exc), self.new_field)
            return
        self.new_field.clear()
        self.again_field.clear()
        self.accept()
