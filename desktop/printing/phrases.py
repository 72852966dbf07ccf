"""Bilingual labels: every heading and instruction in English and in the family's home language.

The translations live in resources/phrases/<dfe code>.json (one file per language, to be checked by
native speakers). A school can correct them: `Phrasebook` takes overrides, {language code: {phrase id:
text}}, which win over the shipped files; where they are kept is the caller's business (a setting in
the school's database, so that every device prints the same words).
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from desktop.domain.languages import LANGUAGES
from desktop.printing.resources import resources_dir

ENGLISH: dict[str, str] = {
    "link_book": "Link book",
    "week_beginning": "Week beginning",
    "monday": "Monday",
    "tuesday": "Tuesday",
    "wednesday": "Wednesday",
    "thursday": "Thursday",
    "friday": "Friday",
    "class_note": "A message for the whole class",
    "learning": "What we learned today",
    "wins": "Well done today",
    "reminders": "Reminders",
    "note": "A note from school",
    "mood": "How I felt",
    "morning": "Morning",
    "lunchtime": "Lunchtime",
    "afternoon": "Afternoon",
    "happy": "Happy",
    "calm": "Calm",
    "tired": "Tired",
    "anxious": "Worried",
    "upset": "Upset",
    "unsettled": "Unsettled",
    "food_and_drink": "Food and drink",
    "all": "All",
    "most": "Most",
    "some": "Some",
    "little": "A little",
    "none": "None",
    "personal_care": "Personal care",
    "first_aid": "First aid",
    "medication": "Medicine given",
    "no_entry": "No link-book page for this day",
    "your_reply": "Your reply",
    "i_have_read": "I have read this",
    "please_contact": "Please contact me",
    "we_agree": "We agree",
    "signature": "Signature",
    "date": "Date",
    "name": "Name",
    "return_page": "Please write your reply, tick the box, sign, and send this page back to school.",
    "reply_code": "Reply code",
    "for": "For",
    "pupil": "Pupil",
    "class": "Class",
    "week": "Week",
    "month": "Month",
    "page": "Page",
    "work_folder": "Work folder",
    "contents": "Contents",
    "subject": "Subject",
    "done_on": "Done on",
    "feedback": "Teacher's comments",
    "mark": "Mark",
    "family_comment": "Your comments on this work",
    "return_folder": "Please write your comments, sign, and send this page back to school.",
    "agreement": "Home-school agreement",
    "support_plan": "Support plan",
    "one_page_profile": "One-page profile",
    "version": "Version",
    "school_will": "The school will",
    "family_will": "The family will",
    "pupil_will": "I will",
    "targets": "Targets",
    "review_date": "Review date",
    "progress": "Progress",
    "outcomes": "What we are working towards",
    "provision": "Support in place",
    "what": "What",
    "who": "Who",
    "how_often": "How often",
    "all_about_me": "All about me",
    "important_to_me": "What is important to me",
    "how_to_support_me": "How to support me",
    "for_school": "For the school",
    "parent_or_carer": "Parent or carer",
    "signed_on_paper": "Signed on paper",
    "signed_in_app": "Signed in the app",
    "return_agreement": "Please read this, sign it, and send it back to school.",
    "class_news": "Class news",
    "news": "News",
    "dates": "Dates for your diary",
    "blank_side": "This side is left blank on purpose.",
    # The family's and the child's views before a support plan's review (printing/views_form.py).
    "your_views": "Your views",
    "views_intro": (
        "Before we meet to review the support plan, please tell us what you think. "
        "You may write in any language."
    ),
    "views_going_well": "What is going well",
    "views_hard": "What is hard",
    "views_helps_at_home": "What helps at home",
    "views_hopes": "What we would like to talk about, and our hopes",
    "views_return": "Please write your answers and send this page back to school before the review.",
    "child_views": "My views",
    "child_intro": "Tick one face for each sentence.",
    "child_like_school": "I like coming to school",
    "child_get_help": "I get help when I need it",
    "child_have_friends": "I have friends",
    "child_feel_safe": "I feel safe at school",
    "child_learn_well": "I am learning new things",
    "child_i_like": "What I like",
    "child_is_hard": "What is hard",
    "child_helps_me": "What helps me",
    "face_happy": "Yes",
    "face_okay": "Sometimes",
    "face_sad": "No",
    "meeting_slip": "Booking slip: meeting with the teacher",
    "meeting_reminder": "Reminder: your meeting with the teacher",
    "meeting_day": "Day",
    "meeting_time": "Your time",
    "meeting_room": "Room",
    "interpreter_there": "An interpreter will be there for",
    "tick_times": "Tick every time that suits you.",
    "time_suits": "This time suits us",
    "return_slip": "Please send this slip back to school. We will let you know your time.",
    "see_you": "We look forward to seeing you. If you cannot come, please tell the school.",
}
"""Phrase ids and their English: the ids are what the translation files and overrides key on."""

ALIASES = {"PNJG": "PNJ", "CYM": "WEL"}
"""DfE codes that share another code's translations."""


@cache
def shipped(code: str) -> dict[str, str]:
    """The translations shipped for a DfE code ({} when there is no file)."""
    code = ALIASES.get(code.upper(), code.upper())
    path = resources_dir() / "phrases" / f"{code.lower()}.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    phrases: dict[str, str] = data["phrases"]
    return phrases


def translated_languages() -> list[str]:
    """DfE codes of the languages with a phrase file."""
    folder = resources_dir() / "phrases"
    return sorted(p.stem.upper() for p in folder.glob("*.json"))


@dataclass(frozen=True, slots=True)
class Phrasebook:
    """The labels for one family's pack: English, and the home language where we have it."""

    language: str = "ENG"
    overrides: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @property
    def bilingual(self) -> bool:
        return self.language.upper() != "ENG" and bool(
            shipped(self.language) or self.overrides.get(self.language.upper())
        )

    @property
    def right_to_left(self) -> bool:
        known = LANGUAGES.get(self.language.upper())
        return bool(known and known.right_to_left)

    def english(self, phrase: str) -> str:
        return ENGLISH[phrase]

    def home(self, phrase: str) -> str | None:
        """The phrase in the home language, or None (English-speaking family, or not translated yet)."""
        if phrase not in ENGLISH:
            raise KeyError(f"No phrase {phrase!r}; add it to ENGLISH first.")
        code = self.language.upper()
        if code == "ENG":
            return None
        for source in (self.overrides.get(code, {}), self.overrides.get(ALIASES.get(code, code), {})):
            if source.get(phrase, "").strip():
                return source[phrase]
        return shipped(code).get(phrase) or None

    def both(self, phrase: str, separator: str = " / ") -> str:
        """English, then the home language on the same line."""
        home = self.home(phrase)
        return f"{ENGLISH[phrase]}{separator}{home}" if home else ENGLISH[phrase]
