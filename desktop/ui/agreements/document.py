"""The open document: a school template, or one pupil's agreement with its signatures and versions.

A draft nobody has signed is saved in place; once a version is active (or signed) it never changes,
and what the SENCO types is saved as a new version with a note of what changed, so the family can see
what they agreed to and what is different now. Every read and write runs on the task runner; a result
that arrives after the screen was emptied for locking, or after another document was opened, is dropped.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import Agreement, AgreementTemplate, VersionStatus
from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import Method
from desktop.domain.pupils import Pupil
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.print_packs import PrintPackService
from desktop.services.school import SchoolService
from desktop.ui.agreements import words
from desktop.ui.agreements.editor import ContentEditor
from desktop.ui.agreements.history import HistoryPane
from desktop.ui.agreements.signatures_pane import SignaturesPane
from desktop.ui.agreements.signers import Signer
from desktop.ui.agreements.widgets import button, named_label
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.tasks import Changes, TaskRunner, TaskState, Topic, describe


@dataclass(frozen=True, slots=True)
class Opened:
    """An agreement with what the panel shows beside it."""

    agreement: Agreement
    pupil: Pupil | None
    family: list[FamilyMember]


class DocumentPanel(QWidget):
    """Shows and saves one template or agreement."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.opened: Opened | None = None
        self.template: AgreementTemplate | None = None
        self._generation = 0

        self.heading = named_label("")
        self.heading.setObjectName("documentHeading")
        self.heading.setAccessibleName(self.tr("Document"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.state = named_label("")
        self.state.setAccessibleName(self.tr("Version and state"))
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.message = named_label("")
        self.message.setObjectName("documentMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.editor = ContentEditor(context.today())
        self.change_note = QLineEdit()
        self.change_note.setObjectName("changeNote")
        self.change_note.setAccessibleName(self.tr("What changed in this version"))
        self.change_note.setPlaceholderText(self.tr("What changed, in a few words (kept with the version)"))
        self.change_note_label = named_label(self.tr("What &changed:"), self.change_note)
        self.save_button = button(self.tr("Save the &draft"))
        self.save_button.setObjectName("saveDocument")
        self.activate_button = button(self.tr("Make this version &active"))
        self.print_button = button(self.tr("P&rint…"))
        self.save_button.clicked.connect(self.save)
        self.change_note.returnPressed.connect(self.save)
        self.activate_button.clicked.connect(self.activate)
        self.print_button.clicked.connect(self.print_document)
        actions = QHBoxLayout()
        actions.addWidget(self.change_note_label)
        actions.addWidget(self.change_note, 1)
        actions.addStretch(0)
        actions.addWidget(self.save_button)
        actions.addWidget(self.activate_button)
        actions.addWidget(self.print_button)
        contents = QWidget()
        contents_layout = QVBoxLayout(contents)
        contents_layout.addWidget(self.editor, 1)
        contents_layout.addLayout(actions)

        self.signatures = SignaturesPane(context.today, context.actor.name, self._sign)
        self.history = HistoryPane()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("documentTabs")
        self.tabs.setAccessibleName(self.tr("Document parts"))
        self.tabs.addTab(contents, self.tr("Contents"))
        self.tabs.addTab(self.signatures, self.tr("Signatures"))
        self.tabs.addTab(self.history, self.tr("Versions and changes"))

        self.empty = named_label(
            self.tr(
                "Choose a pupil and one of their agreements or plans, tailor a copy of a school template for "
                "them, or open a review that is due."
            )
        )
        self.empty.setAccessibleName(self.tr("Nothing open"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        runner.changed.connect(self._changed)
        self._show_nothing()

    # Opening

    def open_agreement(self, agreement_id: str, then: Callable[[], None] | None = None) -> None:
        """Read the agreement, its pupil and family in the background, then show them."""
        self._generation += 1
        generation = self._generation
        agreements = AgreementService(self.context)
        school = SchoolService(self.context)

        def load(_state: TaskState) -> Opened:
            agreement = agreements.agreement(agreement_id)
            return Opened(agreement, school.pupil(agreement.pupil_id), school.family_of(agreement.pupil_id))

        def loaded(opened: Opened) -> None:
            if generation == self._generation:
                self._show_agreement(opened)
                if then is not None:
                    then()

        self.runner.run(self.tr("Opening the agreement"), load, loaded, on_error=self._failed(generation))

    def open_template(self, template: AgreementTemplate, new: bool = False) -> None:
        """Show a school template for editing (new: not yet saved)."""
        self._generation += 1
        self.opened = None
        self.template = template
        self.heading.setText(self.tr("School template: {title}").format(title=template.title))
        self.state.setText(
            self.tr("{kind}. A new template: type its commitments and targets, then save it.").format(
                kind=words.kind_name(template.kind)
            )
            if new
            else self.tr("{kind}. Changes reach pupils' copies only when a copy is next tailored.").format(
                kind=words.kind_name(template.kind)
            )
        )
        self.message.clear()
        self.editor.show_document(template.title, template.kind, template.content)
        self._set_mode()

    def _show_agreement(self, opened: Opened, keep_edits: bool = False) -> None:
        self.template = None
        previous = self.opened
        self.opened = opened
        agreement = opened.agreement
        current = agreement.current
        pupil_name = opened.pupil.display_name if opened.pupil else ""
        self.heading.setText(agreement.title)
        review = agreement.review_date
        summary = self.tr("{kind} for {pupil}. Version {number}, {status}.").format(
            kind=words.kind_name(agreement.kind),
            pupil=pupil_name,
            number=current.number,
            status=words.status_name(current.status),
        )
        self.state.setText(
            " ".join(part for part in (summary, self._review_text(review), self._explain()) if part)
        )
        unsaved = (
            keep_edits
            and previous is not None
            and previous.agreement.id == agreement.id
            and (
                self.editor.content() != previous.agreement.current.content
                or self.editor.title.text().strip() != previous.agreement.title
            )
        )
        if not unsaved:
            self.editor.show_document(agreement.title, agreement.kind, current.content)
        self.signatures.show_signers(agreement, opened.pupil, opened.family)
        self.history.show_versions(agreement)
        self._set_mode()

    def _review_text(self, review: dt.date | None) -> str:
        if review is None:
            return ""
        if review < self.context.today():
            return self.tr("The review was due on {day}: overdue.").format(day=words.day(review))
        return self.tr("Review by {day}.").format(day=words.day(review))

    def _explain(self) -> str:
        if self.opened is None:
            return ""
        current = self.opened.agreement.current
        if self._in_place():
            return self.tr("Changes are saved to this draft; make it active once it is agreed.")
        if current.status is VersionStatus.DRAFT:
            return self.tr("This draft has been signed, so changes are saved as a new version.")
        return self.tr("Changes are saved as a new version, with a note of what changed.")

    def _in_place(self) -> bool:
        """Whether saving changes the current version rather than making a new one."""
        if self.opened is None:
            return False
        current = self.opened.agreement.current
        return current.status is VersionStatus.DRAFT and not current.signatures

    def _set_mode(self) -> None:
        is_template = self.template is not None
        is_agreement = self.opened is not None
        self.empty.setVisible(not (is_template or is_agreement))
        for widget in (self.heading, self.state, self.tabs):
            widget.setVisible(is_template or is_agreement)
        self.tabs.setTabVisible(1, is_agreement)
        self.tabs.setTabVisible(2, is_agreement)
        new_version = is_agreement and not self._in_place()
        self.change_note_label.setVisible(new_version)
        self.change_note.setVisible(new_version)
        if is_template:
            self.save_button.setText(self.tr("Save the te&mplate"))
        elif new_version:
            self.save_button.setText(self.tr("Save as a ne&w version"))
        else:
            self.save_button.setText(self.tr("Save the &draft"))
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))
        draft = (
            is_agreement and self.opened is not None and self.opened.agreement.status is VersionStatus.DRAFT
        )
        self.activate_button.setVisible(is_agreement)
        self.activate_button.setEnabled(draft)
        self.print_button.setVisible(is_agreement)

    def _show_nothing(self) -> None:
        self.opened = None
        self.template = None
        self.heading.clear()
        self.state.clear()
        self.message.clear()
        self.editor.clear()
        self.change_note.clear()
        self.signatures.clear()
        self.history.clear()
        self._set_mode()

    # Saving

    def save(self) -> None:
        if self.template is not None:
            self._save_template(self.template)
        elif self.opened is not None:
            self._save_agreement(self.opened)

    def _save_template(self, template: AgreementTemplate) -> None:
        updated = replace(template, title=self.editor.title.text().strip(), content=self.editor.content())
        service = AgreementService(self.context)

        def save(_state: TaskState) -> AgreementTemplate:
            service.save_template(updated)
            return updated

        def saved(result: AgreementTemplate) -> None:
            if self.template is not None and self.template.id == result.id:
                self.open_template(result)
                self.message.setText(self.tr("The template is saved."))

        self._write(self.tr("Saving the template"), save, saved, Changes(frozenset({Topic.AGREEMENTS})))

    def _save_agreement(self, opened: Opened) -> None:
        agreement = opened.agreement
        content, title = self.editor.content(), self.editor.title.text()
        service = AgreementService(self.context)
        if self._in_place():

            def save(_state: TaskState) -> Agreement:
                return service.edit_draft(agreement.id, content, title)

            done = self.tr("The draft is saved.")
        else:
            if content == agreement.current.content and title.strip() == agreement.title:
                self.message.setText(
                    self.tr("Nothing has changed yet: change the text, then save a new version.")
                )
                return
            note = self.change_note.text()
            if not note.strip():
                self.message.setText(self.tr("Say in a few words what changed in this version, then save."))
                self.change_note.setFocus()
                return

            def save(_state: TaskState) -> Agreement:
                return service.new_version(agreement.id, content, note, title)

            done = self.tr("Saved as a new draft version. Make it active once it is agreed.")

        def saved(result: Agreement) -> None:
            self.change_note.clear()
            self._show_agreement(Opened(result, opened.pupil, opened.family))
            self.message.setText(done)

        self._write(self.tr("Saving the agreement"), save, saved, self._changes(agreement))

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

    def print_document(self) -> None:
        """Render the agreement with its signature lines in the background, then preview it."""
        if self.opened is None:
            return
        agreement = self.opened.agreement
        generation = self._generation
        service = PrintPackService(self.context)

        def render(_state: TaskState) -> bytes:
            return service.agreement(agreement.id)

        def preview(pdf: bytes) -> None:
            if generation != self._generation:
                return
            dialog = PrintPreviewDialog(pdf, agreement.title, self)
            dialog.setObjectName("agreementPreview")
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        self.runner.run(
            self.tr("Preparing the agreement to print"), render, preview, on_error=self._failed(generation)
        )

    # Plumbing

    def _changes(self, agreement: Agreement) -> Changes:
        return Changes(frozenset({Topic.AGREEMENTS}), frozenset({agreement.pupil_id}))

    def _write(
        self, label: str, work: Callable[[TaskState], Any], done: Callable[[Any], None], changes: Changes
    ) -> None:
        generation = self._generation
        self.message.setText(self.tr("Saving…"))

        def finished(result: Any) -> None:
            if generation == self._generation:
                done(result)

        self.runner.run(label, work, finished, changes=changes, on_error=self._failed(generation))

    def _failed(self, generation: int) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            if generation == self._generation:
                self.message.setText(describe(exc))

        return show

    def _changed(self, changes: Changes) -> None:
        if self.opened is None or not changes.touches(Topic.AGREEMENTS, self.opened.agreement.pupil_id):
            return
        opened = self.opened
        generation = self._generation
        agreements = AgreementService(self.context)

        def load(_state: TaskState) -> Agreement:
            return agreements.agreement(opened.agreement.id)

        def loaded(agreement: Agreement) -> None:
            if generation == self._generation and self.opened is not None:
                self._show_agreement(Opened(agreement, opened.pupil, opened.family), keep_edits=True)

        self.runner.run(self.tr("Refreshing the agreement"), load, loaded, on_error=self._failed(generation))

    def forget(self) -> None:
        """Close any dialog open over the document, empty every field, list and message (for locking).

        Results of reads still on their way are dropped when they arrive.
        """
        self._generation += 1
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self._show_nothing()
