"""Closing a request: answered (with the file sent) or refused (with the reason the requester is told)."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import RecordsRequest
from desktop.ui.accessibility import name_spin_box
from desktop.ui.kit.named import named_label
from desktop.ui.records import words
from desktop.ui.records.messages import MessageLabel


class CloseRequestDialog(QDialog):
    """Asks for the file sent (answered) or the reason (refused), and the day; refuses an empty answer."""

    def __init__(
        self,
        request: RecordsRequest,
        pupil_name: str,
        today: dt.date,
        *,
        refuse: bool,
        file_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.refusing = refuse
        self.setObjectName("refuseRequestDialog" if refuse else "answerRequestDialog")
        self.setWindowTitle(self.tr("Refuse a request") if refuse else self.tr("Mark a request answered"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        about = QLabel(
            self.tr("{kind} about {pupil}, from {requester}, received {received}.").format(
                kind=words.request_kind_name(request.kind),
                pupil=pupil_name,
                requester=request.requester,
                received=words.long_day(request.received_on),
            )
        )
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setAccessibleName(self.tr("The request"))
        self.file_field = QLineEdit(file_name)
        self.file_field.setAccessibleName(self.tr("File sent"))
        self.file_field.setPlaceholderText(self.tr("the name of the export sent, like records.zip"))
        self.reason_field = QPlainTextEdit()
        self.reason_field.setAccessibleName(self.tr("Reason"))
        self.reason_field.setTabChangesFocus(True)
        self.reason_field.setPlaceholderText(
            self.tr("Why the request is refused; the requester is told this.")
        )
        self.day_field = QDateEdit(QDate(today))
        self.day_field.setMaximumDate(QDate(today))
        self.day_field.setMinimumDate(QDate(request.received_on))
        self.day_field.setCalendarPopup(True)
        self.day_field.setDisplayFormat("d MMM yyyy")
        name_spin_box(self.day_field, self.tr("On"))
        form = QFormLayout()
        if refuse:
            form.addRow(named_label(self.tr("&Reason:"), self.reason_field), self.reason_field)
        else:
            form.addRow(named_label(self.tr("&File sent:"), self.file_field), self.file_field)
        form.addRow(named_label(self.tr("&On:"), self.day_field), self.day_field)
        self.message = MessageLabel("closeRequestMessage", self.tr("Message"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Refuse the request") if refuse else self.tr("&Mark answered"))
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.reason_field if refuse else self.file_field).setFocus()

    @property
    def text(self) -> str:
        """The reason (refusing) or the file name (answering), trimmed."""
        return (self.reason_field.toPlainText() if self.refusing else self.file_field.text()).strip()

    @property
    def day(self) -> dt.date:
        return self.day_field.date().toPython()  # type: ignore[return-value]  # QDate.toPython() gives a date

    def _check(self) -> None:
        if self.text:
            self.accept()
            return
        if self.refusing:
            self.message.show_text(
                self.tr("Say why the request is refused; the person who asked must be told.")
            )
            self.reason_field.setFocus()
        else:
            self.message.show_text(self.tr("Give the file name of the export sent in answer."))
            self.file_field.setFocus()
