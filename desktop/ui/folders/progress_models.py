"""Table models of the progress screen: every mark and its feedback, and what the pupil is learning.

The marks table holds the same figures as the chart (and the marks in words that the chart leaves out),
so a keyboard or screen-reader user has all of it in a form they can move through cell by cell.
"""

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.pupils import Pupil
from desktop.ui.folders.marks import MarkRecord, PeriodTopics
from desktop.ui.folders.period_bar import period_caption
from desktop.ui.translate import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

_MARK_HEADERS = (
    QT_TRANSLATE_NOOP("MarksTableModel", "Date"),
    QT_TRANSLATE_NOOP("MarksTableModel", "Topic"),
    QT_TRANSLATE_NOOP("MarksTableModel", "Piece of work"),
    QT_TRANSLATE_NOOP("MarksTableModel", "Mark"),
    QT_TRANSLATE_NOOP("MarksTableModel", "On the chart"),
    QT_TRANSLATE_NOOP("MarksTableModel", "Feedback"),
)
_TOPIC_HEADERS = (
    QT_TRANSLATE_NOOP("TopicsTableModel", "Folder"),
    QT_TRANSLATE_NOOP("TopicsTableModel", "Topic"),
    QT_TRANSLATE_NOOP("TopicsTableModel", "Pieces of work"),
)


class PupilListModel(QAbstractListModel):
    """The class's pupils by the names they are called by."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pupils: list[Pupil] = []

    def set_pupils(self, pupils: list[Pupil]) -> None:
        self.beginResetModel()
        self._pupils = list(pupils)
        self.endResetModel()

    def clear(self) -> None:
        self.set_pupils([])

    def pupil_at(self, row: int) -> Pupil | None:
        return self._pupils[row] if 0 <= row < len(self._pupils) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._pupils)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        pupil = self.pupil_at(index.row()) if index.isValid() else None
        if pupil is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return pupil.display_name
        return None


class MarksTableModel(QAbstractTableModel):
    """Newest first: the latest mark is the one a teacher looks for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[MarkRecord] = []

    def set_records(self, records: list[MarkRecord]) -> None:
        self.beginResetModel()
        self._records = sorted(records, key=lambda r: r.day, reverse=True)
        self.endResetModel()

    def clear(self) -> None:
        self.set_records([])

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_MARK_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MarksTableModel", _MARK_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        record = self._records[index.row()]
        column = index.column()
        if column == 0:
            return QLocale().toString(QDate(record.day), "d MMM yyyy")
        if column == 1:
            return record.subject
        if column == 2:
            return record.title
        if column == 3:
            return record.mark
        if column == 4:
            if record.percent is None:
                return self.tr("not a number") if record.mark else ""
            return f"{round(record.percent)}%"
        return record.feedback


class TopicsTableModel(QAbstractTableModel):
    """One row per topic per folder, newest folder first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []

    def set_periods(self, periods: list[PeriodTopics]) -> None:
        self.beginResetModel()
        self._rows = [
            (period_caption(p.period), topic or self.tr("(no topic)"), "; ".join(titles))
            for p in reversed(periods)
            for topic, titles in p.topics
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.set_periods([])

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_TOPIC_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TopicsTableModel", _TOPIC_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None
