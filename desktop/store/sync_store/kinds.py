"""Which of the app's tables sync, as what kind of record, in which scope, and under which merge rule.

A row becomes a record keyed by its primary key (composite keys joined with ":"). Its columns other than
the key travel as fields, in the JSON form the database holds them (dates and times as SQLite's text,
JSON columns as JSON), so a row written from a record is byte for byte the row that was read.

Merge rules by kind (see sync/merge.py):

- **fields**: each column is a last-writer-wins field (a pupil's first language, a folder's status).
- **whole**: the row is one last-writer-wins value. A link-book entry has one author who edits it through
  the day; merging its columns separately would buy nothing and cost ten changes per entry (2.85 million
  for a large school's year instead of 285,000).
- **append**: written once by one device, never changed: replies, acknowledgements, signatures.
- **text** columns of a fields kind are long text (an agreement version's content): two edits that did
  not see each other are both kept as a conflict for a person to resolve.

Scopes (ARCHITECTURE.md): one pupil (link book, agreements, folders, family), one class (its news and
events), the school (the school, staff, classes, calendar, templates, school-wide news and events). A
family member linked to two siblings is in both pupils' scopes. What only staff may read (family
profiles, the contact log, the reach setting, staff-only notes on entries, the safeguarding word list,
support plans' assessments and reviews and the report files kept with a review, returned paper pages
and their pictures) goes to a class's staff scope, or the school's, which only staff devices hold.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import JSON, Boolean, LargeBinary, Table


class Style(enum.StrEnum):
    FIELDS = "fields"
    WHOLE = "whole"
    APPEND = "append"


class ScopeRule(enum.StrEnum):
    SCHOOL = "school"
    CLASS = "class"
    """`owner` is a class id column; no class means the school scope."""
    PUPIL = "pupil"
    """`owner` is SQL giving the pupil id (several, comma separated, for a family member)."""
    STAFF = "staff"
    """Staff only: `owner` is a class id (the class's staff scope); no class means the school's staff
    scope. No family device is ever given a staff scope's key (see scopes.py)."""


WHOLE_FIELD = "row"
"""The one field of a `whole` record."""


@dataclass(frozen=True)
class Kind:
    """How one table syncs."""

    name: str
    table_name: str
    style: Style
    scope: ScopeRule
    owner: str = ""
    """SQL over the row (aliased `t`) naming its class or pupil(s)."""
    parents: tuple[tuple[str, str], ...] = ()
    """(column, table) pairs whose row must exist before this row can be written."""
    text_columns: frozenset[str] = frozenset()
    unique_risk: bool = False
    """The table has a unique constraint besides its key that two devices could both claim."""
    search: str = ""
    """How the row is indexed for search after it arrives ("entry", "reply", "agreement", "folder")."""
    skip: frozenset[str] = field(default_factory=frozenset)
    """Columns that stay on this device."""
    optional: bool = False
    """A row with no owner is simply not this kind's (an attachment in no class news), rather than one
    waiting for its pupil's scope: it is left alone, not noted again."""
    blob: bool = False
    """The row is an attachment: its record also carries `blob_id`, the SHA-256 of its encrypted file,
    under which the file travels (see desktop/services/sync/attachments.py)."""

    @cached_property
    def table(self) -> Table:
        # Every schema module's tables: a process that opens a vault needing no migration may not have
        # imported the module that defines this kind's table (a first sync's queue hit a KeyError).
        from desktop.store.tables import metadata

        return metadata.tables[self.table_name]

    @cached_property
    def key_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.table.primary_key.columns)

    @cached_property
    def value_columns(self) -> tuple[str, ...]:
        keys = set(self.key_columns)
        return tuple(c.name for c in self.table.columns if c.name not in keys and c.name not in self.skip)

    @cached_property
    def json_columns(self) -> frozenset[str]:
        return frozenset(c.name for c in self.table.columns if isinstance(c.type, JSON))

    @cached_property
    def bool_columns(self) -> frozenset[str]:
        return frozenset(c.name for c in self.table.columns if isinstance(c.type, Boolean))

    @cached_property
    def binary_columns(self) -> frozenset[str]:
        return frozenset(c.name for c in self.table.columns if isinstance(c.type, LargeBinary))

    @cached_property
    def key_sql(self) -> str:
        """SQL giving the record id of a row aliased `t` (or NEW / OLD in a trigger, by replacing `t.`)."""
        return " || ':' || ".join(f"t.{c}" for c in self.key_columns)

    def record_id(self, key_values: tuple[object, ...]) -> str:
        return ":".join(str(v) for v in key_values)

    def key_values(self, record_id: str) -> tuple[str, ...]:
        parts = tuple(record_id.split(":")) if len(self.key_columns) > 1 else (record_id,)
        if len(parts) != len(self.key_columns):
            raise ValueError(f"not a {self.name} record id")
        return parts


