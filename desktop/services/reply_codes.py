"""Reply codes on paper packs, and typing in what comes back on paper.

A code names a pupil and a period without storing anything: `26W47-K7QF-2XM9` is the period (2026, ISO
week 47; `M` for a month), seven characters of an HMAC over (pupil id, period) under a key derived from
the school's database key, and a check character (Luhn mod 32) so that a mistyped character or two swapped
neighbours are caught before any lookup. Finding the pupil means recomputing the HMAC for each pupil on
roll: microseconds each, so a whole school takes milliseconds. The key never leaves the vault, so a code
reveals nothing about the child and cannot be forged by someone who has seen other codes.

Crockford's base-32 alphabet leaves out I, L, O and U; when reading, O is taken as 0, I and L as 1, U as V.
"""

import datetime as dt
import hashlib
import hmac
import re
from dataclasses import dataclass

from desktop.domain.calendar import Period, PeriodKind
from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import Acknowledgement, AuthorKind, LinkBookEntry, Method, Reply
from desktop.domain.pupils import Pupil
from desktop.domain.work_folders import WorkFolder
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput

KEY_PURPOSE = "linkbook reply codes"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BODY_LENGTH = 7
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_SHAPE = re.compile(r"^(\d{2})([WM])(\d{2})([" + ALPHABET + r"]{" + str(BODY_LENGTH + 1) + r"})$")
EXAMPLE = "26W47-K7QF-2XM9"


class ReplyCodeError(InvalidInput):
    """A code that cannot be used; the message says what to do."""


class MistypedCode(ReplyCodeError):
    """The code's form or check character is wrong: a typing mistake."""


class UnknownCode(ReplyCodeError):
    """A well-formed code that names no pupil on roll."""


def _period_token(period: Period) -> str:
    if period.kind is PeriodKind.WEEK:
        year, week, _ = period.start.isocalendar()
        return f"{year % 100:02d}W{week:02d}"
    return f"{period.start.year % 100:02d}M{period.start.month:02d}"


def _body(key: bytes, pupil_id: str, period: Period) -> str:
    digest = hmac.new(key, f"{pupil_id}|{period.label}".encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:5], "big") >> (40 - 5 * BODY_LENGTH)
    return "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(BODY_LENGTH)))


def check_character(payload: str) -> str:
    """Luhn mod 32: catches any one wrong character and every swap of two neighbours but "0" with "Z"."""
    factor, total = 2, 0
    for char in reversed(payload):
        addend = factor * ALPHABET.index(char)
        factor = 3 - factor
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def make_code(key: bytes, pupil_id: str, period: Period) -> str:
    """The printed code for a pupil and period: PERIOD-XXXX-XXXC."""
    payload = _period_token(period) + _body(key, pupil_id, period)
    full = payload + check_character(payload)
    return f"{full[:5]}-{full[5:9]}-{full[9:]}"


def normalise(text: str) -> str:
    """What a person typed or a scanner read, as the canonical code characters (no separators)."""
    return re.sub(r"[\s\-_.·/]", "", text.upper()).translate(_READ_AS)


def parse(text: str) -> tuple[Period, str]:
    """The period a code names and its canonical form; MistypedCode if it cannot be a code."""
    compact = normalise(text)
    match = _SHAPE.match(compact)
    if not match:
        raise MistypedCode(
            f"{text.strip()!r} is not a reply code. A code looks like {EXAMPLE}: copy it from the top right "
            "of the returned page."
        )
    if check_character(compact[:-1]) != compact[-1]:
        raise MistypedCode(
            f"The code {text.strip()} has a typing mistake (its last character does not match the rest). "
            "Check each character against the paper; 0 and O, 1 and I are the same."
        )
    year, kind, number = 2000 + int(match[1]), match[2], int(match[3])
    try:
        if kind == "W":
            period = Period(PeriodKind.WEEK, dt.date.fromisocalendar(year, number, 1))
        else:
            period = Period(PeriodKind.MONTH, dt.date(year, number, 1))
    except ValueError:
        raise MistypedCode(
            f"The code {text.strip()} names no real week or month; check the first part."
        ) from None
    canonical = f"{compact[:5]}-{compact[5:9]}-{compact[9:]}"
    return period, canonical


