"""Every version of a document, newest first, and what changed between any two of them."""

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.domain.agreements import Agreement, VersionStatus
from desktop.ui.agreements import words
from desktop.ui.agreements.diff_view import DiffView
from desktop.ui.kit.rows import Row, RowTableModel, row_table


class HistoryPane(QWidget):
    """Choosing a version (Enter or double-click) compares it with the latest."""

    def __init__(self) -> None:
        super().__init__()
        self._latest = 0
        self.model = RowTableModel(
            [self.tr("Version"), self.tr("State"), self.tr("Made"), self.tr("By"), self.tr("What changed")],
            self,
        )
        self.view = row_table(self.tr("Versions"), self.model)
        self.view.setObjectName("versionView")
        self.view.activated.connect(self._compare_with_latest)
        self.diff = DiffView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.diff, 3)

    def show_versions(self, agreement: Agreement) -> None:
        self._latest = agreement.current.number
        self.model.set_rows(
            Row(
                (
                    str(v.number),
                    words.status_name(v.status),
                    words.day(v.created_at.date()),
                    v.created_by,
                    v.change_note,
                ),
                v,
                emphasis=v.status is VersionStatus.ACTIVE,
            )
            for v in reversed(agreement.versions)
        )
        self.diff.show_agreement(agreement)

    def _compare_with_latest(self, index: QModelIndex) -> None:
        version = self.model.item_at(index.row())
        if version is not None:
            earlier = version.number if version.number != self._latest else max(1, self._latest - 1)
            self.diff.compare(earlier, self._latest)

    def clear(self) -> None:
        self._latest = 0
        self.model.clear()
        self.diff.clear()
