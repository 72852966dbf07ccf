"""Texts to choose between: a long text edited on two devices before they synced, both versions kept.

The sync never picks one of two long texts (an agreement's commitments, a plan's targets) on its own:
both stay until a person chooses. This dialog lists them in a SENCO's words (which pupil, which
document, which version, what is known of who began it and when), shows every version in full side by
side with the differences marked (conflicts_view.py), and offers three ways out: keep this text, keep
that one, or edit a combined text starting from one of them. Saving runs on the task runner, checks the
texts are still those shown (conflicts_model.keep) and announces the change so screens refresh and the
background sync sends the choice. "Decide later" (or Escape) leaves every conflict open.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import DocumentContent
from desktop.services.context import ServiceContext
from desktop.store.errors import StoreError
from desktop.ui.agreements import words
from desktop.ui.agreements.editor import ContentEditor
from desktop.ui.signals import emit
from desktop.ui.sync.background import TOPICS_BY_KIND
from desktop.ui.sync.conflicts_model import ConflictSubject, keep, read_subjects, text_of
from desktop.ui.sync.conflicts_view import CompareView, version_caption
from desktop.ui.tasks import Changes, TaskRunner, Topic


def changes_for(subject: ConflictSubject) -> Changes:
    """What keeping a text changed, for the screens showing it (a kind we do not know touches all)."""
    topics = TOPICS_BY_KIND.get(subject.conflict.kind, frozenset(Topic))
    pupils = frozenset({subject.pupil.id}) if subject.pupil is not None else frozenset()
    return Changes(topics, pupils)


class ConflictsDialog(QDialog):
    """The open conflicts, one at a time; keep a text, or combine them. See the module docstring."""

    settled = Signal(object)
    """A conflict was settled here (its ConflictSubject)."""

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        record_ids: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Texts to choose between"))
        self.context = context
        self.runner = runner
        self.record_ids = record_ids
        self.subjects: list[ConflictSubject] = []
        self.loaded = False
        self._generation = 0
        self._combining_from = 0

        self.intro = QLabel(
            self.tr(
                "These texts were changed on two devices before the devices had synced, so neither saw "
                "the other's change. Both are kept until you choose: keep one, or combine them."
            )
        )
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("About texts to choose between"))
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Texts to choose between"))
        self.list.currentRowChanged.connect(self._chosen)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 5)
        self.about = QLabel()
        self.about.setObjectName("conflictAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setAccessibleName(self.tr("Which text this is"))

        self.compare = CompareView()
        self.compare.keep_requested.connect(self.keep_version)
        self.compare.combine_requested.connect(self.start_combined)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.compare)
        self.stack.addWidget(self._combine_page())

        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.buttons = QDialogButtonBox()
        self.later_button = QPushButton(self.tr("Decide &later"))
        self.later_button.setObjectName("decideLater")
        self.later_button.setAccessibleName(self.tr("Decide later: keep both texts for now"))
        self.later_button.setAutoDefault(False)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.about)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(960, 600)
        self._looking = self.tr("Looking for texts to choose between…")
        self._kept = ""
        """What the last save kept, said again when nothing is left to choose (not replaced by it)."""
        self._show_nothing(self._looking)
        self.load()

    def _combine_page(self) -> QWidget:
        self.combine_caption = QLabel()
        self.combine_caption.setWordWrap(True)
        self.combine_caption.setAccessibleName(self.tr("Combined text"))
        self.editor = ContentEditor(self.context.today())
        self.editor.title.setReadOnly(True)
        self.plain_editor = QPlainTextEdit()
        self.plain_editor.setObjectName("combinedText")
        self.plain_editor.setAccessibleName(self.tr("Combined text"))
        self.plain_editor.setTabChangesFocus(True)
        self.others = QTextBrowser()
        self.others.setObjectName("otherTexts")
        self.others.setAccessibleName(self.tr("The other text, to copy from"))
        self.keep_combined_button = QPushButton(self.tr("&Keep this combined text"))
        self.keep_combined_button.setObjectName("keepCombined")
        self.keep_combined_button.setAccessibleName(self.tr("Keep this combined text"))
        self.keep_combined_button.setAutoDefault(False)
        self.keep_combined_button.clicked.connect(self.keep_combined)
        self.back_button = QPushButton(self.tr("&Back to the texts"))
        self.back_button.setObjectName("backToTexts")
        self.back_button.setAccessibleName(self.tr("Back to the texts, without keeping the combined text"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        editors = QWidget()
        editors_layout = QVBoxLayout(editors)
        editors_layout.setContentsMargins(0, 0, 0, 0)
        editors_layout.addWidget(self.editor, 1)
        editors_layout.addWidget(self.plain_editor, 1)
        splitter = QSplitter()
        splitter.addWidget(editors)
        splitter.addWidget(self.others)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.keep_combined_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combine_caption)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return page

    # Reading.
    def load(self) -> None:
        """Read the open conflicts, with their pupils and documents, on the task runner."""
        self._generation += 1
        generation = self._generation
        context = self.context

        def shown(subjects: list[ConflictSubject]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_subjects(subjects)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_nothing(self._failure(exc))

        self.runner.run(
            self.tr("Reading the texts to choose between"),
            lambda _state: read_subjects(context),
            shown,
            on_error=failed,
        )

    def _show_subjects(self, subjects: list[ConflictSubject]) -> None:
        self.loaded = True
        if self.message.text() == self._looking:
            self.message.clear()
        previous = self.current().key if self.current() is not None else None  # type: ignore[union-attr]  # checked
        self.subjects = subjects
        self.list.blockSignals(True)
        self.list.clear()
        for subject in subjects:
            item = QListWidgetItem(self._title(subject))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._title(subject))
            self.list.addItem(item)
        self.list.blockSignals(False)
        kept, self._kept = self._kept, ""
        if not subjects:
            nothing = self.tr("There is nothing left to choose between.")
            self._show_nothing(f"{kept} {nothing}" if kept else nothing)
            self.later_button.setText(self.tr("&Close"))
            self.later_button.setAccessibleName(self.tr("Close"))
            return
        row = next((n for n, s in enumerate(subjects) if s.key == previous), -1)
        if row < 0:
            row = next((n for n, s in enumerate(subjects) if s.conflict.record_id in self.record_ids), 0)
        self.list.setVisible(len(subjects) > 1)
        self.stack.setVisible(True)
        self.about.setVisible(True)
        self.list.setCurrentRow(row)
        self._chosen(row)

    def _show_nothing(self, text: str) -> None:
        self.list.hide()
        self.about.hide()
        self.stack.hide()
        self.compare.clear()
        self.message.setText(text)

    def current(self) -> ConflictSubject | None:
        row = self.list.currentRow()
        return self.subjects[row] if 0 <= row < len(self.subjects) else None

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.subjects):
            return
        subject = self.subjects[row]
        self.about.setText(self._describe(subject))
        self.compare.show_subject(subject)
        self.stack.setCurrentIndex(0)

    def _title(self, subject: ConflictSubject) -> str:
        if subject.agreement is not None and subject.pupil is not None:
            return self.tr("{pupil}: {title} ({kind})").format(
                pupil=subject.pupil.display_name,
                title=subject.agreement.title,
                kind=words.kind_name(subject.agreement.kind),
            )
        return self.tr("A long text in a record this device does not show ({kind})").format(
            kind=subject.conflict.kind
        )

    def _describe(self, subject: ConflictSubject) -> str:
        """Which pupil, which document and part, and what is known of who began it and when."""
        agreement, version, pupil = subject.agreement, subject.version, subject.pupil
        if agreement is None or version is None or pupil is None:
            return self.tr(
                "A long text ({kind}, {field}) was changed on two devices. This device cannot show which "
                "document it belongs to; the texts are below."
            ).format(kind=subject.conflict.kind, field=subject.conflict.field)
        return self.tr(
            "{pupil}'s {kind} “{title}”, version {number}, begun by {who} on {day}. Who typed each of the "
            "texts below is not recorded: both were saved on different devices."
        ).format(
            pupil=pupil.display_name,
            kind=words.kind_name(agreement.kind).lower(),
            title=agreement.title,
            number=version.number,
            who=version.created_by or self.tr("someone"),
            day=words.day(version.created_at.date()),
        )

    # Choosing.
    def keep_version(self, index: int) -> None:
        """Keep one version as it is, in place of all of them."""
        subject = self.current()
        if subject is None or not 0 <= index < len(subject.conflict.versions):
            return
        done = self.tr("Kept text {number}.").format(number=index + 1)
        self._save(subject, subject.conflict.versions[index], done)

    def start_combined(self, index: int) -> None:
        """Edit a combined text, starting from one version, with the others beside it to copy from."""
        subject = self.current()
        if subject is None or not 0 <= index < len(subject.conflict.versions):
            return
        self._combining_from = index
        total = len(subject.conflict.versions)
        content = subject.contents[index] if subject.is_document else None
        self.combine_caption.setText(
            self.tr(
                "Your combined text, starting from {text}. Copy in what you need from the other text on "
                "the right, then keep it."
            ).format(text=version_caption(index + 1, total).split(":")[0])
        )
        self.editor.setVisible(content is not None)
        self.plain_editor.setVisible(content is None)
        if content is not None and subject.agreement is not None:
            self.editor.show_document(subject.agreement.title, subject.agreement.kind, content)
        else:
            self.plain_editor.setPlainText(subject.conflict.versions[index])
        self.others.setHtml(self.compare.other_lines_html(index))
        self.stack.setCurrentIndex(1)
        if content is None:
            self.plain_editor.setFocus()
            return
        fields = [*self.editor.commitments.values(), self.editor.outcomes, self.editor.all_about_me]
        next((f for f in fields if f.isVisibleTo(self.editor)), self.editor.title).setFocus()

    def keep_combined(self) -> None:
        subject = self.current()
        if subject is None:
            return
        if subject.is_document:
            content = self.editor.content()
            if content == DocumentContent(review_date=content.review_date):
                self.message.setText(
                    self.tr("The combined text is empty. Type what the plan should say, or keep one text.")
                )
                return
            text = text_of(content)
        else:
            text = self.plain_editor.toPlainText()
            if not text.strip():
                self.message.setText(self.tr("The combined text is empty. Type it, or keep one text."))
                return
        self._save(subject, text, self.tr("Kept your combined text."))

    def _save(self, subject: ConflictSubject, text: str, done_words: str) -> None:
        """Keep `text` on the task runner; then say so, announce the change and read what is left."""
        context = self.context
        controls = (self.list, self.stack)
        for control in controls:
            control.setEnabled(False)
        self.message.setText(self.tr("Saving your choice…"))

        def saved(kept: ConflictSubject) -> None:
            emit(self.settled, kept)
            if not shiboken6.isValid(self):
                return
            for control in controls:
                control.setEnabled(True)
            where = self._title(kept)
            self._kept = self.tr("{done} {where}: other devices get it when they next sync.").format(
                done=done_words, where=where
            )
            self.message.setText(self._kept)
            self.load()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            for control in controls:
                control.setEnabled(True)
            self.message.setText(self._failure(exc))
            if isinstance(exc, StoreError):
                self._reload_keeping_message()

        self.runner.run(
            self.tr("Keeping the chosen text"),
            lambda _state: keep(context, subject, text),
            saved,
            changes=changes_for,
            on_error=failed,
        )

    def _reload_keeping_message(self) -> None:
        message = self.message.text()
        self.load()
        self.message.setText(message)

    def _failure(self, exc: BaseException) -> str:
        if isinstance(exc, StoreError | PermissionError):
            return str(exc)
        return self.tr("That did not work ({kind}); nothing was changed.").format(kind=exc.__class__.__name__)

    # Closing.
    def reject(self) -> None:
        """Decide later: every conflict stays open; nothing of a child's stays in the widgets."""
        self.forget()
        super().reject()

    def forget(self) -> None:
        self._generation += 1
        self.subjects = []
        self.list.clear()
        self.compare.clear()
        self.editor.clear()
        self.plain_editor.clear()
        self.others.clear()
        self.about.clear()
