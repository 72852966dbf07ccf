"""Erasure: a child erased is gone from the database, the search index, the attachment store, the
write-ahead log and every backup made afterwards; the registers say what went without naming the child."""

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.news import NewsItem
from desktop.domain.pupils import PhotoConsent
from desktop.domain.records import RecordKind
from desktop.services.backup import BackupService
from desktop.services.check import CheckService
from desktop.services.consent import PhotoConsentService
from desktop.services.drafts import DraftService
from desktop.services.erasure import ErasedRecords, ErasureService
from desktop.services.folders import WorkFolderService
from desktop.services.linkbook import LinkBookService
from desktop.services.news import NewsService
from desktop.services.school import SchoolService
from desktop.services.search import SearchService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.import_mappings import ImportMappingRepository
from desktop.store.schema import (
    AttachmentRow,
    AuditRow,
    EntryDraftRow,
    EntryRow,
    FamilyMemberRow,
    ImportLinkRow,
    PupilRow,
    SearchDocumentRow,
)
from desktop.store.vault import Vault
from tests.conftest import TODAY
from tests.test_agreements_and_folders import png_bytes
from tests.test_records_export import admin_context, write_child_records

PAGE_SIZE, RESERVE = 4096, 80
"""SQLCipher 4 pages: 4 KiB, with a 16-byte IV and a 64-byte HMAC at the end of each."""
MARKER = "Kasztanowiec"


def decrypted_pages(raw: bytes, key: bytes, wal: bool = False) -> bytes:
    """Every page of an SQLCipher 4 database (or of each frame of its write-ahead log), decrypted, as
    SQLite sees them: what is in free pages and old frames too, not only the rows a query returns."""
    out = bytearray()
    offset, step, head = (32, PAGE_SIZE + 24, 24) if wal else (0, PAGE_SIZE, 0)
    while offset + step <= len(raw):
        frame = raw[offset : offset + step]
        page = frame[head:]
        page_number = int.from_bytes(frame[:4], "big") if wal else offset // PAGE_SIZE + 1
        start = 16 if page_number == 1 else 0
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize()
        offset += step
    return bytes(out)


