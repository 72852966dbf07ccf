"""Importing into a real school (SQLCipher in tmp_path): preview, apply, re-import, all-or-nothing, audit."""

import datetime as dt
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import JSON, Boolean, DateTime, MetaData, String, Text, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.domain.access import Actor
from desktop.domain.audit import AuditAction, first_broken_link
from desktop.domain.families import Relationship
from desktop.domain.pupils import PhotoConsent, SenStatus
from desktop.domain.school import School, SchoolClass, StaffRole
from desktop.services.check import CheckService
from desktop.services.context import ServiceContext
from desktop.services.imports.detect import DateOrder
from desktop.services.imports.plan import Step
from desktop.services.imports.service import ImportService
from desktop.services.imports.sources import ReadOptions, load_files
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.audit import AuditRepository
from desktop.store.repositories.import_mappings import ImportMappingRepository, ImportWriter
from desktop.store.repositories.school import SchoolRepository
from desktop.store.schema import FamilyMemberRow, PupilRow
from desktop.store.schema_base import NAMING
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, TODAY

DATA = Path(__file__).parent / "data" / "imports"


@pytest.fixture
def admin(vault: Vault) -> ServiceContext:
    """The school's administrator (imports need IMPORT_RECORDS) at 15:30 on 20 November 2026."""
    context = ServiceContext(vault, Actor("Ms Achterberg-Osei", StaffRole.ADMIN), clock=lambda: TODAY)
    SchoolService(context).set_up(School("Riverside Primary", dfe_number="9262041"), [], [])
    return context


def run_import(context: ServiceContext, *parts: str, **options: Any) -> tuple[Any, Any]:
    default_class = options.pop("default_class", None)
    service = ImportService(context)
    source = service.read(load_files([DATA.joinpath(*parts)]), ReadOptions(**options))
    plan = service.preview(source, default_class)
    return plan, service.apply(plan)


def pupils_by_first_name(context: ServiceContext) -> dict[str, Any]:
    return {p.legal_first_name: p for p in SchoolService(context).pupils()}


def test_class_list_import_adds_pupils_classes_and_families(admin: ServiceContext) -> None:
    _, result = run_import(admin, "csv", "arbor_class_list.csv")
    assert (result.added, result.changed, result.unchanged) == (10, 0, 0)
    assert result.family_added == 13, "Zoë and Kemi share their parents"
    assert result.classes_created == ("3 Kingfishers", "4 Otters")
    school = SchoolService(admin)
    assert {(c.name, c.year_group) for c in school.classes()} == {("3 Kingfishers", "3"), ("4 Otters", "4")}
    pupils = pupils_by_first_name(admin)
    assert (
        pupils["José"].preferred_first_name == "Pepe" and pupils["José"].sen_status is SenStatus.SEN_SUPPORT
    )
    assert pupils["Дарина"].first_language == "UKR"
    zoe, kemi = pupils["Zoë"], pupils["Kemi"]
    grace = next(m for m in school.family_of(zoe.id) if m.name == "Grace Whitfield")
    assert grace.pupil_ids == tuple(sorted((zoe.id, kemi.id)))
    assert (grace.relationship, grace.phone, grace.email, grace.home_language) == (
        Relationship.MOTHER,
        "07700 900101",
        "grace.whitfield@example.org",
        "ENG",
    )
    ayse = school.family_of(pupils["Mehmet"].id)[0]
    assert (ayse.relationship, ayse.parental_responsibility, ayse.home_language) == (
        Relationship.GRANDPARENT,
        False,
        "TUR",
    )


def test_every_imported_pupil_is_audited_as_imported(admin: ServiceContext, vault: Vault) -> None:
    run_import(admin, "csv", "arbor_class_list.csv")
    with vault.reading() as session:
        events = AuditRepository(session).events()
    imported = [e for e in events if e.action is AuditAction.IMPORTED and e.record_kind == "pupil"]
    assert len(imported) == 10 and all(e.pupil_id == e.record_id for e in imported)
    assert all(e.actor == "Ms Achterberg-Osei" and e.at == TODAY for e in imported)
    assert all("Zoë" not in e.detail for e in events), "no child's name in the audit detail"
    [summary] = [e for e in events if e.record_kind == "import"]
    assert summary.detail.startswith("csv: 10 added, 0 changed")
    assert first_broken_link(events) is None
    assert CheckService(admin).run().ok, "linkbook check finds the chain whole after a batch import"


