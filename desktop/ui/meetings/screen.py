"""The meetings screen: a class's meetings, the times offered, who booked which, clashes, who has not.

The teacher offers a meeting's times, sees the booking grid (a time two families booked at once is a
clash, in red, with what to do), books a time for a family who phoned, files a returned paper slip by its
typed code (the times ticked on the slip chosen in the grid: the first one still free is booked), prints
booking slips and reminders in each family's language, and says who came (into the contact log).
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.languages import LANGUAGES
from desktop.domain.meetings import BookedBy, BookingGrid, Meeting
from desktop.domain.school import SchoolClass
from desktop.services.meetings import MeetingService
from desktop.services.school import SchoolService
from desktop.ui.item_list import ItemList
from desktop.ui.kit.class_picker import ClassPicker
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.named import named_button, named_label
from desktop.ui.kit.settle import settle
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.screens import Screen, ScreenHost
from desktop.ui.tasks import TaskState
from desktop.ui.translate import QT_TRANSLATE_NOOP

HOW = {
    BookedBy.APP: QT_TRANSLATE_NOOP("MeetingsScreen", "app"),
    BookedBy.PAPER: QT_TRANSLATE_NOOP("MeetingsScreen", "paper slip"),
    BookedBy.STAFF: QT_TRANSLATE_NOOP("MeetingsScreen", "by staff"),
}
CLASH = QColor("#fde7e9")
BOOKED = QColor("#e6f2e6")


def _how(booked_by: BookedBy) -> str:
    return QCoreApplication.translate("MeetingsScreen", HOW[booked_by])


class MeetingsScreen(Screen):
    screenshot_name = "meetings-booking-grid"

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsScreen")
        self.host = host
        self.service = MeetingService(host.context)
        self._tasks = ScreenTasks(host.runner, lambda text: self.message.show_message(text, error=True), self)
        self.grid: BookingGrid | None = None
        self._meetings: list[Meeting] = []
        self._note = ""
        self._build()
        self.load_classes()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("MeetingsScreen", "Meetings")

    # Building

    def _build(self) -> None:
        self.class_box = ClassPicker("meetingsClass", self.tr("Class"))
        self.class_box.currentIndexChanged.connect(lambda _i: self.load_meetings())
        self.meeting_box = QComboBox()
        self.meeting_box.setObjectName("meetingsMeeting")
        self.meeting_box.setAccessibleName(self.tr("Meeting"))
        self.meeting_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_box.currentIndexChanged.connect(lambda _i: self.load_grid())
        top = QHBoxLayout()
        top.addWidget(named_label(self.tr("&Class"), self.class_box))
        top.addWidget(self.class_box)
        top.addWidget(named_label(self.tr("&Meeting"), self.meeting_box))
        top.addWidget(self.meeting_box, 1)

        self.offer_box = QGroupBox(self.tr("Offer a meeting"))
        self.title_edit = QLineEdit(self.tr("Parents' evening"))
        self.title_edit.setAccessibleName(self.tr("Meeting title"))
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setAccessibleName(self.tr("Day of the meeting"))
        self.first_edit = QTimeEdit(QTime(15, 30))
        self.first_edit.setAccessibleName(self.tr("First time"))
        self.last_edit = QTimeEdit(QTime(18, 0))
        self.last_edit.setAccessibleName(self.tr("Last time ends"))
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(5, 120)
        self.minutes_box.setValue(10)
        self.minutes_box.setSuffix(self.tr(" min"))
        self.minutes_box.setAccessibleName(self.tr("Minutes each"))
        self.room_edit = QLineEdit()
        self.room_edit.setAccessibleName(self.tr("Room"))
        self.interpreter_box = QComboBox()
        self.interpreter_box.setAccessibleName(self.tr("Interpreter available for"))
        self.interpreter_box.addItem(self.tr("No interpreter"), "")
        for code, known in sorted(LANGUAGES.items(), key=lambda item: item[1].english_name):
            if code != "ENG":
                self.interpreter_box.addItem(f"{known.english_name} ({known.native_name})", code)
        self.offer_button = named_button(self.tr("&Offer these times"))
        self.offer_button.clicked.connect(self.offer)
        offer_row = QHBoxLayout(self.offer_box)
        for caption, widget in (
            (self.tr("&Title"), self.title_edit),
            (self.tr("&Day"), self.day_edit),
            (self.tr("&From"), self.first_edit),
            (self.tr("&Until"), self.last_edit),
            (self.tr("&Each"), self.minutes_box),
            (self.tr("&Room"), self.room_edit),
            (self.tr("&Interpreter"), self.interpreter_box),
        ):
            offer_row.addWidget(named_label(caption, widget))
            offer_row.addWidget(widget)
        offer_row.addWidget(self.offer_button)

        self.summary = QLabel()
        self.summary.setObjectName("meetingsSummary")
        self.summary.setAccessibleName(self.tr("Bookings"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setBold(True)
        self.summary.setFont(font)
        self.message = MessageBar("meetingsMessage", self.tr("Message"))

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("meetingsGrid")
        self.table.setAccessibleName(self.tr("Booking grid"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Booked by the family of"), self.tr("How"), self.tr("Came")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Booking grid columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.not_booked = ItemList()
        self.not_booked.setObjectName("meetingsNotBooked")
        self.not_booked.setAccessibleName(self.tr("Not booked yet"))
        self.not_booked_caption = named_label(self.tr("&Not booked yet"), self.not_booked)
        self.book_button = named_button(self.tr("&Book the selected time for this family"))
        self.book_button.clicked.connect(self.book_for_family)
        right = QVBoxLayout()
        right.addWidget(self.not_booked_caption)
        right.addWidget(self.not_booked, 1)
        right.addWidget(self.book_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addLayout(right, 1)

        self.came_button = named_button(self.tr("C&ame"))
        self.came_button.clicked.connect(lambda: self.attendance(True))
        self.missed_button = named_button(self.tr("Did &not come"))
        self.missed_button.clicked.connect(lambda: self.attendance(False))
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("meetingsSlipCode")
        self.code_edit.setPlaceholderText("26W47-K7QF-2XM9")
        self.code_edit.setAccessibleName(self.tr("Code of a returned booking slip"))
        self.file_button = named_button(self.tr("&File the slip (times ticked selected above)"))
        self.file_button.clicked.connect(self.file_slip)
        self.slips_button = named_button(self.tr("Print booking &slips…"))
        self.slips_button.clicked.connect(self.print_slips)
        self.reminders_button = named_button(self.tr("Print re&minders…"))
        self.reminders_button.clicked.connect(self.print_reminders)
        bottom = QHBoxLayout()
        bottom.addWidget(self.came_button)
        bottom.addWidget(self.missed_button)
        bottom.addSpacing(18)
        bottom.addWidget(named_label(self.tr("Returned slip's c&ode"), self.code_edit))
        bottom.addWidget(self.code_edit)
        bottom.addWidget(self.file_button)
        bottom.addStretch(1)
        bottom.addWidget(self.slips_button)
        bottom.addWidget(self.reminders_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.offer_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        soon = self.host.context.today() + dt.timedelta(days=7)
        self.day_edit.setDate(QDate(soon.year, soon.month, soon.day))

    def showEvent(self, event: QShowEvent) -> None:
        """Bookings arrive by sync while the screen is hidden: read them again when it is shown."""
        super().showEvent(event)
        if not self._tasks.closed and self.chosen_meeting() is not None:
            self.load_grid()

    # Loading

    def load_classes(self) -> None:
        school = SchoolService(self.host.context)

        def work(_state: TaskState) -> list[SchoolClass]:
            return school.classes()

        def done(classes: list[SchoolClass]) -> None:
            self.class_box.refill(classes)
            self.load_meetings()

        self._tasks.run(self.tr("Loading classes"), work, done)

    def load_meetings(self, choose: str | None = None) -> None:
        school_class = self.class_box.chosen()
        if school_class is None:
            self._show_meetings([], None)
            return
        service, class_id = self.service, school_class.id

        def work(_state: TaskState) -> list[Meeting]:
            return service.meetings(class_id)

        self._tasks.run(self.tr("Loading meetings"), work, lambda found: self._show_meetings(found, choose))

    def _show_meetings(self, meetings: list[Meeting], choose: str | None) -> None:
        self._meetings = meetings
        blocked = self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        for meeting in meetings:
            self.meeting_box.addItem(f"{meeting.title}, {meeting.day:%a %d %b %Y}", meeting.id)
        index = self.meeting_box.findData(choose) if choose else len(meetings) - 1
        self.meeting_box.setCurrentIndex(max(index, 0) if meetings else -1)
        self.meeting_box.blockSignals(blocked)
        self.load_grid()

    def chosen_meeting(self) -> str | None:
        data = self.meeting_box.currentData()
        return data if isinstance(data, str) else None

    def load_grid(self) -> None:
        meeting_id = self.chosen_meeting()
        if meeting_id is None:
            self._show_grid(None)
            return
        service = self.service

        def work(_state: TaskState) -> BookingGrid:
            return service.grid(meeting_id)

        self._tasks.run(self.tr("Loading the bookings"), work, self._show_grid)

    def _show_grid(self, grid: BookingGrid | None) -> None:
        self.grid = grid
        self.table.setRowCount(0)
        self.not_booked.clear()
        if grid is None:
            self.summary.setText(self.tr("No meeting offered to this class yet: offer one above."))
            return
        meeting = grid.meeting
        rows = grid.rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            names = ", ".join(name for name, _b in row.pupils)
            how = ", ".join(_how(b.booked_by) for _n, b in row.pupils)
            came = ", ".join(
                "" if b.attended is None else (self.tr("yes") if b.attended else self.tr("no"))
                for _n, b in row.pupils
            ).strip(", ")
            if row.clash:
                names = self.tr("Clash: {names}").format(names=names)
            cells = (row.slot.label, names, how, came)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.clash:
                    item.setBackground(QBrush(CLASH))
                elif row.pupils:
                    item.setBackground(QBrush(BOOKED))
                self.table.setItem(number, column, item)
        for pupil_id, name in grid.not_booked:
            self.not_booked.add(name, pupil_id)
        booked = sum(len(r.pupils) for r in rows)
        interpreter = LANGUAGES.get(meeting.interpreter_language)
        where = ", ".join(
            x
            for x in (
                meeting.room,
                self.tr("interpreter for {language}").format(language=interpreter.english_name)
                if interpreter
                else "",
            )
            if x
        )
        self.summary.setText(
            self.tr(
                "{title}, {day}{where}: {booked} booked, {missing} not booked, clashes: {clashes}"
            ).format(
                title=meeting.title,
                day=f"{meeting.day:%A %d %B}",
                where=f" ({where})" if where else "",
                booked=booked,
                missing=len(grid.not_booked),
                clashes=len(grid.clashes) + len(grid.sibling_clashes),
            )
        )
        problems = [
            self.tr("{time} is booked by {count} families: keep one and call the others to move.").format(
                time=r.slot.label, count=len(r.pupils)
            )
            for r in grid.clashes
        ]
        problems += list(grid.sibling_clashes)
        done, self._note = self._note, ""
        if problems:
            self.message.show_message(" ".join(([done] if done else []) + problems), error=True)
        elif done:
            self.message.show_message(done)
        else:
            self.message.hide_message()

    # Acting

    def offer(self) -> None:
        school_class = self.class_box.chosen()
        if school_class is None:
            self.message.show_message(self.tr("Choose a class first."), error=True)
            return
        service = self.service
        title, room = self.title_edit.text(), self.room_edit.text()
        day = self.day_edit.date().toPython()
        first = self.first_edit.time().toPython()
        last = self.last_edit.time().toPython()
        minutes = self.minutes_box.value()
        interpreter = str(self.interpreter_box.currentData() or "")
        assert isinstance(day, dt.date) and isinstance(first, dt.time) and isinstance(last, dt.time)
        class_id = school_class.id

        def work(_state: TaskState) -> Meeting:
            return service.offer(class_id, title, day, first, last, minutes, room, interpreter)

        def done(meeting: Meeting) -> None:
            self._note = self.tr("{count} times offered.").format(count=len(meeting.slots))
            self.load_meetings(meeting.id)

        self._tasks.run(self.tr("Offering the meeting"), work, done)

    def _selected_slots(self) -> list[str]:
        if self.grid is None:
            return []
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.grid.rows[r].slot.id for r in rows if r < len(self.grid.rows)]

    def book_for_family(self) -> None:
        grid, slots = self.grid, self._selected_slots()
        row = self.not_booked.currentRow()
        if grid is None or not slots or row < 0:
            self.message.show_message(
                self.tr("Choose a family under “Not booked yet” and one time in the grid."), error=True
            )
            return
        pupil_id = grid.not_booked[row][0]
        service, meeting_id, slot_id = self.service, grid.meeting.id, slots[0]

        def work(_state: TaskState) -> object:
            return service.book(meeting_id, pupil_id, slot_id, "", BookedBy.STAFF)

        self._tasks.run(self.tr("Booking"), work, lambda _r: self._after(self.tr("Booked.")))

    def _after(self, text: str) -> None:
        """Read the grid again and then say what was done (the grid's own problems follow it)."""
        self._note = text
        self.load_grid()

    def file_slip(self) -> None:
        grid, code, slots = self.grid, self.code_edit.text(), self._selected_slots()
        if grid is None:
            return
        service, meeting_id = self.service, grid.meeting.id

        def work(_state: TaskState) -> tuple[str, str] | None:
            match = service.open_slip(code)
            if meeting_id not in {m.id for m in match.meetings}:
                return None
            booking = service.file_slip(meeting_id, match.pupil.id, slots, "")
            slot = grid.meeting.slot(booking.slot_id)
            return match.pupil.display_name, slot.label if slot else ""

        def done(filed: tuple[str, str] | None) -> None:
            if filed is None:
                self.message.show_message(
                    self.tr("That slip is for another meeting; choose it above first. Nothing was booked."),
                    error=True,
                )
                return
            self.code_edit.clear()
            name, time = filed
            self._after(self.tr("{name} booked at {time} from the paper slip.").format(name=name, time=time))

        self._tasks.run(self.tr("Filing the booking slip"), work, done)

    def attendance(self, came: bool) -> None:
        grid, slots = self.grid, self._selected_slots()
        if grid is None or len(slots) != 1:
            self.message.show_message(self.tr("Select one booked time in the grid."), error=True)
            return
        row = next(r for r in grid.rows if r.slot.id == slots[0])
        if len(row.pupils) != 1:
            self.message.show_message(
                self.tr("Select a time booked by one family (settle a clash first)."), error=True
            )
            return
        service, meeting_id, pupil_id = self.service, grid.meeting.id, row.pupils[0][1].pupil_id

        def work(_state: TaskState) -> object:
            return service.record_attendance(meeting_id, pupil_id, came)

        self._tasks.run(
            self.tr("Recording attendance"), work, lambda _r: self._after(self.tr("Kept in the contact log."))
        )

    def _print(self, label: str, make: str) -> None:
        grid = self.grid
        if grid is None:
            return
        service, meeting_id = self.service, grid.meeting.id

        def work(_state: TaskState) -> bytes:
            if make == "slips":
                return service.print_booking_slips(meeting_id, [p for p, _n in grid.not_booked] or None)
            return service.print_reminders(meeting_id)

        def done(pdf: bytes) -> None:
            self.preview = PrintPreviewDialog(pdf, label, self)
            self.preview.open()

        self._tasks.run(label, work, done)

    def print_slips(self) -> None:
        self._print(self.tr("Booking slips"), "slips")

    def print_reminders(self) -> None:
        self._print(self.tr("Reminders"), "reminders")

    # Screen

    @property
    def busy(self) -> bool:
        return not self._tasks.idle

    def forget(self) -> None:
        self._tasks.closed = True
        self.grid = None
        self._meetings = []
        self.class_box.forget()
        blocked = self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        self.meeting_box.blockSignals(blocked)
        self.table.setRowCount(0)
        self.not_booked.clear()
        self.summary.clear()
        self.code_edit.clear()
        self.message.hide_message()

    def prepare_screenshot(self) -> None:
        """The class with a parents' evening that has bookings, a clash and families not booked."""
        settle(self.host.runner, lambda: self.busy)
        for index in range(self.class_box.count()):
            if self.grid is not None and self.grid.clashes:
                break
            self.class_box.setCurrentIndex(index)
            settle(self.host.runner, lambda: self.busy)


def create(host: ScreenHost) -> Screen:
    return MeetingsScreen(host)


SCREEN = MeetingsScreen
