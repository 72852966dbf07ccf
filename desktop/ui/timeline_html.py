"""A pupil's link book as HTML for a QTextBrowser: every value escaped, one anchor per entry.

Kept apart from the widget so it can be tested and timed without a window, and so that filtering by
section or date is a pure function of the entries.
"""

import datetime as dt
import enum
import html
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.linkbook import CLASS_NOTE, AuthorKind, EntryText, LinkBookEntry, Method, SenSections

translate = QCoreApplication.translate
PAPER_SCHEME = "paper"
"""Image names of reply areas cut out of returned pages (`paper:<attachment id>`), added to the document."""


class Section(enum.StrEnum):
    """What a person may filter a pupil's timeline by."""

    ALL = "all"
    LEARNING = "learning"
    WINS = "wins"
    REMINDERS = "reminders"
    NOTES = "notes"
    SEN = "sen"
    REPLIES = "replies"


def _has(entry: LinkBookEntry, section: Section) -> bool:
    match section:
        case Section.ALL:
            return True
        case Section.LEARNING:
            return bool(entry.learning.strip())
        case Section.WINS:
            return bool(entry.wins.strip())
        case Section.REMINDERS:
            return bool(entry.reminders.strip())
        case Section.NOTES:
            return bool(entry.note.strip() or entry.class_note.strip())
        case Section.SEN:
            return not entry.sections.is_empty
        case Section.REPLIES:
            return bool(entry.replies)


def filtered(
    entries: Iterable[LinkBookEntry], section: Section, first: dt.date | None, last: dt.date | None
) -> list[LinkBookEntry]:
    """The entries that have the section, within the dates, newest first."""
    kept = [
        e
        for e in entries
        if _has(e, section) and (first is None or e.day >= first) and (last is None or e.day <= last)
    ]
    return sorted(kept, key=lambda e: (e.day, e.updated_at or dt.datetime.min), reverse=True)


EARLIER_LINK = "earlier:"
"""The link at the end of a timeline that shows only its newest days."""


def anchor(entry_id: str) -> str:
    return f"entry-{entry_id}"


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


TEXT_LABELS: dict[str, object] = {
    CLASS_NOTE: QT_TRANSLATE_NOOP("PupilTimelineView", "Class note"),
    EntryText.LEARNING: QT_TRANSLATE_NOOP("PupilTimelineView", "What we learned"),
    EntryText.WINS: QT_TRANSLATE_NOOP("PupilTimelineView", "Wins"),
    EntryText.REMINDERS: QT_TRANSLATE_NOOP("PupilTimelineView", "Reminders"),
    EntryText.NOTE: QT_TRANSLATE_NOOP("PupilTimelineView", "Note"),
}
"""The heading of each text field of an entry (ENTRY_TEXT_FIELDS), untranslated."""


def _field(label: str, value: str) -> str:
    if not value.strip():
        return ""
    return f"<p><b>{html.escape(label)}</b><br>{_text(value)}</p>"


def _sen(sections: SenSections) -> str:
    rows: list[tuple[str, str]] = []
    rows += [
        (
            translate("PupilTimelineView", "Mood"),
            f"{m.session.value}: {m.mood.value}" + (f" — {m.note}" if m.note else ""),
        )
        for m in sections.mood
    ]
    rows += [
        (
            translate("PupilTimelineView", "Food and drink"),
            f"{f.meal}: {f.amount.value}" + (f" — {f.note}" if f.note else ""),
        )
        for f in sections.food_and_drink
    ]
    rows += [
        (
            translate("PupilTimelineView", "Personal care"),
            f"{c.time:%H:%M} {c.care}" + (f" — {c.note}" if c.note else ""),
        )
        for c in sections.personal_care
    ]
    rows += [
        (
            translate("PupilTimelineView", "First aid"),
            f"{a.time:%H:%M} {a.what_happened}; {a.treatment} ({a.given_by})",
        )
        for a in sections.first_aid
    ]
    rows += [
        (
            translate("PupilTimelineView", "Medication"),
            f"{m.time:%H:%M} {m.medicine}, {m.dose} ({m.given_by})",
        )
        for m in sections.medication
    ]
    if not rows:
        return ""
    # Each section's label once, on its first row: "Mood" then the morning's and the afternoon's moods.
    cells = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(k if n == 0 or rows[n - 1][0] != k else '')}"
        f"</b></td><td>{html.escape(v)}</td></tr>"
        for n, (k, v) in enumerate(rows)
    )
    return f"<table>{cells}</table>"


def _replies(entry: LinkBookEntry) -> str:
    parts = []
    for reply in entry.replies:
        who = html.escape(reply.author_name)
        if reply.author_kind is AuthorKind.FAMILY:
            source = translate("PupilTimelineView", "from home")
            if reply.method is Method.PAPER:
                typed = html.escape(reply.recorded_by or "")
                source = translate("PupilTimelineView", "from home, on paper (typed in by {name})").format(
                    name=typed
                )
        else:
            source = translate("PupilTimelineView", "from school")
        parts.append(
            f"<blockquote><i>{who}, {html.escape(source)}, {reply.written_at:%d %b %H:%M}</i>"
            f"<br>{_text(reply.text)}</blockquote>"
        )
    for ack in entry.acknowledgements:
        how = (
            translate("PupilTimelineView", "on paper")
            if ack.method is Method.PAPER
            else translate("PupilTimelineView", "in the app")
        )
        parts.append(
            "<p style='color:#2e6b30'>✓ "
            + html.escape(
                translate("PupilTimelineView", "Read by {name} {how}, {when}").format(
                    name=ack.by_name, how=how, when=f"{ack.at:%d %b}"
                )
            )
            + "</p>"
        )
    return "".join(parts)


def render(
    entries: list[LinkBookEntry],
    earlier: bool = False,
    budget: int | None = None,
    paper: Mapping[dt.date, list[str]] | None = None,
) -> str:
    """The timeline as one HTML document (entries already filtered and ordered, newest first); with
    earlier, a link at the end to show the entries before these. With a budget (characters of HTML),
    entries stop once it is spent (the first always shows), and the link shows the rest."""
    blocks: list[str] = []
    spent = 0
    for entry in entries:
        if budget is not None and blocks and spent >= budget:
            earlier = True
            break
        blocks.append(_entry(entry, (paper or {}).get(entry.day, [])))
        spent += len(blocks[-1])
    more = ""
    if earlier:
        words = html.escape(translate("PupilTimelineView", "Show earlier entries…"))
        more = f"<p><a href='{EARLIER_LINK}'>{words}</a></p>"
    if not entries:
        nothing = translate("PupilTimelineView", "Nothing here yet for these dates and sections.")
        return f"<p><i>{html.escape(nothing)}</i></p>" + more
    return "".join(blocks) + more


def _entry(entry: LinkBookEntry, paper: Sequence[str] = ()) -> str:
    add_reply = html.escape(translate("PupilTimelineView", "Add a reply from home…"))
    written = html.escape(translate("PupilTimelineView", "Written on the returned page:"))
    pictures = "".join(
        f"<p><i>{written}</i><br><img src='{PAPER_SCHEME}:{name}' width='420'></p>" for name in paper
    )
    return (
        f"<a name='{anchor(entry.id)}'></a>"
        f"<h3>{entry.day:%A %d %B %Y}</h3>"
        + "".join(
            _field(translate("PupilTimelineView", str(TEXT_LABELS[name])), text)
            for name, text in entry.texts()
        )
        + _sen(entry.sections)
        + _replies(entry)
        + pictures
        + f"<p><a href='reply:{entry.id}'>{add_reply}</a></p><hr>"
    )
