"""A plain list of lines for a screen, over a QStandardItemModel (not QListWidget).

QListWidget's internal model hides columnCount() from Python, so nothing generic (an accessibility check,
the "nothing left after locking" check) can read what it shows. This view offers the few QListWidget calls
the screens use, over a model anyone can read.
"""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from desktop.ui.signals import emit


class ItemList(QListView):
    """One line per item, one chosen at a time; currentRowChanged(row) as QListWidget has it (-1: none)."""

    currentRowChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        emit(self.currentRowChanged, current.row() if current.isValid() else -1)

    def add(self, text: str, key: str = "") -> QStandardItem:
        """Append a line; key (a record's id) comes back from key_at()."""
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(key, Qt.ItemDataRole.UserRole)
        self.items.appendRow(item)
        return item

    def count(self) -> int:
        return self.items.rowCount()

    def text_at(self, row: int) -> str:
        item = self.items.item(row)
        return item.text() if item is not None else ""

    def key_at(self, row: int) -> str:
        item = self.items.item(row)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def lines(self) -> list[str]:
        return [self.text_at(row) for row in range(self.count())]

    def clear(self) -> None:
        self.items.clear()

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        if 0 <= row < self.count():
            self.setCurrentIndex(self.items.index(row, 0))
        else:
            self.selectionModel().clearCurrentIndex()
            self.clearSelection()
