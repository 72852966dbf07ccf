"""The work folders screen: a class's folders for a week or month, and one pupil's folder opened beside.

The roster says at a glance who has a folder, what state it is in and whether the family has commented;
folders are made for one pupil or the whole class in one go. Everything that reads or writes the school
runs on the host's task runner; the screen redraws when a task reports that folders changed.
"""

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar import Period
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass
from desktop.domain.work_folders import WorkFolder
from desktop.services.folders import WorkFolderService
from desktop.services.school import SchoolService
from desktop.ui.folders.folder_view import FolderView
from desktop.ui.folders.period_bar import PeriodBar, period_caption, step
from desktop.ui.folders.roster import FolderRosterModel
from desktop.ui.kit.class_picker import ClassPicker
from desktop.ui.kit.settle import settle
from desktop.ui.screens import Screen, ScreenHost
from desktop.ui.tasks import Changes, TaskState, Topic


class WorkFoldersScreen(Screen):
    screenshot_name = "work-folders"

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.runner = host.runner
        self.service = WorkFolderService(host.context)
        self.school = SchoolService(host.context)
        self._generation = 0
        self._roster_request = 0
        self._chosen_pupil_id: str | None = None
        self._build()
        self.runner.changed.connect(self._changed)
        self.load_classes()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("WorkFoldersScreen", "Work folders")

    def _build(self) -> None:
        self.class_combo = ClassPicker("folderClass", self.tr("Class"))
        self.class_combo.currentIndexChanged.connect(lambda _i: self.load_roster())
        class_label = QLabel(self.tr("&Class"))
        class_label.setAccessibleName(self.tr("Class"))
        class_label.setBuddy(self.class_combo)
        self.period_bar = PeriodBar(self.host.context.today())
        self.period_bar.changed.connect(lambda _p: self.load_roster())

        self.roster = FolderRosterModel(self)
        self.roster_view = QTableView()
        self.roster_view.setObjectName("folderRoster")
        self.roster_view.setAccessibleName(self.tr("Pupils and their folders"))
        self.roster_view.setModel(self.roster)
        self.roster_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster_view.setAlternatingRowColors(True)
        self.roster_view.setShowGrid(False)
        self.roster_view.verticalHeader().hide()
        header = self.roster_view.horizontalHeader()
        header.setAccessibleName(self.tr("Folder columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FolderRosterModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.roster_view.selectionModel().currentRowChanged.connect(self._pupil_chosen)

        self.create_one = QPushButton(self.tr("Create folder for the &pupil"))
        self.create_one.setObjectName("createFolder")
        self.create_one.setAccessibleName(self.tr("Create this period's folder for the chosen pupil"))
        self.create_one.clicked.connect(self.create_for_pupil)
        self.create_all = QPushButton(self.tr("Create folders for the &whole class"))
        self.create_all.setObjectName("createClassFolders")
        self.create_all.setAccessibleName(self.tr("Create this period's folders for the whole class"))
        self.create_all.clicked.connect(self.create_for_class)

        self.folder_view = FolderView(self.host.context, self.runner)

        top = QHBoxLayout()
        top.addWidget(class_label)
        top.addWidget(self.class_combo)
        top.addSpacing(16)
        top.addWidget(self.period_bar)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.roster_view, 1)
        left_layout.addWidget(self.create_one)
        left_layout.addWidget(self.create_all)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.folder_view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([440, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # Loading

    @property
    def period(self) -> Period:
        return self.period_bar.period

    def chosen_class(self) -> SchoolClass | None:
        return self.class_combo.chosen()

    def chosen_pupil(self) -> Pupil | None:
        return self.roster.pupil_at(self.roster_view.currentIndex().row())

    def load_classes(self) -> None:
        generation, school = self._generation, self.school

        def load(_state: TaskState) -> list[SchoolClass]:
            return school.classes()

        def loaded(classes: list[SchoolClass]) -> None:
            if generation != self._generation:
                return
            self.class_combo.refill(classes)
            self.load_roster()

        self.runner.run(self.tr("Opening the classes"), load, loaded)

    def load_roster(self) -> None:
        school_class = self.chosen_class()
        if school_class is None:
            self.roster.clear()
            self.folder_view.clear()
            return
        self._roster_request += 1
        generation, request = self._generation, self._roster_request
        class_id, period, school, service = school_class.id, self.period, self.school, self.service
        self._update_buttons()

        def load(_state: TaskState) -> tuple[list[Pupil], dict[str, WorkFolder]]:
            return school.pupils(class_id), service.for_class(class_id, period)

        def loaded(result: tuple[list[Pupil], dict[str, WorkFolder]]) -> None:
            if generation != self._generation or request != self._roster_request:
                return
            pupils, folders = result
            self.roster.set_roster(pupils, folders)
            row = self.roster.row_of(self._chosen_pupil_id) if self._chosen_pupil_id else -1
            row = row if row >= 0 else (0 if pupils else -1)
            if row >= 0 and self.roster_view.currentIndex().row() != row:
                self.roster_view.selectRow(row)
            else:
                self._show_chosen()

        self.runner.run(self.tr("Opening the folders"), load, loaded)

    def _pupil_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pupil = self.roster.pupil_at(current.row()) if current.isValid() else None
        self._chosen_pupil_id = pupil.id if pupil else None
        self._show_chosen()

    def _show_chosen(self) -> None:
        pupil = self.chosen_pupil()
        if pupil is None:
            self.folder_view.clear()
        else:
            self.folder_view.show_folder(pupil, self.period, self.roster.folder_of(pupil.id))
        self._update_buttons()

    def _update_buttons(self) -> None:
        pupil = self.chosen_pupil()
        self.create_one.setEnabled(pupil is not None and self.roster.folder_of(pupil.id) is None)
        self.create_all.setEnabled(self.chosen_class() is not None)
        caption = period_caption(self.period)
        self.create_all.setToolTip(
            self.tr("Make a draft folder for {period} for every pupil who has none yet").format(
                period=caption
            )
        )

    def _changed(self, changes: Changes) -> None:
        if changes.topics & {Topic.SCHOOL, Topic.PUPILS}:
            self.load_classes()
        elif Topic.FOLDERS in changes.topics:
            self.load_roster()

    # Creating folders

    def create_for_pupil(self) -> None:
        pupil = self.chosen_pupil()
        if pupil is None:
            return
        service, period, pupil_id = self.service, self.period, pupil.id

        def create(_state: TaskState) -> WorkFolder:
            return service.open_folder(pupil_id, period)

        changes = Changes(frozenset({Topic.FOLDERS}), frozenset({pupil_id}))
        self.runner.run(
            self.tr("Creating a folder"),
            create,
            changes=changes,
            on_error=lambda exc: self.folder_view.message.show_message(str(exc)),
        )

    def create_for_class(self) -> None:
        school_class = self.chosen_class()
        if school_class is None:
            return
        service, school, period, class_id = self.service, self.school, self.period, school_class.id

        def create(state: TaskState) -> list[str]:
            pupils = school.pupils(class_id)
            for n, pupil in enumerate(pupils):
                state.check()
                service.open_folder(pupil.id, period)
                state.progress((n + 1) / len(pupils))
            return [p.id for p in pupils]

        def created(pupil_ids: list[str]) -> None:
            self.host.show_message(
                self.tr("Every pupil in the class has a folder for {period} ({count} in all).").format(
                    period=period_caption(period), count=len(pupil_ids)
                )
            )

        self.runner.run(
            self.tr("Creating the class's folders"),
            create,
            created,
            lambda ids: Changes(frozenset({Topic.FOLDERS}), frozenset(ids)),
            lambda exc: self.folder_view.message.show_message(str(exc)),
        )

    # Screen

    def forget(self) -> None:
        self._generation += 1
        self._chosen_pupil_id = None
        self.folder_view.clear()
        self.roster.clear()
        self.class_combo.forget()

    def prepare_screenshot(self) -> None:
        """Open last week's folder with the most photos (and a family comment) in the first class."""
        settle(self.runner)
        self.period_bar.set_period(step(self.period, -1))
        settle(self.runner)
        scores = []
        for row in range(self.roster.rowCount()):
            pupil = self.roster.pupil_at(row)
            folder = self.roster.folder_of(pupil.id) if pupil else None
            scores.append((_photos(folder), folder is not None and folder.family_comment is not None, row))
        if scores:
            self.roster_view.selectRow(max(scores)[2])
        settle(self.runner)


def _photos(folder: WorkFolder | None) -> int:
    return 0 if folder is None else sum(len(i.attachment_ids) for i in folder.items)


def create(host: ScreenHost) -> Screen:
    return WorkFoldersScreen(host)


SCREEN = WorkFoldersScreen
