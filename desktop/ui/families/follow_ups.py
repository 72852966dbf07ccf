"""A line on the teacher's day naming the families whose follow-up is due (from the contact log)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.contact_log import FollowUp
from desktop.services.contact_log import ContactLogService
from desktop.services.context import ServiceContext
from desktop.ui.families.contact_log import kind_words
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.tasks import TaskState

SHOWN = 4
"""Follow-ups named in the line; the rest are counted."""


class FollowUpBanner(QLabel):
    """Hidden when nothing is due."""

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpBanner")
        self.setAccessibleName(self.tr("Follow-ups due"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("#followUpBanner { background: #fff4ce; padding: 4px 8px; border-radius: 3px; }")
        self.service = ContactLogService(context)
        self.hide()

    def load(self, tasks: ScreenTasks, class_id: str) -> None:
        """Read the class's follow-ups due on the view's tasks (after what the view queued before)."""
        service = self.service

        def work(_state: TaskState) -> list[FollowUp]:
            return service.follow_ups_due(class_id)

        tasks.run(self.tr("Finding follow-ups due"), work, self.show_follow_ups)

    def show_follow_ups(self, due: list[FollowUp]) -> None:
        if not due:
            self.clear()
            self.hide()
            return
        named = [
            self.tr("{name} ({kind} on {day})").format(
                name=f.pupil_name, kind=kind_words(f.contact.kind).lower(), day=f"{f.contact.on:%d %b}"
            )
            for f in due[:SHOWN]
        ]
        more = len(due) - SHOWN
        text = self.tr("Follow up with the families of: {names}").format(names="; ".join(named))
        if more > 0:
            text += self.tr(" and {count} more").format(count=more)
        self.setText(text)
        self.show()
