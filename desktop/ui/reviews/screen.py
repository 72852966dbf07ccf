"""The SENCO's plan reviews: every support plan with where it stands in its cycle, and for the one chosen,
its assessment, its review meeting and its history.

On the left, the plans, those due soonest first (overdue ones tinted and saying so in words). On the
right, three tabs: "Assess" (what is working and what is not, with evidence), "Review meeting" (who
came, the views, each target's progress with evidence, decisions, the next targets, which become the
plan's next version), "History" (the line of versions and reviews, and each target's progress charted).
Views that came back from home are shown in the meeting's "Views received" list, fed by the callable
the screen is given (none by default).
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import VersionStatus
from desktop.domain.plan_reviews import (
    Attendee,
    AttendeeRole,
    CycleStage,
    Evidence,
    Progress,
    Report,
    one_term_after,
)
from desktop.domain.pupils import SenStatus
from desktop.services.context import ServiceContext
from desktop.services.plan_reviews import PlanCycle, PlanReviewService, PlanSummary
from desktop.services.review_reports import ReviewReportFiles
from desktop.services.review_views import ReviewViewsService
from desktop.services.school import SchoolService
from desktop.ui.agreements import words
from desktop.ui.families.contact_form import RELATIONSHIPS
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.named import named_button, named_label
from desktop.ui.kit.rows import RowTableModel, row_table
from desktop.ui.kit.settle import settle
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.reviews.assess_form import AssessmentForm
from desktop.ui.reviews.history import PlanHistoryPane
from desktop.ui.reviews.meeting_form import ReviewMeetingForm, ViewsReceived, no_views_received
from desktop.ui.reviews.plan_list import due_words, plan_rows, stage_words
from desktop.ui.reviews.report_viewer import report_viewer
from desktop.ui.reviews.views_words import describe_views
from desktop.ui.screens import Screen, ScreenHost
from desktop.ui.tasks import Changes, TaskRunner, TaskState, Topic


@dataclass(frozen=True, slots=True)
class OpenPlan:
    """What the right-hand side shows of one plan, read in one task."""

    cycle: PlanCycle
    pupil_name: str
    choices: list[Evidence]
    views: Sequence[object]
    attendees: list[Attendee]
    next_review: dt.date
    ehcp: bool
    """The pupil has an EHC plan: the annual review pack can be printed."""


class PlanReviewsScreen(Screen):
    screenshot_name = "plan-review"

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        views_received: ViewsReceived = no_views_received,
        describe_view: Callable[[object], str] = str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planReviewsScreen")
        self.context = context
        self.runner = runner
        self.service = PlanReviewService(context)
        self._views_received = views_received
        self._describe_view = describe_view
        self.opened: OpenPlan | None = None

        self.message = MessageBar(
            "planReviewMessage",
            self.tr("Message"),
            "background: #eef4fb; border: 1px solid #b9cde5; border-radius: 4px; padding: 6px;",
        )
        self._tasks = ScreenTasks(runner, lambda text: self.message.show_message(text, error=True), self)
        self.plan_model = RowTableModel(
            [self.tr("Pupil"), self.tr("Stage"), self.tr("Next review"), self.tr("Plan")], self
        )
        self.plan_view = row_table(self.tr("Support plans"), self.plan_model)
        self.plan_view.setObjectName("reviewPlans")
        self.plan_view.selectionModel().currentRowChanged.connect(self._plan_chosen)

        self.header = QLabel()
        self.header.setObjectName("planHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setAccessibleName(self.tr("The plan chosen"))
        self.pack_button = named_button(self.tr("Print the annual review &pack…"))
        self.pack_button.setObjectName("printReviewPack")
        self.pack_button.setToolTip(
            self.tr("For a pupil with an EHC plan: the plan, the views, progress and reports")
        )
        self.pack_button.clicked.connect(self.print_pack)
        self.pack_button.setEnabled(False)
        self.assess_form = AssessmentForm()
        self.assess_form.save_requested.connect(self.save_assessment)
        self.meeting_form = ReviewMeetingForm()
        self.meeting_form.save_requested.connect(self.save_review)
        self.meeting_form.attach_requested.connect(self.choose_report_file)
        self.meeting_form.open_file_requested.connect(self.open_report_file)
        self.meeting_form.report_removed.connect(self._report_removed)
        self.report_files = ReviewReportFiles(context)
        self.history = PlanHistoryPane()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planReviewTabs")
        self.tabs.setAccessibleName(self.tr("Assess, review and history"))
        self.tabs.addTab(self._scrolling(self.assess_form), self.tr("Assess"))
        self.tabs.addTab(self._scrolling(self.meeting_form), self.tr("Review meeting"))
        self.tabs.addTab(self.history, self.tr("History"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(
            named_label(self.tr("Support &plans, those due soonest first:"), self.plan_view)
        )
        left_layout.addWidget(self.plan_view, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        heading = QHBoxLayout()
        heading.addWidget(self.header, 1)
        heading.addWidget(self.pack_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 860])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.preview: PrintPreviewDialog | None = None
        self.report_view: QDialog | None = None
        self._set_enabled(False)
        runner.changed.connect(self._changed)
        self.load()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PlanReviewsScreen", "Plan reviews")

    @staticmethod
    def _scrolling(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.assess_form, self.meeting_form, self.history):
            widget.setEnabled(enabled)

    # Reading

    def load(self) -> None:
        service = self.service
        self._tasks.run(self.tr("Reading the support plans"), lambda _s: service.overview(), self._show_plans)

    def _show_plans(self, plans: list[PlanSummary]) -> None:
        rows = plan_rows(plans, self.context.today())
        self.plan_model.set_rows(rows)
        if self.opened is not None:
            opened_id = self.opened.cycle.agreement.id
            row = self.plan_model.row_of(lambda p: p.agreement.id == opened_id)
            if row >= 0:
                self.plan_view.selectionModel().blockSignals(True)
                self.plan_view.selectRow(row)
                self.plan_view.selectionModel().blockSignals(False)

    def _plan_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        plan = self.plan_model.item_at(current.row()) if current.isValid() else None
        if plan is not None:
            self.open_plan(plan.agreement.id)

    def open_plan(self, agreement_id: str, then: Callable[[], None] | None = None) -> None:
        """Read the plan with its cycle, the evidence to choose from and the views received; show it."""
        service, school, context = self.service, SchoolService(self.context), self.context
        views_received = self._views_received

        def read(_state: TaskState) -> OpenPlan:
            cycle = service.cycle(agreement_id)
            pupil = school.pupil(cycle.agreement.pupil_id)
            attendees = [Attendee(pupil.display_name, AttendeeRole.CHILD)]
            attendees += [
                Attendee(
                    m.name,
                    AttendeeRole.FAMILY,
                    QCoreApplication.translate("ContactForm", RELATIONSHIPS[m.relationship]),
                )
                for m in school.family_of(pupil.id)
            ]
            attendees.append(Attendee(context.actor.name, AttendeeRole.STAFF, "SENCO"))
            return OpenPlan(
                cycle=cycle,
                pupil_name=pupil.display_name,
                choices=service.evidence_choices(pupil.id),
                views=views_received(agreement_id),
                attendees=attendees,
                next_review=one_term_after(context.today(), service.calendar()),
                ehcp=pupil.sen_status is SenStatus.EHC_PLAN,
            )

        def shown(opened: OpenPlan) -> None:
            self._show_plan(opened)
            if then is not None:
                then()

        self._tasks.run(self.tr("Reading the plan"), read, shown)

    def _show_plan(self, opened: OpenPlan) -> None:
        self.opened = opened
        cycle = opened.cycle
        agreement = cycle.agreement
        due = ""
        if cycle.due is not None:
            due = self.tr(" Next review {day} ({when}).").format(
                day=words.day(cycle.due.due_on), when=due_words(cycle.due.days_late(self.context.today()))
            )
        self.header.setText(
            self.tr("{pupil}: {title}, version {number}. {stage}.{due}").format(
                pupil=opened.pupil_name,
                title=agreement.title,
                number=agreement.current.number,
                stage=stage_words(cycle.stage),
                due=due,
            )
        )
        self._set_enabled(True)
        self.pack_button.setEnabled(opened.ehcp)
        self.assess_form.start(opened.choices)
        self.history.show_cycle(cycle)
        in_force = agreement.current.status is VersionStatus.ACTIVE
        self.meeting_form.clear()
        if in_force:
            self.meeting_form.start(
                agreement.current.content.targets,
                opened.choices,
                opened.attendees,
                self.context.today(),
                opened.next_review,
            )
        self.meeting_form.show_views_received(opened.views, self._describe_view)
        self.meeting_form.setEnabled(in_force)
        tab = {CycleStage.ASSESS: 0, CycleStage.REVIEW: 1}.get(cycle.stage, 2)
        self.tabs.setCurrentIndex(tab)
        if not in_force:
            self.message.show_message(
                self.tr(
                    "Version {number} is a draft: sign it with the family and put it in force on the "
                    "Agreements and plans screen, then review it here when it falls due."
                ).format(number=agreement.current.number)
            )
        else:
            self.message.hide_message()

    # Acting

    def save_assessment(self) -> None:
        if self.opened is None:
            return
        agreement = self.opened.cycle.agreement
        working = self.assess_form.working.toPlainText()
        not_working = self.assess_form.not_working.toPlainText()
        evidence = self.assess_form.chosen_evidence()
        service = self.service
        changes = self._tasks.own(Changes(frozenset({Topic.AGREEMENTS}), frozenset({agreement.pupil_id})))

        def saved(_result: object) -> None:
            self.message.show_message(self.tr("Assessment saved."))
            self.load()
            self.open_plan(agreement.id, then=lambda: self.message.show_message(self.tr("Assessment saved.")))

        self._tasks.run(
            self.tr("Saving the assessment"),
            lambda _s: service.assess(agreement.id, working, not_working, evidence),
            saved,
            changes,
        )

    def save_review(self) -> None:
        if self.opened is None:
            return
        agreement = self.opened.cycle.agreement
        meeting = self.meeting_form.meeting()
        next_plan = self.meeting_form.next_plan()
        service = self.service
        changes = self._tasks.own(Changes(frozenset({Topic.AGREEMENTS}), frozenset({agreement.pupil_id})))

        def saved(result: tuple[object, object]) -> None:
            number = agreement.current.number + 1
            text = self.tr(
                "Review saved. Version {number} is a draft with the next targets: sign it with the family "
                "and put it in force on the Agreements and plans screen."
            ).format(number=number)
            self.load()

            def after() -> None:
                self.message.show_message(text)
                self.tabs.setCurrentIndex(2)

            self.open_plan(agreement.id, then=after)

        self._tasks.run(
            self.tr("Saving the review"),
            lambda _s: service.record_review(agreement.id, meeting, next_plan),
            saved,
            changes,
        )

    def choose_report_file(self) -> None:
        """ "Attach a report…": the file dialog, then the chosen file attached."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a report"),
            "",
            self.tr("Reports: PDF, PNG or JPEG (*.pdf *.png *.jpg *.jpeg)"),
        )
        if path:
            self.attach_report_file(Path(path))

    def attach_report_file(self, path: Path) -> None:
        """Keep an encrypted copy of the report in `path` and list it, with its name and size, for the
        review; a file that cannot be read, is empty or too large is refused with what to do."""
        if self.opened is None:
            return
        agreement_id = self.opened.cycle.agreement.id
        files = self.report_files

        def attached(result: tuple[Report, int]) -> None:
            report, size = result
            self.meeting_form.add_report(report, size)
            self.message.show_message(
                self.tr("{name} is attached. Say whose report it is and what it says in short.").format(
                    name=report.filename
                )
            )

        self._tasks.run(
            self.tr("Attaching the report"), lambda _s: files.attach_file(agreement_id, path), attached
        )

    def open_report_file(self, report: Report) -> None:
        """Show the attached file from memory: a PDF in the preview, a scan as a picture."""
        files = self.report_files

        def show(data: bytes) -> None:
            title = report.title or report.filename
            viewer = report_viewer(data, report.filename, title, self)
            if viewer is None:
                self.message.show_message(
                    self.tr("{name} cannot be shown here: it is not a PDF or a picture.").format(
                        name=report.filename
                    ),
                    error=True,
                )
                return
            self._close_report_view()
            self.report_view = viewer
            viewer.open()

        self._tasks.run(self.tr("Opening the report"), lambda _s: files.read(report), show)

    def _report_removed(self, report: Report) -> None:
        if self.opened is None or not report.attachment_id:
            return
        agreement_id = self.opened.cycle.agreement.id
        files = self.report_files
        self._tasks.run(
            self.tr("Removing the report"), lambda _s: files.discard(agreement_id, report), quiet=True
        )

    def _close_report_view(self) -> None:
        if self.report_view is not None:
            self.report_view.reject()
            self.report_view.deleteLater()
            self.report_view = None

    def print_pack(self) -> None:
        """The annual review bundle, previewed to print or save."""
        if self.opened is None or not self.opened.ehcp:
            return
        agreement = self.opened.cycle.agreement
        views = tuple(self._describe_view(v) for v in self.opened.views)
        service = self.service

        def show(pdf: bytes) -> None:
            self.preview = PrintPreviewDialog(
                pdf, self.tr("Annual review: {title}").format(title=agreement.title), self
            )
            self.preview.open()

        self._tasks.run(
            self.tr("Making the annual review pack"),
            lambda _s: service.annual_review_pack(agreement.id, views),
            show,
        )

    def _changed(self, changes: object) -> None:
        if not self._tasks.from_elsewhere(changes):
            return
        assert isinstance(changes, Changes)
        if Topic.AGREEMENTS in changes.topics or Topic.PUPILS in changes.topics:
            self.load()
            if self.opened is not None and changes.touches(
                Topic.AGREEMENTS, self.opened.cycle.agreement.pupil_id
            ):
                self.open_plan(self.opened.cycle.agreement.id)

    # Screen

    def forget(self) -> None:
        self._tasks.closed = True
        self.opened = None
        self.plan_model.clear()
        self.header.clear()
        self.message.hide_message()
        self.assess_form.clear()
        self.meeting_form.clear()
        self.history.clear()
        self.pack_button.setEnabled(False)
        if self.preview is not None:
            self.preview.reject()
            self.preview = None
        self._close_report_view()
        self._set_enabled(False)

    def prepare_screenshot(self) -> None:
        """The overdue plan's review meeting, part filled in (for `make screenshots`)."""
        settle(self.runner, lambda: not self._tasks.idle)
        overdue = [p for p in self._plans() if p.stage is CycleStage.REVIEW]
        if not overdue:
            return
        self.plan_view.selectRow(self.plan_model.row_of(lambda p: p is overdue[0]))
        settle(self.runner, lambda: not self._tasks.idle)
        form = self.meeting_form
        form.family_views.setPlainText(
            self.tr("Mornings are calmer with the visual timetable. She still finds the dinner hall loud.")
        )
        form.child_views.setPlainText(self.tr("I like the quiet corner. Lunch is too noisy."))
        targets = self.opened.cycle.agreement.current.content.targets if self.opened else ()
        for n, target in enumerate(targets):
            choice = self.opened.choices[n : n + 1] if self.opened else []
            form.set_progress(target.text, (Progress.MET, Progress.PARTLY, Progress.NOT_YET)[n % 3], choice)
        form.progress.setCurrentCell(0, 0)
        self.tabs.setCurrentIndex(1)
        scroll = self.tabs.widget(1)
        if isinstance(scroll, QScrollArea):
            scroll.verticalScrollBar().setValue(form.views_group.y())

    def more_screenshots(self) -> list[tuple[str, Callable[[], None]]]:
        return [("plan-review-chart", self._show_most_reviewed)]

    def _show_most_reviewed(self) -> None:
        plans = sorted(self._plans(), key=lambda p: p.reviews, reverse=True)
        if not plans:
            return
        self.plan_view.selectRow(self.plan_model.row_of(lambda p: p is plans[0]))
        settle(self.runner, lambda: not self._tasks.idle)
        self.tabs.setCurrentIndex(2)

    def _plans(self) -> list[PlanSummary]:
        return [self.plan_model.item_at(n) for n in range(self.plan_model.rowCount())]


def create(host: ScreenHost) -> PlanReviewsScreen:
    views = ReviewViewsService(host.context)
    return PlanReviewsScreen(host.context, host.runner, views.views_for_plan, describe_views)


SCREEN = PlanReviewsScreen
