"""Every table of the schema, in one place: importing this module puts them all on `metadata`.

Alembic's environment (migrations/env.py) and the test that compares the models with the migrations
read the schema from here, so a table in a new schema_* module counts once it is listed below.
"""

from sqlalchemy.orm import configure_mappers

from desktop.store import (
    schema,
    schema_agreement_drafts,
    schema_entry_translations,
    schema_family_reach,
    schema_home_learning,
    schema_meetings,
    schema_paper,
    schema_phrase_languages,
    schema_phrases,
    schema_plan_reviews,
    schema_records,
    schema_review_views,
    schema_staff_notes,
    schema_sync,
)
from desktop.store.schema_base import Base

TABLE_MODULES = (
    schema,
    schema_agreement_drafts,
    schema_entry_translations,
    schema_family_reach,
    schema_home_learning,
    schema_meetings,
    schema_paper,
    schema_phrase_languages,
    schema_phrases,
    schema_plan_reviews,
    schema_records,
    schema_review_views,
    schema_staff_notes,
    schema_sync,
)
"""The modules that define tables; each registers its tables on Base.metadata when imported."""

metadata = Base.metadata


def prepare_mappers() -> None:
    """Set up SQLAlchemy's mappers now (about 0.2 s for this schema) rather than on the first query, so
    that the app can do it on its warm-up thread while the passphrase is typed."""
    configure_mappers()
