"""The confirmation before erasing: it names what will go, says it cannot be undone, and asks for the
pupil's name to be typed, so that a slip of the mouse on the wrong row erases nothing."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.pupils import Pupil
from desktop.domain.records import RecordKind
from desktop.ui.kit.named import named_label
from desktop.ui.records import words


def same_name(typed: str, name: str) -> bool:
    """Typed as the name, give or take case and spacing."""
    return " ".join(typed.split()).casefold() == " ".join(name.split()).casefold()


class EraseDialog(QDialog):
    """kind None: the whole pupil; otherwise one kind of their records (only what is due, if due_only)."""

    def __init__(
        self,
        pupil: Pupil,
        kind: RecordKind | None,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.pupil = pupil
        self.kind = kind
        self.setWindowTitle(self.tr("Erase records"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        if kind is None:
            what = self.tr("This erases {pupil} and {what}.").format(
                pupil=pupil.display_name, what=words.translated(words.WHOLE_PUPIL)
            )
        else:
            what = self.tr("Of {pupil}'s records, this erases {what}.").format(
                pupil=pupil.display_name, what=words.translated(words.WHAT_GOES[kind])
            )
        warning = self.tr(
            "It cannot be undone. Backups made before today still hold these records: keep them only as "
            "long as the school's backup policy says, and make a new backup afterwards."
        )
        self.summary = QLabel(f"{what}\n\n{warning}")
        self.summary.setObjectName("eraseSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("What will be erased"))
        self.reason_field = QLineEdit(reason)
        self.reason_field.setObjectName("eraseReason")
        self.reason_field.setAccessibleName(self.tr("Why"))
        self.reason_field.setPlaceholderText(
            self.tr("for example: retention period over; kept in the register")
        )
        self.name_field = QLineEdit()
        self.name_field.setObjectName("eraseConfirmName")
        self.name_field.setAccessibleName(self.tr("Type the pupil's name to confirm"))
        self.name_field.setPlaceholderText(pupil.display_name)
        form = QFormLayout()
        form.addRow(named_label(self.tr("&Why:"), self.reason_field), self.reason_field)
        form.addRow(
            named_label(
                self.tr("&Type “{name}” to confirm:").format(name=pupil.display_name), self.name_field
            ),
            self.name_field,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.erase_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("&Erase for good"))
        self.erase_button.setAccessibleName(self.tr("Erase for good"))
        keep = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keep.setText(self.tr("&Keep them"))
        keep.setAccessibleName(self.tr("Keep them"))
        keep.setDefault(True)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        self.name_field.textChanged.connect(lambda _t: self._enable())
        self.reason_field.textChanged.connect(lambda _t: self._enable())
        layout = QVBoxLayout(self)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._enable()
        self.reason_field.setFocus()

    @property
    def confirmed(self) -> bool:
        return same_name(self.name_field.text(), self.pupil.display_name)

    @property
    def reason(self) -> str:
        return self.reason_field.text().strip()

    def _enable(self) -> None:
        self.erase_button.setEnabled(self.confirmed and bool(self.reason))
        self.erase_button.setToolTip(
            ""
            if self.confirmed and self.reason
            else self.tr("Say why, and type the pupil's name exactly as shown, to erase.")
        )

    def _confirm(self) -> None:
        if self.confirmed and self.reason:
            self.accept()
