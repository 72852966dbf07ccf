"""Typing in a reply from home: written in the app by a family member, or brought back on paper."""

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import LinkBookEntry, Method


class ReplyDialog(QDialog):
    """Who replied, how it reached school, what it says, and whether they signed it as read."""

    def __init__(
        self, entry: LinkBookEntry, family: list[FamilyMember], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply from home"))
        self._family = family
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("For the entry of {day}").format(day=f"{entry.day:%A %d %B}")))
        form = QFormLayout()
        self.who = QComboBox()
        self.who.setEditable(True)
        self.who.setAccessibleName(self.tr("Who replied"))
        for member in family:
            self.who.addItem(member.name, member.id)
        form.addRow(self.tr("&From"), self.who)
        self.on_paper = QRadioButton(self.tr("On &paper (a returned slip)"))
        self.in_app = QRadioButton(self.tr("Told to me in &person or by message"))
        self.on_paper.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.on_paper)
        group.addButton(self.in_app)
        form.addRow(self.tr("How"), self.on_paper)
        form.addRow("", self.in_app)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("What the family wrote"))
        self.text.setTabChangesFocus(True)
        form.addRow(self.tr("&Reply"), self.text)
        self.read = QCheckBox(self.tr("They ticked “I have read this”"))
        self.read.setAccessibleName(self.tr("Acknowledged as read"))
        form.addRow("", self.read)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a11")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.setFocus()

    @property
    def method(self) -> Method:
        return Method.PAPER if self.on_paper.isChecked() else Method.DIGITAL

    @property
    def author_name(self) -> str:
        return self.who.currentText().strip()

    @property
    def family_member_id(self) -> str | None:
        match = [m.id for m in self._family if m.name == self.author_name]
        return match[0] if match else None

    @property
    def reply_text(self) -> str:
        return self.text.toPlainText().strip()

    def _accept(self) -> None:
        if not self.author_name:
            self.problem.setText(self.tr("Say who replied."))
        elif not self.reply_text and not self.read.isChecked():
            self.problem.setText(self.tr("Type what they wrote, or tick that they read it."))
        else:
            self.accept()
