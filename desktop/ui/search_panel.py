"""Searching the whole school: type words, results show in their pane; choosing one opens it."""

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop.services.context import ServiceContext
from desktop.services.search import SearchResult, SearchService
from desktop.ui.signals import emit
from desktop.ui.tasks import TaskRunner, TaskState

Index = QModelIndex | QPersistentModelIndex
_KINDS = {"entry": "link book", "reply": "reply", "agreement": "agreement", "folder": "work folder"}


class SearchResultModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self._results = results
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

    def result_at(self, row: int) -> SearchResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        result = self.result_at(index.row()) if index.isValid() else None
        if result is None:
            return None
        if result.is_person and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._person(result)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            day = f"{result.hit.day:%d %b %Y}" if result.hit.day else ""
            name = result.pupil.display_name if result.pupil else ""
            snippet = result.hit.snippet.replace("[", "").replace("]", "")
            kind = self.tr(_KINDS.get(result.hit.kind, result.hit.kind))
            return f"{name} · {kind} · {day}\n{snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return html.escape(result.hit.snippet)
        return None

    def _person(self, result: SearchResult) -> str:
        pupil = result.pupil.display_name if result.pupil else ""
        if result.family_member is not None:
            return self.tr("{name} · family member of {pupil}").format(
                name=result.family_member.name, pupil=pupil
            )
        return self.tr("{name} · pupil").format(name=pupil)


class SearchPanel(QWidget):
    """Emits `opened(SearchResult)` when the person chooses a result (Enter or double-click)."""

    opened = Signal(object)

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self._request = 0
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(
            self.tr("Search the school: names, words from entries, replies, agreements…")
        )
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Search status"))
        self.model = SearchResultModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self._open)
        # The results have a pane of their own, which the main window puts where there is room for them
        # (above the pupils); until then it sits under the field.
        self.results_pane = QWidget()
        self.results_pane.setObjectName("searchResultsPane")
        self.results_pane.setAccessibleName(self.tr("Search results pane"))
        pane = QVBoxLayout(self.results_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.status)
        pane.addWidget(self.results, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results_pane, 1)
        self.results.hide()
        self.status.hide()
        self.results_pane.hide()
        # Search as the person types, once they pause: no wait on the GUI thread, no query per keystroke.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _text: self._debounce.start())
        self.field.returnPressed.connect(self._enter)

    def _enter(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0))
        else:
            self.search()

    def search(self) -> None:
        words = self.field.text().strip()
        self._request += 1
        request = self._request
        if not words:
            self.clear_results()
            return
        service = SearchService(self.context)

        def run(_state: TaskState) -> list[SearchResult]:
            return service.search(words)

        def found(results: list[SearchResult]) -> None:
            if request != self._request:
                return
            self.model.set_results(results)
            self.results.setVisible(bool(results))
            self.status.show()
            self.results_pane.show()
            if any(r.is_person for r in results):
                self.status.setText(
                    self.tr("{count} found: people first, then records newest first").format(
                        count=len(results)
                    )
                )
            elif results:
                self.status.setText(self.tr("{count} found, newest first").format(count=len(results)))
            else:
                self.status.setText(self.tr("Nothing found for “{words}”.").format(words=words))

        self.runner.run(self.tr("Searching"), run, found)

    def _open(self, index: QModelIndex) -> None:
        result = self.model.result_at(index.row())
        if result is not None:
            emit(self.opened, result)

    def clear_results(self) -> None:
        self.model.clear()
        self.status.clear()
        self.results.hide()
        self.status.hide()
        self.results_pane.hide()

    def clear(self) -> None:
        self._request += 1
        self._debounce.stop()
        self.field.clear()
        self.clear_results()
