"""The audit trail as a table that reads a page at a time, on the task runner, as the person scrolls.

A school of 1,500 pupils writes hundreds of thousands of events a year: the view asks for more rows
(canFetchMore / fetchMore) when it is scrolled to the bottom, and each page is one query on a worker
thread. Events written while the person reads push the older ones down a page; a row already shown is
not shown twice.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from desktop.services.audit_log import AuditLine, AuditLogService, AuditPage
from desktop.store.repositories.audit_query import AuditFilter
from desktop.ui.records import words
from desktop.ui.signals import emit
from desktop.ui.tasks import TaskRunner, TaskState, describe

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PAGE_SIZE = 100


class AuditModel(QAbstractTableModel):
    """Signals: loaded(total) after each page; failed(message) when a page could not be read."""

    loaded = Signal(int)
    failed = Signal(str)

    WHEN, WHO, ACTION, RECORD, PUPIL, DETAIL = range(6)

    def __init__(self, service: AuditLogService, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self._lines: list[AuditLine] = []
        self._seen: set[str] = set()
        self._wanted = AuditFilter()
        self._total = 0
        self._pages_read = 0
        self._generation = 0
        self._loading = False
        self._closed = False
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Did"),
            self.tr("Record"),
            self.tr("Pupil"),
            self.tr("Detail"),
        ]

    # Loading

    def set_filter(self, wanted: AuditFilter) -> None:
        """Show the events that match, from the newest; what was shown goes."""
        self._closed = False
        self._wanted = wanted
        self._generation += 1
        self.beginResetModel()
        self._lines, self._seen = [], set()
        self._total, self._pages_read = 0, 0
        self.endResetModel()
        self._loading = False
        self._read_page()

    def reload(self) -> None:
        self.set_filter(self._wanted)

    @property
    def busy(self) -> bool:
        return self._loading

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        if parent.isValid() or self._loading or self._closed:
            return False
        return self._pages_read * PAGE_SIZE < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if self.canFetchMore(parent):
            self._read_page()

    def _read_page(self) -> None:
        self._loading = True
        generation, wanted, page, service = self._generation, self._wanted, self._pages_read + 1, self.service

        def read(_state: TaskState) -> AuditPage:
            return service.page(wanted, page, PAGE_SIZE)

        def done(result: AuditPage) -> None:
            if generation == self._generation and not self._closed:
                self._add(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and not self._closed:
                self._loading = False
                emit(self.failed, describe(exc))

        self.runner.run(self.tr("Reading the audit log"), read, done, on_error=failed)

    def _add(self, result: AuditPage) -> None:
        self._loading = False
        self._pages_read = result.page
        self._total = result.total
        fresh = [line for line in result.lines if line.event.id not in self._seen]
        if fresh:
            first = len(self._lines)
            self.beginInsertRows(_ROOT, first, first + len(fresh) - 1)
            self._lines += fresh
            self._seen.update(line.event.id for line in fresh)
            self.endInsertRows()
        emit(self.loaded, self._total)

    def clear(self) -> None:
        """Drop every row and ignore pages still being read (the app is locking)."""
        self._closed = True
        self._generation += 1
        self._loading = False
        self.beginResetModel()
        self._lines, self._seen = [], set()
        self._total, self._pages_read = 0, 0
        self.endResetModel()

    # Reading

    def line_at(self, row: int) -> AuditLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(line, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.DETAIL:
            return line.event.detail or None
        return None

    def _text(self, line: AuditLine, column: int) -> str:
        event = line.event
        if column == self.WHEN:
            return words.moment(event.at)
        if column == self.WHO:
            return event.actor
        if column == self.ACTION:
            return words.action_name(event.action)
        if column == self.RECORD:
            return words.audited_record_name(event.record_kind)
        if column == self.PUPIL:
            if event.pupil_id is None:
                return ""
            return line.pupil_name or self.tr("(no longer on roll)")
        return words.audit_detail(event.detail)
