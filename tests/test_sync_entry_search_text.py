"""A pulled link-book entry is indexed for search with the text its row holds when the transaction ends.

The sync store makes an entry's search text from the values it has just written in bulk rather than
reading the row back. These tests hold it to the read-back: an entry written twice in one transaction
(in bulk twice, or in bulk and then alone), one deleted after it was written, and one that waited for
its pupil, are each indexed with what their row holds, and a pull's whole index equals what reading
every entry back gives.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.linkbook import (
    Amount,
    AuthorKind,
    FirstAidRecord,
    FoodRecord,
    LinkBookEntry,
    MedicationRecord,
    Method,
    Mood,
    MoodRecord,
    PersonalCareRecord,
    SchoolSession,
    SenSections,
    searchable_text_of,
    searchable_text_of_plain,
)
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffRole
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.sync.device import SyncTarget
from desktop.store.codec import to_plain
from desktop.store.repositories.linkbook import LinkBookRepository
from desktop.store.sync_store.kinds import BY_NAME
from desktop.store.sync_store.rows import read_rows, row_fields
from desktop.store.sync_store.store import VaultSyncStore
from sync.clock import Timestamp
from sync.merge import RecordState, Stamped
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import DesktopDevice, build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess

SCOPE = "s-pupil-scope"
OTHER_DEVICE = "d0c4a1e5b3f2"


def _entry(device: DesktopDevice, pupil: Pupil, learning: str, offset: int = 0) -> LinkBookEntry:
    return LinkBookService(device.context).save_entry(
        LinkBookEntry(
            pupil_id=pupil.id,
            day=day(offset),
            author_id="t1",
            author_role=StaffRole.CLASS_TEACHER,
            learning=learning,
        )
    )


def _state(device: DesktopDevice, entry_id: str, at_ms: int, **columns: object) -> RecordState:
    """The record another device would send of an entry this device holds, some columns changed."""
    kind = BY_NAME["entry"]
    with device.vault.reading() as session:
        ((_id, row, _owner),) = read_rows(session.connection(), kind, [entry_id])
    fields = row_fields(kind, {**row, **columns})
    stamp = Timestamp(at_ms, 0, OTHER_DEVICE)
    return RecordState(SCOPE, entry_id, "entry", {name: Stamped(v, stamp) for name, v in fields.items()})


def _indexed(device: DesktopDevice, record_id: str) -> object:
    return device.scalar(
        "SELECT i.body FROM search_document d JOIN search_index i ON i.rowid = d.rowid WHERE d.record_id = ?",
        record_id,
    )


def test_an_entry_written_twice_in_one_transaction_is_indexed_with_its_last_text(tmp_path: Path) -> None:
    office = open_device(tmp_path, "office")
    pupils: list[Pupil] = build_school(office.context)["pupils"]  # type: ignore[assignment]
    in_bulk = _entry(office, pupils[0], "Zbudowała wulkan")
    then_alone = _entry(office, pupils[1], "Nahesabu hadi mia moja")
    store = VaultSyncStore(office.vault)
    with store.transaction() as tx:
        tx.save_records([_state(office, in_bulk.id, 1, learning="Zbudowała wulkan z gliny")])
        tx.save_records([_state(office, in_bulk.id, 2, learning="Zbudowała wulkan, który wybuchł")])
        tx.save_records([_state(office, then_alone.id, 1, learning="Alihesabu hadi mia mbili")])
        tx.save_record(_state(office, then_alone.id, 2, learning="Alihesabu hadi elfu moja"))
    assert _indexed(office, in_bulk.id) == "Zbudowała wulkan, który wybuchł"
    assert _indexed(office, then_alone.id) == "Alihesabu hadi elfu moja"


def test_an_entry_deleted_after_it_was_written_in_one_transaction_is_not_indexed(tmp_path: Path) -> None:
    office = open_device(tmp_path, "office")
    pupils: list[Pupil] = build_school(office.context)["pupils"]  # type: ignore[assignment]
    entry = _entry(office, pupils[0], "Μέτρησε τα φύλλα του δέντρου")
    written = _state(office, entry.id, 1, learning="Μέτρησε τα φύλλα και τα κλαδιά")
    deleted = _state(office, entry.id, 1)
    deleted.deleted = Timestamp(2, 0, OTHER_DEVICE)
    with VaultSyncStore(office.vault).transaction() as tx:
        tx.save_records([written])
        tx.save_records([deleted])
    assert office.scalar("SELECT count(*) FROM linkbook_entry WHERE id = ?", entry.id) == 0
    assert _indexed(office, entry.id) is None


def test_an_entry_that_waited_for_its_pupil_is_indexed_with_its_text_once_written(tmp_path: Path) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    pupils: list[Pupil] = school["pupils"]  # type: ignore[assignment]
    entry = _entry(office, pupils[0], "رسم خريطة للنهر")
    newcomer = Pupil(
        legal_first_name="Aroha",
        legal_last_name="Ngata",
        date_of_birth=pupils[0].date_of_birth,
        class_id=pupils[0].class_id,
        upn="N000000000001",
        first_language="OTH",
    )
    store = VaultSyncStore(office.vault)
    with store.transaction() as tx:
        tx.save_records([_state(office, entry.id, 1, pupil_id=newcomer.id, learning="I tuhi he mahere")])
    assert store.settle() == 1, "the entry waits for its pupil"
    assert _indexed(office, entry.id) == "رسم خريطة للنهر", "the index still holds the row's text"

    SchoolService(office.context).save_pupils([newcomer])
    assert store.settle() == 0
    assert _indexed(office, entry.id) == "I tuhi he mahere"


def test_a_pulled_school_is_indexed_as_reading_every_entry_back_gives(
    tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    pupils: list[Pupil] = school["pupils"]  # type: ignore[assignment]
    linkbook = LinkBookService(office.context)
    sayings = ("Built a volcano", "Nahesabu hadi mia", "王芳今天读完了一本书", "Była dzielna na basenie")
    for n, pupil in enumerate(pupils):
        for offset in range(4):
            entry = _entry(office, pupil, sayings[(n + offset) % len(sayings)], offset)
            if offset == 0:
                linkbook.add_reply(entry.id, "Dziękujemy", "Mama", AuthorKind.FAMILY, Method.PAPER)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()

    second = open_device(tmp_path, "second")
    enrol(office, second, server.url, DeviceRole.STAFF, class_ids=tuple(c.id for c in school["classes"]))  # type: ignore[attr-defined]
    with second.vault.reading() as session:
        connection = session.connection()
        ids = [r[0] for r in connection.exec_driver_sql("SELECT id FROM linkbook_entry ORDER BY id")]
        read_back = {e: (p, d, body) for e, p, d, body in LinkBookRepository(session).searchable_texts(ids)}
        indexed = {
            record_id: (pupil_id, day_, body)
            for record_id, pupil_id, day_, body in connection.exec_driver_sql(
                "SELECT d.record_id, d.pupil_id, d.day, i.body FROM search_document d "
                "JOIN search_index i ON i.rowid = d.rowid WHERE d.kind = 'entry'"
            )
        }
        replies = connection.exec_driver_sql(
            "SELECT d.pupil_id, d.day, e.pupil_id, e.day FROM entry_reply r "
            "LEFT JOIN search_document d ON d.record_id = r.id JOIN linkbook_entry e ON e.id = r.entry_id"
        ).fetchall()
    assert len(ids) == 4 * len(pupils)
    assert indexed == {e: (p, d.isoformat(), body) for e, (p, d, body) in read_back.items()}
    assert len(replies) == len(pupils)
    assert all((pupil, day_) == (entry_pupil, entry_day) for pupil, day_, entry_pupil, entry_day in replies)


_words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_times = st.times().map(lambda t: t.replace(microsecond=0))
_sections = st.builds(
    SenSections,
    mood=st.lists(st.builds(MoodRecord, st.sampled_from(SchoolSession), st.sampled_from(Mood), _words)).map(
        tuple
    ),
    food_and_drink=st.lists(st.builds(FoodRecord, _words, st.sampled_from(Amount), _words)).map(tuple),
    personal_care=st.lists(st.builds(PersonalCareRecord, _times, _words, _words)).map(tuple),
    first_aid=st.lists(st.builds(FirstAidRecord, _times, _words, _words, _words)).map(tuple),
    medication=st.lists(st.builds(MedicationRecord, _times, _words, _words, _words)).map(tuple),
)


@given(texts=st.lists(_words, min_size=5, max_size=5), sections=_sections)
def test_an_entrys_search_text_is_the_same_made_from_its_stored_sections(
    texts: list[str], sections: SenSections
) -> None:
    """A pull indexes an entry from its sections as the row stores them, without decoding them: the
    words found must be exactly those the entry itself gives (what the teacher's own save indexes)."""
    stored = json.loads(json.dumps(to_plain(sections)))
    assert searchable_text_of_plain(texts, stored) == searchable_text_of(texts, sections)
    assert searchable_text_of_plain(texts, {}) == searchable_text_of(texts, SenSections())
