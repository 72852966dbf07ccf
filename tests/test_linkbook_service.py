"""A teacher's day: writing entries, class notes, replies from home and from paper, search."""

import datetime as dt
from dataclasses import replace

import pytest

from desktop.domain.access import Actor
from desktop.domain.linkbook import (
    Amount,
    AuthorKind,
    FoodRecord,
    LinkBookEntry,
    Method,
    Mood,
    MoodRecord,
    SchoolSession,
    SenSections,
)
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.search import SearchService
from desktop.store.errors import InvalidInput
from tests.conftest import TODAY


def teacher_context(senco_context: ServiceContext, school: dict) -> ServiceContext:
    teacher = school["teacher"]
    return ServiceContext(
        senco_context.vault, Actor(teacher.name, StaffRole.CLASS_TEACHER, teacher.id), clock=lambda: TODAY
    )


def entry_for(pupil, teacher, **fields) -> LinkBookEntry:
    return LinkBookEntry(
        pupil_id=pupil.id,
        day=TODAY.date(),
        author_id=teacher.id,
        author_role=StaffRole.CLASS_TEACHER,
        **fields,
    )


def test_saved_entry_appears_in_the_class_day_and_the_timeline(senco_context, small_school) -> None:
    service = LinkBookService(teacher_context(senco_context, small_school))
    zofia = small_school["pupils"][0]
    sections = SenSections(
        mood=(MoodRecord(SchoolSession.MORNING, Mood.HAPPY, "sang at the carpet"),),
        food_and_drink=(FoodRecord("lunch", Amount.MOST, "left the peas"),),
    )
    service.save_entry(
        entry_for(
            zofia, small_school["teacher"], learning="Column addition", wins="Read aloud", sections=sections
        )
    )
    day = service.class_day(small_school["class"].id, TODAY.date())
    assert [d.pupil.id for d in day if d.written] == [zofia.id]
    assert len(day) == 10
    [stored] = service.timeline(zofia.id)
    assert stored.learning == "Column addition"
    assert stored.sections == sections


def test_editing_an_entry_keeps_one_entry(senco_context, small_school) -> None:
    service = LinkBookService(teacher_context(senco_context, small_school))
    pupil = small_school["pupils"][1]
    entry = service.save_entry(entry_for(pupil, small_school["teacher"], learning="Fractions"))
    service.save_entry(replace(entry, learning="Fractions of shapes"))
    assert [e.learning for e in service.timeline(pupil.id)] == ["Fractions of shapes"]


def test_entry_for_a_future_day_is_refused_with_advice(senco_context, small_school) -> None:
    service = LinkBookService(teacher_context(senco_context, small_school))
    future = replace(
        entry_for(small_school["pupils"][0], small_school["teacher"]), day=TODAY.date() + dt.timedelta(days=3)
    )
    with pytest.raises(InvalidInput, match="reminders"):
        service.save_entry(future)
    assert service.timeline(small_school["pupils"][0].id) == []


def test_class_note_goes_to_the_chosen_pupils_only(senco_context, small_school) -> None:
    service = LinkBookService(teacher_context(senco_context, small_school))
    chosen = [p.id for p in small_school["pupils"][:4]]
    sent = service.send_class_note(
        small_school["class"].id, TODAY.date(), "Trip to the museum on Tuesday", chosen
    )
    assert sent == 4
    day = service.class_day(small_school["class"].id, TODAY.date())
    noted = {d.pupil.id for d in day if d.entry and d.entry.class_note}
    assert noted == set(chosen)


def test_family_reply_and_paper_reply_are_told_apart(senco_context, small_school) -> None:
    service = LinkBookService(teacher_context(senco_context, small_school))
    amina = small_school["pupils"][2]
    entry = service.save_entry(entry_for(amina, small_school["teacher"], learning="Phonics: ai, ee"))
    service.add_reply(entry.id, "شكرا، قرأنا معًا", "Parent of Amina", AuthorKind.FAMILY)
    service.add_reply(
        entry.id, "She was tired today", "Parent of Amina", AuthorKind.FAMILY, method=Method.PAPER
    )
    service.acknowledge(entry.id, "Parent of Amina", Method.PAPER)
    [stored] = service.timeline(amina.id)
    assert [r.method for r in stored.replies] == [Method.DIGITAL, Method.PAPER]
    assert stored.replies[1].recorded_by == small_school["teacher"].name
    assert stored.acknowledged and stored.acknowledgements[0].method is Method.PAPER


def test_empty_reply_is_refused(senco_context, small_school) -> None:
    service = LinkBookService(teacher_context(senco_context, small_school))
    entry = service.save_entry(entry_for(small_school["pupils"][0], small_school["teacher"], learning="x"))
    with pytest.raises(InvalidInput, match="empty"):
        service.add_reply(entry.id, "   ", "Parent", AuthorKind.FAMILY)


def test_search_finds_entries_and_replies_in_many_scripts(senco_context, small_school) -> None:
    context = teacher_context(senco_context, small_school)
    service = LinkBookService(context)
    pupils = small_school["pupils"]
    service.save_entry(entry_for(pupils[0], small_school["teacher"], learning="Wielki Wybuch i planety"))
    entry = service.save_entry(entry_for(pupils[3], small_school["teacher"], learning="Volcanoes erupting"))
    service.add_reply(entry.id, "ਅਸੀਂ ਜੁਆਲਾਮੁਖੀ ਬਾਰੇ ਪੜ੍ਹਿਆ", "Parent", AuthorKind.FAMILY)
    search = SearchService(context)
    assert [r.pupil.id for r in search.search("volcano")] == [pupils[3].id]
    assert [r.hit.kind for r in search.search("ਜੁਆਲਾਮੁਖੀ")] == ["reply"]
    assert [r.pupil.id for r in search.search("wybuch planety")] == [pupils[0].id]
    assert search.search("wybuch volcano") == []
    assert search.search("  ") == []


def test_teaching_assistant_may_not_tailor_agreements(senco_context, small_school) -> None:
    from desktop.domain.agreements import DocumentContent, DocumentKind
    from desktop.services.agreements import AgreementService

    ta = ServiceContext(
        senco_context.vault, Actor("Ms Nowak", StaffRole.TEACHING_ASSISTANT), clock=lambda: TODAY
    )
    with pytest.raises(PermissionError, match="teaching assistant may not"):
        AgreementService(ta).create(
            small_school["pupils"][0].id, DocumentKind.AGREEMENT, "x", DocumentContent()
        )
