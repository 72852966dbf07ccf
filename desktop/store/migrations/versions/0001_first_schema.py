"""First schema: school, pupils, families, link book, agreements, folders, news, audit, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 06:51:41.506335
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Frozen copy: later schema changes must not alter what this revision created.
SEARCH_DDL = "CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"


revision: str = "0001"
down_revision: str | None = None
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agreement_template",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_template")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("blob_name", sa.String(length=64), nullable=False),
        sa.Column("file_key", sa.LargeBinary(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_blob_name"), ["blob_name"], unique=False)

    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("id", name=op.f("uq_audit_event_id")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_pupil_id"), ["pupil_id"], unique=False)

    op.create_table(
        "family_member",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("relationship", sa.String(length=8), nullable=False),
        sa.Column("parental_responsibility", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("home_language", sa.String(length=8), nullable=False),
        sa.Column("large_print", sa.Boolean(), nullable=False),
        sa.Column("devices", sa.JSON(), nullable=False),
        sa.Column("connectivity", sa.String(length=8), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("household", sa.Text(), nullable=False),
        sa.Column("contact_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_member")),
    )
    op.create_table(
        "school",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("urn", sa.String(length=16), nullable=False),
        sa.Column("dfe_number", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school")),
    )
    op.create_table(
        "school_class",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("year_group", sa.String(length=16), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_class")),
        sa.UniqueConstraint("name", name=op.f("uq_school_class_name")),
    )
    op.create_table(
        "staff_member",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
    )
    op.create_table(
        "class_staff",
        sa.Column("class_id", sa.String(length=32), nullable=False),
        sa.Column("staff_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_class_staff_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_member.id"],
            name=op.f("fk_class_staff_staff_id_staff_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("class_id", "staff_id", name=op.f("pk_class_staff")),
    )
    op.create_table(
        "news_item",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("class_id", sa.String(length=32), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("author_name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["school_class.id"], name=op.f("fk_news_item_class_id_school_class")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_news_item")),
    )
    with op.batch_alter_table("news_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_news_item_class_id"), ["class_id"], unique=False)

    op.create_table(
        "pupil",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("class_id", sa.String(length=32), nullable=False),
        sa.Column("upn", sa.String(length=13), nullable=False),
        sa.Column("legal_first_name", sa.Text(), nullable=False),
        sa.Column("legal_last_name", sa.Text(), nullable=False),
        sa.Column("preferred_first_name", sa.Text(), nullable=False),
        sa.Column("preferred_last_name", sa.Text(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("sen_status", sa.String(length=1), nullable=False),
        sa.Column("first_language", sa.String(length=8), nullable=False),
        sa.Column("photo_consent", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["school_class.id"], name=op.f("fk_pupil_class_id_school_class")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pupil")),
    )
    with op.batch_alter_table("pupil", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pupil_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pupil_upn"), ["upn"], unique=False)

    op.create_table(
        "school_event",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("class_id", sa.String(length=32), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=True),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["school_class.id"], name=op.f("fk_school_event_class_id_school_class")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_event")),
    )
    with op.batch_alter_table("school_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_school_event_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_school_event_starts_on"), ["starts_on"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("template_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["pupil_id"], ["pupil.id"], name=op.f("fk_agreement_pupil_id_pupil")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_pupil_id"), ["pupil_id"], unique=False)

    op.create_table(
        "attachment_pupil",
        sa.Column("attachment_id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_attachment_pupil_attachment_id_attachment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_attachment_pupil_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("attachment_id", "pupil_id", name=op.f("pk_attachment_pupil")),
    )
    with op.batch_alter_table("attachment_pupil", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_pupil_pupil_id"), ["pupil_id"], unique=False)

    op.create_table(
        "linkbook_entry",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("author_id", sa.String(length=32), nullable=False),
        sa.Column("author_role", sa.String(length=32), nullable=False),
        sa.Column("learning", sa.Text(), nullable=False),
        sa.Column("wins", sa.Text(), nullable=False),
        sa.Column("reminders", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("class_note", sa.Text(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["pupil_id"], ["pupil.id"], name=op.f("fk_linkbook_entry_pupil_id_pupil")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_linkbook_entry")),
    )
    with op.batch_alter_table("linkbook_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_linkbook_entry_day"), ["day"], unique=False)
        batch_op.create_index("ix_linkbook_entry_pupil_day", ["pupil_id", "day"], unique=False)

    op.create_table(
        "news_attachment",
        sa.Column("news_id", sa.String(length=32), nullable=False),
        sa.Column("attachment_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"], ["attachment.id"], name=op.f("fk_news_attachment_attachment_id_attachment")
        ),
        sa.ForeignKeyConstraint(
            ["news_id"],
            ["news_item.id"],
            name=op.f("fk_news_attachment_news_id_news_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("news_id", "attachment_id", name=op.f("pk_news_attachment")),
    )
    op.create_table(
        "pupil_family",
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("family_member_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_member_id"],
            ["family_member.id"],
            name=op.f("fk_pupil_family_family_member_id_family_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupil.id"], name=op.f("fk_pupil_family_pupil_id_pupil"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pupil_id", "family_member_id", name=op.f("pk_pupil_family")),
    )
    with op.batch_alter_table("pupil_family", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pupil_family_family_member_id"), ["family_member_id"], unique=False
        )

    op.create_table(
        "work_folder",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("period_kind", sa.String(length=8), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("comment_text", sa.Text(), nullable=True),
        sa.Column("comment_by", sa.Text(), nullable=True),
        sa.Column("comment_at", sa.DateTime(), nullable=True),
        sa.Column("comment_method", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(["pupil_id"], ["pupil.id"], name=op.f("fk_work_folder_pupil_id_pupil")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_folder")),
        sa.UniqueConstraint("pupil_id", "period_kind", "period_start", name=op.f("uq_work_folder_pupil_id")),
    )
    with op.batch_alter_table("work_folder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_folder_pupil_id"), ["pupil_id"], unique=False)

    op.create_table(
        "acknowledgement",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("entry_id", sa.String(length=32), nullable=False),
        sa.Column("by_name", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("family_member_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["linkbook_entry.id"],
            name=op.f("fk_acknowledgement_entry_id_linkbook_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acknowledgement")),
    )
    with op.batch_alter_table("acknowledgement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_acknowledgement_entry_id"), ["entry_id"], unique=False)

    op.create_table(
        "agreement_version",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("agreement_id", sa.String(length=32), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("change_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_version_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_version")),
        sa.UniqueConstraint("agreement_id", "number", name=op.f("uq_agreement_version_agreement_id")),
    )
    with op.batch_alter_table("agreement_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_version_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_version_review_date"), ["review_date"], unique=False)

    op.create_table(
        "entry_reply",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("entry_id", sa.String(length=32), nullable=False),
        sa.Column("author_kind", sa.String(length=8), nullable=False),
        sa.Column("author_name", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("family_member_id", sa.String(length=32), nullable=True),
        sa.Column("staff_id", sa.String(length=32), nullable=True),
        sa.Column("recorded_by", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["linkbook_entry.id"],
            name=op.f("fk_entry_reply_entry_id_linkbook_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_reply")),
    )
    with op.batch_alter_table("entry_reply", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_reply_entry_id"), ["entry_id"], unique=False)

    op.create_table(
        "work_item",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("folder_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=False),
        sa.Column("mark", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["folder_id"],
            ["work_folder.id"],
            name=op.f("fk_work_item_folder_id_work_folder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_item")),
    )
    with op.batch_alter_table("work_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_item_folder_id"), ["folder_id"], unique=False)

    op.create_table(
        "signature",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("version_id", sa.String(length=32), nullable=False),
        sa.Column("signer_name", sa.Text(), nullable=False),
        sa.Column("party", sa.String(length=8), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["agreement_version.id"],
            name=op.f("fk_signature_version_id_agreement_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature")),
    )
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signature_version_id"), ["version_id"], unique=False)

    op.create_table(
        "work_item_attachment",
        sa.Column("item_id", sa.String(length=32), nullable=False),
        sa.Column("attachment_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_work_item_attachment_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["work_item.id"],
            name=op.f("fk_work_item_attachment_item_id_work_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "attachment_id", name=op.f("pk_work_item_attachment")),
    )
    op.create_table(
        "search_document",
        sa.Column("rowid", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("pupil_id", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("rowid", name=op.f("pk_search_document")),
        sa.UniqueConstraint("record_id", name=op.f("uq_search_document_record_id")),
    )
    with op.batch_alter_table("search_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_document_pupil_id"), ["pupil_id"], unique=False)
    op.execute(SEARCH_DDL)


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
    op.drop_table("search_document")
    op.drop_table("work_item_attachment")
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signature_version_id"))

    op.drop_table("signature")
    with op.batch_alter_table("work_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_item_folder_id"))

    op.drop_table("work_item")
    with op.batch_alter_table("entry_reply", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_reply_entry_id"))

    op.drop_table("entry_reply")
    with op.batch_alter_table("agreement_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_version_review_date"))
        batch_op.drop_index(batch_op.f("ix_agreement_version_agreement_id"))

    op.drop_table("agreement_version")
    with op.batch_alter_table("acknowledgement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acknowledgement_entry_id"))

    op.drop_table("acknowledgement")
    with op.batch_alter_table("work_folder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_folder_pupil_id"))

    op.drop_table("work_folder")
    with op.batch_alter_table("pupil_family", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pupil_family_family_member_id"))

    op.drop_table("pupil_family")
    op.drop_table("news_attachment")
    with op.batch_alter_table("linkbook_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_linkbook_entry_pupil_day")
        batch_op.drop_index(batch_op.f("ix_linkbook_entry_day"))

    op.drop_table("linkbook_entry")
    with op.batch_alter_table("attachment_pupil", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_pupil_pupil_id"))

    op.drop_table("attachment_pupil")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_pupil_id"))

    op.drop_table("agreement")
    with op.batch_alter_table("school_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_event_starts_on"))
        batch_op.drop_index(batch_op.f("ix_school_event_class_id"))

    op.drop_table("school_event")
    with op.batch_alter_table("pupil", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pupil_upn"))
        batch_op.drop_index(batch_op.f("ix_pupil_class_id"))

    op.drop_table("pupil")
    with op.batch_alter_table("news_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_news_item_class_id"))

    op.drop_table("news_item")
    op.drop_table("class_staff")
    op.drop_table("staff_member")
    op.drop_table("school_class")
    op.drop_table("school")
    op.drop_table("family_member")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_pupil_id"))

    op.drop_table("audit_event")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_blob_name"))

    op.drop_table("attachment")
    op.drop_table("agreement_template")
