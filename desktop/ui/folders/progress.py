"""The progress screen: per pupil, what they are learning (the topics of their folders over time) and a
chart of their marks, with the same figures in a table and the marks in words listed beside it."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass
from desktop.domain.work_folders import WorkFolder
from desktop.services.folders import WorkFolderService
from desktop.services.school import SchoolService
from desktop.ui.folders.bidi import pupil_name
from desktop.ui.folders.marks import marks_over_time, topics_over_time, words_tally
from desktop.ui.folders.progress_chart import MarksChart
from desktop.ui.folders.progress_models import MarksTableModel, PupilListModel, TopicsTableModel
from desktop.ui.kit.class_picker import ClassPicker
from desktop.ui.kit.settle import settle
from desktop.ui.screens import Screen, ScreenHost
from desktop.ui.tasks import Changes, TaskState, Topic


def _table(name: str, model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setAccessibleName(name)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ProgressScreen(Screen):
    screenshot_name = "progress"

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.runner = host.runner
        self.school = SchoolService(host.context)
        self.folders = WorkFolderService(host.context)
        self.pupil: Pupil | None = None
        self._generation = 0
        self._request = 0
        self._build()
        self.runner.changed.connect(self._changed)
        self.load_classes()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ProgressScreen", "Progress")

    def _build(self) -> None:
        self.class_combo = ClassPicker("progressClass", self.tr("Class"))
        self.class_combo.currentIndexChanged.connect(lambda _i: self.load_pupils())
        class_label = QLabel(self.tr("&Class"))
        class_label.setAccessibleName(self.tr("Class"))
        class_label.setBuddy(self.class_combo)
        self.pupils = PupilListModel(self)
        self.pupil_list = QListView()
        self.pupil_list.setObjectName("progressPupils")
        self.pupil_list.setAccessibleName(self.tr("Pupils"))
        self.pupil_list.setModel(self.pupils)
        self.pupil_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pupil_list.selectionModel().currentChanged.connect(self._pupil_chosen)

        self.heading = QLabel(self.tr("Choose a pupil to see their progress"))
        self.heading.setObjectName("progressHeading")
        self.heading.setAccessibleName(self.tr("Pupil"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.chart = MarksChart()
        self.words = QLabel()
        self.words.setObjectName("marksInWords")
        self.words.setAccessibleName(self.tr("Marks in words"))
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.marks = MarksTableModel(self)
        self.marks_view = _table(self.tr("Marks and feedback"), self.marks)
        self.marks_view.setObjectName("marksTable")
        self.topics = TopicsTableModel(self)
        self.topics_view = _table(self.tr("What they are learning"), self.topics)
        self.topics_view.setObjectName("topicsTable")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        top = QHBoxLayout()
        top.addWidget(class_label)
        top.addWidget(self.class_combo, 1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.pupil_list, 1)

        tables = QTabWidget()
        tables.setObjectName("progressTables")
        tables.setAccessibleName(self.tr("Marks and topics"))
        tables.addTab(self.marks_view, self.tr("&Marks and feedback"))
        tables.addTab(self.topics_view, self.tr("What they are &learning"))
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.chart, 1)
        upper_layout.addWidget(self.words)
        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.setChildrenCollapsible(False)
        right_split.addWidget(upper)
        right_split.addWidget(tables)
        right_split.setSizes([380, 300])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(right_split, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([260, 1000])
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(split)
        self._show([])

    # Loading

    def chosen_class(self) -> SchoolClass | None:
        return self.class_combo.chosen()

    def load_classes(self) -> None:
        generation, school = self._generation, self.school

        def load(_state: TaskState) -> list[SchoolClass]:
            return school.classes()

        def loaded(classes: list[SchoolClass]) -> None:
            if generation != self._generation:
                return
            self.class_combo.refill(classes)
            self.load_pupils()

        self.runner.run(self.tr("Opening the classes"), load, loaded)

    def load_pupils(self) -> None:
        school_class = self.chosen_class()
        self.pupils.clear()
        self._clear_pupil()
        if school_class is None:
            return
        generation, school, class_id = self._generation, self.school, school_class.id

        def load(_state: TaskState) -> list[Pupil]:
            return school.pupils(class_id)

        def loaded(pupils: list[Pupil]) -> None:
            if generation != self._generation:
                return
            self.pupils.set_pupils(pupils)

        self.runner.run(self.tr("Opening the class"), load, loaded)

    def _pupil_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pupil = self.pupils.pupil_at(current.row()) if current.isValid() else None
        if pupil is not None:
            self.show_pupil(pupil)
        else:
            self._clear_pupil()

    def show_pupil(self, pupil: Pupil) -> None:
        self.pupil = pupil
        self.heading.setText(pupil_name(pupil.first_name, pupil.last_name))
        self._load()

    def _load(self) -> None:
        if self.pupil is None:
            return
        self._request += 1
        generation, request, folders, pupil_id = self._generation, self._request, self.folders, self.pupil.id

        def load(_state: TaskState) -> list[WorkFolder]:
            return folders.for_pupil(pupil_id)

        def loaded(found: list[WorkFolder]) -> None:
            if generation == self._generation and request == self._request:
                self._show(found)

        self.runner.run(self.tr("Opening the pupil's progress"), load, loaded)

    def _show(self, folders: list[WorkFolder]) -> None:
        records = marks_over_time(folders)
        self.chart.set_records(records)
        self.marks.set_records(records)
        self.topics.set_periods(topics_over_time(folders))
        tally = words_tally(records)
        if tally:
            listed = ", ".join(f"{mark} × {count}" if count > 1 else mark for mark, count in tally)
            self.words.setText(self.tr("Not on the chart (marks in words): {marks}").format(marks=listed))
        elif self.pupil is not None and not records:
            self.words.setText(self.tr("No marks or feedback in this pupil's folders yet."))
        else:
            self.words.clear()
        self.words.setVisible(bool(self.words.text()))

    def _clear_pupil(self) -> None:
        self._request += 1
        self.pupil = None
        self.heading.setText(self.tr("Choose a pupil to see their progress"))
        self._show([])

    def _changed(self, changes: Changes) -> None:
        if changes.topics & {Topic.SCHOOL, Topic.PUPILS}:
            self.load_classes()
        elif self.pupil is not None and changes.touches(Topic.FOLDERS, self.pupil.id):
            self._load()

    # Screen

    def forget(self) -> None:
        self._generation += 1
        self.pupils.clear()
        self._clear_pupil()
        self.class_combo.forget()

    def prepare_screenshot(self) -> None:
        """Show the pupil of the first class with the most marks on the chart."""
        settle(self.runner)
        best, best_count = -1, 0
        for row in range(self.pupils.rowCount()):
            self.pupil_list.setCurrentIndex(self.pupils.index(row))
            settle(self.runner)
            count = len(self.chart.records)
            if count > best_count:
                best, best_count = row, count
        if best >= 0:
            self.pupil_list.setCurrentIndex(self.pupils.index(best))
            settle(self.runner)


def create(host: ScreenHost) -> Screen:
    return ProgressScreen(host)


SCREEN = ProgressScreen
