"""A full disk: saving says so and loses nothing saved before; import and backup fail cleanly.

The 20 MB filesystem comes from tests/setup.d/small_filesystem.sh (LINKBOOK_TEST_SMALL_FS, by default
/mnt/linkbook-small-fs). Without it these tests skip, except under CI, where they fail: CI runs the set-up.
"""

import datetime as dt
import io
import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain.access import Actor
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.services.backup import BackupService
from desktop.services.check import CheckService
from desktop.services.context import ServiceContext
from desktop.services.imports.detect import DateOrder
from desktop.services.imports.service import ImportService
from desktop.services.imports.sources import ReadOptions
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.store.errors import DiskFull
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, TODAY
from tests.test_hardening_import import class_list

SMALL_FS = Path(os.environ.get("LINKBOOK_TEST_SMALL_FS", "/mnt/linkbook-small-fs"))
TEACHER = StaffMember("Mr Nakamura", StaffRole.CLASS_TEACHER)


def require_small_filesystem() -> None:
    small = (
        SMALL_FS.is_dir() and os.path.ismount(SMALL_FS) and shutil.disk_usage(SMALL_FS).total <= 64 * 2**20
    )
    if not small:
        if os.environ.get("CI"):
            pytest.fail(
                f"No small filesystem is mounted at {SMALL_FS}: run tests/setup.d/small_filesystem.sh"
            )
        pytest.skip("No small filesystem: run tests/setup.d/small_filesystem.sh as root")


@pytest.fixture
def on_small_disk(tmp_path: Path) -> Iterator[Path]:
    require_small_filesystem()
    folder = SMALL_FS / tmp_path.name
    folder.mkdir()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def fill(folder: Path) -> Path:
    """Take every free byte of the disk (a ballast file to delete afterwards).

    Unbuffered, so that a write the disk cut short leaves nothing in a buffer for close() to fail on."""
    ballast = folder / "ballast"
    with ballast.open("wb", buffering=0) as handle:
        for size in (65536, 1):
            try:
                while handle.write(b"\0" * size):
                    pass
            except OSError:
                pass
    return ballast


@pytest.fixture
def school(on_small_disk: Path) -> Iterator[tuple[Vault, ServiceContext, Pupil]]:
    made = make_school(on_small_disk / "school")
    yield made
    made[0].close()


def make_school(folder: Path) -> tuple[Vault, ServiceContext, Pupil]:
    vault = Vault.create(folder, PASSPHRASE)
    context = ServiceContext(vault, Actor(TEACHER.name, TEACHER.role, TEACHER.id), clock=lambda: TODAY)
    oak = SchoolClass("Year 2 Oak", "2", staff_ids=(TEACHER.id,))
    SchoolService(context).set_up(School("Riverside Primary", dfe_number="9262041"), [TEACHER], [oak])
    pupil = Pupil("Chidi", "Okonkwo", dt.date(2019, 3, 4), oak.id)
    SchoolService(context).save_pupils([pupil])
    return vault, context, pupil


def entry(pupil: Pupil, n: int) -> LinkBookEntry:
    return LinkBookEntry(
        pupil_id=pupil.id,
        day=TODAY.date() - dt.timedelta(days=n),
        author_id=TEACHER.id,
        author_role=TEACHER.role,
        learning=f"Day {n}: counted in twos, then in fives, and read a story about a heron. " * 40,
    )


def test_saving_on_a_full_disk_says_so_and_nothing_saved_is_lost(
    school: tuple[Vault, ServiceContext, Pupil], on_small_disk: Path
) -> None:
    vault, context, pupil = school
    service = LinkBookService(context)
    saved = [service.save_entry(entry(pupil, n)).id for n in range(3)]
    ballast = fill(on_small_disk)
    refused = None
    for n in range(3, 400):
        try:
            saved.append(service.save_entry(entry(pupil, n)).id)
        except DiskFull as exc:
            refused = str(exc)
            break
    assert refused is not None, "the disk never filled"
    assert "is full" in refused and "nothing of this change was saved" in refused
    assert "Everything saved before is safe" in refused
    ballast.unlink()
    assert {service.entry(entry_id).id for entry_id in saved} == set(saved)
    data_dir = vault.data_dir
    vault.close()
    reopened = Vault.unlock(data_dir, PASSPHRASE)
    try:
        again = LinkBookService(ServiceContext(reopened, context.actor, clock=lambda: TODAY))
        assert {again.entry(entry_id).id for entry_id in saved} == set(saved)
        assert CheckService(ServiceContext(reopened, context.actor)).run().ok
        again.save_entry(entry(pupil, 399))
    finally:
        reopened.close()


