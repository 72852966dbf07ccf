"""The admin device's invitation panel: for whom, which classes or children, then the code, big, and its QR.

A staff device is given classes (and with them their pupils); a family device only the children ticked
here. The code is shown large enough to read across a desk, with the QR code beside it for a phone or a
laptop camera, and can be printed as a slip for a family that will set the app up at home.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.invitation import InvitationPrint, render_invitation
from desktop.services.school import SchoolService
from desktop.services.sync.engine import SyncService
from desktop.services.sync.invitations import InvitationSlip
from desktop.services.sync.joining import Enrolment
from desktop.ui.family.invitation_words import invitation_words
from desktop.ui.family.language_menu import offered_languages
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.signals import emit
from desktop.ui.sync.ops import message_label, run_call
from desktop.ui.sync.qr import qr_pixmap
from desktop.ui.tasks import TaskRunner
from sync.protocol import DeviceRole

QR_PIXELS = 220


class InvitePanel(QWidget):
    """Role, classes or children, who it is for, "Issue invitation"; then the code, QR and Print."""

    issued = Signal(object)
    """The InvitationSlip just issued."""

    def __init__(
        self, service: SyncService, school: SchoolService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.enrolment = Enrolment(service.context)
        self.school = school
        self.runner = runner
        self.slip: InvitationSlip | None = None
        self.server_url = ""
        """Printed on the slip (the dialog sets it from the device's status)."""
        self.preview: PrintPreviewDialog | None = None
        self._school_name = ""
        self.role_box = QComboBox()
        self.role_box.setObjectName("inviteRole")
        self.role_box.setAccessibleName(self.tr("Invite a device for"))
        self.role_box.addItem(self.tr("A member of staff (their classes)"), DeviceRole.STAFF.value)
        self.role_box.addItem(self.tr("A family (their children)"), DeviceRole.FAMILY.value)
        role_caption = QLabel(self.tr("&Kind of device"))
        role_caption.setBuddy(self.role_box)
        role_caption.setAccessibleName(self.tr("Kind of device (caption)"))
        self.choices = QListWidget()
        self.choices.setObjectName("inviteChoices")
        self.choices.setAccessibleName(self.tr("Classes"))
        self.choices_caption = QLabel(self.tr("Cl&asses"))
        self.choices_caption.setBuddy(self.choices)
        self.choices_caption.setAccessibleName(self.tr("Choices (caption)"))
        self.label_field = QLineEdit()
        self.label_field.setObjectName("inviteLabel")
        self.label_field.setPlaceholderText(self.tr("e.g. Mrs Nowak's laptop"))
        self.label_field.setAccessibleName(self.tr("Who the device is for"))
        label_caption = QLabel(self.tr("&For"))
        label_caption.setBuddy(self.label_field)
        label_caption.setAccessibleName(self.tr("For (caption)"))
        self.slip_language = QComboBox()
        self.slip_language.setObjectName("inviteSlipLanguage")
        self.slip_language.setAccessibleName(self.tr("The language the slip is printed in"))
        for name, language in offered_languages():
            self.slip_language.addItem(language, name)
        slip_caption = QLabel(self.tr("Slip &language"))
        slip_caption.setBuddy(self.slip_language)
        slip_caption.setAccessibleName(self.tr("Slip language (caption)"))
        self.issue_button = QPushButton(self.tr("Issue in&vitation"))
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setAccessibleName(self.tr("Issue invitation"))
        self.issue_button.clicked.connect(self.issue)
        self.message = message_label(self.tr("Invitation message"))

        self.code_label = QLabel()
        self.code_label.setObjectName("inviteCode")
        self.code_label.setAccessibleName(self.tr("Invitation code"))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.code_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.code_label.setFont(font)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("inviteQr")
        self.qr_label.setAccessibleName(self.tr("QR code of the invitation"))
        self.expiry_label = QLabel()
        self.expiry_label.setWordWrap(True)
        self.expiry_label.setAccessibleName(self.tr("Invitation expiry"))
        self.print_button = QPushButton(self.tr("&Print invitation…"))
        self.print_button.setObjectName("printInvitation")
        self.print_button.setAccessibleName(self.tr("Print invitation"))
        self.print_button.clicked.connect(self.print_invitation)
        self.result = QWidget()
        code_column = QVBoxLayout()
        code_column.addWidget(self.code_label)
        code_column.addWidget(self.expiry_label)
        code_column.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        code_column.addStretch(1)
        result_layout = QHBoxLayout(self.result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addLayout(code_column, 1)
        result_layout.addWidget(self.qr_label)
        self.result.hide()

        form = QFormLayout()
        form.addRow(role_caption, self.role_box)
        form.addRow(self.choices_caption, self.choices)
        form.addRow(label_caption, self.label_field)
        form.addRow(slip_caption, self.slip_language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.issue_button)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.role_box.currentIndexChanged.connect(self.load_choices)

    @property
    def role(self) -> DeviceRole:
        return DeviceRole(self.role_box.currentData())

    def load_choices(self) -> None:
        """Classes for staff, or every pupil (with their class) for a family, read off the GUI thread."""
        school = self.school
        role = self.role
        family = role is DeviceRole.FAMILY
        self.choices_caption.setText(self.tr("C&hildren") if family else self.tr("Cl&asses"))
        self.choices.setAccessibleName(self.tr("Children") if family else self.tr("Classes"))

        def read() -> tuple[str, list[tuple[str, str]]]:
            found = school.school()
            classes = school.classes()
            if not family:
                return found.name if found else "", [(c.id, c.name) for c in classes]
            names = {c.id: c.name for c in classes}
            pupils = sorted(school.pupils(), key=lambda p: (names.get(p.class_id or "", ""), p.display_name))
            rows = [(p.id, f"{p.display_name} ({names.get(p.class_id or '', '')})") for p in pupils]
            return found.name if found else "", rows

        def show(found: tuple[str, list[tuple[str, str]]]) -> None:
            if self.role is not role:
                return
            self._school_name, rows = found
            self.choices.clear()
            for value, text in rows:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.choices.addItem(item)

        run_call(self.runner, self.tr("Reading the school"), read, show, self.message)

    def chosen(self) -> list[str]:
        return [
            str(self.choices.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.choices.count())
            if self.choices.item(n).checkState() == Qt.CheckState.Checked
        ]

    def issue(self) -> None:
        chosen = self.chosen()
        role = self.role
        if not chosen:
            self.message.setText(
                self.tr("Tick the children this family's device is for.")
                if role is DeviceRole.FAMILY
                else self.tr("Tick the classes this member of staff's device is for.")
            )
            return
        label = self.label_field.text().strip()
        enrolment = self.enrolment

        def call() -> InvitationSlip:
            if role is DeviceRole.FAMILY:
                return enrolment.invite(role, pupil_ids=chosen, label=label)
            return enrolment.invite(role, class_ids=chosen, label=label)

        run_call(
            self.runner,
            self.tr("Issuing an invitation"),
            call,
            self._show,
            self.message,
            (self.issue_button,),
        )

    def _show(self, slip: InvitationSlip) -> None:
        self.slip = slip
        self.code_label.setText(slip.code)
        self.code_label.setAccessibleDescription(" ".join(slip.code.replace("-", "")))
        self.qr_label.setPixmap(qr_pixmap(slip.qr_payload, QR_PIXELS))
        expiry = self.tr("Works once, until {date}. Give it only to the person it is for.").format(
            date=slip.expires_at.strftime("%d %B %Y")
        )
        if slip.waiting_for_server:
            expiry += " " + self.tr(
                "The school's server could not be reached, so it does not know this invitation yet: "
                "the next sync tells it. You can print it now; it works once this computer has synced."
            )
        self.expiry_label.setText(expiry)
        self.result.show()
        self.print_button.setFocus()
        emit(self.issued, slip)

    def invitation_pdf(self) -> bytes:
        """The printable slip (reportlab; no child's name is on it)."""
        assert self.slip is not None
        server = self.server_url
        return render_invitation(
            InvitationPrint(
                self._school_name,
                self.slip.code,
                self.slip.role,
                self.slip.qr_payload,
                self.slip.expires_at,
                server if server.startswith(("http://", "https://")) else "",
                self.label_field.text().strip(),
            ),
            invitation_words(str(self.slip_language.currentData()), self.slip.expires_at),
        )

    def print_invitation(self) -> None:
        """Render the slip off the GUI thread, then show it in the print preview."""
        slip = self.slip
        if slip is None:
            return

        def preview(pdf: bytes) -> None:
            title = self.tr("Invitation {code}").format(code=slip.code)
            self.preview = PrintPreviewDialog(pdf, title, self)
            self.preview.finished.connect(self.preview.deleteLater)
            self.preview.open()

        run_call(
            self.runner,
            self.tr("Preparing the invitation"),
            self.invitation_pdf,
            preview,
            self.message,
            (self.print_button,),
        )

    def forget(self) -> None:
        self.choices.clear()
        self.code_label.clear()
        self.qr_label.clear()
        self.slip = None
        self.result.hide()
