"""Families not reached: each family of a class (or, for the admin, the whole school) with its last
two-way contact, those not reached in the school's number of school days at the top, why, and what to
try next."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.languages import LANGUAGES
from desktop.domain.reach import FamilyReach, NextStep, ReachChannel, Reason
from desktop.domain.school import SchoolClass, StaffRole
from desktop.services.reach import ReachService
from desktop.ui.accessibility import name_spin_box
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskState
from desktop.ui.translate import QT_TRANSLATE_NOOP

CHANNELS: dict[ReachChannel, str] = {
    ReachChannel.APP: QT_TRANSLATE_NOOP("ReachView", "in the app"),
    ReachChannel.PAPER: QT_TRANSLATE_NOOP("ReachView", "paper page back"),
    ReachChannel.LOGGED: QT_TRANSLATE_NOOP("ReachView", "call, visit or message"),
    ReachChannel.MEETING: QT_TRANSLATE_NOOP("ReachView", "meeting"),
}
REASONS: dict[Reason, str] = {
    Reason.NEVER: QT_TRANSLATE_NOOP("ReachView", "Nothing has come back from this family yet"),
    Reason.NO_DEVICE_NO_PAPER: QT_TRANSLATE_NOOP("ReachView", "No device, and no paper back in four weeks"),
    Reason.APP_UNOPENED: QT_TRANSLATE_NOOP("ReachView", "Joined the app, unopened for three weeks"),
    Reason.SILENT: QT_TRANSLATE_NOOP("ReachView", "Nothing back on any channel"),
}
STEPS: dict[NextStep, str] = {
    NextStep.CALL_WITH_INTERPRETER: QT_TRANSLATE_NOOP("ReachView", "Call in {language} with an interpreter"),
    NextStep.LARGE_PRINT_PACK: QT_TRANSLATE_NOOP("ReachView", "Send a large-print pack"),
    NextStep.HOME_VISIT: QT_TRANSLATE_NOOP("ReachView", "Arrange a home visit"),
    NextStep.PHONE_CALL: QT_TRANSLATE_NOOP("ReachView", "Phone the family"),
    NextStep.PAPER_PACK: QT_TRANSLATE_NOOP("ReachView", "Send the week home on paper"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("ReachView", "Pupil"),
    QT_TRANSLATE_NOOP("ReachView", "Class"),
    QT_TRANSLATE_NOOP("ReachView", "Last heard from"),
    QT_TRANSLATE_NOOP("ReachView", "School days"),
    QT_TRANSLATE_NOOP("ReachView", "Why"),
    QT_TRANSLATE_NOOP("ReachView", "Next step"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ReachView", text)


def step_words(reach: FamilyReach) -> str:
    if reach.next_step is None:
        return ""
    language = LANGUAGES.get(reach.interpreter_language)
    return _t(STEPS[reach.next_step]).format(language=language.english_name if language else "")


class ReachView(QWidget):
    """The reach table of one class, or of the school for the admin."""

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reachView")
        self.host = host
        self.service = ReachService(host.context)
        self._tasks = ScreenTasks(
            host.runner, lambda text: self.message_label.show_message(text, error=True), self
        )
        self._class: SchoolClass | None = None
        self._rows: list[FamilyReach] = []
        self._loaded_days = False
        self._build()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("reachSummary")
        self.summary.setAccessibleName(self.tr("Families not reached"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setBold(True)
        self.summary.setFont(font)
        self.days_box = QSpinBox()
        self.days_box.setObjectName("reachDays")
        self.days_box.setRange(1, 200)
        self.days_box.setValue(10)
        name_spin_box(self.days_box, self.tr("School days without contact"))
        self.days_box.valueChanged.connect(lambda _v: self.load())
        days_caption = QLabel(self.tr("Not reached in &school days:"))
        days_caption.setAccessibleName(self.tr("School days (caption)"))
        days_caption.setBuddy(self.days_box)
        self.school_box = QCheckBox(self.tr("&Whole school"))
        self.school_box.setObjectName("reachWholeSchool")
        self.school_box.setAccessibleName(self.tr("Whole school"))
        self.school_box.setToolTip(self.tr("Every class's families (the head and the family liaison)"))
        self.school_box.setVisible(self.host.context.actor.role is StaffRole.ADMIN)
        self.school_box.toggled.connect(lambda _on: self.load())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.school_box)
        top.addWidget(days_caption)
        top.addWidget(self.days_box)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("reachTable")
        self.table.setAccessibleName(self.tr("Families and their last contact"))
        self.table.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Reach columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)

        self.message_label = MessageBar("reachMessage", self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)

    def show_class(self, school_class: SchoolClass | None) -> None:
        self._class = school_class
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        if self._tasks.closed:
            return
        whole = self.school_box.isVisible() and self.school_box.isChecked()
        class_id = None if whole else (self._class.id if self._class else None)
        if class_id is None and not whole:
            self._show([])
            return
        service = self.service
        days = self.days_box.value() if self._loaded_days else None

        def work(_state: TaskState) -> tuple[list[FamilyReach], int]:
            chosen = days if days is not None else service.reach_days()
            return service.reach(class_id, chosen), chosen

        def done(result: tuple[list[FamilyReach], int]) -> None:
            rows, chosen = result
            if not self._loaded_days:
                self._loaded_days = True
                self.days_box.blockSignals(True)
                self.days_box.setValue(chosen)
                self.days_box.blockSignals(False)
            self._show(rows)

        self._tasks.run(self.tr("Finding families not reached"), work, done)

    def _show(self, rows: list[FamilyReach]) -> None:
        self._rows = rows
        self.message_label.hide_message()
        self.table.setRowCount(len(rows))
        alert = QBrush(QColor("#fde7e9"))
        for row, reach in enumerate(rows):
            when = f"{reach.last_contact:%a %d %b}" if reach.last_contact else self.tr("never")
            if reach.channel is not None:
                when = f"{when} ({_t(CHANNELS[reach.channel])})"
            since = "" if reach.school_days_since is None else str(reach.school_days_since)
            cells = (
                reach.pupil_name,
                reach.class_name,
                when,
                since,
                "; ".join(_t(REASONS[r]) for r in reach.reasons),
                step_words(reach),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not reach.reached:
                    item.setBackground(alert)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        missing = sum(1 for r in rows if not r.reached)
        self.summary.setText(
            self.tr("{missing} of {total} families not reached in {days} school days").format(
                missing=missing, total=len(rows), days=self.days_box.value()
            )
            if rows
            else ""
        )

    def shown_names(self) -> list[str]:
        items = (self.table.item(r, 0) for r in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]

    @property
    def busy(self) -> bool:
        return not self._tasks.idle

    def forget(self) -> None:
        self._tasks.closed = True
        self._rows = []
        self._class = None
        self.table.setRowCount(0)
        self.summary.clear()
        self.message_label.hide_message()
