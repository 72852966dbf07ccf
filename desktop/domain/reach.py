"""Families not reached: each family's last two-way contact over every channel, and who has gone quiet.

A pure computation over plain inputs (the store gathers the last dates in a few aggregate queries), so a
whole school of 1,500 families is ranked in a few milliseconds and the rules are tested without a database.

Two-way contact is anything that came back from home: a reply, acknowledgement, signature or folder
comment made in the app or returned on a paper page (typed or scanned in), and a logged call, meeting or
visit in which the family was reached.
"""

import bisect
import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.calendar import SchoolCalendar

DEFAULT_REACH_DAYS = 10
"""School days without two-way contact after which a family counts as not reached."""
PAPER_SILENCE = dt.timedelta(weeks=4)
APP_SILENCE = dt.timedelta(weeks=3)


class ReachChannel(enum.StrEnum):
    """Where the last two-way contact came from."""

    APP = "app"
    PAPER = "paper"
    LOGGED = "logged"
    """A call, visit or message logged by staff in which the family was reached."""
    MEETING = "meeting"


class Reason(enum.StrEnum):
    NEVER = "never"
    """Nothing has ever come back from this family."""
    NO_DEVICE_NO_PAPER = "no_device_no_paper"
    """No device at home and no paper page back in four weeks."""
    APP_UNOPENED = "app_unopened"
    """The family joined the app but has not opened anything in three weeks."""
    SILENT = "silent"
    """Nothing back on any channel for the school days set."""


class NextStep(enum.StrEnum):
    CALL_WITH_INTERPRETER = "call_with_interpreter"
    LARGE_PRINT_PACK = "large_print_pack"
    HOME_VISIT = "home_visit"
    PHONE_CALL = "phone_call"
    PAPER_PACK = "paper_pack"


@dataclass(frozen=True, slots=True)
class FamilyReachInput:
    """What is known of one pupil's family, as plain values."""

    pupil_id: str
    pupil_name: str
    class_name: str
    last_app: dt.date | None = None
    last_paper: dt.date | None = None
    last_logged: dt.date | None = None
    last_meeting: dt.date | None = None
    has_device: bool = False
    """Someone in the family has a phone, tablet or computer and takes the link book in the app."""
    joined_app: bool = False
    """A family device has joined (or, where this device cannot tell, the family takes the app)."""
    wants_paper: bool = False
    large_print: bool = False
    interpreter_language: str = ""
    has_phone: bool = True
    failed_attempts: int = 0
    """Logged contacts since the last two-way contact in which the family was not reached."""


@dataclass(frozen=True, slots=True)
class FamilyReach:
    """One family's standing: when they were last heard from, and what to do if they are not reached."""

    pupil_id: str
    pupil_name: str
    class_name: str
    last_contact: dt.date | None
    channel: ReachChannel | None
    school_days_since: int | None
    """School days after the last contact up to today; None when there was never any."""
    reached: bool
    reasons: tuple[Reason, ...] = ()
    next_step: NextStep | None = None
    interpreter_language: str = ""


def _latest(found: FamilyReachInput) -> tuple[dt.date | None, ReachChannel | None]:
    candidates = [
        (found.last_app, ReachChannel.APP),
        (found.last_paper, ReachChannel.PAPER),
        (found.last_logged, ReachChannel.LOGGED),
        (found.last_meeting, ReachChannel.MEETING),
    ]
    dated = [(day, channel) for day, channel in candidates if day is not None]
    if not dated:
        return None, None
    day, channel = max(dated, key=lambda pair: pair[0])
    return day, channel


def _older(day: dt.date | None, today: dt.date, span: dt.timedelta) -> bool:
    return day is None or today - day > span


def _reasons(found: FamilyReachInput, last: dt.date | None, today: dt.date) -> tuple[Reason, ...]:
    reasons: list[Reason] = []
    if last is None:
        reasons.append(Reason.NEVER)
    if not found.has_device and _older(found.last_paper, today, PAPER_SILENCE):
        reasons.append(Reason.NO_DEVICE_NO_PAPER)
    if found.joined_app and _older(found.last_app, today, APP_SILENCE):
        reasons.append(Reason.APP_UNOPENED)
    if not reasons:
        reasons.append(Reason.SILENT)
    return tuple(reasons)


def _next_step(found: FamilyReachInput) -> NextStep:
    if found.failed_attempts >= 2 or not found.has_phone:
        return NextStep.HOME_VISIT
    if found.interpreter_language:
        return NextStep.CALL_WITH_INTERPRETER
    if found.large_print:
        return NextStep.LARGE_PRINT_PACK
    if found.has_device or found.wants_paper:
        return NextStep.PHONE_CALL
    return NextStep.PAPER_PACK


class SchoolDayCounter:
    """Counts school days between a date and today by bisecting one list, so a school costs one walk of
    the calendar rather than one per family."""

    def __init__(self, calendar: SchoolCalendar, first: dt.date, today: dt.date) -> None:
        self.today = today
        self.days = calendar.school_days(first, today)

    def since(self, day: dt.date) -> int:
        """School days after `day`, up to and including today."""
        return len(self.days) - bisect.bisect_right(self.days, day)


def family_reach(
    families: Iterable[FamilyReachInput],
    calendar: SchoolCalendar,
    today: dt.date,
    days: int = DEFAULT_REACH_DAYS,
) -> list[FamilyReach]:
    """Every family's reach, those not reached in `days` school days first (most overdue first: never
    heard from, then the longest silence), then the rest, each group by pupil name."""
    if days < 1:
        raise ValueError("The number of school days must be at least 1.")
    found = list(families)
    latest = [_latest(f) for f in found]
    dates = [day for day, _ in latest if day is not None]
    counter = SchoolDayCounter(calendar, min(dates, default=today), today)
    results = []
    for family, (last, channel) in zip(found, latest, strict=True):
        since = counter.since(last) if last is not None else None
        reached = since is not None and since < days
        results.append(
            FamilyReach(
                pupil_id=family.pupil_id,
                pupil_name=family.pupil_name,
                class_name=family.class_name,
                last_contact=last,
                channel=channel,
                school_days_since=since,
                reached=reached,
                reasons=() if reached else _reasons(family, last, today),
                next_step=None if reached else _next_step(family),
                interpreter_language=family.interpreter_language,
            )
        )
    return sorted(results, key=_order)


def _order(reach: FamilyReach) -> tuple[bool, int, str]:
    overdue = -(reach.school_days_since if reach.school_days_since is not None else 1_000_000)
    return (reach.reached, overdue if not reach.reached else 0, reach.pupil_name.casefold())


def not_reached(reaches: Sequence[FamilyReach]) -> list[FamilyReach]:
    return [r for r in reaches if not r.reached]
