"""Your views before a review: when a review of the child's support plan is coming, the family says what
is going well, what is hard, what helps at home and what they would like to talk about.

A card appears for each support plan in force whose review is in the next weeks (or has slipped past).
The views are the family member's own, from the app; once sent they travel to the school with the next
sync and land beside the plan's review. A plan the person already answered says when they did.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from desktop.domain.agreements import Agreement, DocumentKind, VersionStatus
from desktop.domain.review_views import (
    FAMILY_QUESTIONS,
    FamilyViews,
    ReceivedViews,
    ViewsReceived,
    due_for_views,
)
from desktop.services.context import ServiceContext
from desktop.services.review_views import DEFAULT_WEEKS, ReviewViewsService
from desktop.ui.family.cards import Card, CardList, rich_label, text_label
from desktop.ui.family.writing import Writer, date_time, long_date


class ViewsCard(Card):
    """One plan's coming review: four questions to answer, or a note that the views were sent."""

    def __init__(self, plan: Agreement, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(
            plan.title, self.tr("Your views before the review of {title}").format(title=plan.title), parent
        )
        self.plan = plan
        self.writer = writer
        if plan.review_date:
            when = self.tr(
                "The plan is reviewed on {day}. Before we meet, please tell us what you think."
            ).format(day=long_date(plan.review_date))
        else:
            when = self.tr("Before the review, please tell us what you think.")
        self.add(text_label(when, when, 1.1))
        self.sent = text_label("", self.tr("Views sent"), 1.1, bold=True)
        self.sent.hide()
        self.add(self.sent)
        self.questions = questions = {
            "going_well": self.tr("What is going well"),
            "hard": self.tr("What is hard"),
            "helps_at_home": self.tr("What helps at home"),
            "hopes": self.tr("What we would like to talk about, and our hopes"),
        }
        self.edits: dict[str, QPlainTextEdit] = {}
        for question in FAMILY_QUESTIONS:
            label = text_label(questions[question], questions[question], 1.1, bold=True)
            edit = QPlainTextEdit()
            edit.setAccessibleName(questions[question])
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
            label.setBuddy(edit)
            self.add(label)
            self.add(edit)
            self.edits[question] = edit
        self.problem = text_label("", self.tr("Problem with your views"), 1.0)
        self.problem.hide()
        self.add(self.problem)
        self.send_button = QPushButton(self.tr("&Send my views"))
        self.send_button.setAccessibleName(self.tr("Send my views on {title}").format(title=plan.title))
        self.send_button.clicked.connect(self.send)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        plan_id = plan.id
        writer.fetch(
            self.tr("Reading your views"),
            lambda context: ReviewViewsService(context).views_for_plan(plan_id),
            self.show_given,
        )

    def show_given(self, given: list[ReceivedViews]) -> None:
        """Say when this person sent their views (the form stays, for anything to add)."""
        mine = [v for v in given if v.by_name == self.writer.actor.name and v.received is ViewsReceived.APP]
        if mine:
            self.sent.setText(
                self.tr("Thank you: you sent your views on {when}. You can add more below.").format(
                    when=date_time(mine[-1].received_at)
                )
            )
            self.sent.show()
            answers = mine[-1].views.answers()
            said = [(self.questions[q], answers.get(q, "")) for q in FAMILY_QUESTIONS]
            self.layout_.insertWidget(
                self.layout_.indexOf(self.sent) + 1, rich_label(said, self.tr("What you sent"))
            )

    def views(self) -> FamilyViews:
        return FamilyViews(**{q: e.toPlainText().strip() for q, e in self.edits.items()})

    def send(self) -> None:
        views = self.views()
        if views.empty:
            self.problem.setText(self.tr("Write at least one answer before sending."))
            self.problem.show()
            return
        self.problem.hide()
        plan_id = self.plan.id
        actor = self.writer.actor

        def work(context: ServiceContext) -> object:
            return ReviewViewsService(context).record(
                plan_id, views, ViewsReceived.APP, actor.name, actor.family_member_id
            )

        self.send_button.setEnabled(False)
        self.writer.run(self.tr("Sending your views"), work, lambda: None)


class ViewsPanel(CardList):
    def __init__(self, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your views"), self.tr("No review is coming up: nothing to answer now."), parent
        )
        self.writer = writer

    def show_plans(self, agreements: tuple[Agreement, ...], today: dt.date) -> int:
        """A card for each support plan whose review is near or overdue; how many there are."""
        due = [
            a
            for a in agreements
            if a.kind is DocumentKind.SUPPORT_PLAN
            and a.status is VersionStatus.ACTIVE
            and due_for_views(a.review_date, today, DEFAULT_WEEKS)
        ]
        self.set_cards([ViewsCard(a, self.writer) for a in due])
        return len(due)

    def views_cards(self) -> list[ViewsCard]:
        return [c for c in self.cards() if isinstance(c, ViewsCard)]