def test_re_import_updates_by_upn_field_by_field_and_never_duplicates(admin: ServiceContext) -> None:
    run_import(admin, "csv", "arbor_class_list.csv")
    hodan = pupils_by_first_name(admin)["Hodan"]
    SchoolService(admin).save_pupils([replace(hodan, photo_consent=PhotoConsent.GRANTED)])
    service = ImportService(admin)
    plan = service.preview(
        service.read(load_files([DATA / "csv" / "arbor_class_list_spring.csv"]), ReadOptions())
    )
    assert (plan.count(Step.ADD), plan.count(Step.CHANGE), plan.count(Step.UNCHANGED)) == (1, 2, 7)
    assert plan.left_alone == 1, "Mehmet is not in the spring file and is left alone"
    changes = {s.pupil.legal_first_name: [str(c) for c in s.changes] for s in plan.pupils if s.changes}
    assert changes == {
        "Hodan": ["legal last name: Abdi Warsame -> Warsame"],
        "Ayaan": ["class: 4 Otters -> 4 Kestrels"],
    }
    [grace] = [f for f in plan.family if f.kind is Step.CHANGE]
    assert [str(c) for c in grace.changes] == ["phone: 07700 900101 -> 07700 900199"]
    result = service.apply(plan)
    assert result.added == 1 and result.classes_created == ("4 Kestrels",)
    pupils = SchoolService(admin).pupils()
    assert len(pupils) == 11 and len({p.upn for p in pupils}) == 11
    hodan = pupils_by_first_name(admin)["Hodan"]
    assert hodan.legal_last_name == "Warsame" and hodan.photo_consent is PhotoConsent.GRANTED, "kept"
    again = service.preview(
        service.read(load_files([DATA / "csv" / "arbor_class_list_spring.csv"]), ReadOptions())
    )
    assert not again.has_work and again.count(Step.UNCHANGED) == 10


def test_re_import_without_upns_matches_by_the_sources_own_id(admin: ServiceContext) -> None:
    run_import(admin, "csv", "sims_export_bom_semicolon.csv", mapping_name="SIMS reception")
    renamed = (
        (DATA / "csv" / "sims_export_bom_semicolon.csv").read_bytes().replace(b"Zuzanna", b"Zuzanna Maria")
    )
    service = ImportService(admin)
    source = service.read({"sims.csv": renamed}, ReadOptions(mapping_name="SIMS reception"))
    plan = service.preview(source)
    [changed] = [s for s in plan.pupils if s.kind is Step.CHANGE]
    assert [str(c) for c in changed.changes] == ["legal first name: Zuzanna -> Zuzanna Maria"]
    service.apply(plan)
    assert len(SchoolService(admin).pupils()) == 5


def test_sds_re_import_matches_by_sis_id_and_contacts_by_their_id(admin: ServiceContext) -> None:
    run_import(admin, "sds2")
    run_import(admin, "sds1_uk")
    files = load_files([DATA / "sds2"])
    files["users.csv"] = files["users.csv"].replace(b"Rania,Haddad", b"Rania,Haddad-Khoury")
    service = ImportService(admin)
    plan = service.preview(service.read(files, ReadOptions()))
    assert plan.count(Step.ADD) == 0 and plan.count(Step.UNCHANGED) == 4
    [rania] = [f for f in plan.family if f.kind is Step.CHANGE]
    assert [str(c) for c in rania.changes] == ["name: Rania Haddad -> Rania Haddad-Khoury"]
    service.apply(plan)
    assert len(SchoolService(admin).pupils()) == 7


def test_ctf_imports_place_pupils_by_year_group(admin: ServiceContext) -> None:
    _, result = run_import(admin, "ctf", "ctf25_full.xml")
    assert result.classes_created == ("Year 2",)
    zainab = pupils_by_first_name(admin)["Zainab"]
    assert (zainab.preferred_last_name, zainab.sen_status, zainab.first_language) == (
        "Ali",
        SenStatus.EHC_PLAN,
        "ARA",
    )
    family = SchoolService(admin).family_of(zainab.id)
    assert [(m.name, m.contact_order, m.home_language) for m in family] == [
        ("Hawa Ali", 1, "SOM"),
        ("Abdirahman Mohammed Ali", 2, "SOM"),
        ("Sahra Warsame", 3, "SOM"),
    ]
    _, again = run_import(admin, "ctf", "ctf23_joiners_from_sims.xml")
    assert again.classes_created == ("Year 3",), "Yasmin joins the existing Year 2, Jakub a new Year 3"
    assert pupils_by_first_name(admin)["Yasmin"].preferred_first_name == "", "same as legal: not stored twice"


