"""Deciding what a returned page files, in full, before anything is written.

The page's marks are read against the boxes printed on it; each marked day, folder, slip, booking slip,
views form or signature line is checked against the school's records. Anything not certain raises
`Review` with the reason the page waits for a person.
"""

import datetime as dt
from dataclasses import dataclass, field

from PIL import Image

from desktop.domain.agreements import Party
from desktop.domain.pupils import Pupil
from desktop.printing.home_learning import REF_PREFIX as SLIP_REF
from desktop.printing.page_areas import Area, AreaKind
from desktop.printing.page_codes import PageAreas, PageCode
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.home_learning import HomeLearningService
from desktop.services.linkbook import LinkBookService
from desktop.services.meetings import MeetingService
from desktop.services.paper_returns.marks import Mark, PageTransform, has_writing, read_tick
from desktop.services.paper_returns.views import UnsureViews, ViewsOnPaper, is_views_ref, read_views
from desktop.services.reply_codes import ReplyCodeError, ReplyCodeService, parse
from desktop.store.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class Plan:
    """What one page will file, decided in full before anything is written."""

    days: list[tuple[str, bool, bool]]
    """(entry id, ticked, written) for each link-book day marked."""
    folder: tuple[str, bool, bool] | None
    signatures: list[tuple[str, Party]]
    what: str
    read: bool
    written: list[Area]
    """The reply and signature areas with writing in them (cut out and kept)."""
    views: list[ViewsOnPaper] = field(default_factory=list)
    """The views before a plan's review marked on the page (see paper_returns/views.py)."""
    home_learning: list[tuple[str, bool, bool]] = field(default_factory=list)
    """(task id, ticked done, comment written) for each home-learning slip marked."""
    booking: tuple[str, str] | None = None
    """(meeting id, slot id): the time a returned booking slip books (the first ticked one still free)."""
    contact: list[str] = field(default_factory=list)
    """What each ticked "Please contact me" box was on, in words (`link book Mon 16 Nov`)."""


CONTACT_PHRASE = "please_contact"
AGREE_PHRASE = "we_agree"
BOX_WORDS = {CONTACT_PHRASE: "Please contact me", AGREE_PHRASE: "We agree"}
"""The boxes' words in review reasons, by the phrase printed beside them."""


class Review(Exception):
    """The page waits for a person, for this reason."""


