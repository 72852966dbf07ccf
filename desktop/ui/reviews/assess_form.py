"""The "assess" step: what is working and what is not for the child, with evidence ticked from their link
book, their marked work and their progress chart."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain.plan_reviews import Evidence
from desktop.ui.kit.named import named_button, named_label


class AssessmentForm(QWidget):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentForm")
        self.working = QPlainTextEdit()
        self.working.setObjectName("assessWorking")
        self.working.setAccessibleName(self.tr("What is working"))
        self.working.setTabChangesFocus(True)
        self.not_working = QPlainTextEdit()
        self.not_working.setObjectName("assessNotWorking")
        self.not_working.setAccessibleName(self.tr("What is not working"))
        self.not_working.setTabChangesFocus(True)
        self.evidence = QListWidget()
        self.evidence.setObjectName("assessEvidence")
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.save_button = named_button(self.tr("Save the &assessment"))
        self.save_button.setObjectName("saveAssessment")
        self.save_button.clicked.connect(self.save_requested)
        form = QFormLayout()
        form.addRow(named_label(self.tr("What is &working:"), self.working), self.working)
        form.addRow(named_label(self.tr("What is &not working:"), self.not_working), self.not_working)
        form.addRow(named_label(self.tr("&Evidence (tick what shows it):"), self.evidence), self.evidence)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

    def start(self, choices: Sequence[Evidence]) -> None:
        self.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.evidence.addItem(item)

    def chosen_evidence(self) -> tuple[Evidence, ...]:
        items = (self.evidence.item(n) for n in range(self.evidence.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def tick(self, evidence: Evidence) -> None:
        for n in range(self.evidence.count()):
            item = self.evidence.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == evidence:
                item.setCheckState(Qt.CheckState.Checked)

    def clear(self) -> None:
        self.working.clear()
        self.not_working.clear()
        self.evidence.clear()
