"""The import wizard: files -> column mapping (CSV only) -> preview -> apply, over the import service.

Everything it reads or writes goes through `ImportService` (desktop/services/imports/service.py), the
same code the command line drives, on the main window's task runner. The wizard itself holds the
person's choices (an ImportDraft) and forgets them, with every name it showed, when it closes or the app
locks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from desktop.services.context import ServiceContext
from desktop.services.imports.service import ImportService
from desktop.services.school import SchoolService
from desktop.ui.import_wizard.apply_page import ApplyPage
from desktop.ui.import_wizard.base import ImportPage
from desktop.ui.import_wizard.draft import ImportDraft
from desktop.ui.import_wizard.files_page import FilesPage
from desktop.ui.import_wizard.host import APPLY_PAGE, FILES_PAGE, MAPPING_PAGE, PREVIEW_PAGE
from desktop.ui.import_wizard.mapping_page import MappingPage
from desktop.ui.import_wizard.preview_page import PreviewPage
from desktop.ui.tasks import TaskHandle, TaskRunner


class ImportWizard(QWizard):
    """Import class lists, families and contacts from CSV, School Data Sync or CTF files."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import class lists"))
        self.setAccessibleName(self.tr("Import class lists"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.runner = runner
        self.service = ImportService(context)
        self.school = SchoolService(context)
        self.draft = ImportDraft()
        self.tasks: set[TaskHandle[object]] = set()
        self._writing = False
        self.files_page = FilesPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.apply_page = ApplyPage(self)
        self.setPage(FILES_PAGE, self.files_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setPage(APPLY_PAGE, self.apply_page)
        self.setStartId(FILES_PAGE)
        self._name_buttons()
        self.resize(960, 680)

    @property
    def pages(self) -> tuple[ImportPage, ...]:
        return (self.files_page, self.mapping_page, self.preview_page, self.apply_page)

    def _name_buttons(self) -> None:
        names = {
            QWizard.WizardButton.BackButton: self.tr("Back"),
            QWizard.WizardButton.NextButton: self.tr("Next"),
            QWizard.WizardButton.CommitButton: self.tr("Import"),
            QWizard.WizardButton.FinishButton: self.tr("Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
            QWizard.WizardButton.HelpButton: self.tr("Help"),
        }
        for which, name in names.items():
            self.button(which).setAccessibleName(name)
        self.currentIdChanged.connect(self.name_header)

    def name_header(self) -> None:
        """Name the title and subtitle labels QWizard draws for each page after what they say."""
        for label in self.findChildren(QLabel):
            if not any(page.isAncestorOf(label) for page in self.pages):
                label.setAccessibleName(label.text() or self.tr("Step"))

    def set_writing(self, writing: bool) -> None:
        """While the import is written it cannot be stopped half-way: no Cancel, no Back."""
        self._writing = writing
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not writing)
        self.button(QWizard.WizardButton.BackButton).setEnabled(not writing)

    def preview_again(self) -> None:
        """Go back to the preview and make it afresh (the import was refused)."""
        self.back()
        self.preview_page.refresh()

    @property
    def writing(self) -> bool:
        return self._writing

    def reject(self) -> None:
        if self._writing:
            return
        self.forget()
        super().reject()

    def accept(self) -> None:
        self.forget()
        super().accept()

    def forget(self) -> None:
        """Stop what is running and drop every file, name and row this wizard read or showed."""
        for handle in list(self.tasks):
            handle.cancel()
        self.tasks.clear()
        for page in self.pages:
            page.forget()
        self.draft.forget()

    def lock(self) -> None:
        """The app is locking: forget everything and close, whatever step this was."""
        self._writing = False
        self.forget()
        super().reject()


def open_import_wizard(
    context: ServiceContext,
    runner: TaskRunner,
    parent: QWidget,
    locked: SignalInstance | None = None,
) -> ImportWizard:
    """Show the wizard over parent (window-modal); it closes and forgets itself when `locked` fires."""
    wizard = ImportWizard(context, runner, parent)
    if locked is not None:
        locked_connection = locked.connect(wizard.lock)
        wizard.finished.connect(lambda _result: QObject.disconnect(locked_connection))
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard
