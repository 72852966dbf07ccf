"""A pupil's timeline: entries, replies and acknowledgements, filtered by section and date."""

import datetime as dt

from PySide6.QtCore import QDate, QTimer, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import AuthorKind, LinkBookEntry
from desktop.domain.pupils import Pupil
from desktop.services.audit_log import AuditLogService
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.paper_returns.filing import PaperReturnService
from desktop.services.school import SchoolService
from desktop.ui.accessibility import name_spin_box
from desktop.ui.reply_dialog import ReplyDialog
from desktop.ui.tasks import Changes, TaskRunner, TaskState, Topic
from desktop.ui.timeline_html import EARLIER_LINK, PAPER_SCHEME, Section, anchor, filtered, render


def school_year_start(today: dt.date) -> dt.date:
    """1 September of the school year today falls in."""
    return dt.date(today.year if today.month >= 9 else today.year - 1, 9, 1)


FIRST_DAYS = 10
"""A pupil's newest days drawn at first (a fortnight of school days); the rest follow on request."""
LOOK_PAUSE_MS = 400
"""How long a person rests on a pupil before the looks so far are written to the audit trail."""
FIRST_HTML = 5_000
"""...and no more of them than about two screens of text (characters of HTML): laying out rich text
costs the GUI thread about 3 ms a thousand characters, and a child with care notes has three times the
text of another."""


