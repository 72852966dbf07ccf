"""The signatures on the current version: each signer's state, and recording one from a paper copy.

The pane shows; the document panel saves. When the person has said who signed the paper and when, the
pane hands that to the `record` callback given at construction, which writes it in the background.
"""

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.domain.agreements import Agreement
from desktop.domain.families import FamilyMember
from desktop.domain.pupils import Pupil
from desktop.ui.agreements import words
from desktop.ui.agreements.signature_dialog import PaperSignatureDialog
from desktop.ui.agreements.signers import Signer, signers
from desktop.ui.kit.named import named_button, named_label
from desktop.ui.kit.rows import Row, RowTableModel, row_table

Record = Callable[[Signer, str, dt.date], None]


class SignaturesPane(QWidget):
    def __init__(self, today: Callable[[], dt.date], school_signer: str, record: Record) -> None:
        super().__init__()
        self._today = today
        self._school_signer = school_signer
        self._record = record
        self.caption = named_label("")
        self.caption.setAccessibleName(self.tr("Signatures on"))
        self.model = RowTableModel([self.tr("Signer"), self.tr("Signs for"), self.tr("Signature")], self)
        self.view = row_table(self.tr("Signatures"), self.model)
        self.view.setObjectName("signerView")
        self.paper_button = named_button(self.tr("&Record a paper signature…"))
        self.paper_button.setObjectName("recordPaperSignature")
        self.paper_button.clicked.connect(self.ask)
        self.view.activated.connect(lambda _index: self.ask())
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.paper_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_signers(self, agreement: Agreement, pupil: Pupil | None, family: list[FamilyMember]) -> None:
        current = agreement.current
        self.caption.setText(
            self.tr("Signatures on version {number} ({status}):").format(
                number=current.number, status=words.status_name(current.status)
            )
        )
        shown = signers(agreement, current, pupil, family, self._school_signer)
        self.model.set_rows(
            Row(
                (s.name, words.party_name(s.party), words.signature_state(s.signature)),
                s,
                emphasis=s.signature is None,
            )
            for s in shown
        )

    def ask(self) -> None:
        """Ask who signed the returned paper copy and when; start at the chosen or first unsigned signer."""
        rows: list[Signer] = [self.model.item_at(n) for n in range(self.model.rowCount())]
        if not rows:
            return
        chosen = self.view.currentIndex().row()
        if chosen < 0:
            chosen = next((n for n, s in enumerate(rows) if s.signature is None), 0)
        dialog = PaperSignatureDialog(rows, words.party_names(), self._today(), self, chosen)
        dialog.accepted.connect(lambda: self._record(dialog.signer, dialog.signer_name, dialog.date))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def clear(self) -> None:
        self.caption.clear()
        self.model.clear()
