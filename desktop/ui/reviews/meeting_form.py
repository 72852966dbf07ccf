"""The review meeting as the SENCO records it: the day, who came, the family's and the child's views,
each target's progress with its evidence, the decisions, reports brought, and the next targets.

"Views received" lists the answers that came back from home (on paper or in the family app) through a
callable the screen is given; the SENCO reads them there and writes the views into the two text fields,
in the family's and the child's words. The form only gathers what is typed: the service checks it.
"""

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import Target
from desktop.domain.plan_reviews import (
    Attendee,
    AttendeeRole,
    Evidence,
    NextPlan,
    Progress,
    Report,
    ReviewMeeting,
    TargetProgress,
)
from desktop.ui.kit.named import named_button, named_label
from desktop.ui.reviews.target_chart import progress_words

ViewsReceived = Callable[[str], Sequence[object]]
"""Given a plan's id, the views received from home for its review (read on a worker thread)."""


def no_views_received(_agreement_id: str) -> Sequence[object]:
    return ()


def role_words(role: AttendeeRole) -> str:
    return {
        AttendeeRole.FAMILY: QCoreApplication.translate("ReviewMeetingForm", "Family"),
        AttendeeRole.CHILD: QCoreApplication.translate("ReviewMeetingForm", "Child"),
        AttendeeRole.STAFF: QCoreApplication.translate("ReviewMeetingForm", "Staff"),
        AttendeeRole.PROFESSIONAL: QCoreApplication.translate("ReviewMeetingForm", "Outside professional"),
    }[role]


def _text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setAccessibleName(name)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _empty(table: QTableWidget) -> None:
    """Drop every row, and the controls in its cells now rather than at the next turn of the event loop
    (a progress control is named after its target: nothing of a child's may stay after locking)."""
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            widget = table.cellWidget(row, column)
            if widget is not None:
                table.removeCellWidget(row, column)
                widget.setParent(None)
    table.setRowCount(0)


FILE_COLUMN = 3
"""The reports table's column naming the attached file (its item carries the report's file)."""