class PupilTimelineView(QWidget):
    """Shows one pupil's link book; loads it in the background and redraws when it changes."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.pupil: Pupil | None = None
        self._entries: list[LinkBookEntry] = []
        self._paper: dict[dt.date, list[tuple[str, bytes]]] = {}
        """Reply areas cut out of the pupil's returned pages, by day (see services.paper_returns)."""
        self._request = 0
        self.shown_pupil_id: str | None = None
        """Whose year the view shows now (set once it is drawn)."""
        self._focus: str | None = None
        self._newest_days: int | None = FIRST_DAYS
        """How many of the newest days to show (None: every day in the dates chosen)."""
        self._earlier = False
        # Pupils opened whose look is not in the audit trail yet: written together once the person pauses,
        # so that the write never competes with drawing the next child's page.
        self._looks: list[str] = []
        self._look_timer = QTimer(self)
        self._look_timer.setSingleShot(True)
        self._look_timer.setInterval(LOOK_PAUSE_MS)
        self._look_timer.timeout.connect(self._record_looks)

        self.heading = QLabel()
        self.heading.setObjectName("timelineHeading")
        self.heading.setAccessibleName(self.tr("Pupil"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Show"))
        for value, title in (
            (Section.ALL, self.tr("Everything")),
            (Section.LEARNING, self.tr("What we learned")),
            (Section.WINS, self.tr("Wins")),
            (Section.REMINDERS, self.tr("Reminders")),
            (Section.NOTES, self.tr("Notes")),
            (Section.SEN, self.tr("Mood, food, care and first aid")),
            (Section.REPLIES, self.tr("Replies from home")),
        ):
            self.section.addItem(title, value)
        today = QDate(context.today())
        self.first = QDateEdit(QDate(school_year_start(context.today())))
        self.last = QDateEdit(today)
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            name_spin_box(edit, name)
            edit.dateChanged.connect(lambda _date: self._load())
        self.section.currentIndexChanged.connect(self._redraw)

        self.browser = QTextBrowser()
        self.browser.setObjectName("timeline")
        self.browser.setAccessibleName(self.tr("Link book"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)

        filters = QHBoxLayout()
        for caption, buddy, stretch in (
            (self.tr("&Show"), self.section, 1),
            (self.tr("&from"), self.first, 0),
            (self.tr("&to"), self.last, 0),
        ):
            label = QLabel(caption)
            label.setBuddy(buddy)
            label.setAccessibleName(caption.replace("&", ""))
            filters.addWidget(label)
            filters.addWidget(buddy, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.browser, 1)
        runner.changed.connect(self._changed)

    def show_pupil(self, pupil: Pupil, focus_entry_id: str | None = None) -> None:
        """Load the pupil's year; with focus_entry_id, scroll to that entry once shown."""
        self.pupil = pupil
        self._focus = focus_entry_id
        self._newest_days = FIRST_DAYS
        self.heading.setText(pupil.display_name)
        self._load(opening=True)

    def _load(self, opening: bool = False) -> None:
        """Read the pupil's year; opening a pupil records the look in the audit trail once the person
        pauses (see _record_looks); a redraw after a change records nothing (one look is one event)."""
        if self.pupil is None:
            return
        self._request += 1
        request, pupil_id = self._request, self.pupil.id
        service = LinkBookService(self.context)
        # Only the dates shown are read, and of those first the newest days (one more, to know whether
        # there are earlier ones); a search hit may lie anywhere, so then the whole record is read.
        if self._focus:
            self._newest_days = None  # and all of it is drawn, so that the page can scroll to the hit
        first, last, newest = (None, None, None) if self._focus else self._window()

        returned = PaperReturnService(self.context)

        def load(_state: TaskState) -> tuple[list[LinkBookEntry], dict[dt.date, list[tuple[str, bytes]]]]:
            return service.timeline(pupil_id, first, last, newest), returned.day_cuttings(pupil_id)

        def loaded(result: tuple[list[LinkBookEntry], dict[dt.date, list[tuple[str, bytes]]]]) -> None:
            if request != self._request:
                return  # the person has moved on to another pupil
            entries, self._paper = result
            self._entries, self._earlier = _newest(entries, None if newest is None else newest - 1)
            if self._focus:
                # A search hit names an entry or one of its replies; either way show the entry.
                wanted = self._focus
                focus = next(
                    (e for e in entries if e.id == wanted or any(r.id == wanted for r in e.replies)), None
                )
                self._focus = focus.id if focus else None
                if focus and not (self.first.date().toPython() <= focus.day <= self.last.date().toPython()):  # type: ignore[operator]  # dates
                    blocked = self.first.blockSignals(True)  # the whole record is here: no reload
                    self.first.setDate(QDate(focus.day))
                    self.first.blockSignals(blocked)
                if focus:
                    self.section.setCurrentIndex(0)
            self._redraw()
            self.shown_pupil_id = pupil_id
            if opening:
                self._looks.append(pupil_id)
                self._look_timer.start()

        self.runner.run(self.tr("Opening the link book"), load, loaded)

    def _redraw(self) -> None:
        shown = filtered(
            self._entries,
            Section(self.section.currentData()),
            self.first.date().toPython(),  # type: ignore[arg-type]  # QDate.toPython() gives a date
            self.last.date().toPython(),  # type: ignore[arg-type]  # QDate.toPython() gives a date
        )
        budget = FIRST_HTML if self._newest_days is not None else None
        document = self.browser.document()
        for cuttings in self._paper.values():
            for name, data in cuttings:
                document.addResource(
                    QTextDocument.ResourceType.ImageResource,
                    QUrl(f"{PAPER_SCHEME}:{name}"),
                    QImage.fromData(data),
                )
        names = {day: [name for name, _ in cuttings] for day, cuttings in self._paper.items()}
        self.browser.setHtml(render(shown, self._earlier, budget, names) if self.pupil else "")
        if self._focus:
            self.browser.scrollToAnchor(anchor(self._focus))
            self._focus = None

    def _changed(self, changes: Changes) -> None:
        if self.pupil is not None and changes.touches(Topic.ENTRIES, self.pupil.id):
            self._load()

    def _window(self) -> tuple[dt.date, dt.date, int | None]:
        """The dates chosen, and how many of the newest days to read (one more than are shown)."""
        newest = None if self._newest_days is None else self._newest_days + 1
        return self.first.date().toPython(), self.last.date().toPython(), newest  # type: ignore[return-value]  # dates

    def show_earlier(self) -> None:
        """Show every entry within the dates chosen, not only the newest days."""
        self._newest_days = None
        self._load()

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target == EARLIER_LINK:
            self.show_earlier()
            return
        if target.startswith("reply:") and self.pupil is not None:
            entry = next((e for e in self._entries if e.id == target.removeprefix("reply:")), None)
            if entry is not None:
                self.add_reply(entry)

    def add_reply(self, entry: LinkBookEntry) -> None:
        """Fetch who is in the family, then ask for the reply (window-modal); saving runs as a task."""
        school = SchoolService(self.context)

        def family(_state: TaskState) -> list[FamilyMember]:
            return school.family_of(entry.pupil_id)

        def ask(members: list[FamilyMember]) -> None:
            if self.pupil is None or self.pupil.id != entry.pupil_id:
                return  # locked, or moved on to another pupil, while the family was being read
            dialog = ReplyDialog(entry, members, self)
            dialog.setObjectName("replyDialog")
            dialog.accepted.connect(lambda: self._save_reply(entry, dialog))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        self.runner.run(self.tr("Opening the reply"), family, ask)

    def _save_reply(self, entry: LinkBookEntry, dialog: ReplyDialog) -> None:
        service = LinkBookService(self.context)
        name, text, method, member = (
            dialog.author_name,
            dialog.reply_text,
            dialog.method,
            dialog.family_member_id,
        )
        read = dialog.read.isChecked()

        def save(_state: TaskState) -> None:
            if text:
                service.add_reply(
                    entry.id, text, name, AuthorKind.FAMILY, method=method, family_member_id=member
                )
            if read:
                service.acknowledge(entry.id, name, method, family_member_id=member)

        changes = Changes(frozenset({Topic.ENTRIES}), frozenset({entry.pupil_id}))
        self.runner.run(self.tr("Saving the reply"), save, changes=changes)

    def _record_looks(self) -> None:
        looks, self._looks = self._looks, []
        if not looks:
            return
        audit = AuditLogService(self.context)

        def record(_state: TaskState) -> None:
            for pupil_id in looks:
                audit.record_view(pupil_id, "link_book")

        self.runner.run(self.tr("Noting who opened the link book"), record, lambda _result: None)

    def record_looks_now(self) -> None:
        """Write the looks still waiting, on this thread (locking: the vault closes next)."""
        self._look_timer.stop()
        looks, self._looks = self._looks, []
        audit = AuditLogService(self.context)
        for pupil_id in looks:
            audit.record_view(pupil_id, "link_book")

    def clear(self) -> None:
        """Forget everything shown (locking calls record_looks_now() first, while the vault is open)."""
        self._request += 1
        self.pupil = None
        self._entries = []
        self._paper = {}
        self.shown_pupil_id = None
        self.heading.clear()
        self.browser.clear()


def _newest(entries: list[LinkBookEntry], days: int | None) -> tuple[list[LinkBookEntry], bool]:
    """The entries of the newest `days` days (entries oldest first), and whether any were left out."""
    every_day = {entry.day for entry in entries}
    if days is None or len(every_day) <= days:
        return entries, False
    oldest = sorted(every_day, reverse=True)[days - 1]
    return [entry for entry in entries if entry.day >= oldest], True