_ENTRY_PUPIL = "(SELECT e.pupil_id FROM linkbook_entry e WHERE e.id = t.entry_id)"
_AGREEMENT_PUPIL = "(SELECT a.pupil_id FROM agreement a WHERE a.id = t.agreement_id)"
_ATTACHMENT_PUPILS = (
    "(SELECT group_concat(p) FROM (SELECT f.pupil_id AS p FROM work_item_attachment wa"
    " JOIN work_item i ON i.id = wa.item_id JOIN work_folder f ON f.id = i.folder_id"
    " WHERE wa.attachment_id = t.id UNION SELECT ap.pupil_id FROM attachment_pupil ap"
    " WHERE ap.attachment_id = t.id))"
)
_PAPER_PICTURE = (
    "EXISTS (SELECT 1 FROM paper_return r WHERE r.picture_id = {id} OR EXISTS (SELECT 1 FROM "
    "json_each(r.cuttings) c WHERE json_extract(c.value, '$[2]') = {id}))"
)
"""Whether an attachment is a returned page's picture or one of its cuttings (staff only: see
`paper_picture`)."""
_ATTACHMENT_PUPILS = f"(CASE WHEN {_PAPER_PICTURE.format(id='t.id')} THEN NULL ELSE {_ATTACHMENT_PUPILS} END)"
_ATTACHMENT_NEWS = (
    "(SELECT coalesce(n.class_id, '') FROM news_attachment na JOIN news_item n ON n.id = na.news_id"
    " WHERE na.attachment_id = t.id ORDER BY n.class_id LIMIT 1)"
)

