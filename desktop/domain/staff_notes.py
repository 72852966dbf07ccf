"""A staff-only note on a link-book entry: for colleagues, never for the family.

It is kept apart from the entry (its own table, synced in the class's staff scope, which no family device
holds), so it is never printed on a family's pages nor in a family's bundles; a subject-access export lists
it marked for review before disclosure.
"""

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StaffNote:
    entry_id: str
    pupil_id: str
    text: str
    written_by: str
    written_at: dt.datetime
