"""A line on the SENCO's day naming the support plans whose review is overdue or falls due soon.

Shown only to a SENCO (the reviews are theirs to run), and hidden when nothing is due; the plan reviews
screen has the whole list.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.plan_reviews import PlanReviewService
from desktop.services.school import SchoolService
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.tasks import TaskState

WEEKS_AHEAD = 2
SHOWN = 4
"""Plans named in the line; the rest are counted."""


@dataclass(frozen=True, slots=True)
class Reminder:
    pupil_name: str
    days_late: int


def _when(late: int) -> str:
    if late > 0:
        return QCoreApplication.translate("ReviewReminderBanner", "overdue by %n day(s)", "", late)
    if late == 0:
        return QCoreApplication.translate("ReviewReminderBanner", "due today")
    return QCoreApplication.translate("ReviewReminderBanner", "due in %n day(s)", "", -late)


class ReviewReminderBanner(QLabel):
    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewReminderBanner")
        self.setAccessibleName(self.tr("Plan reviews due"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(
            "#reviewReminderBanner { background: #e8f0fb; padding: 4px 8px; border-radius: 3px; }"
        )
        self.context = context
        self.hide()

    @property
    def wanted(self) -> bool:
        return self.context.actor.role is StaffRole.SENCO

    def load(self, tasks: ScreenTasks) -> None:
        """Read the plans due on the view's tasks (a SENCO's only)."""
        if not self.wanted:
            return
        reviews, school, today = (
            PlanReviewService(self.context),
            SchoolService(self.context),
            self.context.today(),
        )

        def work(_state: TaskState) -> list[Reminder]:
            due = reviews.due(WEEKS_AHEAD)
            names = {p.id: p.display_name for p in school.pupils()}
            return [Reminder(names.get(d.agreement.pupil_id, ""), d.days_late(today)) for d in due]

        tasks.run(self.tr("Finding plan reviews due"), work, self.show_reminders)

    def show_reminders(self, due: list[Reminder]) -> None:
        if not due:
            self.clear()
            self.hide()
            return
        named = [
            self.tr("{name} ({when})").format(name=r.pupil_name, when=_when(r.days_late)) for r in due[:SHOWN]
        ]
        text = self.tr("Plan reviews to hold with the family: {names}").format(names="; ".join(named))
        if len(due) > SHOWN:
            text += self.tr(" and {count} more").format(count=len(due) - SHOWN)
        self.setText(text)
        self.show()
