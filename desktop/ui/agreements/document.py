"""The open document: a school template, or one pupil's agreement with its signatures and versions.

A draft nobody has signed is saved in place; once a version is active (or signed) it never changes,
and what the SENCO types is saved as a new version with a note of what changed, so the family can see
what they agreed to and what is different now (saving is in document_saving.py). Moving away from
unsaved changes asks first, and locking keeps them as a draft (unsaved.py). Every read and write runs on
the task runner; a result that arrives after the screen was emptied for locking, or after another
document was opened, is dropped.
"""

import datetime as dt
from collections.abc import Callable

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

from desktop.domain.agreements import Agreement, AgreementTemplate, DocumentContent, VersionStatus
from desktop.services.agreements import AgreementService
from desktop.services.audit_log import AuditLogService
from desktop.services.context import ServiceContext
from desktop.services.print_packs import PrintPackService
from desktop.services.school import SchoolService
from desktop.ui.agreements import words
from desktop.ui.agreements.document_saving import DocumentSaving
from desktop.ui.agreements.draft_offer import DraftOffer
from desktop.ui.agreements.editor import ContentEditor
from desktop.ui.agreements.history import HistoryPane
from desktop.ui.agreements.open_document import Opened
from desktop.ui.agreements.signatures_pane import SignaturesPane
from desktop.ui.agreements.unsaved import UnsavedEdits
from desktop.ui.kit.named import named_button, named_label
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.sync.conflicts_bar import ConflictBar
from desktop.ui.tasks import Changes, TaskRunner, TaskState, Topic


class DocumentPanel(DocumentSaving):
    """Shows and saves one template or agreement."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.opened: Opened | None = None
        self.template: AgreementTemplate | None = None
        self.is_new_template = False
        self.baseline: tuple[str, DocumentContent] | None = None
        """The title and content as the editor read them back when the document was shown."""
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
        self.save_button = named_button(self.tr("Save the &draft"))
        self.save_button.setObjectName("saveDocument")
        self.activate_button = named_button(self.tr("Make this version &active"))
        self.print_button = named_button(self.tr("P&rint…"))
        self.save_button.clicked.connect(lambda: self.save())
        self.change_note.returnPressed.connect(lambda: self.save())
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
        self.draft_offer = DraftOffer()
        layout.addWidget(self.draft_offer)
        self.conflict_bar = ConflictBar(context, runner)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.unsaved = UnsavedEdits(self)
        runner.changed.connect(self._changed)
        self._show_nothing()

    def leave(self, proceed: Callable[[], None], stay: Callable[[], None] | None = None) -> None:
        """Run proceed() once unsaved changes are saved or discarded, stay() if the person stays."""
        self.unsaved.leave(proceed, stay)

    # Opening

    def open_agreement(self, agreement_id: str, then: Callable[[], None] | None = None) -> None:
        """Read the agreement, its pupil and family in the background, then show them."""
        self._generation += 1
        generation = self._generation
        self.unsaved.reset()
        agreements = AgreementService(self.context)
        school = SchoolService(self.context)
        audit = AuditLogService(self.context)

        def load(_state: TaskState) -> Opened:
            agreement = agreements.agreement(agreement_id)
            audit.record_view(agreement.pupil_id, "agreement", agreement.id)  # a look at a child's record
            return Opened(agreement, school.pupil(agreement.pupil_id), school.family_of(agreement.pupil_id))

        def loaded(opened: Opened) -> None:
            if generation == self._generation:
                self._show_agreement(opened)
                self.unsaved.look_for_draft()
                if then is not None:
                    then()

        self.runner.run(self.tr("Opening the agreement"), load, loaded, on_error=self._failed(generation))

    def open_template(self, template: AgreementTemplate, new: bool = False) -> None:
        """Show a school template for editing (new: not yet saved), and offer back a draft kept of it."""
        self._generation += 1
        self.unsaved.reset()
        self._show_template(template, new)
        self.unsaved.look_for_draft()

    def _show_template(self, template: AgreementTemplate, new: bool = False) -> None:
        self._generation += 1
        self.opened = None
        self.template = template
        self.conflict_bar.withdraw()
        self.is_new_template = new
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
        self.baseline = self.edits()
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
            and self.edits() != self.baseline
        )
        if not unsaved:
            self.editor.show_document(agreement.title, agreement.kind, current.content)
            self.baseline = self.edits()
        self.signatures.show_signers(agreement, opened.pupil, opened.family)
        self.history.show_versions(agreement)
        self.conflict_bar.check(agreement)
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
        if self.saves_in_place():
            return self.tr("Changes are saved to this draft; make it active once it is agreed.")
        if current.status is VersionStatus.DRAFT:
            return self.tr("This draft has been signed, so changes are saved as a new version.")
        return self.tr("Changes are saved as a new version, with a note of what changed.")

    def saves_in_place(self) -> bool:
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
        new_version = is_agreement and not self.saves_in_place()
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
        self.is_new_template = False
        self.baseline = None
        self.heading.clear()
        self.state.clear()
        self.message.clear()
        self.editor.clear()
        self.change_note.clear()
        self.signatures.clear()
        self.conflict_bar.withdraw()
        self.history.clear()
        self._set_mode()

    # Saving

    def edits(self) -> tuple[str, DocumentContent]:
        """The title and content as typed now."""
        return self.editor.title.text().strip(), self.editor.content()

    def has_unsaved_changes(self) -> bool:
        """Whether the title, the content or a note of what changed has been typed and not saved."""
        if self.opened is None and self.template is None:
            return False
        return self.edits() != self.baseline or bool(self.change_note.text().strip())

    def revert_edits(self) -> None:
        """Show the document as saved again, dropping what was typed."""
        self.change_note.clear()
        if self.opened is not None:
            agreement = self.opened.agreement
            self.editor.show_document(agreement.title, agreement.kind, agreement.current.content)
        elif self.template is not None:
            self.editor.show_document(self.template.title, self.template.kind, self.template.content)
        self.baseline = self.edits() if self.opened or self.template else None

    def restore_edits(self, title: str, content: DocumentContent, change_note: str) -> None:
        """Put back what was typed before (a kept draft); it stays unsaved until the person saves it."""
        kind = self.opened.agreement.kind if self.opened else self.template.kind if self.template else None
        if kind is None:
            return
        self.editor.show_document(title, kind, content)
        self.change_note.setText(change_note)

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

        Unsaved changes are kept first, as a draft offered back when the document is next opened (the
        app is locking: there is nobody to ask). Results of reads still on their way are dropped when
        they arrive.
        """
        self.unsaved.keep()
        self._generation += 1
        self.unsaved.reset()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self._show_nothing()