def test_a_duplicated_upn_rejects_both_rows_naming_both_lines(admin: ServiceContext) -> None:
    plan, result = run_import(admin, "csv", "windows1252_messy.csv")
    rejected = {r.where: r.reason for r in plan.rejections}
    assert "also at line 6" in rejected["line 3"] and "also at line 3" in rejected["line 6"]
    assert [r.where for r in plan.rejections] == ["line 3", "line 6", "line 8", "line 10", "line 11"]
    assert result.added == 3 and result.rejected == 5
    names = {p.display_name for p in SchoolService(admin).pupils()}
    assert names == {"Zoë Brontë", "François Lefèvre", "Søren Møller"}


def test_ctf_duplicate_upn_within_the_file_is_rejected_twice(admin: ServiceContext) -> None:
    plan, _ = run_import(admin, "ctf", "ctf25_messy.xml")
    duplicate = [r for r in plan.rejections if "V888123422007" in r.reason]
    assert [r.where for r in duplicate] == ["line 21, pupil 1", "line 31, pupil 2"]
    assert {p.legal_first_name for p in SchoolService(admin).pupils()} == {"Siobhán"}


def test_a_pupil_the_file_places_in_no_class_goes_to_the_class_given(admin: ServiceContext) -> None:
    oak = SchoolClass("3 Oak", "3")
    ash = SchoolClass("3 Ash", "3")
    SchoolService(admin).save_class(oak)
    SchoolService(admin).save_class(ash)
    service = ImportService(admin)
    source = service.read(load_files([DATA / "ctf" / "ctf23_joiners_from_sims.xml"]), ReadOptions())
    plan = service.preview(source)
    [jakub] = plan.rejections
    assert "several year 3 classes (3 Ash, 3 Oak)" in jakub.reason and "--class" in jakub.reason
    plan = service.preview(source, default_class="3 oak")
    assert not plan.rejections and {s.class_name for s in plan.pupils} == {"3 Oak"}
    with pytest.raises(InvalidInput, match="no class called 'Willow'"):
        service.preview(source, default_class="Willow")


def test_future_and_implausible_birth_dates_are_rejected(admin: ServiceContext) -> None:
    data = (DATA / "csv" / "us_month_first.csv").read_bytes()
    data = data.replace(b"11/27/2018", b"11/27/2027").replace(b"09/14/2018", b"09/14/1988")
    service = ImportService(admin)
    plan = service.preview(service.read({"us.csv": data}, ReadOptions()))
    reasons = {r.where: r.reason for r in plan.rejections}
    assert "in the future" in reasons["line 4"] and "not a pupil's" in reasons["line 2"]


def file_hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("linkbook.db*"))}


def counts(vault: Vault) -> tuple[int, ...]:
    with vault.reading() as session:
        repo = SchoolRepository(session)
        imports = ImportMappingRepository(session)
        return (
            len(repo.pupils()),
            len(repo.classes()),
            session.scalar(select(func.count()).select_from(FamilyMemberRow)) or 0,
            len(AuditRepository(session).events()),
            len(imports.mappings()),
            len(imports.links("csv:Arbor", "pupil")),
        )