def test_import_and_backup_on_a_full_disk_fail_cleanly(
    school: tuple[Vault, ServiceContext, Pupil], on_small_disk: Path
) -> None:
    vault, _teacher, _pupil = school
    admin = ServiceContext(vault, Actor("Office", StaffRole.ADMIN))
    earlier = on_small_disk / "earlier.linkbook-backup"
    BackupService(admin).backup(earlier)
    earlier_bytes = earlier.read_bytes()
    ballast = fill(on_small_disk)

    service = ImportService(admin)
    plan = service.preview(
        service.read({"mis.csv": class_list(3000)}, ReadOptions(date_order=DateOrder.DAY_FIRST))
    )
    with pytest.raises(DiskFull, match="is full"):
        service.apply(plan)
    assert [p.display_name for p in SchoolService(admin).pupils()] == ["Chidi Okonkwo"]

    with pytest.raises(DiskFull, match="the backup was not written"):
        BackupService(admin).backup(earlier)
    assert earlier.read_bytes() == earlier_bytes
    assert sorted(p.name for p in on_small_disk.iterdir()) == ["ballast", "earlier.linkbook-backup", "school"]
    ballast.unlink()
    assert CheckService(admin).run().ok


def test_the_teachers_day_says_the_disk_is_full_and_keeps_what_was_typed(
    qtbot, school: tuple[Vault, ServiceContext, Pupil], on_small_disk: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from desktop.services.phrases import PhraseSection
    from desktop.ui.tasks import TaskRunner
    from desktop.ui.teacher_day import TeacherDayView

    _vault, context, pupil = school
    runner = TaskRunner()
    view = TeacherDayView(context, runner)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.busy, timeout=10_000)
    try:
        field = view.editor.fields[PhraseSection.WINS]
        field.setFocus()
        typed = "Read a whole page aloud to the class. " * 300
        field.setPlainText(typed)
        ballast = fill(on_small_disk)
        qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "is full" in view.message_label.text(), timeout=10_000)
        qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
        view.grab().save(str(tmp_path / "teacher-day-disk-full.png"))
        assert "Everything saved before is safe" in view.message_label.text()
        assert view.current_row() is not None and view.current_row().pupil.id == pupil.id  # type: ignore[union-attr]
        assert view.editor.text_of(PhraseSection.WINS) == typed, "the typed text is still there"
        ballast.unlink()
        qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
        saved = LinkBookService(context).class_day(pupil.class_id, TODAY.date())[0].entry
        assert saved is not None and saved.wins == typed.strip()
    finally:
        view.close()
        view.deleteLater()
        runner.wait()