def forms(*texts: str) -> list[bytes]:
    """Each text as SQLite or a file could hold it: UTF-8, UTF-16 either way round."""
    return [t.encode(codec) for t in texts for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def everything_readable(data_dir: Path, key: bytes) -> dict[str, bytes]:
    """Every file of the data folder as stored, and the database and its log decrypted page by page."""
    found = {str(p.relative_to(data_dir)): p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    for name in ("linkbook.db", "linkbook.db-wal"):
        if name in found:
            found[f"{name} (decrypted)"] = decrypted_pages(found[name], key, wal=name.endswith("wal"))
    return found


def backup_readable(backup: Path, key: bytes) -> dict[str, bytes]:
    found = {"backup file": backup.read_bytes()}
    with zipfile.ZipFile(backup) as archive:
        found["backup database (decrypted)"] = decrypted_pages(archive.read("linkbook.db"), key)
        found["backup blobs"] = b"".join(
            archive.read(n) for n in archive.namelist() if n.startswith("blobs/")
        )
    return found


def where_found(places: dict[str, bytes], secrets: list[bytes]) -> list[str]:
    return [
        f"{secret!r} in {place}" for place, data in places.items() for secret in secrets if secret in data
    ]


class Outbox:
    """Stands in for the sync outbox: keeps what it is handed, and checks it is handed it mid-transaction."""

    def __init__(self) -> None:
        self.handed: list[ErasedRecords] = []

    def erased(self, session: Session, records: ErasedRecords) -> None:
        assert (
            session.scalar(select(func.count()).select_from(PupilRow).where(PupilRow.id == records.pupil_id))
            == 0
        )
        self.handed.append(records)


@pytest.fixture
def zofia_everywhere(vault: Vault, senco_context, small_school) -> dict[str, object]:
    """Zofia with a term of records, a draft, an outside id, a group photo in class news, and a
    classmate (Ayaan) whose records must all survive her erasure."""
    pupils = small_school["pupils"]
    zofia, ayaan = pupils[0], pupils[1]
    records = write_child_records(senco_context, zofia, 5, MARKER)
    kept = write_child_records(senco_context, ayaan, 3, "Bhalobasha", colour="#a37")
    drafts = DraftService(senco_context)
    draft = drafts.new_draft(zofia.id, TODAY.date())
    drafts.save_draft(
        type(draft)(**{**{f: getattr(draft, f) for f in draft.__dataclass_fields__}, "note": "Zofia szkic"})
    )
    with vault.writing() as session:
        ImportMappingRepository(session).save_links(
            "ctf:888/1234", "pupil", {zofia.upn: zofia.id, ayaan.upn: ayaan.id}
        )
    consent = PhotoConsentService(senco_context)
    consent.record(ayaan.id, PhotoConsent.GRANTED, "Parent of Ayaan")
    group = NewsService(senco_context).attach_photo(png_bytes("#fa0"), "harvest-festival.png")
    consent.tag(group.id, [zofia.id, ayaan.id])
    NewsService(senco_context).publish(
        NewsItem(
            "Harvest festival",
            "Thank you for the donations!",
            TODAY.date(),
            "Mr Okonkwo-Jones",
            small_school["class"].id,
            (group.id,),
        )
    )
    return {"zofia": zofia, "ayaan": ayaan, "records": records, "kept": kept, "group_photo": group.id}


def test_after_erasure_and_a_new_backup_the_child_is_nowhere(
    vault: Vault, data_dir: Path, zofia_everywhere, tmp_path: Path
) -> None:
    zofia = zofia_everywhere["zofia"]
    context = admin_context(vault)
    key = vault.raw_key
    names = forms(
        "Zofia Wiśniewska",
        "ZofiaWiśniewska",
        "Parent of Zofia",
        MARKER,
        MARKER.lower(),  # as the full-text index stores its terms
    )
    assert where_found(everything_readable(data_dir, key), names), "the scan must see her before erasure"
    photo_blob = vault.blobs.path_of(vault.blobs.name_for(png_bytes("#3a7")))
    group_blob = vault.blobs.path_of(vault.blobs.name_for(png_bytes("#fa0")))
    assert photo_blob.exists() and group_blob.exists()

    outbox = Outbox()
    receipt = ErasureService(context, tombstones=outbox).erase_pupil(
        zofia.id, "Left the school; records passed on"
    )

    assert where_found(everything_readable(data_dir, key), names) == []
    backup = tmp_path / "after-erasure.linkbook-backup"
    BackupService(context).backup(backup)
    assert where_found(backup_readable(backup, key), names) == []
    assert not photo_blob.exists() and not group_blob.exists()

    # What went is listed by id, for the register and for other devices.
    [handed] = outbox.handed
    assert handed.pupil_id == zofia.id and handed.ids["pupil"] == (zofia.id,)
    assert set(handed.ids["entry"]) == {e.id for e in zofia_everywhere["records"].entries}
    assert len(handed.ids["reply"]) == 5 and len(handed.ids["agreement_version"]) == 2
    assert zofia_everywhere["group_photo"] in handed.ids["attachment"]
    assert receipt.blobs_removed == 2
    [entry] = ErasureService(context).register()
    assert entry.subject_id == zofia.id and entry.counts["entry"] == 5 and entry.reason.startswith("Left")
    assert "Zofia" not in repr(entry)


def test_erasure_leaves_the_classmate_and_the_audit_chain_whole(
    vault: Vault, zofia_everywhere, small_school
) -> None:
    zofia, ayaan, kept = zofia_everywhere["zofia"], zofia_everywhere["ayaan"], zofia_everywhere["kept"]
    context = admin_context(vault)
    ErasureService(context).erase_pupil(zofia.id, "Parent asked for erasure")
    with vault.reading() as session:
        assert (
            session.scalar(select(func.count()).select_from(EntryRow).where(EntryRow.pupil_id == zofia.id))
            == 0
        )
        assert session.scalar(select(func.count()).select_from(EntryDraftRow)) == 0
        assert (
            session.scalar(
                select(func.count())
                .select_from(SearchDocumentRow)
                .where(SearchDocumentRow.pupil_id == zofia.id)
            )
            == 0
        )
        assert list(session.scalars(select(ImportLinkRow.record_id))) == [ayaan.id]
        family = list(session.scalars(select(FamilyMemberRow.name)))
        assert "Parent of Zofia" not in family and len(family) == 9
        # The audit trail keeps its events (ids only) and gains the erasure, chained.
        assert session.scalar(select(AuditRow.action).order_by(AuditRow.seq.desc()).limit(1)) == "deleted"
    assert CheckService(context).run().ok
    assert [e.id for e in LinkBookService(context).timeline(ayaan.id)] == [
        e.id for e in sorted(kept.entries, key=lambda e: e.day)
    ]
    assert WorkFolderService(context).attachment_bytes(kept.photo_id) == png_bytes("#a37")
    assert [r.pupil.id for r in SearchService(context).search("Bhalobasha")] and not SearchService(
        context
    ).search(MARKER)
    assert {p.id for p in SchoolService(context).pupils()} == {p.id for p in small_school["pupils"][1:]}


def test_the_same_photo_kept_by_a_classmate_keeps_its_file(vault: Vault, senco_context, small_school) -> None:
    zofia, ayaan = small_school["pupils"][0], small_school["pupils"][1]
    folders = WorkFolderService(senco_context)
    folders.attach(zofia.id, png_bytes("navy"), "trip.png")
    theirs = folders.attach(ayaan.id, png_bytes("navy"), "trip.png")
    ErasureService(admin_context(vault)).erase_pupil(zofia.id, "Left the school")
    assert folders.attachment_bytes(theirs.id) == png_bytes("navy")
    with vault.reading() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentRow)) == 1


def test_erasing_one_kind_only_takes_what_is_due(vault: Vault, senco_context, small_school) -> None:
    """A year-old link book is due; this term's entries and the support plan are not."""
    from desktop.domain.linkbook import LinkBookEntry
    from desktop.domain.school import StaffRole

    zofia = small_school["pupils"][0]
    records = write_child_records(senco_context, zofia, 2, MARKER)
    old = LinkBookService(senco_context).save_entry(
        LinkBookEntry(zofia.id, dt.date(2025, 6, 10), "Ms Old", StaffRole.CLASS_TEACHER, note="Sports day")
    )
    context = admin_context(vault)
    receipt = ErasureService(context).erase_records(
        zofia.id, RecordKind.LINK_BOOK, "Retention over", due_only=True
    )
    assert receipt.records.ids["entry"] == (old.id,)
    remaining = LinkBookService(context).timeline(zofia.id)
    assert {e.id for e in remaining} == {e.id for e in records.entries}
    with pytest.raises(InvalidInput, match="due for deletion yet"):
        ErasureService(context).erase_records(
            zofia.id, RecordKind.SEN_RECORD, "Retention over", due_only=True
        )
    ErasureService(context).erase_records(zofia.id, RecordKind.WORK_FOLDER, "Returned to the family")
    assert WorkFolderService(context).for_pupil(zofia.id) == []
    assert SchoolService(context).pupil(zofia.id).legal_last_name == "Wiśniewska"


def test_only_the_administrator_erases_and_always_says_why(vault: Vault, senco_context, small_school) -> None:
    zofia = small_school["pupils"][0]
    with pytest.raises(PermissionError, match="administrator"):
        ErasureService(senco_context).erase_pupil(zofia.id, "no")
    with pytest.raises(InvalidInput, match="Say why"):
        ErasureService(admin_context(vault)).erase_pupil(zofia.id, "  ")
    assert SchoolService(senco_context).pupil(zofia.id).id == zofia.id


def test_erase_from_the_command_line_needs_confirm(zofia_everywhere, data_dir: Path, vault: Vault) -> None:
    from desktop.cli import EXIT_INPUT, EXIT_OK, main
    from tests.conftest import PASSPHRASE

    vault.close()
    passfile = data_dir.parent / "pass.txt"
    passfile.write_text(PASSPHRASE, encoding="utf-8")
    common = ["--data-dir", str(data_dir), "--passphrase-file", str(passfile)]
    args = ["erase", *common, "--pupil", "Zofia Wiśniewska", "--reason", "Left the school"]
    assert main(args) == EXIT_INPUT
    assert main([*args, "--confirm"]) == EXIT_OK
    assert main([*args, "--confirm"]) == EXIT_INPUT  # no such pupil any more
    reopened = Vault.unlock(data_dir, PASSPHRASE)
    try:
        assert zofia_everywhere["zofia"].id not in {
            p.id for p in SchoolService(admin_context(reopened)).pupils()
        }
    finally:
        reopened.close()