KINDS: tuple[Kind, ...] = (
    # Parents before children: the order records are written in when several arrive together.
    Kind("school", "school", Style.FIELDS, ScopeRule.SCHOOL),
    Kind("staff", "staff_member", Style.FIELDS, ScopeRule.SCHOOL),
    Kind("class", "school_class", Style.FIELDS, ScopeRule.SCHOOL, unique_risk=True),
    Kind(
        "class_staff",
        "class_staff",
        Style.FIELDS,
        ScopeRule.SCHOOL,
        parents=(("class_id", "school_class"), ("staff_id", "staff_member")),
    ),
    Kind("term", "term", Style.FIELDS, ScopeRule.SCHOOL),
    Kind("closure", "closure_day", Style.FIELDS, ScopeRule.SCHOOL),
    Kind("template", "agreement_template", Style.FIELDS, ScopeRule.SCHOOL),
    Kind("news", "news_item", Style.FIELDS, ScopeRule.CLASS, "t.class_id", (("class_id", "school_class"),)),
    Kind(
        "event", "school_event", Style.FIELDS, ScopeRule.CLASS, "t.class_id", (("class_id", "school_class"),)
    ),
    Kind("pupil", "pupil", Style.FIELDS, ScopeRule.PUPIL, "t.id", (("class_id", "school_class"),)),
    Kind(
        "family_member",
        "family_member",
        Style.FIELDS,
        ScopeRule.PUPIL,
        "(SELECT group_concat(l.pupil_id) FROM pupil_family l WHERE l.family_member_id = t.id)",
    ),
    Kind(
        "family_link",
        "pupil_family",
        Style.FIELDS,
        ScopeRule.PUPIL,
        "t.pupil_id",
        (("pupil_id", "pupil"), ("family_member_id", "family_member")),
    ),
    Kind(
        "entry",
        "linkbook_entry",
        Style.WHOLE,
        ScopeRule.PUPIL,
        "t.pupil_id",
        (("pupil_id", "pupil"),),
        search="entry",
    ),
    Kind(
        "reply",
        "entry_reply",
        Style.APPEND,
        ScopeRule.PUPIL,
        _ENTRY_PUPIL,
        (("entry_id", "linkbook_entry"),),
        search="reply",
    ),
    Kind(
        "acknowledgement",
        "acknowledgement",
        Style.APPEND,
        ScopeRule.PUPIL,
        _ENTRY_PUPIL,
        (("entry_id", "linkbook_entry"),),
    ),
    Kind(
        "entry_translation",
        "entry_translation",
        Style.WHOLE,
        ScopeRule.PUPIL,
        _ENTRY_PUPIL,
        (("entry_id", "linkbook_entry"),),
    ),
    Kind("agreement", "agreement", Style.FIELDS, ScopeRule.PUPIL, "t.pupil_id", (("pupil_id", "pupil"),)),
    Kind(
        "agreement_version",
        "agreement_version",
        Style.FIELDS,
        ScopeRule.PUPIL,
        _AGREEMENT_PUPIL,
        (("agreement_id", "agreement"),),
        text_columns=frozenset({"content"}),
        unique_risk=True,
        search="agreement",
    ),
    Kind(
        "signature",
        "signature",
        Style.APPEND,
        ScopeRule.PUPIL,
        "(SELECT a.pupil_id FROM agreement a JOIN agreement_version v ON v.agreement_id = a.id"
        " WHERE v.id = t.version_id)",
        (("version_id", "agreement_version"),),
    ),
    Kind(
        "folder",
        "work_folder",
        Style.FIELDS,
        ScopeRule.PUPIL,
        "t.pupil_id",
        (("pupil_id", "pupil"),),
        unique_risk=True,
        search="folder",
    ),
    Kind(
        "work_item",
        "work_item",
        Style.FIELDS,
        ScopeRule.PUPIL,
        "(SELECT f.pupil_id FROM work_folder f WHERE f.id = t.folder_id)",
        (("folder_id", "work_folder"),),
        search="folder",
    ),
    # Home learning: a task goes to the scope of every pupil it is for (so to their families' devices),
    # each pupil's return (done, a comment) to that pupil's scope only.
    Kind(
        "home_learning_task",
        "home_learning_task",
        Style.FIELDS,
        ScopeRule.PUPIL,
        "(SELECT group_concat(h.pupil_id) FROM home_learning_pupil h WHERE h.task_id = t.id)",
    ),
    Kind(
        "home_learning_pupil",
        "home_learning_pupil",
        Style.FIELDS,
        ScopeRule.PUPIL,
        "t.pupil_id",
        (("task_id", "home_learning_task"), ("pupil_id", "pupil")),
    ),
    # Photos and scans: in the scopes of the pupils whose folders hold them or who are tagged in them,
    # and (as "news_photo") in the scope of the class news that shows them. The file travels apart,
    # encrypted under its own key (`file_key`), which only the sealed record carries.
    Kind(
        "attachment",
        "attachment",
        Style.FIELDS,
        ScopeRule.PUPIL,
        _ATTACHMENT_PUPILS,
        optional=True,
        blob=True,
    ),
    Kind(
        "news_photo", "attachment", Style.FIELDS, ScopeRule.CLASS, _ATTACHMENT_NEWS, optional=True, blob=True
    ),
    Kind(
        "item_attachment",
        "work_item_attachment",
        Style.FIELDS,
        ScopeRule.PUPIL,
        "(SELECT f.pupil_id FROM work_item i JOIN work_folder f ON f.id = i.folder_id"
        " WHERE i.id = t.item_id)",
        (("item_id", "work_item"), ("attachment_id", "attachment")),
    ),
    Kind(
        "photo_tag",
        "attachment_pupil",
        Style.FIELDS,
        ScopeRule.PUPIL,
        # A returned page's picture is tagged with its pupil on this device only: it syncs staff-only.
        f"(CASE WHEN {_PAPER_PICTURE.format(id='t.attachment_id')} THEN NULL ELSE t.pupil_id END)",
        (("attachment_id", "attachment"), ("pupil_id", "pupil")),
        optional=True,
    ),
    Kind(
        "news_attachment",
        "news_attachment",
        Style.FIELDS,
        ScopeRule.CLASS,
        "(SELECT n.class_id FROM news_item n WHERE n.id = t.news_id)",
        (("news_id", "news_item"), ("attachment_id", "attachment")),
    ),
    # The family's and the child's views before a plan's review: written once, from home or at school.
    Kind(
        "review_views",
        "review_views",
        Style.APPEND,
        ScopeRule.PUPIL,
        "t.pupil_id",
        (("pupil_id", "pupil"), ("agreement_id", "agreement")),
    ),
)