def test_printing_to_a_full_disk_says_so_and_leaves_no_half_written_pdf(
    tmp_path: Path, on_small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import EXIT_OK, main

    vault, _context, _pupil = make_school(tmp_path / "school")
    data_dir = vault.data_dir
    vault.close()
    out = on_small_disk / "packs" / "oak-week.pdf"
    out.parent.mkdir()
    os.environ["LINKBOOK_PASSPHRASE"] = PASSPHRASE
    try:
        args = ["print", "--data-dir", str(data_dir), "--class", "Year 2 Oak", "--week", "2026-W47"]
        ballast = fill(on_small_disk)
        code = main([*args, "-o", str(out)])
        error = capsys.readouterr().err
        assert code != EXIT_OK
        assert "is full: nothing was written" in error and "Traceback" not in error
        assert list(out.parent.iterdir()) == [], "no PDF and no temporary file is left behind"
        ballast.unlink()
        assert main([*args, "-o", str(out)]) == EXIT_OK
        assert out.read_bytes().startswith(b"%PDF")
    finally:
        del os.environ["LINKBOOK_PASSPHRASE"]


def test_saving_a_preview_to_a_full_disk_says_so_and_keeps_the_earlier_file(
    qtbot, on_small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog
    from reportlab.pdfgen.canvas import Canvas

    from desktop.ui.print_preview import PrintPreviewDialog

    target = on_small_disk / "week.pdf"
    target.write_bytes(b"%PDF-1.4 the copy saved last week")
    buffer = io.BytesIO()
    page = Canvas(buffer)
    page.drawString(72, 720, "Year 2 Oak, week 47")
    page.save()
    pdf = buffer.getvalue()
    dialog = PrintPreviewDialog(pdf, "Week 47")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF files (*.pdf)"))
    ballast = fill(on_small_disk)
    dialog.save_as_pdf()
    assert "the disk holding" in dialog.saved_label.text() and "is full" in dialog.saved_label.text()
    assert target.read_bytes() == b"%PDF-1.4 the copy saved last week", "last week's copy is untouched"
    assert sorted(p.name for p in on_small_disk.iterdir()) == ["ballast", "week.pdf"]
    ballast.unlink()
    dialog.save_as_pdf()
    assert target.read_bytes() == pdf and "Saved as" in dialog.saved_label.text()


def test_sync_on_a_full_disk_fails_cleanly_and_the_next_sync_brings_everything(
    tmp_path: Path, on_small_disk: Path
) -> None:
    from desktop.services.sync.device import SyncTarget
    from sync.protocol import DeviceRole
    from tests.sync_desktop_helpers import build_school, enrol, found_admin, open_device
    from tests.sync_helpers import ServerProcess

    server = ServerProcess(tmp_path / "server-data").start()
    office = open_device(tmp_path, "office")
    teacher = open_device(on_small_disk, "teacher", StaffRole.CLASS_TEACHER)
    try:
        built = build_school(office.context)
        found_admin(office, SyncTarget(server_url=server.url))
        office.sync.sync_once()
        enrol(office, teacher, server.url, DeviceRole.STAFF, class_ids=(built["class"].id,))
        pupils = [p for p in built["pupils"] if p.class_id == built["class"].id]  # type: ignore[attr-defined]
        written = LinkBookService(office.context)
        author = built["teacher"]
        for n in range(40):
            written.save_entry(
                replace(entry(pupils[n % len(pupils)], n), author_id=author.id, author_role=author.role)  # type: ignore[attr-defined]
            )
        office.sync.sync_once()

        ballast = fill(on_small_disk)
        with pytest.raises(DiskFull, match="is full") as refused:
            teacher.sync.sync_once()
        assert "Everything saved before is safe" in str(refused.value)
        ballast.unlink()
        assert CheckService(teacher.context).run().ok, "nothing half-applied"

        teacher.sync.sync_once()
        on_teacher = LinkBookService(teacher.context)
        days = {TODAY.date() - dt.timedelta(days=n) for n in range(40)}
        got = {(e.pupil_id, e.day) for p in pupils for e in on_teacher.timeline(p.id) if e.day in days}
        assert got == {(pupils[n % len(pupils)].id, TODAY.date() - dt.timedelta(days=n)) for n in range(40)}
    finally:
        for device in (office, teacher):
            device.vault.close()
        server.stop()


def test_opening_a_school_on_a_full_disk_says_the_disk_is_full_not_that_it_is_damaged(
    school: tuple[Vault, ServiceContext, Pupil], on_small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import EXIT_OK, main

    vault, _context, _pupil = school
    data_dir = vault.data_dir
    vault.close()
    ballast = fill(on_small_disk)
    with pytest.raises(DiskFull, match="could not open the school") as refused:
        Vault.unlock(data_dir, PASSPHRASE)
    assert "Everything saved before is safe" in str(refused.value)
    os.environ["LINKBOOK_PASSPHRASE"] = PASSPHRASE
    try:
        assert main(["check", "--data-dir", str(data_dir)]) != EXIT_OK
        error = capsys.readouterr().err
        assert "is full" in error and "damaged" not in error and "Traceback" not in error
        ballast.unlink()
        assert main(["check", "--data-dir", str(data_dir)]) == EXIT_OK
    finally:
        del os.environ["LINKBOOK_PASSPHRASE"]
