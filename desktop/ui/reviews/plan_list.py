"""The support plans on the left of the plan reviews screen: each plan's stage and next review in words,
tinted when overdue or due within four weeks (the words say the same)."""

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.domain.plan_reviews import CycleStage
from desktop.services.plan_reviews import PlanSummary
from desktop.ui.agreements import words
from desktop.ui.kit.rows import Row

OVERDUE = "#fbdada"
DUE_SOON = "#fdefc8"
DUE_SOON_DAYS = 28


def stage_words(stage: CycleStage) -> str:
    return {
        CycleStage.ASSESS: QCoreApplication.translate("PlanReviewsScreen", "To assess"),
        CycleStage.PLAN: QCoreApplication.translate("PlanReviewsScreen", "Planning (draft)"),
        CycleStage.DO: QCoreApplication.translate("PlanReviewsScreen", "In force"),
        CycleStage.REVIEW: QCoreApplication.translate("PlanReviewsScreen", "Review due"),
    }[stage]


def due_words(days_late: int) -> str:
    if days_late > 0:
        return QCoreApplication.translate("PlanReviewsScreen", "overdue by %n day(s)", "", days_late)
    if days_late == 0:
        return QCoreApplication.translate("PlanReviewsScreen", "due today")
    return QCoreApplication.translate("PlanReviewsScreen", "in %n day(s)", "", -days_late)


def plan_rows(plans: list[PlanSummary], today: dt.date) -> list[Row]:
    rows = []
    for plan in plans:
        late = plan.due.days_late(today) if plan.due else None
        when = ""
        if plan.due is not None and late is not None:
            when = f"{words.day(plan.due.due_on)} ({due_words(late)})"
        background = ""
        if late is not None and late > 0:
            background = OVERDUE
        elif late is not None and late > -DUE_SOON_DAYS:
            background = DUE_SOON
        rows.append(
            Row(
                (plan.pupil_name, stage_words(plan.stage), when, plan.agreement.title),
                plan,
                emphasis=late is not None and late > 0,
                background=background,
            )
        )
    return rows