def test_erasure_on_a_syncing_device_reaches_the_others_and_leaves_no_trace(
    vault: Vault, data_dir: Path, zofia_everywhere, senco_context, small_school, tmp_path: Path
) -> None:
    """The office syncs with a teacher's laptop; Zofia is erased in the office with a change still
    unsent and an agreement draft open. Nothing of her stays in the office's data folder (the sync
    tables included) or its next backup, and the laptop drops her records when the tombstones arrive."""
    from desktop.domain.access import Actor
    from desktop.domain.school import StaffRole
    from desktop.services.agreement_drafts import AgreementDraftService
    from desktop.services.agreements import AgreementService
    from desktop.services.context import ServiceContext
    from desktop.services.sync.device import SyncTarget
    from desktop.store.repositories.agreement_drafts import AgreementDraft
    from sync.protocol import DeviceRole
    from tests.sync_desktop_helpers import DesktopDevice, enrol, found_admin, open_device
    from tests.sync_helpers import ServerProcess

    zofia, ayaan = zofia_everywhere["zofia"], zofia_everywhere["ayaan"]
    server = ServerProcess(tmp_path / "server").start()
    try:
        office = DesktopDevice("office", vault, admin_context(vault))
        found_admin(office, SyncTarget(server_url=server.url))
        office.sync.sync_once()
        laptop = open_device(tmp_path, "laptop", StaffRole.CLASS_TEACHER)
        enrol(office, laptop, server.url, DeviceRole.STAFF, class_ids=(small_school["class"].id,))
        on_laptop = LinkBookService(laptop.context)
        assert len(on_laptop.timeline(zofia.id)) == 5, "the laptop holds Zofia's link book"

        # Written after the last sync: still in the office's outbox when she is erased.
        unsent = LinkBookService(senco_context).save_entry(
            type(zofia_everywhere["records"].entries[0])(
                zofia.id,
                TODAY.date() - dt.timedelta(days=7),
                "Ms Kowalczyk",
                StaffRole.SENCO,
                learning=f"{MARKER} unsent note",
            )
        )
        plan = AgreementService(senco_context).for_pupil(zofia.id)[0]
        AgreementDraftService(senco_context).save(
            AgreementDraft(plan.id, "", f"Plan {MARKER} draft", pupil_id=zofia.id, base_version=2)
        )
        assert office.sync.status().pending_changes > 0

        ErasureService(office.context).erase_pupil(zofia.id, "Left the school; records passed on")

        names = forms(
            "Zofia Wiśniewska", "ZofiaWiśniewska", '"Zofia"', "Parent of Zofia", MARKER, MARKER.lower()
        )
        assert where_found(everything_readable(data_dir, vault.raw_key), names) == []
        backup = tmp_path / "after-erasure.linkbook-backup"
        BackupService(office.context).backup(backup)
        assert where_found(backup_readable(backup, vault.raw_key), names) == []
        assert office.scalar("SELECT count(*) FROM agreement_draft") == 0
        assert office.scalar("SELECT count(*) FROM sync_record WHERE record_id = ?", unsent.id) == 1

        office.sync.sync_once()
        laptop.sync.sync_once()
        with pytest.raises(InvalidInput):
            SchoolService(laptop.context).pupil(zofia.id)
        assert on_laptop.timeline(zofia.id) == []
        assert laptop.scalar("SELECT count(*) FROM linkbook_entry WHERE pupil_id = ?", zofia.id) == 0
        assert laptop.scalar("SELECT count(*) FROM sync_record WHERE state LIKE ?", f"%{MARKER}%") == 0
        assert laptop.scalar("SELECT count(*) FROM sync_record WHERE state LIKE '%Wiśniewska%'") == 0
        assert not SearchService(laptop.context).search(MARKER)
        # Ayaan, in the same class, is untouched on both devices.
        assert len(on_laptop.timeline(ayaan.id)) == 3
        assert LinkBookService(ServiceContext(vault, Actor("x", StaffRole.ADMIN))).timeline(ayaan.id)
        laptop.vault.close()
    finally:
        server.stop()