class PagePlanner:
    """Decides what one page files (a Plan), or raises Review."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def pupil(self, code: PageCode) -> Pupil:
        try:
            parse(code.reply_code)
            return ReplyCodeService(self.context).lookup(code.reply_code).pupil
        except ReplyCodeError:
            raise Review(
                f"the code {code.reply_code} names no pupil on roll (a pupil who has left or was erased, "
                "or another school's page)"
            ) from None

    def plan(
        self, pupil: Pupil, code: PageCode, page: PageAreas, grey: Image.Image, transform: PageTransform
    ) -> Plan:
        refs: dict[str, list[Area]] = {}
        for area in page.areas:
            refs.setdefault(area.ref, []).append(area)
        days: list[tuple[str, bool, bool]] = []
        folder: tuple[str, bool, bool] | None = None
        signatures: list[tuple[str, Party]] = []
        slips: list[tuple[str, bool, bool]] = []
        words: list[str] = []
        written_areas = [
            a for a in page.areas if a.kind is not AreaKind.TICK and has_writing(grey, transform, a)
        ]
        read = False
        try:
            views = read_views(page.areas, grey, transform)
        except UnsureViews as unsure:
            raise Review(str(unsure)) from None
        for found in views:
            try:
                plan = AgreementService(self.context).agreement(found.agreement_id)
            except InvalidInput:
                raise Review("a views form for a plan no longer in the school's records") from None
            if plan.pupil_id != pupil.id:
                raise Review("a views form whose plan is another child's")
            words.append(f"views before the review of {plan.title}: {found.words()}")
        slip_meeting = ""
        ticked_slots: list[str] = []
        contacts: list[str] = []
        for ref, areas in refs.items():
            if is_views_ref(ref):
                continue
            ticked = contact = agreed = False
            for area in areas:
                if area.kind is AreaKind.TICK:
                    mark = read_tick(grey, transform, area)
                    if mark is Mark.UNSURE:
                        box = BOX_WORDS.get(area.phrase) or (
                            "We did this" if ref.startswith(f"{SLIP_REF}:") else "I have read this"
                        )
                        raise Review(f"unsure mark in the “{box}” box ({ref_words(ref)})")
                    if area.phrase == CONTACT_PHRASE:
                        contact = contact or mark is Mark.TICKED
                    elif area.phrase == AGREE_PHRASE:
                        agreed = agreed or mark is Mark.TICKED
                    else:
                        ticked = ticked or mark is Mark.TICKED
            written = any(has_writing(grey, transform, a) for a in areas if a.kind is AreaKind.REPLY)
            signed = any(has_writing(grey, transform, a) for a in areas if a.kind is AreaKind.SIGNATURE)
            kind, _, rest = ref.partition(":")
            if kind == "slot":
                slip_meeting = rest.partition(":")[0]
                if ticked:
                    ticked_slots.append(rest.partition(":")[2])
                continue
            read = read or ticked
            if kind == "agreement" and agreed and not signed:
                # Agreement is recorded as a signature: a tick alone has no one's name to file under.
                raise Review(
                    f"“We agree” ticked but the line not signed ({ref_words(ref)}): ask the family to sign, "
                    "or file by hand"
                )
            if contact:
                contacts.append(ref_words(ref))
            if not (ticked or written or signed or contact):
                continue
            if kind == "day":
                if ticked or written:  # a "Please contact me" alone asks for a call, not a reply
                    day = dt.date.fromisoformat(rest)
                    entries = LinkBookService(self.context).timeline(pupil.id, day, day)
                    if not entries:
                        raise Review(f"marks for {ref_words(ref)}, which has no link-book entry")
                    days.append((entries[0].id, ticked, written))
            elif kind == "folder":
                period = parse(code.reply_code)[0]
                folders = [
                    f for f in WorkFolderService(self.context).for_pupil(pupil.id) if f.period == period
                ]
                if not folders:
                    raise Review("a marked folder comment page, but the pupil has no folder for its period")
                folder = (folders[0].id, ticked, written)
            elif kind == SLIP_REF:
                if not any(t.task.id == rest for t in HomeLearningService(self.context).for_pupil(pupil.id)):
                    raise Review("marks on a home-learning slip whose task is not set for this pupil here")
                slips.append((rest, ticked, written))
            elif kind == "agreement" and signed:
                agreement_id, _, party = rest.partition(":")
                if Party(party) is Party.SCHOOL:
                    continue  # the school signs its own line at school
                signatures.append((agreement_id, Party(party)))
                read = True
            if kind == SLIP_REF:
                done_words = [w for w, on in (("ticked done", ticked), ("comment written", written)) if on]
                words.append(f"{ref_words(ref)} ({', '.join(done_words)})")
            else:
                words.append(
                    ref_words(ref)
                    + marks_words(ticked, written, signed and kind == "agreement", contact, agreed)
                )
        booking = None
        if slip_meeting:
            booking, booked_words = self._slip_booking(slip_meeting, pupil, ticked_slots)
            words.append(booked_words)
            read = True
        what = "; ".join(words) if words else "nothing marked"
        return Plan(days, folder, signatures, what, read, written_areas, views, slips, booking, contacts)

    def _slip_booking(self, meeting_id: str, pupil: Pupil, ticked: list[str]) -> tuple[tuple[str, str], str]:
        """The time a returned booking slip books, and its words; Review if none can be booked."""
        meetings = MeetingService(self.context)
        try:
            meeting = meetings.meeting(meeting_id)
            slot = meetings.free_choice(meeting, pupil.id, ticked)
        except InvalidInput as problem:
            raise Review(f"booking slip: {problem}") from None
        return (meeting.id, slot.id), f"{meeting.title} booked at {slot.label} (booking slip)"


def ref_words(ref: str) -> str:
    kind, _, rest = ref.partition(":")
    if kind == "day":
        return f"link book {dt.date.fromisoformat(rest):%a %d %b}"
    if kind == "folder":
        return "work folder comment page"
    if kind == "agreement":
        return f"agreement, {rest.partition(':')[2]}'s signature"
    if kind == SLIP_REF:
        return "home-learning slip"
    return ref


def marks_words(
    ticked: bool, written: bool, signed: bool, contact: bool = False, agreed: bool = False
) -> str:
    parts = [
        w
        for w, on in (
            ("ticked read", ticked),
            ("reply written", written),
            ("we agree ticked", agreed),
            ("signed", signed),
            ("please contact me ticked", contact),
        )
        if on
    ]
    return f" ({', '.join(parts)})" if parts else ""
