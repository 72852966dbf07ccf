"""The main window: classes on the left, the chosen class's pupils, and the chosen pupil's link book.

It reads through the services only, on the task runner (nothing is read on the GUI thread), and knows its
tabs by name: TODAY_TAB, PUPILS_TAB and each screen's key (see screens.py). Locking (Ctrl+L, or the Lock
button) closes the vault and empties every model and label first, so a locked app has no child's details
in any widget; then it emits `locked` and the app shows the unlock window again. Closing the window locks
the same way.
"""

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.access import Actor, Capability, Role, may
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.services.search import SearchResult
from desktop.store.errors import StoreError
from desktop.store.vault import Vault
from desktop.ui.about import add_help_menu
from desktop.ui.idle_lock import IdleLock, idle_minutes
from desktop.ui.kit.progress import TaskProgressBar
from desktop.ui.main_window_base import ROLE_NAMES
from desktop.ui.main_window_features import MainWindowFeatures
from desktop.ui.main_window_menus import MainWindowMenus
from desktop.ui.models import ClassListModel, PupilTableModel
from desktop.ui.screens import Screen, ScreenHost, ScreenSlot, screen_slots
from desktop.ui.search_panel import SearchPanel
from desktop.ui.signals import emit
from desktop.ui.tasks import Changes, TaskRunner, TaskState, Topic
from desktop.ui.teacher_day import TeacherDayView
from desktop.ui.timeline import PupilTimelineView

S = TypeVar("S", bound=Screen)
log = logging.getLogger(__name__)

TODAY_TAB = "today"
"""The key of the teacher's day tab."""
PUPILS_TAB = "pupils"
"""The key of the classes, pupils and timelines tab."""

_SCREEN_NEEDS: dict[str, frozenset[Capability]] = {
    "desktop.ui.families.screen": frozenset({Capability.MANAGE_FAMILIES}),
    "desktop.ui.meetings.screen": frozenset({Capability.MANAGE_FAMILIES}),
    "desktop.ui.folders.screen": frozenset({Capability.MANAGE_FOLDERS}),
    "desktop.ui.folders.progress": frozenset({Capability.MANAGE_FOLDERS}),
    "desktop.ui.records.screen": frozenset({Capability.EXPORT_RECORDS, Capability.VIEW_AUDIT}),
    "desktop.ui.reviews.screen": frozenset({Capability.TAILOR_AGREEMENTS}),
}
"""A screen's tab shows only to a role that may do one of these (the services refuse the rest anyway)."""


def may_use_screen(role: Role, module: str) -> bool:
    needs = _SCREEN_NEEDS.get(module)
    return needs is None or any(may(role, capability) for capability in needs)