_PUPIL_CLASS = "(SELECT p.class_id FROM pupil p WHERE p.id = t.pupil_id)"
_PLAN_CLASS = (
    "(SELECT p.class_id FROM agreement a JOIN pupil p ON p.id = a.pupil_id WHERE a.id = t.agreement_id)"
)
_REVIEW_REPORT_CLASS = (
    "(SELECT coalesce(p.class_id, '') FROM plan_review r JOIN agreement a ON a.id = r.agreement_id"
    " JOIN pupil p ON p.id = a.pupil_id, json_each(r.meeting, '$.reports') j"
    " WHERE json_extract(j.value, '$.attachment_id') = t.id ORDER BY r.id LIMIT 1)"
)
"""The class of the pupil whose plan's review names the attachment as a report's file ('' for a pupil
in no class: the school's staff scope, as for the review); NULL when no saved review names it."""

MEETING_KINDS: tuple[Kind, ...] = (
    # A meeting and its times go to every family of the class; a booking only to its own child's scope.
    Kind("meeting", "meeting", Style.FIELDS, ScopeRule.CLASS, "t.class_id", (("class_id", "school_class"),)),
    Kind(
        "meeting_slot",
        "meeting_slot",
        Style.FIELDS,
        ScopeRule.CLASS,
        "(SELECT m.class_id FROM meeting m WHERE m.id = t.meeting_id)",
        (("meeting_id", "meeting"),),
    ),
    Kind(
        "meeting_booking",
        "meeting_booking",
        Style.FIELDS,
        ScopeRule.PUPIL,
        "t.pupil_id",
        (("meeting_id", "meeting"), ("pupil_id", "pupil"), ("slot_id", "meeting_slot")),
    ),
)
KINDS = KINDS + MEETING_KINDS

STAFF_KINDS: tuple[Kind, ...] = (
    # Staff only: never in a pupil's scope, which the family's own devices hold.
    Kind(
        "family_profile",
        "family_profile",
        Style.FIELDS,
        ScopeRule.STAFF,
        _PUPIL_CLASS,
        (("pupil_id", "pupil"),),
    ),
    Kind(
        "family_profile_item",
        "family_profile_item",
        Style.FIELDS,
        ScopeRule.STAFF,
        _PUPIL_CLASS,
        (("pupil_id", "pupil"),),
    ),
    Kind(
        "family_contact",
        "family_contact",
        Style.FIELDS,
        ScopeRule.STAFF,
        _PUPIL_CLASS,
        (("pupil_id", "pupil"),),
    ),
    Kind("reach_setting", "reach_setting", Style.FIELDS, ScopeRule.STAFF),
    Kind(
        "entry_staff_note",
        "entry_staff_note",
        Style.FIELDS,
        ScopeRule.STAFF,
        _PUPIL_CLASS,
        (("entry_id", "linkbook_entry"), ("pupil_id", "pupil")),
    ),
    Kind("concern_words", "concern_words", Style.FIELDS, ScopeRule.STAFF),
    # A support plan's assessments and reviews (the SENCO's record of the cycle): staff records, in the
    # staff scope of the pupil's class, so a family sees the plan the review made, never the review.
    Kind(
        "plan_assessment",
        "plan_assessment",
        Style.FIELDS,
        ScopeRule.STAFF,
        _PLAN_CLASS,
        (("agreement_id", "agreement"),),
    ),
    Kind(
        "plan_review",
        "plan_review",
        Style.FIELDS,
        ScopeRule.STAFF,
        _PLAN_CLASS,
        (("agreement_id", "agreement"),),
        unique_risk=True,
    ),
    # Returned paper: the pages the office scanned, filed or waiting for review, with their pictures and
    # the cuttings beside the entries, in the staff scope of the pupil's class (the school's staff scope
    # for a page whose pupil is not known), never on a family's device. The layouts printed here go to
    # the school's staff scope, so a page printed on one computer is read on another.
    Kind(
        "paper_picture",
        "attachment",
        Style.FIELDS,
        ScopeRule.STAFF,
        "(SELECT coalesce(p.class_id, '') FROM paper_return r LEFT JOIN pupil p ON p.id = r.pupil_id"
        " WHERE r.picture_id = t.id OR EXISTS (SELECT 1 FROM json_each(r.cuttings) c"
        " WHERE json_extract(c.value, '$[2]') = t.id) LIMIT 1)",
        optional=True,
        blob=True,
    ),
    Kind(
        "paper_return",
        "paper_return",
        Style.FIELDS,
        ScopeRule.STAFF,
        "(SELECT coalesce(p.class_id, '') FROM pupil p WHERE p.id = t.pupil_id)",
        (("pupil_id", "pupil"), ("picture_id", "attachment")),
        unique_risk=True,
    ),
    Kind("paper_page_layout", "paper_page_layout", Style.FIELDS, ScopeRule.STAFF, unique_risk=True),
    # A report's file kept with a review (a PDF or a scan): tagged to no pupil, so never in a pupil's
    # scope; it travels with the review that names it, in the same staff scope, its file beside it.
    Kind(
        "review_report",
        "attachment",
        Style.FIELDS,
        ScopeRule.STAFF,
        _REVIEW_REPORT_CLASS,
        optional=True,
        blob=True,
    ),
)
KINDS = KINDS + STAFF_KINDS

ATTACHMENT_LINKS = frozenset({"item_attachment", "photo_tag", "news_attachment"})
"""Kinds linking an attachment to what it belongs to: capturing one captures the attachment too, since
the link decides which scopes the attachment goes to."""

BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
BY_TABLE: dict[str, Kind] = {k.table_name: k for k in KINDS}
ORDER: dict[str, int] = {k.name: n for n, k in enumerate(KINDS)}

SCOPE_MARKER = "scope"
"""A record every scope holds (id "scope"), saying whose records it holds: {"kind", "subject"}."""

FAMILY_KINDS_WRITABLE: dict[str, frozenset[str]] = {
    "reply": frozenset(),
    "acknowledgement": frozenset(),
    "signature": frozenset(),
    "folder": frozenset({"comment_text", "comment_by", "comment_at", "comment_method"}),
    "review_views": frozenset(),
    "home_learning_pupil": frozenset(
        {
            "done",
            "done_at",
            "done_by",
            "done_method",
            "comment_text",
            "comment_by",
            "comment_at",
            "comment_method",
        }
    ),
    "meeting_booking": frozenset({"slot_id", "booked_by", "by_name", "booked_at"}),
}
"""What a family device may write: its replies, acknowledgements and signatures, a folder's comment, its
views before a plan's review, whether their child did a home-learning task (with a comment), and its
booking at a meeting (never whether it came: the school says that)."""

FAMILY_KINDS_DELETABLE: frozenset[str] = frozenset({"meeting_booking"})
"""What a family device may delete: its own booking at a meeting (a family may cancel)."""
