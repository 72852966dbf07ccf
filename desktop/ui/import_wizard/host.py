"""What a page of the import wizard may ask of the wizard that holds it, and the pages' ids.

The wizard (wizard.py) builds the pages; the pages know it only as a WizardHost, so that no page imports
the wizard that imports it.
"""

from typing import Protocol

from PySide6.QtWidgets import QWizard

from desktop.services.imports.service import ImportService
from desktop.services.school import SchoolService
from desktop.ui.import_wizard.draft import ImportDraft
from desktop.ui.tasks import TaskHandle, TaskRunner

FILES_PAGE, MAPPING_PAGE, PREVIEW_PAGE, APPLY_PAGE = range(4)


class WizardHost(Protocol):
    """The import wizard, as its pages see it."""

    runner: TaskRunner
    service: ImportService
    school: SchoolService
    draft: ImportDraft
    tasks: set[TaskHandle[object]]
    """Every task a page started, cancelled when the wizard closes."""

    def setOption(self, option: QWizard.WizardOption, on: bool = ...) -> None: ...

    def set_writing(self, writing: bool) -> None:
        """While the import is written it cannot be stopped half-way: no Cancel, no Back."""
        ...

    def name_header(self) -> None:
        """Name the title and subtitle labels QWizard draws for each page after what they say."""
        ...

    def preview_again(self) -> None:
        """Go back to the preview and make it afresh (the import was refused)."""
        ...
