"""The import use case as the command line and the app's wizard drive it: read, preview, apply."""

from collections.abc import Mapping

from desktop.domain.access import Capability
from desktop.services.context import ServiceContext
from desktop.services.imports import mappings
from desktop.services.imports.apply import ImportResult, apply_plan
from desktop.services.imports.csv_mapping import CsvTable, read_table
from desktop.services.imports.model import ParsedSource
from desktop.services.imports.plan import ImportPlan, build_plan
from desktop.services.imports.sources import ReadOptions, read_source
from desktop.store.repositories.import_mappings import ColumnMapping
from desktop.store.repositories.school import SchoolRepository


class ImportService:
    """Each step is its own short transaction; only apply writes, and it writes everything at once."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def read(self, files: Mapping[str, bytes], options: ReadOptions) -> ParsedSource:
        """Read the files (with the mapping remembered for their source, when CSV) into one source."""
        self.context.actor.require(Capability.IMPORT_RECORDS)
        with self.vault.reading() as session:
            school = SchoolRepository(session).school()
            number = options.school_number or (school.dfe_number if school else "")
            chosen = ReadOptions(
                format=options.format,
                mapping_name=options.mapping_name,
                overrides=options.overrides,
                date_order=options.date_order,
                school_number=number.replace("/", "").replace(" ", ""),
            )
            return read_source(files, chosen, lambda source: mappings.remembered(session, source))

    def remembered_mapping(self, table: CsvTable, name: str | None = None) -> ColumnMapping | None:
        """The mapping remembered for a CSV's source, for the wizard to start from."""
        with self.vault.reading() as session:
            return mappings.remembered(session, mappings.source_for(table, name))

    @staticmethod
    def csv_table(data: bytes, name: str) -> CsvTable:
        """A CSV read for the mapping step (headers, first rows), before anything is decided."""
        return read_table(data, name)

    def preview(self, source: ParsedSource, default_class: str | None = None) -> ImportPlan:
        """What the import would do; nothing is written."""
        self.context.actor.require(Capability.IMPORT_RECORDS)
        with self.vault.reading() as session:
            return build_plan(session, source, self.context.today(), default_class)

    def apply(self, plan: ImportPlan) -> ImportResult:
        """Write the previewed plan in one transaction (or nothing, if the school changed meanwhile)."""
        return apply_plan(self.context, plan)
