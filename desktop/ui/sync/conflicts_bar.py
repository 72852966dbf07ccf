"""The bar above an open agreement whose text was changed on two devices: choose which text to keep.

The document panel shows the newest text until a person chooses, so without this bar a SENCO could edit
one version without knowing another exists. `check(agreement)` asks the sync service on the task runner
whether any of the agreement's versions has texts to choose between; the button opens the chooser at it.
Like the draft offer, the bar takes no focus on its own; Tab reaches its button.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.agreements import Agreement
from desktop.services.context import ServiceContext
from desktop.services.sync.conflicts import SyncConflicts
from desktop.ui.sync.conflicts import ConflictsDialog
from desktop.ui.tasks import TaskRunner

BACKGROUND = "#fdefc8"


class ConflictBar(QFrame):
    """'This plan was changed on two devices: choose which text to keep' [Choose…]."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.context = context
        self.runner = runner
        self.record_ids: frozenset[str] = frozenset()
        self._generation = 0
        self.chooser: ConflictsDialog | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#conflictBar {{ background: {BACKGROUND}; }} #conflictBar > QLabel {{ color: black; }}"
        )
        self.text = QLabel(self.tr("This plan was changed on two devices: choose which text to keep."))
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Changed on two devices"))
        self.choose_button = QPushButton(self.tr("C&hoose which text to keep…"))
        self.choose_button.setObjectName("chooseConflictText")
        self.choose_button.setAccessibleName(self.tr("Choose which text to keep"))
        self.choose_button.clicked.connect(self.open_chooser)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.choose_button)
        self.hide()

    def check(self, agreement: Agreement) -> None:
        """Show the bar if one of the agreement's versions has texts to choose between."""
        self._generation += 1
        generation = self._generation
        version_ids = frozenset(v.id for v in agreement.versions)
        conflicts = SyncConflicts(self.context)

        def found(record_ids: frozenset[str]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.record_ids = record_ids
                self.setVisible(bool(record_ids))

        def read(_state: object) -> frozenset[str]:
            return frozenset(c.record_id for c in conflicts.waiting() if c.record_id in version_ids)

        self.runner.run(self.tr("Looking for texts to choose between"), read, found, on_error=lambda _e: None)

    def withdraw(self) -> None:
        """Nothing open (or the app is locking): no bar, no chooser."""
        self._generation += 1
        self.record_ids = frozenset()
        self.hide()
        if self.chooser is not None:
            self.chooser.reject()

    def open_chooser(self) -> ConflictsDialog:
        if self.chooser is None:
            self.chooser = ConflictsDialog(self.context, self.runner, self.record_ids, parent=self)
            self.chooser.finished.connect(self._chooser_closed)
        self.chooser.show()
        self.chooser.raise_()
        return self.chooser

    def _chooser_closed(self) -> None:
        if self.chooser is not None:
            self.chooser.deleteLater()
            self.chooser = None
