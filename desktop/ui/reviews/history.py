"""A plan's line of versions, assessments and reviews, oldest first, and each target's progress charted.

Each review sits between the version it reviewed and the version it made, so the list reads as the
plan's story: version 1, assessed, reviewed on a day with so many targets met, version 2 made by that
review, and so on.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.domain.plan_reviews import Progress, default_change_note, target_lines
from desktop.services.plan_reviews import PlanCycle
from desktop.ui.agreements import words
from desktop.ui.kit.rows import Row, RowTableModel, row_table
from desktop.ui.reviews.target_chart import TargetChart

REVIEW_TINT = "#e3f1e6"


def _tally(review_progress: tuple[Progress, ...]) -> str:
    counts = {p: sum(1 for q in review_progress if q is p) for p in Progress}
    return QCoreApplication.translate("PlanHistory", "{met} met, {partly} partly, {not_yet} not yet").format(
        met=counts[Progress.MET], partly=counts[Progress.PARTLY], not_yet=counts[Progress.NOT_YET]
    )


def history_rows(cycle: PlanCycle) -> list[Row]:
    """The plan's story in rows: (when, what, detail)."""
    translate = QCoreApplication.translate
    events: list[tuple[dt.date, int, int, Row]] = []
    for version in cycle.agreement.versions:
        made_by = cycle.review_that_made(version.number)
        detail = version.change_note
        if made_by is not None:
            detail = translate("PlanHistory", "Made by the review of {day}.").format(
                day=words.day(made_by.held_on)
            )
            if version.change_note != default_change_note(made_by.held_on):
                detail = f"{detail} {version.change_note}"
        events.append(
            (
                version.created_at.date(),
                version.number,
                1,
                Row(
                    (
                        words.day(version.created_at.date()),
                        translate("PlanHistory", "Version {number} ({state})").format(
                            number=version.number, state=words.status_name(version.status)
                        ),
                        detail,
                    ),
                    version,
                ),
            )
        )
    for assessment in cycle.assessments:
        events.append(
            (
                assessment.assessed_on,
                assessment.version_number,
                2,
                Row(
                    (
                        words.day(assessment.assessed_on),
                        translate("PlanHistory", "Assessed for version {number}").format(
                            number=assessment.version_number
                        ),
                        translate("PlanHistory", "Working: {working} Not working: {not_working}").format(
                            working=assessment.working or "-", not_working=assessment.not_working or "-"
                        ),
                    ),
                    assessment,
                ),
            )
        )
    for review in cycle.reviews:
        came = ", ".join(a.name for a in review.meeting.attendees)
        events.append(
            (
                review.held_on,
                review.reviewed_version,
                3,
                Row(
                    (
                        words.day(review.held_on),
                        translate("PlanHistory", "Review of version {reviewed}, made version {made}").format(
                            reviewed=review.reviewed_version, made=review.next_version
                        ),
                        translate("PlanHistory", "{tally}. Came: {came}. Decisions: {decisions}").format(
                            tally=_tally(tuple(p.progress for p in review.meeting.progress)),
                            came=came,
                            decisions=review.meeting.decisions or "-",
                        ),
                    ),
                    review,
                    background=REVIEW_TINT,
                ),
            )
        )
    return [row for *_, row in sorted(events, key=lambda e: (e[1], e[2], e[0]))]


class PlanHistoryPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel([self.tr("When"), self.tr("What"), self.tr("Detail")], self)
        self.view = row_table(self.tr("The plan's versions and reviews"), self.model)
        self.view.setObjectName("planHistory")
        self.chart = TargetChart()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.chart)
        splitter.setSizes([220, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_cycle(self, cycle: PlanCycle) -> None:
        self.model.set_rows(history_rows(cycle))
        self.chart.set_lines(target_lines(cycle.reviews))

    def clear(self) -> None:
        self.model.clear()
        self.chart.clear()
