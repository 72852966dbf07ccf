"""A picture of the import wizard's column-mapping step, for the docs (`make screenshots`).

grab_import_wizard(out_dir) makes an empty school in a temporary folder, writes a class list as an MIS
would (invented pupils, names in several scripts, one column the header names do not give away), opens
the wizard on it offscreen, matches that column as a person would and saves import-wizard.png. The
folder is deleted afterwards.
"""

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.domain.access import Actor
from desktop.domain.school import School, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.import_wizard.base import ImportPage
from desktop.ui.import_wizard.wizard import ImportWizard
from desktop.ui.kit.settle import wait_until
from desktop.ui.tasks import TaskRunner

SHOT_TIME = dt.datetime(2026, 11, 20, 9, 15)
_PASSPHRASE = "screenshots of the import wizard"
HEADERS = (
    "UPN,Legal Forename,Legal Surname,Known As,Born,Reg Group,Year Group,SEN Status,First Language,"
    "Contact 1 Name,Contact 1 Relationship,Contact 1 Mobile"
)
ROWS = (
    "A926204126001,Zoë,Whitfield-Adeyemi,,14/09/2018,3 Wrens,3,N,ENG,Grace Whitfield,Mother,077009001001",
    "B926204126002,Oluwaseun,Bakare,Seun,03/02/2019,3 Wrens,3,K,YOR,Kemi Bakare,Mother,077009001002",
    "C926204126003,Wiktoria,Zieliński,Wiki,22/11/2018,3 Wrens,3,N,POL,Tomasz Zieliński,Father,077009001003",
    "D926204126004,Aarav,Chatterjee,,30/06/2019,3 Wrens,3,N,BNG,Priya Chatterjee,Mother,077009001004",
    "E926204126005,Leilani,Nguyễn,Lani,08/01/2019,3 Wrens,3,E,VIE,Thảo Nguyễn,Mother,077009001005",
    "F926204126006,Tadhg,Ó Súilleabháin,,17/05/2019,3 Wrens,3,N,ENG,Áine Ó Súilleabháin,Mother,077009001006",
)
CLASS_LIST = "\n".join((HEADERS, *ROWS)) + "\n"


def settle(wizard: ImportWizard, seconds: float = 20) -> None:
    """Wait for the current page's work on the runner, then let the layout finish."""
    page = wizard.currentPage()
    wait_until(lambda: not (isinstance(page, ImportPage) and page.busy), seconds, then_ms=150)


def grab_import_wizard(out_dir: Path) -> list[Path]:
    """Save import-wizard.png (the column-mapping step) in out_dir; returns the files written."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "import-wizard.png"
    with tempfile.TemporaryDirectory(prefix="linkbook-import-shot-") as scratch:
        vault = Vault.create(Path(scratch) / "school", _PASSPHRASE)
        try:
            context = ServiceContext(
                vault, Actor("Ms Achterberg-Osei", StaffRole.ADMIN), clock=lambda: SHOT_TIME
            )
            SchoolService(context).set_up(School("Riverside Primary", dfe_number="9262041"), [], [])
            class_list = Path(scratch) / "arbor-class-list.csv"
            class_list.write_text(CLASS_LIST, encoding="utf-8-sig")
            runner = TaskRunner()
            wizard = ImportWizard(context, runner)
            wizard.show()
            wizard.files_page.add_paths([class_list])
            settle(wizard)
            wizard.next()
            born = wizard.mapping_page.combos["date_of_birth"]
            born.setCurrentIndex(born.findData("Born"))  # the one column a person matches by hand
            settle(wizard)
            if not wizard.grab().save(str(path)):
                raise OSError(f"Could not write {path}.")
            wizard.lock()
            runner.wait()
            app.processEvents()
        finally:
            vault.close()
    return [path]


if __name__ == "__main__":
    for written in grab_import_wizard(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(written)
