"""Recording a signature from a paper copy that came back: who signed, and on what day.

The date defaults to today and cannot be later (a signature from the future is a typing slip). The name
is taken from the signer chosen, and may be corrected to read as it was signed.
"""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import Party
from desktop.ui.accessibility import name_spin_box
from desktop.ui.agreements.rows_editor import DATE_FORMAT
from desktop.ui.agreements.signers import Signer
from desktop.ui.kit.named import named_label


class PaperSignatureDialog(QDialog):
    """Choose the signer and the date written beside the signature."""

    def __init__(
        self,
        signers: list[Signer],
        party_names: dict[Party, str],
        today: dt.date,
        parent: QWidget | None = None,
        chosen: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paperSignatureDialog")
        self.setWindowTitle(self.tr("Record a paper signature"))
        self._signers = signers
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Who signed"))
        for signer in signers:
            self.who.addItem(
                self.tr("{name} ({party})").format(name=signer.name, party=party_names[signer.party])
            )
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name as signed"))
        self.signed_on = QDateEdit(QDate(today))
        self.signed_on.setDisplayFormat(DATE_FORMAT)
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setMaximumDate(QDate(today))
        name_spin_box(self.signed_on, self.tr("Date signed"))
        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Record"))
        ok.setAccessibleName(self.tr("Record the signature"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.who.currentIndexChanged.connect(self._chosen)

        form = QFormLayout()
        form.addRow(named_label(self.tr("&Who signed:"), self.who), self.who)
        form.addRow(named_label(self.tr("&Name as signed:"), self.name), self.name)
        form.addRow(named_label(self.tr("&Date signed:"), self.signed_on), self.signed_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.who.setCurrentIndex(chosen)
        self._chosen(chosen)
        self.who.setFocus()

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self._signers):
            self.name.setText(self._signers[index].name)

    @property
    def signer(self) -> Signer:
        return self._signers[self.who.currentIndex()]

    @property
    def signer_name(self) -> str:
        return " ".join(self.name.text().split())

    @property
    def date(self) -> dt.date:
        return self.signed_on.date().toPython()  # type: ignore[return-value]  # QDate.toPython() gives a date

    def _check(self) -> None:
        if not self.signer_name:
            self.problem.setText(self.tr("Type the name of the person who signed, as it reads on the paper."))
            self.problem.show()
            self.name.setFocus()
            return
        self.accept()
