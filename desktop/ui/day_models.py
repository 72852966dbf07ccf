"""The teacher's-day register: every pupil of a class with the state of the day's entry.

The model holds plain domain objects (the pupil, the day's entry, the author's draft) handed to it by the
view; it never fetches anything. A save or an autosave replaces one row and redraws only that row, so a
class of 28 stays still while the teacher works down it.
"""

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.linkbook import AuthorKind, LinkBookEntry
from desktop.domain.pupils import Pupil
from desktop.services.drafts import EntryDraft
from desktop.ui.signals import emit
from desktop.ui.translate import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

RowRole = int(Qt.ItemDataRole.UserRole) + 11
"""data(index, RowRole) is the RegisterRow of the row."""

StateRole = int(Qt.ItemDataRole.UserRole) + 12
"""data(index, StateRole) is the EntryState of the row."""


class EntryState(enum.Enum):
    """Where a pupil's entry for the day stands."""

    NOT_STARTED = "not_started"
    CLASS_NOTE = "class_note"
    """Only the class note so far: the teacher still has this child to do."""
    DRAFT = "draft"
    SAVED = "saved"
    CHANGED = "changed"
    """Saved, with later changes typed and not yet saved."""


_STATE_TEXT = {
    EntryState.NOT_STARTED: QT_TRANSLATE_NOOP("RegisterModel", "Not started"),
    EntryState.CLASS_NOTE: QT_TRANSLATE_NOOP("RegisterModel", "Class note only"),
    EntryState.DRAFT: QT_TRANSLATE_NOOP("RegisterModel", "Draft"),
    EntryState.SAVED: QT_TRANSLATE_NOOP("RegisterModel", "Saved"),
    EntryState.CHANGED: QT_TRANSLATE_NOOP("RegisterModel", "Changes not saved"),
}
_STATE_COLOUR = {
    EntryState.NOT_STARTED: "#9aa3ad",
    EntryState.CLASS_NOTE: "#6d8fb8",
    EntryState.DRAFT: "#d08a1a",
    EntryState.SAVED: "#2e8b57",
    EntryState.CHANGED: "#d08a1a",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One pupil on the day: the saved entry (if any) and the author's unsaved draft (if any)."""

    pupil: Pupil
    entry: LinkBookEntry | None = None
    draft: EntryDraft | None = None

    @property
    def saved(self) -> bool:
        """Whether the child has a saved entry with something of their own (more than the class note)."""
        return self.entry is not None and self.entry.has_own_text

    @property
    def state(self) -> EntryState:
        if self.draft is not None and (not self.draft.is_blank or self.saved):
            return EntryState.CHANGED if self.saved else EntryState.DRAFT
        if self.saved:
            return EntryState.SAVED
        if self.entry is not None and self.entry.class_note.strip():
            return EntryState.CLASS_NOTE
        return EntryState.NOT_STARTED

    @property
    def replies_waiting(self) -> int:
        """Replies from home after the school's last word on the thread."""
        if self.entry is None:
            return 0
        waiting = 0
        for reply in self.entry.replies:
            waiting = waiting + 1 if reply.author_kind is AuthorKind.FAMILY else 0
        return waiting

    @property
    def acknowledged(self) -> bool:
        return self.entry is not None and self.entry.acknowledged

    def describe(self) -> str:
        """The row in words: what a screen reader says and the tooltip shows."""
        parts = [self.pupil.display_name]
        if self.pupil.sen_status.has_sen:
            parts.append(QCoreApplication.translate("RegisterModel", "SEN"))
        parts.append(_tr(_STATE_TEXT[self.state]))
        if self.replies_waiting:
            parts.append(
                QCoreApplication.translate("RegisterModel", "Replies waiting: {count}").format(
                    count=self.replies_waiting
                )
            )
        if self.acknowledged:
            parts.append(QCoreApplication.translate("RegisterModel", "Read at home"))
        return ", ".join(parts)


class RegisterModel(QAbstractListModel):
    """The register of one class on one day, in register order (the order the service gives)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []
        self._by_pupil: dict[str, int] = {}

    def set_rows(self, rows: Iterable[RegisterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._by_pupil = {r.pupil.id: n for n, r in enumerate(self._rows)}
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def row_at(self, row: int) -> RegisterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, pupil_id: str) -> int | None:
        return self._by_pupil.get(pupil_id)

    def rows(self) -> list[RegisterRow]:
        return list(self._rows)

    def replace_row(self, row: RegisterRow) -> None:
        """Swap in one pupil's new state and redraw that row only."""
        number = self._by_pupil.get(row.pupil.id)
        if number is None:
            return
        self._rows[number] = row
        index = self.index(number)
        emit(self.dataChanged, index, index)

    def counts(self) -> dict[EntryState, int]:
        found = dict.fromkeys(EntryState, 0)
        for row in self._rows:
            found[row.state] += 1
        return found

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.pupil.display_name
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return row.describe()
        if role == RowRole:
            return row
        if role == StateRole:
            return row.state
        return None


class RegisterDelegate(QStyledItemDelegate):
    """Draws a register row: a state dot, the child's name, an SEN badge, and the state in words."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(metrics.averageCharWidth() * 20, metrics.height() * 2 + metrics.height() // 2 + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(RowRole)
        if not isinstance(row, RegisterRow):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        font: QFont = option.font
        palette: QPalette = option.palette
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = QFontMetrics(font)
        line = metrics.height()
        pad = max(6, line // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        dot = max(8, line // 2)
        top = rect.top() + (rect.height() - dot) // 2
        colour = QColor(_STATE_COLOUR[row.state])
        painter.setPen(colour.darker(115))
        painter.setBrush(colour if row.state is not EntryState.NOT_STARTED else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.left() + pad, top, dot, dot)

        left = rect.left() + pad * 2 + dot
        right = rect.right() - pad
        name_font = QFont(font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(palette.color(text_role))
        name_top = rect.top() + (rect.height() - 2 * line) // 2
        badge_width = 0
        if row.pupil.sen_status.has_sen:
            badge = QCoreApplication.translate("RegisterModel", "SEN")
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.85)
            small_metrics = QFontMetrics(small)
            badge_width = small_metrics.horizontalAdvance(badge) + pad
            badge_rect = QRect(right - badge_width, name_top + 1, badge_width, small_metrics.height() + 2)
            painter.setFont(small)
            painter.setPen(QColor("#5b4a9e"))
            painter.setBrush(QColor("#ece8fb"))
            painter.drawRoundedRect(badge_rect, 4, 4)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
            painter.setFont(name_font)
            painter.setPen(palette.color(text_role))
        name_rect = QRect(left, name_top, right - left - badge_width - pad // 2, line)
        name = QFontMetrics(name_font).elidedText(
            row.pupil.display_name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        status = [_tr(_STATE_TEXT[row.state])]
        if row.replies_waiting:
            status.append(
                QCoreApplication.translate("RegisterModel", "replies waiting: {count}").format(
                    count=row.replies_waiting
                )
            )
        if row.acknowledged:
            status.append(QCoreApplication.translate("RegisterModel", "read at home"))
        painter.setFont(font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText))
        status_rect = QRect(left, name_top + line, right - left, line)
        text = metrics.elidedText(" · ".join(status), Qt.TextElideMode.ElideRight, status_rect.width())
        painter.drawText(status_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
