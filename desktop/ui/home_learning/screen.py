"""The home-learning screen: set a task for a class or a group, and see per task who has done it.

On the left the teacher writes what to do and by when, how long it should take, whether it is "do it
together", and picks the guidance for families from the shipped phrases (families read them in their own
language); ticking no pupil sets it for the whole class. On the right each task of the class says how
many have done it; choosing one lists who has (in the app or on paper, when, by whom), their comments,
and who has not yet. Everything is read and written through the service on the task runner.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.home_learning import GUIDANCE, GuidanceKind, HomeLearningReturn
from desktop.domain.linkbook import Method
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass
from desktop.services.home_learning import HomeLearningService, TaskProgress
from desktop.services.school import SchoolService
from desktop.ui.folders.bidi import isolate, pupil_name
from desktop.ui.kit.class_picker import ClassPicker, staff_class_index
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.named import named_button, named_label
from desktop.ui.kit.settle import settle
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.screens import Screen, ScreenHost
from desktop.ui.tasks import Changes, TaskState, Topic

LEFT_TO_RIGHT = "\u200e"


def _name(pupil: Pupil) -> str:
    return pupil_name(pupil.first_name, pupil.last_name)


def _day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _how(back: HomeLearningReturn) -> str:
    how = (
        QCoreApplication.translate("HomeLearningScreen", "on paper")
        if back.done_method is Method.PAPER
        else QCoreApplication.translate("HomeLearningScreen", "in the app")
    )
    when = f", {_day(back.done_at.date())}" if back.done_at else ""
    return f"{how}{when}"


class HomeLearningScreen(Screen):
    screenshot_name = "home-learning"

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeLearningScreen")
        self.host = host
        self.service = HomeLearningService(host.context)
        self.school = SchoolService(host.context)
        self._tasks = ScreenTasks(host.runner, lambda text: self.message.show_message(text, error=True), self)
        self.progress: list[TaskProgress] = []
        self.pupils: list[Pupil] = []
        self._build()
        host.runner.changed.connect(self._changed_elsewhere)
        self.load_classes()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("HomeLearningScreen", "Home learning")

    # Building

    def _build(self) -> None:
        self.class_combo = ClassPicker("homeLearningClass", self.tr("Class"))
        self.class_combo.currentIndexChanged.connect(lambda _i: self.load_class())
        top = QHBoxLayout()
        top.addWidget(named_label(self.tr("&Class"), self.class_combo))
        top.addWidget(self.class_combo)
        top.addStretch(1)

        form_box = QGroupBox(self.tr("Set home learning"))
        form = QFormLayout(form_box)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("homeLearningTitle")
        self.title_edit.setAccessibleName(self.tr("What to do"))
        self.title_edit.setPlaceholderText(self.tr("What the children should do, in your words"))
        self.details_edit = QPlainTextEdit()
        self.details_edit.setAccessibleName(self.tr("More detail"))
        self.details_edit.setTabChangesFocus(True)
        self.details_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("ddd d MMM yyyy")
        self.due_edit.setAccessibleName(self.tr("By when"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 180)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSpecialValueText(self.tr("not said"))
        self.minutes_spin.setSuffix(self.tr(" minutes"))
        self.minutes_spin.setAccessibleName(self.tr("How long it should take"))
        self.together_box = QCheckBox(self.tr("Do it &together (the family and the child side by side)"))
        self.guidance_list = QListWidget()
        self.guidance_list.setObjectName("homeLearningGuidance")
        self.guidance_list.setAccessibleName(self.tr("Guidance for families"))
        kind_titles = {
            GuidanceKind.HELP: self.tr("How much help to give"),
            GuidanceKind.WAY: self.tr("Ways to help"),
            GuidanceKind.STUCK: self.tr("If the child is stuck"),
        }
        for kind in GuidanceKind:
            heading = QListWidgetItem(kind_titles[kind])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.guidance_list.addItem(heading)
            for phrase, (phrase_kind, english) in GUIDANCE.items():
                if phrase_kind is kind:
                    item = QListWidgetItem(english)
                    item.setData(Qt.ItemDataRole.UserRole, phrase)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    self.guidance_list.addItem(item)
        self.group_list = QListWidget()
        self.group_list.setObjectName("homeLearningGroup")
        self.group_list.setAccessibleName(self.tr("For a group (tick none for the whole class)"))
        self.group_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.set_button = named_button(self.tr("&Set the task"))
        self.set_button.setObjectName("homeLearningSet")
        self.set_button.clicked.connect(self.set_task)
        form.addRow(named_label(self.tr("What to &do:"), self.title_edit), self.title_edit)
        form.addRow(named_label(self.tr("More detail:"), self.details_edit), self.details_edit)
        form.addRow(named_label(self.tr("&By:"), self.due_edit), self.due_edit)
        form.addRow(named_label(self.tr("How &long:"), self.minutes_spin), self.minutes_spin)
        form.addRow(self.together_box)
        form.addRow(
            named_label(self.tr("&Guidance for families (shown in their language):"), self.guidance_list)
        )
        form.addRow(self.guidance_list)
        form.addRow(named_label(self.tr("For a g&roup (tick none for the whole class):"), self.group_list))
        form.addRow(self.group_list)
        form.addRow(self.set_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.task_list = QListWidget()
        self.task_list.setObjectName("homeLearningTasks")
        self.task_list.setAccessibleName(self.tr("Tasks set"))
        self.task_list.currentRowChanged.connect(lambda _row: self._show_task())
        self.detail = QLabel()
        self.detail.setObjectName("homeLearningWho")
        self.detail.setAccessibleName(self.tr("Who has done it"))
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(named_label(self.tr("T&asks set"), self.task_list))
        right_layout.addWidget(self.task_list, 1)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(self.detail)
        right_layout.addWidget(detail_scroll, 3)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(form_box)
        split.addWidget(right)
        split.setSizes([520, 600])
        self.message = MessageBar("homeLearningMessage", self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self._reset_form()

    def _reset_form(self) -> None:
        today = self.host.context.today() + dt.timedelta(days=7)
        self.title_edit.clear()
        self.details_edit.clear()
        self.due_edit.setDate(QDate(today.year, today.month, today.day))
        self.minutes_spin.setValue(20)
        self.together_box.setChecked(False)
        for row in range(self.guidance_list.count()):
            item = self.guidance_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole):
                item.setCheckState(Qt.CheckState.Unchecked)
        for row in range(self.group_list.count()):
            self.group_list.item(row).setCheckState(Qt.CheckState.Unchecked)

    # Loading

    def chosen_class(self) -> SchoolClass | None:
        return self.class_combo.chosen()

    def load_classes(self) -> None:
        school, staff_id = self.school, self.host.context.actor.staff_id

        def loaded(classes: list[SchoolClass]) -> None:
            self.class_combo.refill(classes, staff_class_index(classes, staff_id))
            self.load_class()

        self._tasks.run(self.tr("Opening the classes"), lambda _s: school.classes(), loaded)

    def load_class(self) -> None:
        school_class = self.chosen_class()
        if school_class is None:
            return
        service, school, class_id = self.service, self.school, school_class.id

        def load(_state: TaskState) -> tuple[list[Pupil], list[TaskProgress]]:
            return school.pupils(class_id), service.for_class(class_id)

        self._tasks.run(self.tr("Opening the class's home learning"), load, self._show_class, key="load")

    def _show_class(self, found: tuple[list[Pupil], list[TaskProgress]]) -> None:
        pupils, progress = found
        if [p.id for p in pupils] != [p.id for p in self.pupils]:
            self.pupils = pupils
            self.group_list.clear()
            for pupil in pupils:
                item = QListWidgetItem(_name(pupil))
                item.setData(Qt.ItemDataRole.UserRole, pupil.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.group_list.addItem(item)
        chosen = self.task_list.currentRow()
        chosen_id = self.progress[chosen].task.id if 0 <= chosen < len(self.progress) else None
        self.progress = progress
        self.task_list.blockSignals(True)
        self.task_list.clear()
        for shown in progress:
            task = shown.task
            together = self.tr(", together") if task.together else ""
            self.task_list.addItem(
                self.tr("{title} — by {day}{together} — {done} of {total} done").format(
                    title=task.title,
                    day=_day(task.due_on),
                    together=together,
                    done=len(shown.done),
                    total=len(shown.pupils),
                )
            )
        ids = [p.task.id for p in progress]
        self.task_list.setCurrentRow(ids.index(chosen_id) if chosen_id in ids else (0 if ids else -1))
        self.task_list.blockSignals(False)
        self._show_task()

    def _show_task(self) -> None:
        row = self.task_list.currentRow()
        if not 0 <= row < len(self.progress):
            self.detail.setText(self.tr("No home learning set for this class yet."))
            return
        progress = self.progress[row]
        lines = [progress.task.title]
        if progress.task.details:
            lines.append(progress.task.details)
        lines += ["", self.tr("Done ({count}):").format(count=len(progress.done))]
        lines += [f"  ✓ {_name(pupil)} ({_how(back)})" for pupil, back in progress.pupils if back.done] or [
            self.tr("  nobody yet")
        ]
        lines += ["", self.tr("Comments ({count}):").format(count=len(progress.comments))]
        lines += [
            f"  {_name(pupil)}: “{isolate(back.comment)}” — {isolate(back.comment_by)}"
            for pupil, back in progress.comments
        ] or [self.tr("  none yet")]
        lines += ["", self.tr("Not done yet ({count}):").format(count=len(progress.not_done))]
        lines += [f"  {_name(pupil)}" for pupil in progress.not_done] or [self.tr("  everyone has done it")]
        # Each line reads left to right whatever script a name or comment is in.
        self.detail.setText("\n".join(f"{LEFT_TO_RIGHT}{line}" for line in lines))

    # Writing

    def chosen_guidance(self) -> tuple[str, ...]:
        items = (self.guidance_list.item(row) for row in range(self.guidance_list.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.data(Qt.ItemDataRole.UserRole) and item.checkState() == Qt.CheckState.Checked
        )

    def chosen_group(self) -> tuple[str, ...]:
        items = (self.group_list.item(row) for row in range(self.group_list.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_task(self) -> None:
        school_class = self.chosen_class()
        if school_class is None:
            self.message.show_message(self.tr("Choose a class first."), error=True)
            return
        if not self.title_edit.text().strip():
            self.message.show_message(self.tr("Say what the children should do first."), error=True)
            self.title_edit.setFocus()
            return
        picked = self.due_edit.date()
        due = dt.date(picked.year(), picked.month(), picked.day())
        title, details = self.title_edit.text(), self.details_edit.toPlainText()
        minutes, together = self.minutes_spin.value(), self.together_box.isChecked()
        guidance, group = self.chosen_guidance(), self.chosen_group()
        service, class_id = self.service, school_class.id

        def work(_state: TaskState) -> object:
            return service.set_task(class_id, title, due, group, details, minutes, guidance, together)

        def done(_task: object) -> None:
            who = self.tr("{count} pupils").format(count=len(group)) if group else self.tr("the whole class")
            self.message.show_message(
                self.tr("Set “{title}” for {who}.").format(title=title.strip(), who=who)
            )
            self._reset_form()
            self.load_class()

        changes = Changes(frozenset({Topic.ENTRIES}), frozenset(group or (p.id for p in self.pupils)))
        self._tasks.own(changes)
        self._tasks.run(self.tr("Setting home learning"), work, done, changes)

    def _changed_elsewhere(self, changes: Changes) -> None:
        if not self._tasks.from_elsewhere(changes):
            return
        if changes.topics & {Topic.SCHOOL, Topic.PUPILS}:
            self.load_classes()
        elif changes.touches(Topic.ENTRIES):
            self.load_class()

    # Screen

    @property
    def busy(self) -> bool:
        return not self._tasks.idle

    def forget(self) -> None:
        """Drop what the lists and the form show (the app is locking): they name children."""
        self._tasks.closed = True
        self.progress = []
        self.pupils = []
        self.task_list.clear()
        self.group_list.clear()
        self.detail.clear()
        self.title_edit.clear()
        self.details_edit.clear()
        self.message.hide_message()
        self.class_combo.forget()

    def prepare_screenshot(self) -> None:
        """The first class's tasks, the one with the most returns chosen."""
        settle(self.host.runner, lambda: self.busy)
        if self.progress:
            best = max(range(len(self.progress)), key=lambda n: len(self.progress[n].done))
            self.task_list.setCurrentRow(best)


def create(host: ScreenHost) -> Screen:
    return HomeLearningScreen(host)


SCREEN = HomeLearningScreen
