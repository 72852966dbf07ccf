"""The demo school's staff translations: a few reminders translated by bilingual teaching assistants
into Polish, Arabic, Bengali and Urdu, so that paper packs and the family app show a translation beside
the English, and the Translations wanted list has both done and waiting entries.

Translations are written only for entries whose English is one of the reminders below, word for word;
everything else those families read stays on the wanted list. No random numbers are drawn, so the rest
of the demo school is the same with or without this.
"""

import datetime as dt

from sqlalchemy.orm import Session

from desktop.domain.entry_translations import EntryTranslation, fields_wanted
from desktop.domain.languages import LANGUAGES
from desktop.domain.school import StaffRole
from desktop.store.repositories.entry_translations import EntryTranslations
from desktop.store.repositories.linkbook import LinkBookRepository
from desktop.store.repositories.school import SchoolRepository

PER_LANGUAGE = 6
"""Entries translated for each language (the newest that match)."""

REMINDERS: dict[str, dict[str, str]] = {
    "PE tomorrow: please send in PE kit and trainers.": {
        "POL": "Jutro WF: prosimy przysłać strój sportowy i buty sportowe.",
        "ARA": "غدًا حصة التربية البدنية: يرجى إرسال الملابس الرياضية والحذاء الرياضي.",
        "BNG": "আগামীকাল পিই: অনুগ্রহ করে পিই-র পোশাক ও কেডস পাঠাবেন।",
        "URD": "کل پی ای ہے: براہ کرم پی ای کا لباس اور جوتے بھیجیں۔",
    },
    "Library books back on Friday, please.": {
        "POL": "Prosimy o zwrot książek do biblioteki w piątek.",
        "ARA": "يرجى إعادة كتب المكتبة يوم الجمعة.",
        "BNG": "অনুগ্রহ করে শুক্রবার লাইব্রেরির বই ফেরত দিন।",
        "URD": "براہ کرم جمعہ کو لائبریری کی کتابیں واپس کریں۔",
    },
    "Spelling test on Friday: the words are in the yellow book.": {
        "POL": "W piątek sprawdzian z pisowni: słowa są w żółtym zeszycie.",
        "ARA": "اختبار الإملاء يوم الجمعة: الكلمات في الدفتر الأصفر.",
        "BNG": "শুক্রবার বানান পরীক্ষা: শব্দগুলো হলুদ খাতায় আছে।",
        "URD": "جمعہ کو املا کا ٹیسٹ ہے: الفاظ پیلی کاپی میں ہیں۔",
    },
    "Please sign and return the trip letter by Wednesday.": {
        "POL": "Prosimy podpisać i oddać list w sprawie wycieczki do środy.",
        "ARA": "يرجى توقيع رسالة الرحلة وإعادتها قبل يوم الأربعاء.",
        "BNG": "অনুগ্রহ করে বুধবারের মধ্যে ভ্রমণের চিঠিতে সই করে ফেরত দিন।",
        "URD": "براہ کرم سیر کا خط بدھ تک دستخط کر کے واپس کریں۔",
    },
}
"""Demo reminders (desktop/services/demo_data.py) with their translations; starter wording."""

LANGUAGES_TRANSLATED = ("POL", "ARA", "BNG", "URD")


def add_demo_translations(session: Session, today: dt.date) -> int:
    """Translate the newest matching reminders for each language's families; returns how many."""
    staff = SchoolRepository(session).staff()
    assistants = [s for s in staff if s.role is StaffRole.TEACHING_ASSISTANT] or staff
    if not assistants:
        return 0
    repo = EntryTranslations(session)
    entries = LinkBookRepository(session)
    written = 0
    for number, code in enumerate(LANGUAGES_TRANSLATED):
        translator = assistants[number % len(assistants)]
        for entry_id in repo.entries_read_in([code], PER_LANGUAGE, "reminders", REMINDERS):
            entry = entries.entry(entry_id)
            if entry is None or "reminders" not in fields_wanted(entry, {}):
                continue
            at = dt.datetime.combine(min(entry.day + dt.timedelta(days=1), today), dt.time(9, 15))
            repo.put(
                EntryTranslation(
                    entry_id=entry.id,
                    text_field="reminders",
                    language=LANGUAGES[code].code,
                    text=REMINDERS[entry.reminders][code],
                    source=entry.reminders,
                    translator_id=translator.id,
                    translator_name=translator.name,
                    translated_at=at,
                )
            )
            written += 1
    session.flush()
    return written
