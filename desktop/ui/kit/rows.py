"""One small Qt table model, and its view, for every read-only list of rows.

Each list (on the agreements screen: pupils, a pupil's documents, templates, reviews due, versions, signers;
on the records screen: requests, records due for deletion) is rows of text cells over a domain object, so
one model serves them all; what a row says is decided by the screen, which knows the words. clear() drops
every row, for locking.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

ItemRole = int(Qt.ItemDataRole.UserRole) + 1
"""data(index, ItemRole) is the domain object behind the row."""


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[str, ...]
    item: Any
    tooltip: str = ""
    emphasis: bool = False
    """Bold, for a row that needs attention (an overdue review, a signature still missing)."""
    background: str = ""
    """A colour name for the row's background; the row's text always says the same in words."""


class RowTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def item_at(self, row: int) -> Any:
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def row_of(self, predicate: Any) -> int:
        """The first row whose item satisfies predicate(item), or -1."""
        return next((n for n, row in enumerate(self._rows) if predicate(row.item)), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.FontRole and row.emphasis:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.background:
            return QBrush(QColor(row.background))
        if role == Qt.ItemDataRole.ForegroundRole and row.background:
            return QBrush(QColor("black"))
        if role == ItemRole:
            return row.item
        return None


def row_table(name: str, model: RowTableModel) -> QTableView:
    """A read-only, row-selecting table with named headers, as every list of rows is."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setAccessibleName(name)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view
