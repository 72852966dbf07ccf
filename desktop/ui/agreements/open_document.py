"""The open document of the agreements screen, as its saving half and its unsaved-edits guard see it.

DocumentPanel (document.py) shows an agreement or a template; what it holds is declared here, once, so that
the parts that work on it (document_saving.py, unsaved.py) depend on this module and not on each other or
on the panel that assembles them.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from desktop.domain.agreements import Agreement, AgreementTemplate, DocumentContent
from desktop.domain.families import FamilyMember
from desktop.domain.pupils import Pupil
from desktop.services.context import ServiceContext
from desktop.ui.agreements.draft_offer import DraftOffer
from desktop.ui.agreements.editor import ContentEditor
from desktop.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class Opened:
    """An agreement with what the panel shows beside it."""

    agreement: Agreement
    pupil: Pupil | None
    family: list[FamilyMember]


class OpenDocument(QWidget):
    """The widgets and state of the panel showing one agreement or template (DocumentPanel provides them)."""

    context: ServiceContext
    runner: TaskRunner
    opened: Opened | None
    template: AgreementTemplate | None
    is_new_template: bool
    baseline: tuple[str, DocumentContent] | None
    editor: ContentEditor
    heading: QLabel
    change_note: QLineEdit
    save_button: QPushButton
    message: QLabel
    draft_offer: DraftOffer
    _generation: int

    @property
    def generation(self) -> int:
        """Changes whenever another document opens or the panel is emptied."""
        return self._generation

    def saves_in_place(self) -> bool:
        raise NotImplementedError

    def edits(self) -> tuple[str, DocumentContent]:
        raise NotImplementedError

    def has_unsaved_changes(self) -> bool:
        raise NotImplementedError

    def revert_edits(self) -> None:
        raise NotImplementedError

    def restore_edits(self, title: str, content: DocumentContent, change_note: str) -> None:
        raise NotImplementedError

    def save_then(
        self, then: Callable[[], None] | None = None, failed: Callable[[], None] | None = None
    ) -> None:
        raise NotImplementedError
