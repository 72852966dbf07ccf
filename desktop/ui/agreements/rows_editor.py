"""A small table of rows typed in place (targets with review dates, pieces of provision), by keyboard.

Typing on a cell, or F2, edits it; a date cell opens a date editor whose day, month and year step with
the arrow keys or take typed digits, with a calendar on Alt+Down; Delete empties a date cell (no review
date). Tab moves on through the cells. Add and Remove act on the current row.
"""

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import name_spin_box

DATE_FORMAT = "d MMM yyyy"
Cell = str | dt.date | None


class DateDelegate(QStyledItemDelegate):
    """Edits a cell holding a QDate (or nothing) with a QDateEdit."""

    def __init__(self, name: str, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._default = default

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setDisplayFormat(DATE_FORMAT)
        editor.setCalendarPopup(True)
        name_spin_box(editor, self._name)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        assert isinstance(editor, QDateEdit)
        editor.setDate(value if isinstance(value, QDate) and value.isValid() else QDate(self._default))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)

    def displayText(self, value: object, locale: object) -> str:
        if isinstance(value, QDate) and value.isValid():
            return value.toString(DATE_FORMAT)
        return super().displayText(value, locale)  # type: ignore[arg-type]  # the locale Qt passes in


class _Table(QTableWidget):
    def __init__(self, date_columns: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date_columns = date_columns

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and item is not None
            and item.column() in self._date_columns
            and self.state() is not QAbstractItemView.State.EditingState
        ):
            item.setData(Qt.ItemDataRole.EditRole, None)
            return
        super().keyPressEvent(event)


class RowsEditor(QWidget):
    """Rows of cells, some of them dates; values() reads them back, skipping rows with nothing typed."""

    def __init__(
        self,
        name: str,
        headers: Sequence[str],
        date_columns: Sequence[int],
        add_text: str,
        remove_text: str,
        default_date: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = len(headers)
        self._dates = set(date_columns)
        self.table = _Table(self._dates)
        self.table.setAccessibleName(name)
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setAccessibleName(name)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(True)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in self._dates:
            self.table.setItemDelegateForColumn(
                column, DateDelegate(headers[column], default_date, self.table)
            )
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setAccessibleName(remove_text.replace("&", ""))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        # Every row the same height, room for a line and a wrapped second: sizing rows to their contents
        # before the table is laid out made a row as tall as a narrow column's words (one row showed),
        # and a new row thinner than the rest. A longer target reads in full while it is edited.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        row_height = 2 * self.table.fontMetrics().lineSpacing() + 10
        rows.setMinimumSectionSize(row_height)
        rows.setDefaultSectionSize(row_height)
        self.table.setMinimumHeight(row_height * 4)
        self.table.setMaximumHeight(row_height * 9)

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)

    def _append(self, row: Sequence[Cell]) -> int:
        number = self.table.rowCount()
        self.table.insertRow(number)
        for column in range(self._columns):
            value = row[column] if column < len(row) else None
            item = QTableWidgetItem()
            if column in self._dates:
                item.setData(Qt.ItemDataRole.EditRole, QDate(value) if isinstance(value, dt.date) else None)
            else:
                item.setText(value if isinstance(value, str) else "")
            self.table.setItem(number, column, item)
        return number

    def add_row(self) -> None:
        """A new empty row, ready to type in."""
        number = self._append([None] * self._columns)
        self.table.setCurrentCell(number, 0)
        self.table.setFocus()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)

    def rows(self) -> list[list[Cell]]:
        """Every row with something typed in it, text trimmed, dates as dt.date or None."""
        result: list[list[Cell]] = []
        for number in range(self.table.rowCount()):
            cells: list[Cell] = []
            for column in range(self._columns):
                item = self.table.item(number, column)
                if column in self._dates:
                    value = item.data(Qt.ItemDataRole.EditRole) if item else None
                    cells.append(value.toPython() if isinstance(value, QDate) and value.isValid() else None)  # type: ignore[arg-type]  # QDate.toPython() gives a date
                else:
                    cells.append(item.text().strip() if item else "")
            if any(isinstance(c, str) and c for c in cells):
                result.append(cells)
        return result

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setProperty("readOnly", read_only)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

    def clear(self) -> None:
        self.table.setRowCount(0)