def size_words(size: int) -> str:
    """A file's size as people read it: 850 bytes, 42 KB, 3.4 MB."""
    if size < 1024:
        return QCoreApplication.translate("ReviewMeetingForm", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("ReviewMeetingForm", "{n} KB").format(n=round(size / 1024))
    return QCoreApplication.translate("ReviewMeetingForm", "{n} MB").format(n=f"{size / 2**20:.1f}")


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class ReviewMeetingForm(QWidget):
    save_requested = Signal()
    attach_requested = Signal()
    open_file_requested = Signal(object)
    """A report (domain Report) whose attached file the SENCO asked to see."""
    report_removed = Signal(object)
    """A report taken off the list (its file, if any, may be let go)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewMeetingForm")
        self._targets: list[Target] = []
        self._evidence: dict[int, list[Evidence]] = {}
        self._choices: list[Evidence] = []

        self.held_on = QDateEdit()
        self.held_on.setObjectName("reviewHeldOn")
        self.held_on.setAccessibleName(self.tr("Day of the review meeting"))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("d MMMM yyyy")

        self.attendees = _table(
            self.tr("Who came"), [self.tr("Name"), self.tr("Came as"), self.tr("Who they are")]
        )
        self.attendees.setObjectName("reviewAttendees")
        self.add_attendee_button = named_button(self.tr("Add a &person"))
        self.add_attendee_button.clicked.connect(lambda: self.add_attendee(Attendee("", AttendeeRole.FAMILY)))
        self.remove_attendee_button = named_button(self.tr("Remove the person"))
        self.remove_attendee_button.clicked.connect(lambda: self._remove_current(self.attendees))

        self.views_received = QListWidget()
        self.views_received.setObjectName("viewsReceived")
        self.views_received.setAccessibleName(self.tr("Views received"))
        self.views_received.setWordWrap(True)
        self.views_received.setMaximumHeight(self.views_received.fontMetrics().lineSpacing() * 6)
        self.family_views = _text_box(self.tr("The family's views"), 3)
        self.family_views.setObjectName("familyViews")
        self.child_views = _text_box(self.tr("The child's views"), 3)
        self.child_views.setObjectName("childViews")

        self.progress = _table(
            self.tr("Progress on each target"), [self.tr("Target"), self.tr("Progress"), self.tr("Note")]
        )
        self.progress.setObjectName("reviewProgress")
        self.progress.currentCellChanged.connect(lambda row, *_: self._show_evidence_for(row))
        self.evidence = QListWidget()
        self.evidence.setObjectName("reviewEvidence")
        self.evidence.setAccessibleName(self.tr("Evidence for the chosen target"))
        self.evidence.itemChanged.connect(self._evidence_ticked)
        self.evidence_caption = named_label(
            self.tr("E&vidence for the chosen target (tick what shows it):"), self.evidence
        )

        self.decisions = _text_box(self.tr("Decisions"), 3)
        self.decisions.setObjectName("reviewDecisions")
        self.reports = _table(
            self.tr("Reports brought"),
            [self.tr("Report"), self.tr("By"), self.tr("In short"), self.tr("File attached")],
        )
        self.reports.setObjectName("reviewReports")
        report_header = self.reports.horizontalHeader()
        report_header.setStretchLastSection(False)
        for column in (0, 2):
            report_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.reports.setWordWrap(False)
        self.reports.currentCellChanged.connect(lambda *_: self._report_chosen())
        self.add_report_button = named_button(self.tr("Add a re&port"))
        self.add_report_button.clicked.connect(lambda: self.add_report(Report("", "", "")))
        self.attach_report_button = named_button(self.tr("A&ttach a report…"))
        self.attach_report_button.setObjectName("attachReport")
        self.attach_report_button.setToolTip(
            self.tr("Keep a copy of a report: a PDF, or a scan (PNG or JPEG)")
        )
        self.attach_report_button.clicked.connect(self.attach_requested)
        self.open_report_button = named_button(self.tr("Open the file"))
        self.open_report_button.setObjectName("openReportFile")
        self.open_report_button.clicked.connect(self._open_chosen_file)
        self.remove_report_button = named_button(self.tr("Remove the report"))
        self.remove_report_button.setObjectName("removeReport")
        self.remove_report_button.clicked.connect(self._remove_chosen_report)

        self.next_targets = _text_box(self.tr("Next targets, one a line"), 4)
        self.next_targets.setObjectName("nextTargets")
        self.set_next_review = QCheckBox(self.tr("Set the next review's &date (otherwise one term on)"))
        self.set_next_review.setObjectName("setNextReview")
        self.set_next_review.setAccessibleName(self.tr("Set the next review's date"))
        self.next_review = QDateEdit()
        self.next_review.setObjectName("nextReview")
        self.next_review.setAccessibleName(self.tr("Next review"))
        self.next_review.setCalendarPopup(True)
        self.next_review.setDisplayFormat("d MMMM yyyy")
        self.next_review.setEnabled(False)
        self.set_next_review.toggled.connect(self.next_review.setEnabled)
        self.change_note = QLineEdit()
        self.change_note.setObjectName("reviewChangeNote")
        self.change_note.setAccessibleName(self.tr("What changes in the next version"))
        self.save_button = named_button(self.tr("&Save the review and make the next version"))
        self.save_button.setObjectName("saveReview")
        self.save_button.clicked.connect(self.save_requested)

        meeting = QGroupBox(self.tr("The meeting"))
        meeting_form = QFormLayout(meeting)
        meeting_form.addRow(named_label(self.tr("&Held on:"), self.held_on), self.held_on)
        meeting_form.addRow(named_label(self.tr("Who &came:"), self.attendees), self.attendees)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_attendee_button)
        buttons.addWidget(self.remove_attendee_button)
        buttons.addStretch(1)
        meeting_form.addRow("", buttons)

        views = self.views_group = QGroupBox(self.tr("Views"))
        views_layout = QFormLayout(views)
        views_layout.addRow(
            named_label(self.tr("Views &received:"), self.views_received), self.views_received
        )
        views_layout.addRow(
            named_label(self.tr("The &family's views:"), self.family_views), self.family_views
        )
        views_layout.addRow(named_label(self.tr("The c&hild's views:"), self.child_views), self.child_views)

        progress = QGroupBox(self.tr("Progress"))
        progress_layout = QVBoxLayout(progress)
        progress_layout.addWidget(self.progress)
        progress_layout.addWidget(self.evidence_caption)
        progress_layout.addWidget(self.evidence)

        outcome = QGroupBox(self.tr("Decisions and the next version"))
        outcome_form = QFormLayout(outcome)
        outcome_form.addRow(named_label(self.tr("&Decisions:"), self.decisions), self.decisions)
        outcome_form.addRow(named_label(self.tr("Reports:"), self.reports), self.reports)
        report_buttons = QHBoxLayout()
        for button in (
            self.add_report_button,
            self.attach_report_button,
            self.open_report_button,
            self.remove_report_button,
        ):
            report_buttons.addWidget(button)
        report_buttons.addStretch(1)
        outcome_form.addRow("", report_buttons)
        outcome_form.addRow(named_label(self.tr("&Next targets:"), self.next_targets), self.next_targets)
        outcome_form.addRow(self.set_next_review, self.next_review)
        outcome_form.addRow(named_label(self.tr("What c&hanges:"), self.change_note), self.change_note)

        layout = QVBoxLayout(self)
        layout.addWidget(meeting)
        layout.addWidget(views)
        layout.addWidget(progress)
        layout.addWidget(outcome)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self._report_chosen()

    # Filling

    def start(
        self,
        targets: Sequence[Target],
        choices: Sequence[Evidence],
        attendees: Sequence[Attendee],
        today: dt.date,
        next_review: dt.date,
    ) -> None:
        """A blank review of the version in force: every target listed for its progress, and carried
        into the next targets for the SENCO to keep, change or remove."""
        self.clear()
        self._targets = list(targets)
        self._choices = list(choices)
        self.held_on.setMaximumDate(QDate(today))
        self.held_on.setDate(QDate(today))
        self.next_review.setDate(QDate(next_review))
        for attendee in attendees:
            self.add_attendee(attendee)
        for target in self._targets:
            self._add_progress_row(target.text)
        self.next_targets.setPlainText("\n".join(t.text for t in self._targets))
        self._show_evidence_for(0)

    def show_views_received(self, views: Sequence[object], describe: Callable[[object], str] = str) -> None:
        self.views_received.clear()
        if not views:
            item = QListWidgetItem(self.tr("None received yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.views_received.addItem(item)
            return
        for view in views:
            self.views_received.addItem(describe(view))

    def add_attendee(self, attendee: Attendee) -> None:
        row = self.attendees.rowCount()
        self.attendees.insertRow(row)
        self.attendees.setItem(row, 0, QTableWidgetItem(attendee.name))
        role = QComboBox()
        role.setAccessibleName(self.tr("Came as"))
        for choice in AttendeeRole:
            role.addItem(role_words(choice), choice)
        role.setCurrentIndex(role.findData(attendee.role))
        self.attendees.setCellWidget(row, 1, role)
        self.attendees.setItem(row, 2, QTableWidgetItem(attendee.detail))

    def add_report(self, report: Report, size: int | None = None) -> None:
        """A report on the list; one with a file shows the file's name (and size, when known)."""
        row = self.reports.rowCount()
        self.reports.insertRow(row)
        for column, value in enumerate((report.title, report.author, report.summary)):
            self.reports.setItem(row, column, QTableWidgetItem(value))
        shown = ""
        if report.attachment_id:
            shown = report.filename
            if size is not None:
                shown = self.tr("{name} ({size})").format(name=report.filename, size=size_words(size))
        item = QTableWidgetItem(shown)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, (report.attachment_id, report.filename))
        self.reports.setItem(row, FILE_COLUMN, item)
        self.reports.setCurrentCell(row, 0)
        self._report_chosen()

    def report_at(self, row: int) -> Report:
        """The report on one row of the list, as typed, with its file."""
        item = self.reports.item(row, FILE_COLUMN)
        attachment_id, filename = item.data(Qt.ItemDataRole.UserRole) if item is not None else ("", "")
        return Report(
            _cell(self.reports, row, 0),
            _cell(self.reports, row, 1),
            _cell(self.reports, row, 2),
            attachment_id,
            filename,
        )

    def _report_chosen(self) -> None:
        row = self.reports.currentRow()
        chosen = 0 <= row < self.reports.rowCount()
        self.remove_report_button.setEnabled(chosen)
        self.open_report_button.setEnabled(chosen and bool(self.report_at(row).attachment_id))

    def _open_chosen_file(self) -> None:
        row = self.reports.currentRow()
        if 0 <= row < self.reports.rowCount() and self.report_at(row).attachment_id:
            self.open_file_requested.emit(self.report_at(row))

    def _remove_chosen_report(self) -> None:
        row = self.reports.currentRow()
        if not 0 <= row < self.reports.rowCount():
            return
        report = self.report_at(row)
        self.reports.removeRow(row)
        self._report_chosen()
        self.report_removed.emit(report)

    def set_progress(
        self, target: str, progress: Progress, evidence: Sequence[Evidence] = (), note: str = ""
    ) -> None:
        row = next(n for n, t in enumerate(self._targets) if t.text == target)
        combo = self.progress.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(progress))
        self.progress.setItem(row, 2, QTableWidgetItem(note))
        self._evidence[row] = list(evidence)
        self._show_evidence_for(self.progress.currentRow() if self.progress.currentRow() >= 0 else 0)

    def _add_progress_row(self, target: str) -> None:
        row = self.progress.rowCount()
        self.progress.insertRow(row)
        item = QTableWidgetItem(target)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.progress.setItem(row, 0, item)
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Progress on: {target}").format(target=target))
        combo.addItem(self.tr("Choose…"), None)
        for progress in (Progress.MET, Progress.PARTLY, Progress.NOT_YET):
            combo.addItem(progress_words(progress), progress)
        self.progress.setCellWidget(row, 1, combo)
        self.progress.setItem(row, 2, QTableWidgetItem(""))

    def _show_evidence_for(self, row: int) -> None:
        self.evidence.blockSignals(True)
        self.evidence.clear()
        chosen = self._evidence.get(row, [])
        for choice in self._choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice in chosen else Qt.CheckState.Unchecked)
            self.evidence.addItem(item)
        self.evidence.blockSignals(False)
        target = self._targets[row].text if 0 <= row < len(self._targets) else ""
        self.evidence.setAccessibleDescription(target)

    def _evidence_ticked(self, item: QListWidgetItem) -> None:
        row = max(0, self.progress.currentRow())
        choice = item.data(Qt.ItemDataRole.UserRole)
        chosen = self._evidence.setdefault(row, [])
        if item.checkState() == Qt.CheckState.Checked and choice not in chosen:
            chosen.append(choice)
        elif item.checkState() != Qt.CheckState.Checked and choice in chosen:
            chosen.remove(choice)

    @staticmethod
    def _remove_current(table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    # Reading

    def meeting(self) -> ReviewMeeting:
        attendees = []
        for row in range(self.attendees.rowCount()):
            combo = self.attendees.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            attendees.append(
                Attendee(_cell(self.attendees, row, 0), combo.currentData(), _cell(self.attendees, row, 2))
            )
        progress = []
        for row, target in enumerate(self._targets):
            combo = self.progress.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            if combo.currentData() is None:
                continue  # the service names the target still without its progress
            progress.append(
                TargetProgress(
                    target.text,
                    combo.currentData(),
                    tuple(self._evidence.get(row, [])),
                    _cell(self.progress, row, 2),
                )
            )
        reports = tuple(
            self.report_at(row)
            for row in range(self.reports.rowCount())
            if any(_cell(self.reports, row, c) for c in range(3)) or self.report_at(row).attachment_id
        )
        return ReviewMeeting(
            held_on=self.held_on.date().toPython(),  # type: ignore[arg-type]
            attendees=tuple(attendees),
            family_views=self.family_views.toPlainText(),
            child_views=self.child_views.toPlainText(),
            progress=tuple(progress),
            decisions=self.decisions.toPlainText().strip(),
            reports=reports,
        )

    def next_plan(self) -> NextPlan:
        texts = [line.strip() for line in self.next_targets.toPlainText().splitlines() if line.strip()]
        return NextPlan(
            targets=tuple(Target(text) for text in texts),
            review_date=self.next_review.date().toPython() if self.set_next_review.isChecked() else None,  # type: ignore[arg-type]
            change_note=self.change_note.text(),
        )

    def clear(self) -> None:
        self._targets = []
        self._choices = []
        self._evidence = {}
        _empty(self.attendees)
        _empty(self.progress)
        _empty(self.reports)
        self._report_chosen()
        self.evidence.clear()
        self.evidence.setAccessibleDescription("")
        self.views_received.clear()
        for box in (self.family_views, self.child_views, self.decisions, self.next_targets):
            box.clear()
        self.change_note.clear()
        self.set_next_review.setChecked(False)
