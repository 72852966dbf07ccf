"""Saving what the open document says: a template, a draft in place, or a new version of an agreement.

A draft nobody has signed is saved in place; once a version is active (or signed) it never changes, and
what the SENCO types is saved as a new version with a note of what changed. Each save may be told what to
do once it is saved and what to do if it is not, so moving away from unsaved changes can wait for the
save to land (see unsaved.py). Every write runs on the task runner; a result that arrives after another
document was opened, or the screen was emptied for locking, is dropped.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from desktop.domain.agreements import Agreement, AgreementTemplate
from desktop.domain.linkbook import Method
from desktop.services.agreements import AgreementService
from desktop.ui.agreements import words
from desktop.ui.agreements.open_document import OpenDocument, Opened
from desktop.ui.agreements.signers import Signer
from desktop.ui.agreements.unsaved import UnsavedEdits
from desktop.ui.tasks import Changes, TaskState, Topic, describe


class DocumentSaving(OpenDocument):
    """The saving half of DocumentPanel (document.py), which provides the state OpenDocument declares."""

    unsaved: UnsavedEdits

    def _show_agreement(self, opened: Opened, keep_edits: bool = False) -> None:
        raise NotImplementedError

    def _show_template(self, template: AgreementTemplate, new: bool = False) -> None:
        raise NotImplementedError

    def save(self) -> None:
        self.save_then()

    def save_then(
        self, then: Callable[[], None] | None = None, failed: Callable[[], None] | None = None
    ) -> None:
        """Save the document; then() once it is saved, failed() if it was not (the message says why)."""
        if self.template is not None:
            self._save_template(self.template, then, failed)
        elif self.opened is not None:
            self._save_agreement(self.opened, then, failed)
        elif failed is not None:
            failed()

    def _save_template(
        self, template: AgreementTemplate, then: Callable[[], None] | None, failed: Callable[[], None] | None
    ) -> None:
        updated = replace(template, title=self.editor.title.text().strip(), content=self.editor.content())
        service = AgreementService(self.context)

        def save(_state: TaskState) -> AgreementTemplate:
            service.save_template(updated)
            return updated

        def saved(result: AgreementTemplate) -> None:
            if self.template is not None and self.template.id == result.id:
                self.unsaved.saved()
                self._show_template(result)
                self.message.setText(self.tr("The template is saved."))
                if then is not None:
                    then()

        self._write(
            self.tr("Saving the template"), save, saved, Changes(frozenset({Topic.AGREEMENTS})), failed
        )

    def _save_agreement(
        self, opened: Opened, then: Callable[[], None] | None, failed: Callable[[], None] | None
    ) -> None:
        agreement = opened.agreement
        content, title = self.editor.content(), self.editor.title.text()
        service = AgreementService(self.context)
        if self.saves_in_place():

            def save(_state: TaskState) -> Agreement:
                return service.edit_draft(agreement.id, content, title)

            done = self.tr("The draft is saved.")
        else:
            if content == agreement.current.content and title.strip() == agreement.title:
                self.message.setText(
                    self.tr("Nothing has changed yet: change the text, then save a new version.")
                )
                if failed is not None:
                    failed()
                return
            note = self.change_note.text()
            if not note.strip():
                self.message.setText(self.tr("Say in a few words what changed in this version, then save."))
                self.change_note.setFocus()
                if failed is not None:
                    failed()
                return

            def save(_state: TaskState) -> Agreement:
                return service.new_version(agreement.id, content, note, title)

            done = self.tr("Saved as a new draft version. Make it active once it is agreed.")

        def saved(result: Agreement) -> None:
            self.change_note.clear()
            self.unsaved.saved()
            self._show_agreement(Opened(result, opened.pupil, opened.family))
            self.message.setText(done)
            if then is not None:
                then()

        self._write(self.tr("Saving the agreement"), save, saved, self._changes(agreement), failed)

    def activate(self) -> None:
        if self.opened is None:
            return
        opened = self.opened
        service = AgreementService(self.context)

        def save(_state: TaskState) -> Agreement:
            return service.activate(opened.agreement.id)

        def saved(result: Agreement) -> None:
            self._show_agreement(Opened(result, opened.pupil, opened.family))
            self.message.setText(
                self.tr("Version {number} is now the one in force.").format(number=result.current.number)
            )

        self._write(self.tr("Making the version active"), save, saved, self._changes(opened.agreement))

    def _sign(self, signer: Signer, name: str, day: dt.date) -> None:
        """Record a signature from a paper copy on the current version (asked for by the signatures pane)."""
        if self.opened is None:
            return
        opened = self.opened
        service = AgreementService(self.context)

        def save(_state: TaskState) -> Agreement:
            return service.sign(opened.agreement.id, signer.party, name, Method.PAPER, day)

        def saved(result: Agreement) -> None:
            self._show_agreement(Opened(result, opened.pupil, opened.family), keep_edits=True)
            self.message.setText(
                self.tr("Recorded {name}'s paper signature of {day}.").format(name=name, day=words.day(day))
            )

        self._write(self.tr("Recording the signature"), save, saved, self._changes(opened.agreement))

    def _changes(self, agreement: Agreement) -> Changes:
        return Changes(frozenset({Topic.AGREEMENTS}), frozenset({agreement.pupil_id}))

    def _write(
        self,
        label: str,
        work: Callable[[TaskState], Any],
        done: Callable[[Any], None],
        changes: Changes,
        failed: Callable[[], None] | None = None,
    ) -> None:
        generation = self._generation
        self.message.setText(self.tr("Saving…"))
        show = self._failed(generation)

        def finished(result: Any) -> None:
            if generation == self._generation:
                done(result)

        def not_saved(exc: BaseException) -> None:
            show(exc)
            if failed is not None and generation == self._generation:
                failed()

        self.runner.run(label, work, finished, changes=changes, on_error=not_saved)

    def _failed(self, generation: int) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            if generation == self._generation:
                self.message.setText(describe(exc))

        return show
