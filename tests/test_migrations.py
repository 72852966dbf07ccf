"""Schema changes: old school folders open and upgrade; the models and the migrations agree."""

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop.domain.access import Actor
from desktop.domain.calendar import SchoolCalendar, Term
from desktop.domain.linkbook import Method
from desktop.domain.school import StaffRole
from desktop.services.agreements import AgreementService
from desktop.services.check import CheckService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.services.search import SearchService
from desktop.store import migrate
from desktop.store.errors import SchemaTooNew
from desktop.store.migrate import include_object
from desktop.store.repositories.calendar import CalendarRepository
from desktop.store.tables import metadata
from desktop.store.vault import Vault

FIXTURES = Path(__file__).parent / "data"


def test_school_made_by_the_first_schema_upgrades_with_everything_in_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "old-school"
    shutil.copytree(FIXTURES / "schema-0001", data_dir)
    vault = Vault.unlock(data_dir, "schema one fixture")
    try:
        assert migrate.current_revision(vault.engine) == migrate.head_revision() != "0001"
        context = ServiceContext(vault, Actor("Test", StaffRole.ADMIN))
        assert CheckService(context).run().ok
        school = SchoolService(context)
        assert [c.name for c in school.classes()] == ["Kingfishers"]
        names = {p.display_name for p in school.pupils()}
        assert names == {"Mirela Ionescu", "Cabdiraxmaan Farah"}
        mirela = next(p for p in school.pupils() if p.legal_first_name == "Mirela")
        [entry] = LinkBookService(context).timeline(mirela.id)
        assert entry.sections.mood[0].mood.value == "calm"
        assert entry.replies[0].text == "Mulțumim! A dormit bine." and entry.replies[0].method is Method.PAPER
        [agreement] = AgreementService(context).for_pupil(mirela.id)
        assert agreement.current.signatures[0].signer_name == "Elena Ionescu"
        [folder] = WorkFolderService(context).for_pupil(mirela.id)
        assert (
            WorkFolderService(context)
            .attachment_bytes(folder.items[0].attachment_ids[0])
            .startswith(b"\x89PNG")
        )
        assert [r.pupil.id for r in SearchService(context).search("gingerbread")] == [mirela.id]
        with vault.writing() as session:
            autumn = Term("Autumn", dt.date(2026, 9, 3), dt.date(2026, 12, 18))
            CalendarRepository(session).replace(SchoolCalendar((autumn,), frozenset({dt.date(2026, 10, 26)})))
        with vault.reading() as session:
            calendar = CalendarRepository(session).calendar()
        assert calendar.terms[0].name == "Autumn"
        assert not calendar.is_school_day(dt.date(2026, 10, 26)), "a closure day is not a school day"
        assert calendar.add_school_days(dt.date(2026, 10, 23), 1) == dt.date(2026, 10, 27)
    finally:
        vault.close()


def test_models_and_migrations_describe_the_same_schema(vault: Vault) -> None:
    with vault.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        assert compare_metadata(context, metadata) == []


def test_a_school_from_a_newer_linkbook_is_refused_untouched(vault: Vault, data_dir: Path) -> None:
    with vault.writing() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    vault.close()
    before = Vault.db_path(data_dir).read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version"):
        Vault.unlock(data_dir, "Kwiaty w maju, 7 rano")
    assert Vault.db_path(data_dir).read_bytes() == before


def test_the_newest_schema_is_known_from_the_file_names_as_alembic_knows_it() -> None:
    """A school at the newest schema opens without loading Alembic: its newest revision is read from
    the migration files' names, so each file must be named after its revision and chain to the last."""
    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == scripts.get_current_head()
    for revision in scripts.walk_revisions():
        assert Path(revision.path).name.startswith(f"{revision.revision}_"), revision.path


def test_opening_a_school_at_the_newest_schema_loads_neither_alembic_nor_the_sync_models(
    vault: Vault, data_dir: Path
) -> None:
    """What keeps a `linkbook` command quick to start: neither is needed to open a school."""
    vault.close()
    opened = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from desktop.store.vault import Vault; "
            f"Vault.unlock(Path({str(data_dir)!r}), 'Kwiaty w maju, 7 rano').close(); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'mako', 'pydantic'}))",
        ],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.strip() == "[]"
