"""Step 4: write the previewed import, in one transaction on the task runner, then say what was done.

The write is all or nothing, so it is not offered for cancelling half-way: Cancel is greyed while it runs
(it takes a second or two even for a whole school). When it fails nothing was written, and the page says
why and what to do; if the school changed since the preview, "Preview again" goes back and makes a new one.
Once written, the runner announces the change so the main window's class list and pupils refresh.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWizard

from desktop.services.imports.apply import ImportResult
from desktop.ui.import_wizard.base import ImportPage, error_text, message_label
from desktop.ui.import_wizard.host import WizardHost
from desktop.ui.tasks import Changes, Topic

IMPORTED = Changes(frozenset({Topic.PUPILS, Topic.SCHOOL}))


class ApplyPage(ImportPage):
    """Writes the plan the preview page made; the last page."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setFinalPage(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("What was imported"))
        self.message = message_label()
        self.message.setAccessibleName(self.tr("Why nothing was imported"))
        self.again_button = QPushButton(self.tr("&Preview again"))
        self.again_button.setAccessibleName(self.tr("Preview again"))
        self.again_button.clicked.connect(self._preview_again)
        self.again_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        draft = self.draft
        plan = draft.plan
        draft.result = None
        self.import_wizard.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.message.hide()
        self.again_button.hide()
        if plan is None:
            return
        self.status.setText(self.tr("Writing everything in one go; this takes a moment…"))
        service = self.import_wizard.service
        self.import_wizard.set_writing(True)
        self.run(
            self.tr("Importing class lists"),
            lambda: service.apply(plan),
            self._done,
            self._failed,
            IMPORTED,
            finish_when_cancelled=True,
        )

    def _done(self, result: ImportResult) -> None:
        self.import_wizard.set_writing(False)
        self.draft.result = result
        self.import_wizard.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        lines = [
            self.tr("Imported. Pupils: {added} added, {changed} changed, {unchanged} unchanged.").format(
                added=result.added, changed=result.changed, unchanged=result.unchanged
            ),
            self.tr("Family members: {added} added, {changed} changed.").format(
                added=result.family_added, changed=result.family_changed
            ),
        ]
        if result.classes_created:
            lines.append(self.tr("Classes created: {names}.").format(names=", ".join(result.classes_created)))
        if result.rejected:
            lines.append(
                self.tr(
                    "{count} row(s) were not imported (listed on the previous page). Correct them in the "
                    "file and import it again: what was imported now will be matched, not doubled."
                ).format(count=result.rejected)
            )
        self.setTitle(self.tr("Imported"))
        self.import_wizard.name_header()
        self.status.setText("\n".join(lines))
        self._complete_changed()

    def _failed(self, exc: BaseException) -> None:
        self.import_wizard.set_writing(False)
        self.setTitle(self.tr("Nothing was imported"))
        self.import_wizard.name_header()
        self.status.setText(self.tr("Nothing was imported, and nothing the school held was changed."))
        self.message.setText(error_text(exc))
        self.message.show()
        self.again_button.show()
        self.again_button.setFocus()
        self._complete_changed()

    def _preview_again(self) -> None:
        self.import_wizard.preview_again()

    def ready(self) -> bool:
        return self.draft.result is not None

    def cleanupPage(self) -> None:
        self.setTitle(self.tr("Importing"))
        self.status.clear()
        self.message.hide()

    def forget(self) -> None:
        self.cancel()
        self.status.clear()
        self.message.clear()
