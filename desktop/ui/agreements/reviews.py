"""Reviews due: agreements and plans in force whose review or a target falls due in the weeks ahead (one
by default, as many as the SENCO chooses), and those overdue, most overdue first. A support plan with no
review date falls due one term after its last review (the termly cadence of the graduated approach).
Each row says in words how late or how soon it is, and is tinted as well; opening a row shows the
agreement in place.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from desktop.domain.agreements import Agreement
from desktop.domain.plan_reviews import DueBasis
from desktop.domain.pupils import Pupil
from desktop.services.plan_reviews import PlanReviewService
from desktop.services.school import SchoolService
from desktop.ui.agreements import words
from desktop.ui.kit.named import named_label
from desktop.ui.kit.rows import Row, RowTableModel, row_table

OVERDUE = "#fbdada"
DUE = "#fdefc8"
WEEKS = 1
"""How far ahead the list looks when the screen opens."""


@dataclass(frozen=True, slots=True)
class Review:
    agreement: Agreement
    pupil: Pupil | None
    due_on: dt.date
    termly: bool = False
    """Due by the termly cadence (the plan has no review date of its own)."""


def read_reviews(reviews: PlanReviewService, school: SchoolService, weeks: int = WEEKS) -> list[Review]:
    """For a worker thread: the reviews due with their pupils."""
    due = reviews.due(weeks)
    pupils = {p.id: p for p in school.pupils()}
    return [
        Review(d.agreement, pupils.get(d.agreement.pupil_id), d.due_on, d.basis is DueBasis.TERMLY)
        for d in due
    ]


def _when(late: int) -> str:
    if late > 0:
        return QCoreApplication.translate("ReviewsPage", "Overdue by %n day(s)", "", late)
    if late == 0:
        return QCoreApplication.translate("ReviewsPage", "Due today")
    return QCoreApplication.translate("ReviewsPage", "Due in %n day(s)", "", -late)


class ReviewsPage(QWidget):
    weeks_changed = Signal(int)

    def __init__(self, open_agreement: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open = open_agreement
        self.model = RowTableModel(
            [self.tr("Pupil"), self.tr("When"), self.tr("Review by"), self.tr("Document")], self
        )
        self.view = row_table(self.tr("Reviews due"), self.model)
        self.view.setObjectName("reviewsDue")
        self.view.activated.connect(self._activated)
        self.weeks = QSpinBox()
        self.weeks.setObjectName("reviewWeeks")
        self.weeks.setAccessibleName(self.tr("Weeks ahead"))
        self.weeks.setRange(1, 52)
        self.weeks.setValue(WEEKS)
        self.weeks.setSuffix(self.tr(" week(s)"))
        self.weeks.valueChanged.connect(self.weeks_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(
            named_label(
                self.tr(
                    "Agreements and plans in force with a review or target due in the weeks ahead, "
                    "and those &overdue; a plan with no date is due one term after its last review. "
                    "Press Enter to open one."
                ),
                self.view,
            )
        )
        ahead = QHBoxLayout()
        ahead.addWidget(named_label(self.tr("&Look ahead:"), self.weeks))
        ahead.addWidget(self.weeks)
        ahead.addStretch(1)
        layout.addLayout(ahead)
        layout.addWidget(self.view, 1)

    def show_reviews(self, reviews: list[Review], today: dt.date) -> int:
        """Fill the list; returns how many are shown."""
        rows = []
        for review in reviews:
            due = review.due_on
            late = (today - due).days
            by = words.day(due)
            if review.termly:
                by = self.tr("{day} (termly)").format(day=by)
            rows.append(
                Row(
                    (
                        review.pupil.display_name if review.pupil else "",
                        _when(late),
                        by,
                        words.kind_name(review.agreement.kind),
                    ),
                    review.agreement,
                    tooltip=review.agreement.title,
                    emphasis=late > 0,
                    background=OVERDUE if late > 0 else DUE,
                )
            )
        self.model.set_rows(rows)
        return len(rows)

    def _activated(self, index: QModelIndex) -> None:
        agreement = self.model.item_at(index.row())
        if agreement is not None:
            self._open(agreement.id)

    def clear(self) -> None:
        self.model.clear()
