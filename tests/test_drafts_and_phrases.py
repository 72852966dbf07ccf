"""Drafts keep what a teacher typed until the entry is saved; the quick-phrase bank is theirs to edit."""

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain.access import Actor
from desktop.domain.linkbook import LinkBookEntry, Mood, MoodRecord, SchoolSession, SenSections
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftService
from desktop.services.linkbook import LinkBookService
from desktop.services.phrases import DEFAULT_PHRASES, PhraseSection, PhraseService
from desktop.store.errors import InvalidInput
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, TODAY

DAY = TODAY.date()


def _pupils(school: dict[str, object]) -> list[Pupil]:
    pupils = school["pupils"]
    assert isinstance(pupils, list)
    return pupils


def test_a_draft_is_kept_durably_and_comes_back_after_the_school_is_locked(
    senco_context: ServiceContext, small_school: dict[str, object], data_dir: Path
) -> None:
    zofia = _pupils(small_school)[0]
    drafts = DraftService(senco_context)
    mood = SenSections(mood=(MoodRecord(SchoolSession.MORNING, Mood.CALM, "Settled with the timetable."),))
    drafts.save_draft(replace(drafts.new_draft(zofia.id, DAY), wins="Czytała na głos", sections=mood))
    senco_context.vault.close()

    reopened = Vault.unlock(data_dir, PASSPHRASE)
    try:
        back = DraftService(ServiceContext(reopened, senco_context.actor, senco_context.clock)).draft_for(
            zofia.id, DAY
        )
    finally:
        reopened.close()
    assert back is not None
    assert back.wins == "Czytała na głos"
    assert back.sections == mood
    assert back.updated_at == TODAY


def test_saving_a_draft_again_replaces_it_and_adds_nothing_to_the_audit_trail(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    from desktop.store.repositories.audit import AuditRepository

    pupil = _pupils(small_school)[1]
    drafts = DraftService(senco_context)
    with senco_context.vault.reading() as session:
        before = len(AuditRepository(session).events())
    draft = drafts.new_draft(pupil.id, DAY)
    drafts.save_draft(replace(draft, learning="Fractions"))
    drafts.save_draft(replace(draft, learning="Fractions of shapes"))

    assert (
        drafts.drafts_on(DAY, [p.id for p in _pupils(small_school)])[pupil.id].learning
        == "Fractions of shapes"
    )
    with senco_context.vault.reading() as session:
        assert len(AuditRepository(session).events()) == before


def test_drafts_belong_to_their_author(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    pupil = _pupils(small_school)[2]
    mine = DraftService(senco_context)
    mine.save_draft(replace(mine.new_draft(pupil.id, DAY), note="Mine"))
    assistant = Actor("Ms Nguyễn Thị Lan", StaffRole.TEACHING_ASSISTANT, "ta-1")
    theirs = DraftService(ServiceContext(senco_context.vault, assistant, senco_context.clock))

    assert theirs.draft_for(pupil.id, DAY) is None
    assert mine.draft_for(pupil.id, DAY) is not None


def test_saving_the_entry_discards_the_draft(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    pupil = _pupils(small_school)[3]
    drafts = DraftService(senco_context)
    drafts.save_draft(replace(drafts.new_draft(pupil.id, DAY), wins="ਬਹੁਤ ਵਧੀਆ"))
    entry = LinkBookEntry(pupil.id, DAY, "t", StaffRole.SENCO, wins="ਬਹੁਤ ਵਧੀਆ")

    drafts.save_entry(entry)

    assert drafts.draft_for(pupil.id, DAY) is None
    [stored] = LinkBookService(senco_context).timeline(pupil.id)
    assert stored.wins == "ਬਹੁਤ ਵਧੀਆ"


def test_old_drafts_are_forgotten(senco_context: ServiceContext, small_school: dict[str, object]) -> None:
    pupil = _pupils(small_school)[4]
    drafts = DraftService(senco_context)
    old_day = DAY - dt.timedelta(days=30)
    drafts.save_draft(replace(drafts.new_draft(pupil.id, old_day), note="Old"))
    drafts.save_draft(replace(drafts.new_draft(pupil.id, DAY), note="New"))

    assert drafts.forget_old() == 1
    assert drafts.draft_for(pupil.id, old_day) is None
    assert drafts.draft_for(pupil.id, DAY) is not None


def test_an_overlong_draft_is_refused_with_a_message(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    pupil = _pupils(small_school)[0]
    drafts = DraftService(senco_context)
    draft = drafts.new_draft(pupil.id, DAY)
    with pytest.raises(InvalidInput):
        drafts.save_draft(replace(draft, note="x" * 20_001))


def test_the_phrase_bank_starts_with_the_defaults_once(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    bank = PhraseService(senco_context)
    first = bank.phrases()
    assert [(p.text, p.section) for p in first] == list(DEFAULT_PHRASES)
    assert any(
        p.text == "Please bring PE kit tomorrow." and p.section is PhraseSection.REMINDERS for p in first
    )

    for phrase in first:
        bank.remove(phrase.id)
    assert bank.phrases() == [], "an emptied bank stays empty: the defaults are not put back"


def test_phrases_are_added_edited_reordered_and_kept_per_class(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    oak = small_school["class"]
    bank = PhraseService(senco_context)
    defaults = bank.phrases()
    mine = bank.add("  Dziś   świetnie liczyła!  ", PhraseSection.WINS)
    for_oak = bank.add("Oak class swimming on Tuesday.", PhraseSection.REMINDERS, class_id=oak.id)  # type: ignore[attr-defined]

    assert mine.text == "Dziś świetnie liczyła!"
    assert [p.text for p in bank.phrases()][-1] == mine.text
    assert for_oak.id not in {p.id for p in bank.phrases()}
    assert [p.id for p in bank.phrases(oak.id)][-1] == for_oak.id  # type: ignore[attr-defined]

    bank.edit(mine.id, "أحسنت اليوم", PhraseSection.NOTE)
    bank.reorder([mine.id, defaults[2].id])
    order = [p.id for p in bank.phrases()]
    assert order[:2] == [mine.id, defaults[2].id]
    assert order[2:] == [p.id for p in defaults if p.id != defaults[2].id]
    assert bank.phrases()[0].section is PhraseSection.NOTE

    with pytest.raises(InvalidInput, match="needs some words"):
        bank.add("   ", PhraseSection.WINS)
    with pytest.raises(InvalidInput, match="removed"):
        bank.edit("no-such-phrase", "Hello", PhraseSection.WINS)


def test_a_teaching_assistant_may_edit_the_bank(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    assistant = Actor("Mr Kwame Mensah", StaffRole.TEACHING_ASSISTANT, "ta-2")
    bank = PhraseService(ServiceContext(senco_context.vault, assistant, senco_context.clock))
    assert bank.add("Tried a new food at lunch.", PhraseSection.WINS).text == "Tried a new food at lunch."
