"""The main window's menus, toolbar and actions: School, Paper, and (in the demo school) View as….

Each action starts a feature of the window (main_window_features.py) or of its own module; what the menus
offer a role follows that role's capabilities.
"""

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from desktop.domain.access import Actor, Capability, may
from desktop.domain.school import StaffMember
from desktop.ui.main_window_base import ROLE_NAMES, MainWindowBase
from desktop.ui.paper_returns import file_returned_pages, open_review_queue
from desktop.ui.phrase_corrections import open_phrase_corrections
from desktop.ui.school_print import print_whole_school
from desktop.ui.signals import emit
from desktop.ui.tasks import TaskState
from desktop.ui.translations_wanted import open_translations_wanted


class MainWindowMenus(MainWindowBase):
    """Building the menu bar, the toolbar and their actions."""

    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        # Lock works from any window of the app, dialogs included, not only while this one has focus.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock Linkbook: hide every child's details until the passphrase"))
        self.lock_action.triggered.connect(self.lock)

        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.close_action.triggered.connect(self.close)

        self.paper_reply_action = QAction(self.tr("&Record a paper reply…"), self)
        self.paper_reply_action.setShortcut(QKeySequence(self.tr("Ctrl+R")))
        self.paper_reply_action.setToolTip(self.tr("Type the code from a returned reply slip and the reply"))
        self.paper_reply_action.triggered.connect(self.record_paper_reply)
        self.print_class_action = QAction(self.tr("Print this week's &packs for families on paper…"), self)
        self.print_class_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_class_action.triggered.connect(self.print_class_week)

        self._menus: dict[str, QMenu] = {}
        school_menu = self.menu(self.tr("&School"))
        paper_menu = self.menu(self.tr("&Paper"))
        paper_menu.addAction(self.paper_reply_action)
        self.paper_views_action = paper_menu.addAction(self.tr("Record &views from paper…"))
        self.paper_views_action.triggered.connect(self.record_paper_views)
        paper_menu.addAction(self.print_class_action)
        self.print_school_action = QAction(self.tr("Print packs for the &whole school…"), self)
        self.print_school_action.setToolTip(
            self.tr("Every class's packs in one PDF, with progress and cancel")
        )
        self.print_school_action.setEnabled(may(self.actor.role, Capability.PRINT))
        self.print_school_action.triggered.connect(
            lambda: print_whole_school(self.context, self.runner, self)
        )
        paper_menu.addAction(self.print_school_action)
        paper_menu.addSeparator()
        self.file_returned_action = QAction(self.tr("&File returned pages…"), self)
        self.file_returned_action.setToolTip(self.tr("File scanned reply pages to their records"))
        self.file_returned_action.triggered.connect(
            lambda: file_returned_pages(self.context, self.runner, self)
        )
        paper_menu.addAction(self.file_returned_action)
        self.review_returned_action = QAction(self.tr("Returned pages to &review…"), self)
        self.review_returned_action.triggered.connect(lambda: open_review_queue(self.context, self))
        paper_menu.addAction(self.review_returned_action)
        self.setAcceptDrops(True)  # scans dropped on the window are filed (see dropEvent)
        paper_menu.addSeparator()
        self.correct_phrases_action = QAction(self.tr("&Correct printed translations…"), self)
        self.correct_phrases_action.setToolTip(
            self.tr("Change the home-language words printed beside the English on paper packs")
        )
        self.correct_phrases_action.setEnabled(may(self.actor.role, Capability.EDIT_TEMPLATES))
        self.correct_phrases_action.triggered.connect(
            lambda: open_phrase_corrections(self.context, self.runner, self)
        )
        paper_menu.addAction(self.correct_phrases_action)
        self.translations_wanted_action = QAction(self.tr("&Translations wanted…"), self)
        self.translations_wanted_action.setToolTip(
            self.tr("Translate what teachers wrote for families who read another language")
        )
        self.translations_wanted_action.setEnabled(may(self.actor.role, Capability.WRITE_ENTRIES))
        self.translations_wanted_action.triggered.connect(
            lambda: open_translations_wanted(self.context, self.runner, self)
        )
        paper_menu.addAction(self.translations_wanted_action)
        self.import_action = QAction(self.tr("&Import class lists…"), self)
        self.import_action.setToolTip(self.tr("Pupils, classes and families from your MIS's files"))
        self.import_action.setEnabled(may(self.actor.role, Capability.IMPORT_RECORDS))
        self.import_action.triggered.connect(self.import_class_lists)
        school_menu.addAction(self.import_action)
        school_menu.addSeparator()
        school_menu.addAction(self.lock_action)
        school_menu.addSeparator()
        school_menu.addAction(self.close_action)
        self.menuBar().setAccessibleName(self.tr("Menu bar"))

        toolbar = QToolBar(self.tr("School"), self)
        toolbar.setObjectName("schoolToolBar")
        toolbar.setAccessibleName(self.tr("School toolbar"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.paper_reply_action)
        toolbar.addAction(self.print_class_action)
        for action in (self.lock_action, self.paper_reply_action, self.print_class_action):
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def menu(self, title: str) -> QMenu:
        """The menu with this title, added to the menu bar the first time it is asked for."""
        if title not in self._menus:
            self._menus[title] = self.menuBar().addMenu(title)
        return self._menus[title]

    def _build_view_as_menu(self) -> None:
        """In the demo school only: see the app as each of its staff sees it, with that role's rights.

        The staff are read on the task runner; the menu fills in once they are known."""
        self.view_as_actions: list[QAction] = []
        service = self._school
        if self._vault is None or not self._vault.demo or service is None:
            return
        menu = self.menu(self.tr("&View as"))
        menu.setToolTip(self.tr("The demo school as each of its staff sees it"))

        def read(_state: TaskState) -> list[StaffMember]:
            return service.staff()

        def listed(staff: list[StaffMember]) -> None:
            if self.is_locked:
                return
            order = list(ROLE_NAMES)
            staff.sort(key=lambda member: (order.index(member.role), member.name))
            group = QActionGroup(self)
            for member in staff:
                role = QCoreApplication.translate("MainWindow", str(ROLE_NAMES[member.role]))
                action = QAction(self.tr("{name} ({role})").format(name=member.name, role=role), self)
                action.setCheckable(True)
                action.setChecked(member.id == self.actor.staff_id)
                action.triggered.connect(partial(self._view_as, member))
                group.addAction(action)
                menu.addAction(action)
                self.view_as_actions.append(action)

        self.runner.run(self.tr("Reading the staff"), read, listed)

    def _view_as(self, member: StaffMember, _checked: bool = False) -> None:
        if member.id != self.actor.staff_id:
            emit(self.switch_requested, Actor(member.name, member.role, member.id))
