"""A school's correction of one printed phrase in one home language."""

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PhraseCorrection:
    """The words a school prints for a phrase instead of the shipped translation."""

    language: str
    phrase_id: str
    text: str
    corrected_by: str
    corrected_at: dt.datetime