@dataclass(frozen=True, slots=True)
class CodeMatch:
    """Who and when a code names."""

    code: str
    pupil: Pupil
    period: Period


@dataclass(frozen=True, slots=True)
class PaperReplyTarget:
    """Everything the "Record a paper reply" screen needs once a code is typed."""

    code: str
    pupil: Pupil
    period: Period
    entries: tuple[LinkBookEntry, ...]
    family: tuple[FamilyMember, ...]
    folder: WorkFolder | None


@dataclass(frozen=True, slots=True)
class PaperReplyRecorded:
    reply: Reply | None
    acknowledgement: Acknowledgement | None


class ReplyCodeService:
    """Makes the codes printed on packs and turns a typed code back into the pupil, period and entries."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self._key = context.vault.subkey(KEY_PURPOSE)

    def code_for(self, pupil_id: str, period: Period) -> str:
        return make_code(self._key, pupil_id, period)

    def lookup(self, text: str) -> CodeMatch:
        """The pupil and period a typed or scanned code names; MistypedCode or UnknownCode otherwise."""
        period, canonical = parse(text)
        body = normalise(canonical)[5:-1]
        found = [
            p
            for p in SchoolService(self.context).pupils()
            if hmac.compare_digest(_body(self._key, p.id, period), body)
        ]
        if not found:
            raise UnknownCode(
                f"No pupil on roll has the code {canonical}. It may be from another school's pack, from a "
                "pupil who has left, or mistyped in a way the check could not catch: check it against the "
                "paper."
            )
        if len(found) > 1:
            raise UnknownCode(
                f"The code {canonical} fits more than one pupil; find the pupil by name instead."
            )
        return CodeMatch(canonical, found[0], period)

    def open_paper_reply(self, text: str) -> PaperReplyTarget:
        """The pupil's entries and folder for the code's period, ready for staff to type what came back."""
        match = self.lookup(text)
        period = match.period
        entries = LinkBookService(self.context).timeline(match.pupil.id, period.start, period.end)
        family = SchoolService(self.context).family_of(match.pupil.id)
        folders = [f for f in WorkFolderService(self.context).for_pupil(match.pupil.id) if f.period == period]
        return PaperReplyTarget(
            code=match.code,
            pupil=match.pupil,
            period=period,
            entries=tuple(sorted(entries, key=lambda e: e.day)),
            family=tuple(family),
            folder=folders[0] if folders else None,
        )

    def record_paper_reply(
        self,
        entry_id: str,
        text: str,
        by_name: str,
        acknowledged: bool,
        family_member_id: str | None = None,
        written_on: dt.date | None = None,
        acknowledged_at: dt.datetime | None = None,
    ) -> PaperReplyRecorded:
        """Type in a reply written on paper and/or its "I have read this" tick, marked as from paper
        (acknowledged_at: when the tick was made, such as the scan's date; now by default)."""
        if not text.strip() and not acknowledged:
            raise InvalidInput("Type the reply, or tick that the family read the page, or both.")
        if not by_name.strip():
            raise InvalidInput("Say who wrote on the paper (the name under the signature).")
        linkbook = LinkBookService(self.context)
        written_at = dt.datetime.combine(written_on, dt.time(12)) if written_on else None
        reply = (
            linkbook.add_reply(
                entry_id,
                text,
                by_name,
                AuthorKind.FAMILY,
                Method.PAPER,
                family_member_id=family_member_id,
                written_at=written_at,
            )
            if text.strip()
            else None
        )
        acknowledgement = None
        if acknowledged:
            entry = linkbook.entry(entry_id)
            already = any(a.by_name == by_name and a.method is Method.PAPER for a in entry.acknowledgements)
            if not already:
                acknowledgement = linkbook.acknowledge(
                    entry_id, by_name, Method.PAPER, family_member_id, acknowledged_at
                )
        return PaperReplyRecorded(reply, acknowledgement)

    def record_folder_comment(self, folder_id: str, text: str, by_name: str) -> WorkFolder:
        """A family's comment written on a printed work folder's comment page."""
        return WorkFolderService(self.context).add_family_comment(folder_id, text, by_name, Method.PAPER)
