"""The database schema: typed SQLAlchemy tables, one per kind of record.

Every record has a UUID id so it can travel between devices. Rows never leave the store: repositories
turn them into domain objects. The schema changes only through Alembic migrations (migrations/).
"""

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class SchoolRow(Base):
    """The school this device serves (one row)."""

    __tablename__ = "school"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    urn: Mapped[str] = mapped_column(String(16), default="")
    dfe_number: Mapped[str] = mapped_column(String(16), default="")


class StaffRow(Base):
    """A member of staff and their role."""

    __tablename__ = "staff_member"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(32))
    email: Mapped[str] = mapped_column(Text, default="")


class ClassRow(Base):
    """A class; sections lists the structured entry sections it uses."""

    __tablename__ = "school_class"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    year_group: Mapped[str] = mapped_column(String(16))
    sections: Mapped[list[Any]] = mapped_column(default=list)


class ClassStaffRow(Base):
    """Which staff work with which class."""

    __tablename__ = "class_staff"
    class_id: Mapped[str] = mapped_column(ForeignKey("school_class.id", ondelete="CASCADE"), primary_key=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), primary_key=True)


class PupilRow(Base):
    """A child on roll."""

    __tablename__ = "pupil"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    class_id: Mapped[str] = mapped_column(ForeignKey("school_class.id"), index=True)
    upn: Mapped[str] = mapped_column(String(13), default="", index=True)
    legal_first_name: Mapped[str] = mapped_column(Text)
    legal_last_name: Mapped[str] = mapped_column(Text)
    preferred_first_name: Mapped[str] = mapped_column(Text, default="")
    preferred_last_name: Mapped[str] = mapped_column(Text, default="")
    date_of_birth: Mapped[dt.date] = mapped_column(Date)
    sen_status: Mapped[str] = mapped_column(String(1), default="N")
    first_language: Mapped[str] = mapped_column(String(8), default="ENG")
    photo_consent: Mapped[str] = mapped_column(String(16), default="not_asked")


class FamilyMemberRow(Base):
    """A parent or carer, how they want to hear from school, and what they have at home."""

    __tablename__ = "family_member"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    relationship: Mapped[str] = mapped_column(String(8))
    parental_responsibility: Mapped[bool] = mapped_column(Boolean, default=True)
    channel: Mapped[str] = mapped_column(String(8), default="app")
    home_language: Mapped[str] = mapped_column(String(8), default="ENG")
    large_print: Mapped[bool] = mapped_column(Boolean, default=False)
    devices: Mapped[list[Any]] = mapped_column(default=list)
    connectivity: Mapped[str] = mapped_column(String(8), default="good")
    phone: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    household: Mapped[str] = mapped_column(Text, default="")
    contact_order: Mapped[int] = mapped_column(Integer, default=1)


class PupilFamilyRow(Base):
    """Which family members a pupil's link book goes to."""

    __tablename__ = "pupil_family"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True)
    family_member_id: Mapped[str] = mapped_column(
        ForeignKey("family_member.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class EntryRow(Base):
    """A daily link-book entry; sections holds the structured SEN sections as JSON."""

    __tablename__ = "linkbook_entry"
    __table_args__ = (Index("ix_linkbook_entry_pupil_day", "pupil_id", "day"),)
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"))
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    author_id: Mapped[str] = mapped_column(Id)
    author_role: Mapped[str] = mapped_column(String(32))
    learning: Mapped[str] = mapped_column(Text, default="")
    wins: Mapped[str] = mapped_column(Text, default="")
    reminders: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    class_note: Mapped[str] = mapped_column(Text, default="")
    sections: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    phrases: Mapped[list[Any] | None] = mapped_column(default=None)
    """The quick phrases the texts were built from, ids with their words (schema 0015; NULL before)."""


class ReplyRow(Base):
    """A message on an entry's thread; append-only."""

    __tablename__ = "entry_reply"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    entry_id: Mapped[str] = mapped_column(ForeignKey("linkbook_entry.id", ondelete="CASCADE"), index=True)
    author_kind: Mapped[str] = mapped_column(String(8))
    author_name: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[dt.datetime] = mapped_column(DateTime)
    method: Mapped[str] = mapped_column(String(8))
    family_member_id: Mapped[str | None] = mapped_column(Id, default=None)
    staff_id: Mapped[str | None] = mapped_column(Id, default=None)
    recorded_by: Mapped[str | None] = mapped_column(Text, default=None)


class AcknowledgementRow(Base):
    """A family member's "I have read this" on an entry."""

    __tablename__ = "acknowledgement"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    entry_id: Mapped[str] = mapped_column(ForeignKey("linkbook_entry.id", ondelete="CASCADE"), index=True)
    by_name: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    method: Mapped[str] = mapped_column(String(8))
    family_member_id: Mapped[str | None] = mapped_column(Id, default=None)


class TemplateRow(Base):
    """A school's template for an agreement, support plan or one-page profile."""

    __tablename__ = "agreement_template"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(24))
    content: Mapped[dict[str, Any]] = mapped_column()


class AgreementRow(Base):
    """One child's tailored agreement, support plan or one-page profile."""

    __tablename__ = "agreement"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(Text)
    template_id: Mapped[str | None] = mapped_column(Id, default=None)


class AgreementVersionRow(Base):
    """One version of an agreement; every version is kept."""

    __tablename__ = "agreement_version"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column()
    review_date: Mapped[dt.date | None] = mapped_column(Date, index=True, default=None)
    status: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(Text)
    change_note: Mapped[str] = mapped_column(Text, default="")


class SignatureRow(Base):
    """A signature on one version, digital or on paper."""

    __tablename__ = "signature"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    version_id: Mapped[str] = mapped_column(
        ForeignKey("agreement_version.id", ondelete="CASCADE"), index=True
    )
    signer_name: Mapped[str] = mapped_column(Text)
    party: Mapped[str] = mapped_column(String(8))
    method: Mapped[str] = mapped_column(String(8))
    signed_on: Mapped[dt.date] = mapped_column(Date)


class WorkFolderRow(Base):
    """A child's folder of work for a week or a month."""

    __tablename__ = "work_folder"
    __table_args__ = (UniqueConstraint("pupil_id", "period_kind", "period_start"),)
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), index=True)
    period_kind: Mapped[str] = mapped_column(String(8))
    period_start: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))
    comment_text: Mapped[str | None] = mapped_column(Text, default=None)
    comment_by: Mapped[str | None] = mapped_column(Text, default=None)
    comment_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    comment_method: Mapped[str | None] = mapped_column(String(8), default=None)


