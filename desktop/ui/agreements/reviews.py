"""Reviews due: agreements and plans in force whose review or a target falls due in the next seven days,
and those overdue, most overdue first. Each row says in words how late or how soon it is, and is tinted
as well; opening a row shows the agreement in place.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.domain.agreements import Agreement
from desktop.domain.pupils import Pupil
from desktop.services.agreements import AgreementService
from desktop.services.school import SchoolService
from desktop.ui.agreements import words
from desktop.ui.kit.named import named_label
from desktop.ui.kit.rows import Row, RowTableModel, row_table

OVERDUE = "#fbdada"
DUE = "#fdefc8"
WITHIN_DAYS = 7


@dataclass(frozen=True, slots=True)
class Review:
    agreement: Agreement
    pupil: Pupil | None


def read_reviews(agreements: AgreementService, school: SchoolService) -> list[Review]:
    """For a worker thread: the reviews due with their pupils."""
    due = agreements.reviews_due(WITHIN_DAYS)
    pupils = {p.id: p for p in school.pupils()}
    return [Review(a, pupils.get(a.pupil_id)) for a in due]


def _when(late: int) -> str:
    if late > 0:
        return QCoreApplication.translate("ReviewsPage", "Overdue by %n day(s)", "", late)
    if late == 0:
        return QCoreApplication.translate("ReviewsPage", "Due today")
    return QCoreApplication.translate("ReviewsPage", "Due in %n day(s)", "", -late)


class ReviewsPage(QWidget):
    def __init__(self, open_agreement: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open = open_agreement
        self.model = RowTableModel(
            [self.tr("Pupil"), self.tr("When"), self.tr("Review by"), self.tr("Document")], self
        )
        self.view = row_table(self.tr("Reviews due"), self.model)
        self.view.setObjectName("reviewsDue")
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(
            named_label(
                self.tr(
                    "Agreements and plans in force with a review or target due in the next seven days, "
                    "and those &overdue. Press Enter to open one."
                ),
                self.view,
            )
        )
        layout.addWidget(self.view, 1)

    def show_reviews(self, reviews: list[Review], today: dt.date) -> int:
        """Fill the list; returns how many are shown."""
        rows = []
        for review in reviews:
            due = review.agreement.review_date
            if due is None:
                continue
            late = (today - due).days
            rows.append(
                Row(
                    (
                        review.pupil.display_name if review.pupil else "",
                        _when(late),
                        words.day(due),
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
