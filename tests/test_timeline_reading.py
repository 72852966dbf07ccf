"""Reading a pupil's year: the order, the threads and the SEN sections come back as they were written,
also from rows another version of the app wrote (a field it added, a field it left out)."""

import datetime as dt
import json
from dataclasses import replace

from sqlalchemy import update

from desktop.domain.linkbook import (
    Amount,
    AuthorKind,
    FirstAidRecord,
    FoodRecord,
    MedicationRecord,
    Method,
    Mood,
    MoodRecord,
    PersonalCareRecord,
    SchoolSession,
    SenSections,
)
from desktop.services.linkbook import LinkBookService
from desktop.store.schema import EntryRow
from tests.conftest import TODAY
from tests.test_linkbook_service import entry_for, teacher_context


def test_a_year_reads_back_oldest_first_with_each_thread_in_the_order_written(
    senco_context, small_school
) -> None:
    service = LinkBookService(teacher_context(senco_context, small_school))
    amina, other = small_school["pupils"][2], small_school["pupils"][3]
    days = [TODAY.date() - dt.timedelta(days=n) for n in (3, 10, 1, 7)]
    saved = {
        d: service.save_entry(replace(entry_for(amina, small_school["teacher"], learning=f"Day {d}"), day=d))
        for d in days
    }
    service.save_entry(entry_for(other, small_school["teacher"], learning="Not Amina's"))
    ten_days_ago = saved[days[1]]
    service.add_reply(ten_days_ago.id, "شكراً جزيلاً", "Parent of Amina", AuthorKind.FAMILY)
    service.add_reply(
        ten_days_ago.id, "We will practise at home", "Parent of Amina", AuthorKind.FAMILY, Method.PAPER
    )
    year = service.timeline(amina.id)
    assert [e.day for e in year] == sorted(days)
    assert {e.pupil_id for e in year} == {amina.id}
    [threaded] = [e for e in year if e.id == ten_days_ago.id]
    assert [r.text for r in threaded.replies] == ["شكراً جزيلاً", "We will practise at home"]
    assert [r.method for r in threaded.replies] == [Method.DIGITAL, Method.PAPER]
    assert all(e.replies == () for e in year if e.id != ten_days_ago.id)


def test_sections_of_every_kind_survive_and_rows_from_another_version_still_read(
    senco_context, small_school
) -> None:
    service = LinkBookService(teacher_context(senco_context, small_school))
    zofia = small_school["pupils"][0]
    sections = SenSections(
        mood=(
            MoodRecord(SchoolSession.MORNING, Mood.CALM, "Cisza w kąciku"),
            MoodRecord(SchoolSession.LUNCHTIME, Mood.HAPPY),
        ),
        food_and_drink=(FoodRecord("lunch", Amount.MOST),),
        personal_care=(PersonalCareRecord(dt.time(10, 15), "changed", "spare clothes used"),),
        first_aid=(FirstAidRecord(dt.time(12, 40), "grazed knee", "cleaned, plaster", "Mr Okafor"),),
        medication=(MedicationRecord(dt.time(13, 0), "inhaler", "2 puffs", "Ms Nowak"),),
    )
    entry = service.save_entry(entry_for(zofia, small_school["teacher"], sections=sections))
    [stored] = service.timeline(zofia.id)
    assert stored.sections == sections
    written = json.loads(
        json.dumps({"mood": [{"session": "afternoon", "mood": "upset", "added_later": 1}], "pets": []})
    )
    with senco_context.vault.writing() as session:
        session.execute(update(EntryRow).where(EntryRow.id == entry.id).values(sections=written))
    [stored] = service.timeline(zofia.id)
    assert stored.sections == SenSections(mood=(MoodRecord(SchoolSession.AFTERNOON, Mood.UPSET),))
