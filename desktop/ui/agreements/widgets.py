"""Small builders every part of the agreements screen shares, so each control is made named and alike."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView, QWidget

from desktop.ui.agreements.models import RowTableModel


def named_label(text: str, buddy: QWidget | None = None) -> QLabel:
    """A caption that a screen reader can name, moving focus to its field on its mnemonic."""
    label = QLabel(text)
    label.setAccessibleName(text.replace("&", "").rstrip(":"))
    label.setWordWrap(True)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def table(name: str, model: RowTableModel) -> QTableView:
    """A read-only, row-selecting table with named headers, as every list on this screen is."""
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


def button(text: str) -> QPushButton:
    """A push button named as it reads, without its mnemonic or trailing ellipsis."""
    widget = QPushButton(text)
    widget.setAccessibleName(text.replace("&", "").rstrip("…"))
    return widget
