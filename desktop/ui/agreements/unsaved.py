"""Nothing typed into an agreement or template is lost: moving away asks, locking keeps a draft.

Moving to another pupil or document with unsaved changes asks (see unsaved_dialog.py): save them, discard
them, or stay. Locking cannot wait for an answer, so what was typed is kept as a draft in the vault and
offered back (see draft_offer.py) the next time the same author opens the same document. A new template,
which has no record yet, keeps its draft under its kind and is offered back when one of that kind is next
added.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.domain.agreements import DocumentKind
from desktop.services.agreement_drafts import AgreementDraft, AgreementDraftService
from desktop.ui.agreements.open_document import OpenDocument
from desktop.ui.agreements.unsaved_dialog import Choice, UnsavedChangesDialog
from desktop.ui.tasks import TaskState, describe

log = logging.getLogger(__name__)


def new_template_key(kind: DocumentKind) -> str:
    """Where the draft of a template not yet saved is kept: one per kind and author."""
    return f"new-template-{kind.value}"


class UnsavedEdits(QObject):
    """Guards the panel's open document: asks before leaving it, keeps a draft on lock, offers it back."""

    def __init__(self, panel: OpenDocument) -> None:
        super().__init__(panel)
        self.panel = panel
        self.dialog: UnsavedChangesDialog | None = None
        self._saving = False
        self._offered: AgreementDraft | None = None
        self._stored: str | None = None
        """The key of a draft of the open document known to be in the vault."""
        panel.draft_offer.restore_button.clicked.connect(self.restore)
        panel.draft_offer.discard_button.clicked.connect(self.decline)

    def draft_key(self) -> str | None:
        panel = self.panel
        if panel.opened is not None:
            return panel.opened.agreement.id
        if panel.template is not None:
            return new_template_key(panel.template.kind) if panel.is_new_template else panel.template.id
        return None

    def reset(self) -> None:
        """Another document is opening, or the panel is being emptied: forget what was about this one."""
        self._saving = False
        self._offered = None
        self._stored = None
        self.panel.draft_offer.withdraw()
        if self.dialog is not None:
            self.dialog.reject()

    # Moving away

    def leave(self, proceed: Callable[[], None], stay: Callable[[], None] | None = None) -> None:
        """Run proceed() once the open document's changes are saved or discarded; stay() if not.

        With nothing unsaved, proceed() runs at once. While a question is open or an answer is being
        saved, another request to leave is refused (stay()), so two moves never race each other.
        """
        panel = self.panel
        stay = stay or (lambda: None)
        if self.dialog is not None or self._saving:
            stay()
            return
        if not panel.has_unsaved_changes():
            proceed()
            return
        needs_note = panel.opened is not None and not panel.saves_in_place()
        dialog = UnsavedChangesDialog(
            panel.editor.title.text().strip() or panel.heading.text(),
            panel.save_button.text(),
            needs_note,
            panel.change_note.text(),
            panel,
        )
        self.dialog = dialog
        generation = panel.generation

        def answered(_result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if generation != panel.generation:
                return
            if dialog.choice is Choice.SAVE:
                if needs_note:
                    panel.change_note.setText(dialog.note.text().strip())
                self._saving = True

                def saved() -> None:
                    self._saving = False
                    proceed()

                def failed() -> None:
                    self._saving = False
                    stay()

                panel.save_then(saved, failed)
            elif dialog.choice is Choice.DISCARD:
                panel.revert_edits()
                if self._offered is None:
                    self._discard_stored()
                proceed()
            else:
                stay()

        dialog.finished.connect(answered)
        dialog.open()

    def saved(self) -> None:
        """The document was saved: a kept draft of it (already restored or never offered) is done with."""
        if self._offered is None:
            self._discard_stored()

    # Locking

    def keep(self) -> None:
        """Keep unsaved changes as a draft, on this thread and at once (the app is locking)."""
        panel = self.panel
        key = self.draft_key()
        if key is None or not panel.has_unsaved_changes():
            return
        title, content = panel.edits()
        opened = panel.opened
        draft = AgreementDraft(
            document_id=key,
            author_key="",
            title=title,
            content=content,
            change_note=panel.change_note.text().strip(),
            is_template=opened is None,
            pupil_id=opened.agreement.pupil_id if opened is not None else None,
            base_version=opened.agreement.current.number if opened is not None else None,
        )
        try:
            AgreementDraftService(panel.context).save(draft)
        except Exception as exc:  # locking goes on; the type only, as the text may quote the draft
            log.error("Could not keep unsaved changes to a document: %s", exc.__class__.__name__)

    # Offering back

    def look_for_draft(self) -> None:
        """In the background: a draft kept of the document just opened; if one is found, offer it."""
        panel = self.panel
        key = self.draft_key()
        if key is None:
            return
        generation = panel.generation
        service = AgreementDraftService(panel.context)

        def read(_state: TaskState) -> AgreementDraft | None:
            return service.draft_for(key)

        def found(draft: AgreementDraft | None) -> None:
            if draft is not None and generation == panel.generation:
                self._offer(draft)

        def failed(exc: BaseException) -> None:
            if generation == panel.generation:
                panel.message.setText(describe(exc))

        panel.runner.run(self.tr("Looking for unsaved changes"), read, found, on_error=failed)

    def _offer(self, draft: AgreementDraft) -> None:
        panel = self.panel
        self._stored = draft.document_id
        if (draft.title, draft.content) == panel.baseline and not draft.change_note:
            self._discard_stored()  # it says nothing the document does not (saved just before locking)
            return
        self._offered = draft
        moment = draft.updated_at or panel.context.now()
        current = panel.opened.agreement.current.number if panel.opened is not None else 0
        older = draft.base_version if panel.opened is not None else None
        panel.draft_offer.offer(moment, panel.context.today(), older, current)

    def restore(self) -> None:
        draft = self._offered
        if draft is None:
            return
        self._offered = None
        self.panel.draft_offer.withdraw()
        self.panel.restore_edits(draft.title, draft.content, draft.change_note)
        self.panel.message.setText(
            self.tr("Your unsaved changes are back in the document: save them when they are ready.")
        )
        self.panel.editor.title.setFocus()

    def decline(self) -> None:
        self._offered = None
        self.panel.draft_offer.withdraw()
        self._discard_stored()
        self.panel.message.setText(self.tr("The unsaved changes are discarded."))
        self.panel.editor.title.setFocus()

    def _discard_stored(self) -> None:
        key, self._stored = self._stored, None
        if key is None:
            return
        service = AgreementDraftService(self.panel.context)
        self.panel.runner.run(
            self.tr("Discarding unsaved changes"),
            lambda _state: service.discard(key),
            on_error=lambda exc: self.panel.message.setText(describe(exc)),
        )