class WorkItemRow(Base):
    """A piece of work in a folder, with the teacher's feedback and mark."""

    __tablename__ = "work_item"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    folder_id: Mapped[str] = mapped_column(ForeignKey("work_folder.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    done_on: Mapped[dt.date] = mapped_column(Date)
    feedback: Mapped[str] = mapped_column(Text, default="")
    mark: Mapped[str] = mapped_column(Text, default="")


class AttachmentRow(Base):
    """A stored file; file_key decrypts its blob (the database itself is encrypted)."""

    __tablename__ = "attachment"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    blob_name: Mapped[str] = mapped_column(String(64), index=True)
    file_key: Mapped[bytes] = mapped_column(LargeBinary)
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AttachmentPupilRow(Base):
    """Which pupils an attachment shows or belongs to."""

    __tablename__ = "attachment_pupil"
    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    pupil_id: Mapped[str] = mapped_column(
        ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class WorkItemAttachmentRow(Base):
    __tablename__ = "work_item_attachment"
    item_id: Mapped[str] = mapped_column(ForeignKey("work_item.id", ondelete="CASCADE"), primary_key=True)
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachment.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class NewsRow(Base):
    """News for a class, or for the school when class_id is empty."""

    __tablename__ = "news_item"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    class_id: Mapped[str | None] = mapped_column(ForeignKey("school_class.id"), index=True, default=None)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    published_on: Mapped[dt.date] = mapped_column(Date)
    author_name: Mapped[str] = mapped_column(Text)


class NewsAttachmentRow(Base):
    __tablename__ = "news_attachment"
    news_id: Mapped[str] = mapped_column(ForeignKey("news_item.id", ondelete="CASCADE"), primary_key=True)
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachment.id"), primary_key=True)


class EventRow(Base):
    """A calendar event for a class or the school."""

    __tablename__ = "school_event"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    class_id: Mapped[str | None] = mapped_column(ForeignKey("school_class.id"), index=True, default=None)
    title: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[dt.date] = mapped_column(Date, index=True)
    starts_at: Mapped[dt.time | None] = mapped_column(Time, default=None)
    location: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="")


class AuditRow(Base):
    """One audit event; seq orders the hash chain."""

    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(Id, unique=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))
    record_kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(Id)
    pupil_id: Mapped[str | None] = mapped_column(Id, index=True, default=None)
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class TermRow(Base):
    """A school term (schema 0002)."""

    __tablename__ = "term"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)


class ClosureRow(Base):
    """A weekday in term when the school is closed: half-term, INSET, bank holiday (schema 0002)."""

    __tablename__ = "closure_day"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class ImportMappingRow(Base):
    """A CSV column mapping remembered for one source (a name the person gave, or a header signature)."""

    __tablename__ = "import_mapping"
    source: Mapped[str] = mapped_column(Text, primary_key=True)
    columns: Mapped[dict[str, Any]] = mapped_column(default=dict)
    day_first: Mapped[bool | None] = mapped_column(Boolean, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ImportLinkRow(Base):
    """Which record an outside system's own id was imported as, so a re-import updates, not duplicates."""

    __tablename__ = "import_link"
    source: Mapped[str] = mapped_column(Text, primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    external_id: Mapped[str] = mapped_column(Text, primary_key=True)
    record_id: Mapped[str] = mapped_column(Id, index=True)


class EntryDraftRow(Base):
    """An entry being typed and not yet saved, per pupil, day and author (schema 0004).

    Autosaved every few seconds so no text is lost if the app is killed; it stays on this device (never
    synced, never audited) and is deleted when the entry is saved.
    """

    __tablename__ = "entry_draft"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    author_key: Mapped[str] = mapped_column(Text, primary_key=True)
    learning: Mapped[str] = mapped_column(Text, default="")
    wins: Mapped[str] = mapped_column(Text, default="")
    reminders: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    sections: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class QuickPhraseRow(Base):
    """A quick phrase for an entry section, for the school or (class_id set) one class (schema 0004)."""

    __tablename__ = "quick_phrase"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    class_id: Mapped[str | None] = mapped_column(
        ForeignKey("school_class.id", ondelete="CASCADE"), index=True, default=None
    )
    section: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class PhraseBankRow(Base):
    """When the default quick phrases were put in the bank (one row), so an emptied bank stays empty."""

    __tablename__ = "phrase_bank"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    seeded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SearchDocumentRow(Base):
    """What each row of the full-text index belongs to; its rowid is the index row's rowid."""

    __tablename__ = "search_document"
    rowid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(Id, unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    pupil_id: Mapped[str] = mapped_column(Id, index=True)
    day: Mapped[dt.date | None] = mapped_column(Date, default=None)


SEARCH_TABLE = "search_index"
SEARCH_DDL = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"
)
