"""One child's page in the family window: link book, agreements, work folders, news, meetings, as tabs.

The page reads the child's records in one task and hands each panel its part. It is also the panels'
`Writer`: a reply, acknowledgement, signature or comment runs on the task runner as the family member,
and the page reloads when it is saved (or, if it was refused, to show things as they are).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.domain.access import Actor
from desktop.domain.pupils import Pupil
from desktop.services.context import ServiceContext
from desktop.ui.family.agreements_panel import AgreementsPanel
from desktop.ui.family.folders_panel import FoldersPanel
from desktop.ui.family.home_learning_panel import HomeLearningPanel
from desktop.ui.family.linkbook_panel import LinkBookPanel
from desktop.ui.family.meetings_panel import MeetingsPanel
from desktop.ui.family.news_panel import NewsPanel
from desktop.ui.family.records import ChildRecords, load_child
from desktop.ui.family.views_panel import ViewsPanel
from desktop.ui.tasks import Changes, TaskRunner, TaskState, Topic

T = TypeVar("T")
_WRITES = frozenset({Topic.ENTRIES, Topic.AGREEMENTS, Topic.FOLDERS})


class ChildPage(QTabWidget):
    """Everything the family sees for one child."""

    def __init__(
        self, context: ServiceContext, runner: TaskRunner, pupil: Pupil, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.pupil = pupil
        self.records: ChildRecords | None = None
        self._closed = False
        self.setAccessibleName(self.tr("{name}'s records").format(name=pupil.first_name))
        self.setDocumentMode(True)
        self.linkbook = LinkBookPanel(self)
        self.agreements = AgreementsPanel(self)
        self.folders = FoldersPanel(self)
        self.news = NewsPanel()
        self.home_learning = HomeLearningPanel(self)
        self.meetings = MeetingsPanel(self)
        self.views = ViewsPanel(self)
        for panel in self._panels():
            self.addTab(panel, panel.accessibleName())

    def _panels(
        self,
    ) -> tuple[
        LinkBookPanel, AgreementsPanel, FoldersPanel, NewsPanel, HomeLearningPanel, MeetingsPanel, ViewsPanel
    ]:
        """The child's tabs, in order."""
        return (
            self.linkbook,
            self.agreements,
            self.folders,
            self.news,
            self.home_learning,
            self.meetings,
            self.views,
        )

    @property
    def actor(self) -> Actor:
        return self.context.actor

    def reload(self, then: Callable[[], None] | None = None) -> None:
        context, pupil = self.context, self.pupil

        def load(_state: TaskState) -> ChildRecords:
            return load_child(context, pupil)

        def loaded(records: ChildRecords) -> None:
            self._show(records)
            if then is not None and not self._closed:
                then()

        self.runner.run(self.tr("Loading {name}'s link book").format(name=pupil.first_name), load, loaded)

    def _show(self, records: ChildRecords) -> None:
        if self._closed:
            return
        self.records = records
        self.linkbook.show_entries(records.entries, records.home_language, records.translations)
        self.agreements.show_agreements(records.agreements)
        self.folders.show_folders(records.folders)
        self.news.show_news(records.news, records.events)
        self.views.show_plans(records.agreements, self.context.today())
        self.home_learning.load(records.pupil.id)
        self.meetings.load(records.pupil.id)
        me = self.actor.family_member_id
        unread = sum(
            1 for e in records.entries if not any(a.family_member_id == me for a in e.acknowledgements)
        )
        unsigned = sum(
            1
            for a in records.agreements
            if not any(s.signer_name == self.actor.name for s in a.current.signatures)
        )
        self.setTabText(0, self._counted(self.tr("Link book"), self.tr("{title} ({count} new)"), unread))
        self.setTabText(
            1, self._counted(self.tr("Agreements"), self.tr("{title} ({count} to sign)"), unsigned)
        )

    @staticmethod
    def _counted(title: str, pattern: str, count: int) -> str:
        return pattern.format(title=title, count=count) if count else title

    # Writer
    def run(self, label: str, work: Callable[[ServiceContext], object], done: Callable[[], None]) -> None:
        context = self.context

        def saved(_result: object) -> None:
            if self._closed:
                return
            with contextlib.suppress(RuntimeError):  # the widget that asked went with a reload
                done()
            self.reload()

        def refused(_exc: BaseException) -> None:
            if not self._closed:
                self.reload()

        self.runner.run(
            label,
            lambda _state: work(context),
            saved,
            Changes(_WRITES, frozenset({self.pupil.id})),
            refused,
        )

    def fetch(self, label: str, work: Callable[[ServiceContext], T], done: Callable[[T], None]) -> None:
        context = self.context

        def arrived(result: T) -> None:
            if not self._closed:
                done(result)

        self.runner.run(label, lambda _state: work(context), arrived)

    def forget(self) -> None:
        """Empty every panel (the app is locking or the person changed); nothing of the child stays."""
        self._closed = True
        self.records = None
        for panel in self._panels():
            panel.clear()
        self.setAccessibleName("")
