"""Checks every screen's tests share: accessible names, no child's details left behind after locking, and
what a list shows first."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

NAMED = (
    QAbstractButton
    | QLineEdit
    | QAbstractItemView
    | QLabel
    | QComboBox
    | QAbstractSpinBox
    | QTextEdit
    | QPlainTextEdit
)


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls under root that a screen reader would announce with no name."""
    return [
        f"{type(widget).__name__} {widget.objectName()} {getattr(widget, 'text', lambda: '')()}"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, NAMED)
        and widget.isVisibleTo(root)
        and not widget.accessibleName()
        and not widget.objectName().startswith("qt_")
    ]


def visible_text(root: QWidget) -> str:
    """Everything root's widgets would show or read out: labels, fields, item views, window titles."""
    parts: list[str] = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(n) for n in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    parts.append(str(model.index(row, column).data() or ""))
        parts += [widget.toolTip(), widget.accessibleDescription()]
    return "\n".join(parts)


def first_line(shown: QListWidget) -> str:
    """The text of a list's first item, or "" while it has none: a list being refilled is empty for a
    moment, and a wait that read `item(0).text()` then failed on None instead of waiting on."""
    item = shown.item(0)
    return item.text() if item is not None else ""