def test_an_import_that_fails_part_way_changes_nothing(
    admin: ServiceContext, vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(vault)
    vault.close()
    hashes = file_hashes(data_dir)
    reopened = Vault.unlock(data_dir, PASSPHRASE)
    context = ServiceContext(reopened, admin.actor, clock=lambda: TODAY)
    service = ImportService(context)
    plan = service.preview(
        service.read(load_files([DATA / "csv" / "arbor_class_list.csv"]), ReadOptions(mapping_name="Arbor"))
    )
    written: list[int] = []
    original = ImportWriter.append_audit

    def fail_at_the_very_end(writer: ImportWriter, events: list[Any]) -> None:
        """Everything else is in the transaction by now: classes, pupils, families, links, mapping."""
        written.append(len(writer.session.scalars(select(PupilRow.id)).all()))
        raise OSError("disk unplugged")

    monkeypatch.setattr(ImportWriter, "append_audit", fail_at_the_very_end)
    with pytest.raises(OSError, match="disk unplugged"):
        service.apply(plan)
    assert written == [10], "the pupils had been written inside the transaction"
    assert counts(reopened) == before
    reopened.close()
    assert file_hashes(data_dir) == hashes, "not one byte of the database changed"
    monkeypatch.setattr(ImportWriter, "append_audit", original)
    again = Vault.unlock(data_dir, PASSPHRASE)
    try:
        context = ServiceContext(again, admin.actor, clock=lambda: TODAY)
        ImportService(context).apply(plan)
        assert counts(again)[0] == 10, "the same plan applies once the fault is gone"
    finally:
        again.close()


def test_a_plan_made_before_someone_else_saved_is_refused(admin: ServiceContext, vault: Vault) -> None:
    service = ImportService(admin)
    plan = service.preview(service.read(load_files([DATA / "csv" / "arbor_class_list.csv"]), ReadOptions()))
    SchoolService(admin).save_class(SchoolClass("Nursery", "N2"))
    before = counts(vault)
    with pytest.raises(InvalidInput, match="preview the import again"):
        service.apply(plan)
    assert counts(vault) == before


def test_only_staff_allowed_to_import_may_import(senco_context: ServiceContext) -> None:
    with pytest.raises(PermissionError, match="may not import records"):
        ImportService(senco_context).read(load_files([DATA / "csv" / "arbor_class_list.csv"]), ReadOptions())


def test_mappings_are_remembered_per_source_with_the_date_order(admin: ServiceContext, vault: Vault) -> None:
    service = ImportService(admin)
    files = load_files([DATA / "csv" / "ambiguous_dates_tab.csv"])
    first = service.read(
        files,
        ReadOptions(mapping_name="Old MIS", overrides=("Form=ignore",), date_order=DateOrder.MONTH_FIRST),
    )
    service.apply(service.preview(first, default_class=None))
    with vault.reading() as session:
        stored = ImportMappingRepository(session).mapping("name:Old MIS")
    assert stored is not None and stored.day_first is False and "Form" not in stored.columns
    again = service.read(files, ReadOptions(mapping_name="Old MIS"))
    assert again.mapping == stored.columns and again.day_first is False, "no questions the second time"
    clear = b"Pupil ID\tForename\tSurname\tDOB\tForm\n7104\tNoor\tHaddad\t25/12/2018\t3K\n"
    decided = service.read({"next.csv": clear}, ReadOptions(mapping_name="Old MIS"))
    assert decided.day_first is True, "a file whose dates decide is read as they say"
    unnamed = service.read(load_files([DATA / "csv" / "arbor_class_list.csv"]), ReadOptions())
    assert unnamed.mapping_source.startswith("csv-headers:")


def test_a_dry_preview_writes_nothing(admin: ServiceContext, vault: Vault) -> None:
    before = counts(vault)
    service = ImportService(admin)
    service.preview(service.read(load_files([DATA / "sds1_uk"]), ReadOptions()))
    assert counts(vault) == before


# The ORM classes the lead adds to desktop/store/schema.py (quoted in the session report), checked
# against migration 0003 here so the two cannot disagree.
class _Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


class ImportMappingRow(_Base):
    """A CSV column mapping remembered for one source (a name the person gave, or a header signature)."""

    __tablename__ = "import_mapping"
    source: Mapped[str] = mapped_column(Text, primary_key=True)
    columns: Mapped[dict[str, Any]] = mapped_column(default=dict)
    day_first: Mapped[bool | None] = mapped_column(Boolean, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ImportLinkRow(_Base):
    """Which record an outside system's own id was imported as, so a re-import updates, not duplicates."""

    __tablename__ = "import_link"
    source: Mapped[str] = mapped_column(Text, primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    external_id: Mapped[str] = mapped_column(Text, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(32), index=True)


def test_migration_0003_matches_the_models_for_schema_py(vault: Vault) -> None:
    mine = {"import_mapping", "import_link"}

    def only_mine(obj: object, name: str | None, type_: str, _reflected: bool, _compare_to: object) -> bool:
        if type_ == "table":
            return name in mine
        table = getattr(obj, "table", None)
        return table is None or table.name in mine

    with vault.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": only_mine})
        assert compare_metadata(context, _Base.metadata) == []
    with vault.reading() as session:
        assert session.scalar(select(func.count()).select_from(PupilRow)) == 0