class MainWindow(MainWindowMenus, MainWindowFeatures):
    """One school, opened by one member of staff (see desktop.ui.app.provisional_actor)."""

    def __init__(self, vault: Vault, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.actor = actor
        self._vault: Vault | None = vault
        self.context = ServiceContext(vault, actor)
        self._school: SchoolService | None = SchoolService(self.context)
        self.runner = TaskRunner(self)
        self._class_counts = {"day": "", "pupils": ""}
        self.class_model = ClassListModel(self)
        self.pupil_model = PupilTableModel(self)
        self._class_generation = 0
        """Counts the classes asked for, so that only the last one asked for is shown."""
        self._build_actions()
        self._build_views()
        self._build_status_bar()
        self._build_view_as_menu()
        self.about_action = add_help_menu(self, self.menu(self.tr("&Help")))
        self.resize(1280, 760)
        self.idle_lock = IdleLock(idle_minutes() * 60_000, self)
        self.idle_lock.idle.connect(self.lock)
        self._load_school()

    def _build_views(self) -> None:
        classes_caption = QLabel(self.tr("&Classes"))
        classes_caption.setAccessibleName(self.tr("Classes caption"))
        _emphasise(classes_caption, 1.1)
        self.class_view = QListView()
        self.class_view.setObjectName("classView")
        self.class_view.setAccessibleName(self.tr("Classes"))
        self.class_view.setModel(self.class_model)
        self.class_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.class_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.class_view.setUniformItemSizes(True)
        self.class_view.setSpacing(2)
        self.class_view.selectionModel().currentChanged.connect(self._class_chosen)
        classes_caption.setBuddy(self.class_view)

        self.no_classes_label = QLabel(
            self.tr("This school has no classes yet. Import a class list to add them.")
        )
        self.no_classes_label.setWordWrap(True)
        self.no_classes_label.setAccessibleName(self.tr("No classes"))
        self.no_classes_label.hide()
        self.no_classes_import = QPushButton(self.tr("&Import class lists…"))
        self.no_classes_import.setAccessibleName(self.tr("Import class lists"))
        self.no_classes_import.setEnabled(self.import_action.isEnabled())
        self.no_classes_import.clicked.connect(self.import_class_lists)
        self.no_classes_import.hide()

        self.search_panel = SearchPanel(self.context, self.runner)
        self.search_panel.opened.connect(self.open_search_result)
        self.search_action = QAction(self.tr("&Find in the school…"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self._find)
        self.addAction(self.search_action)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addWidget(classes_caption)
        left_layout.addWidget(self.class_view, 1)
        left_layout.addWidget(self.no_classes_label)
        left_layout.addWidget(self.no_classes_import)
        left_layout.addWidget(self.search_panel)

        self.class_heading = QLabel()
        self.class_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.class_heading.setAccessibleName(self.tr("Class"))
        _emphasise(self.class_heading, 1.1)
        self.pupil_view = QTableView()
        self.pupil_view.setObjectName("pupilView")
        self.pupil_view.setAccessibleName(self.tr("Pupils"))
        self.pupil_view.setModel(self.pupil_model)
        self.pupil_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pupil_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pupil_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pupil_view.setAlternatingRowColors(True)
        self.pupil_view.setWordWrap(False)
        self.pupil_view.setShowGrid(False)
        self.pupil_view.verticalHeader().hide()
        header = self.pupil_view.horizontalHeader()
        header.setAccessibleName(self.tr("Pupil columns"))
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PupilTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        self.class_heading.setBuddy(self.pupil_view)
        self.pupil_view.selectionModel().currentRowChanged.connect(self._pupil_chosen)

        pupils = QWidget()
        middle_layout = QVBoxLayout(pupils)
        middle_layout.setContentsMargins(6, 12, 6, 12)
        middle_layout.addWidget(self.class_heading)
        middle_layout.addWidget(self.pupil_view, 1)
        # Search results take the top of the middle column while there are any: room to read them.
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.setAccessibleName(self.tr("Search results and pupils"))
        middle.setChildrenCollapsible(False)
        self.search_panel.results_pane.setContentsMargins(6, 12, 6, 0)
        middle.addWidget(self.search_panel.results_pane)
        middle.addWidget(pupils)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)

        self.timeline = PupilTimelineView(self.context, self.runner)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 12, 12, 12)
        right_layout.addWidget(self.timeline)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setAccessibleName(self.tr("Classes, pupils and link book"))
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([200, 460, 620])

        self.teacher_day = TeacherDayView(self.context, self.runner)
        self.teacher_day.class_shown.connect(self._day_class_shown)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Screens"))
        self.tabs.setDocumentMode(True)
        self._add_tab(TODAY_TAB, self.teacher_day, self.tr("Today's link book"))
        self._add_tab(PUPILS_TAB, splitter, self.tr("Pupils and timelines"))
        self._host = ScreenHost(self.context, self.runner, self, self.menu, self._show_message)
        self._slots: list[ScreenSlot] = [
            slot for slot in screen_slots() if may_use_screen(self.actor.role, slot.module.__name__)
        ]
        for slot in self._slots:
            # A stand-in until the tab is first shown: the screen is built (and loads) only then.
            stand_in = QWidget()
            stand_in.setAccessibleName(slot.kind.title())
            self._add_tab(slot.key, stand_in, slot.kind.title())
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.currentChanged.connect(lambda _index: self._show_count())
        self.setCentralWidget(self.tabs)

    def _add_tab(self, key: str, widget: QWidget, title: str, index: int | None = None) -> None:
        """Add (or put back at index) a tab known by key."""
        at = self.tabs.addTab(widget, title) if index is None else self.tabs.insertTab(index, widget, title)
        self.tabs.tabBar().setTabData(at, key)

    def tab_index(self, key: str) -> int:
        """Where the tab with this key is (TODAY_TAB, PUPILS_TAB or a screen's key), or -1."""
        bar = self.tabs.tabBar()
        return next((n for n in range(bar.count()) if bar.tabData(n) == key), -1)

    def show_tab(self, key: str) -> None:
        """Bring the tab with this key to the front."""
        self.tabs.setCurrentIndex(self.tab_index(key))

    def screen(self, kind: type[S]) -> S:  # type: ignore[override]  # not QWidget.screen(); nothing here calls that
        """The screen of this class, built now if its tab has not been shown yet."""
        for slot in self._slots:
            if slot.kind is kind:
                screen = self._build_screen(slot)
                assert isinstance(screen, kind)
                return screen
        raise LookupError(f"No screen of kind {kind.__name__}")

    def all_screens(self) -> list[Screen]:
        """Every screen, each built now if not yet (for screenshots)."""
        return [self._build_screen(slot) for slot in self._slots]

    def _tab_shown(self, index: int) -> None:
        key = self.tabs.tabBar().tabData(index)
        slot = next((s for s in self._slots if s.key == key), None)
        if slot is not None and self._vault is not None:
            self._build_screen(slot)

    def _build_screen(self, slot: ScreenSlot) -> Screen:
        if slot.screen is not None:
            return slot.screen
        screen = slot.build(self._host)
        index = self.tab_index(slot.key)
        stand_in = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        was_blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self._add_tab(slot.key, screen, slot.kind.title(), index)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(was_blocked)
        stand_in.deleteLater()  # type: ignore[union-attr]  # the tab is there until replaced
        return screen

    def release_vault(self) -> Vault | None:
        """Empty the window as locking does, but hand the open vault over instead of closing it."""
        vault = self._vault
        self._forget(close_vault=False)
        return vault

    def _show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setAccessibleName(self.tr("Status bar"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Pupil count"))
        status.addWidget(self.count_label, 1)
        self.demo_label = QLabel(self.tr("Demo school: made-up children, safe to try things"))
        self.demo_label.setAccessibleName(self.tr("Demo school"))
        self.demo_label.setVisible(bool(self._vault and self._vault.demo))
        status.addPermanentWidget(self.demo_label)
        role = QCoreApplication.translate("MainWindow", ROLE_NAMES[self.actor.role])  # type: ignore[index]  # staff only
        self.actor_label = QLabel(
            self.tr("Working as {name} ({role})").format(name=self.actor.name, role=role)
        )
        self.actor_label.setAccessibleName(self.tr("Working as"))
        status.addPermanentWidget(self.actor_label)
        for label in (self.count_label, self.demo_label, self.actor_label):
            label.setContentsMargins(8, 2, 8, 2)
        self.task_progress = TaskProgressBar(self.runner, self.tr("Progress"))
        self.task_progress.setMaximumWidth(160)
        status.addPermanentWidget(self.task_progress)
        self.runner.failed.connect(self._task_failed)
        self.runner.changed.connect(self._records_changed)

    def _task_failed(self, label: str, message: str) -> None:
        self.statusBar().showMessage(f"{label}: {message}")

    def _load_school(self, keep_class_id: str | None = None) -> None:
        """Read the school and its classes on the runner, then show them: the class with keep_class_id if
        given, else the first class and its first pupil."""
        service = self._school
        if service is None:
            return

        def read(_state: TaskState) -> tuple[School | None, list[SchoolClass]]:
            return service.school(), service.classes()

        def loaded(result: tuple[School | None, list[SchoolClass]]) -> None:
            if not self.is_locked:
                self._show_school(*result, keep_class_id)

        self.runner.run(self.tr("Opening the school"), read, loaded)

    def _show_school(
        self, school: School | None, classes: list[SchoolClass], keep_class_id: str | None
    ) -> None:
        if school is not None and school.name.strip():
            self.setWindowTitle(self.tr("Linkbook — {school}").format(school=school.name))
        else:
            self.setWindowTitle(self.tr("Linkbook"))
        self.class_model.set_classes(classes)
        self.no_classes_label.setVisible(not classes)
        self.no_classes_import.setVisible(not classes)
        if not classes:
            self._show_class(None)
            return
        ids = [c.id for c in classes]
        if keep_class_id in ids:
            self.class_view.setCurrentIndex(self.class_model.index(ids.index(keep_class_id)))
            return
        self._select_class_quietly(0)
        self._show_class(
            0, then=lambda: self.pupil_view.selectRow(0) if self.pupil_model.rowCount() else None
        )

    def _records_changed(self, changes: Changes) -> None:
        """After an import (classes made, pupils added or moved): reload the classes, keep the one chosen."""
        if Topic.SCHOOL not in changes.topics:
            return
        row = self.class_view.currentIndex().row()
        chosen = self.class_model.class_at(row) if row >= 0 else None
        self._load_school(chosen.id if chosen is not None else None)

    def _class_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_class(current.row() if current.isValid() else None)

    def _select_class_quietly(self, row: int) -> None:
        """Mark the class at row as chosen without loading it (the caller loads it)."""
        selection = self.class_view.selectionModel()
        was_blocked = selection.blockSignals(True)
        try:
            self.class_view.setCurrentIndex(self.class_model.index(row))
        finally:
            selection.blockSignals(was_blocked)
        self.class_view.viewport().update()

    def _show_class(self, row: int | None, then: Callable[[], None] | None = None) -> None:
        """Read the class's pupils on the runner and list them; then() once they are listed."""
        self._class_generation += 1
        generation, service = self._class_generation, self._school
        school_class = None if row is None else self.class_model.class_at(row)
        if school_class is None or service is None:
            self.pupil_model.clear()
            self.class_heading.setText(self.tr("Pupils"))
            self._class_counts["pupils"] = ""
            self._show_count()
            return

        def read(_state: TaskState) -> list[Pupil]:
            return service.pupils(school_class.id)

        def listed(pupils: list[Pupil]) -> None:
            if self.is_locked or generation != self._class_generation:
                return
            self.pupil_model.set_pupils(pupils)
            self.class_heading.setText(self.tr("Pupils in {class_name}").format(class_name=school_class.name))
            self._class_counts["pupils"] = self.tr("{class_name}: {count} on roll").format(
                class_name=school_class.name, count=len(pupils)
            )
            self._show_count()
            if then is not None:
                then()

        def failed(_exc: BaseException) -> None:
            if not self.is_locked and generation == self._class_generation:
                self.pupil_model.clear()

        self.runner.run(self.tr("Reading the class"), read, listed, on_error=failed)

    def _day_class_shown(self, name: str, count: int) -> None:
        self._class_counts["day"] = self.tr("{class_name}: {count} on roll").format(
            class_name=name, count=count
        )
        self._show_count()

    def _show_count(self) -> None:
        """The status bar names the class on screen: the day's class, or the class chosen for its pupils."""
        on_day = self.tabs.currentWidget() is self.teacher_day
        self.count_label.setText(self._class_counts["day" if on_day else "pupils"])

    def _pupil_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pupil = self.pupil_model.pupil_at(current.row()) if current.isValid() else None
        if pupil is None:
            self.timeline.clear()
        else:
            self.timeline.show_pupil(pupil)

    def _find(self) -> None:
        self.show_tab(PUPILS_TAB)
        self.search_panel.field.setFocus()

    def open_search_result(self, result: SearchResult) -> None:
        """Show the pupil the result belongs to, in their class, with the link book at that entry."""
        pupil = result.pupil
        if pupil is None:
            return
        self.show_tab(PUPILS_TAB)
        current = self.class_view.currentIndex().row()
        for row in range(self.class_model.rowCount()):
            school_class = self.class_model.class_at(row)
            if school_class is not None and school_class.id == pupil.class_id and row != current:
                self._select_class_quietly(row)
                self._show_class(row, then=lambda: self._select_pupil_quietly(pupil.id))
                break
        else:
            self._select_pupil_quietly(pupil.id)
        focus = result.hit.record_id if result.hit.kind in ("entry", "reply") else None
        self.timeline.show_pupil(pupil, focus)

    def _select_pupil_quietly(self, pupil_id: str) -> None:
        """Mark the pupil chosen in the list without showing their link book (the caller shows it)."""
        for row in range(self.pupil_model.rowCount()):
            shown = self.pupil_model.pupil_at(row)
            if shown is not None and shown.id == pupil_id:
                self.pupil_view.selectionModel().blockSignals(True)
                self.pupil_view.selectRow(row)
                self.pupil_view.selectionModel().blockSignals(False)

    def lock(self) -> None:
        """Close the vault, empty every view, and hand over to the unlock window."""
        if self.is_locked:
            return
        self._forget()
        emit(self.locked)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._forget()
        super().closeEvent(event)

    def _forget(self, close_vault: bool = True) -> None:
        """Drop every child's details from the window, then the vault (and with it the database key)."""
        self.idle_lock.stop()
        QToolTip.hideText()
        if self._vault is not None:
            self.teacher_day.forget()  # keeps what was typed as a draft, then clears its widgets
        self.runner.cancel_all()
        self.runner.wait()
        if self._vault is not None:
            try:
                self.timeline.record_looks_now()  # the audit trail keeps every look, even the last
            except StoreError as exc:
                log.warning("Could not record the last looks before locking: %s", exc.__class__.__name__)
        for slot in self._slots:
            if slot.screen is not None:
                slot.screen.forget()
        self.timeline.clear()
        self.search_panel.clear()
        self.pupil_view.clearSelection()
        self.class_view.clearSelection()
        self.pupil_model.clear()
        self.class_model.clear()
        self.class_heading.clear()
        self._class_counts = {"day": "", "pupils": ""}
        self.count_label.clear()
        self.statusBar().clearMessage()
        self.setWindowTitle(self.tr("Linkbook"))
        self.lock_action.setEnabled(False)
        self._school = None
        if self._vault is not None:
            if close_vault:
                self._vault.close()
            self._vault = None


def _emphasise(label: QLabel, scale: float) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
