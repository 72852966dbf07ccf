"""Print packs for the whole school: choose the week and what goes in, then render on the task runner.

A school of 1,500 pupils takes the better part of a minute and a half, so the job runs as a task with its
progress in the main window's status bar and a Cancel button beside it that really stops it: no further
class is rendered, worker processes are dropped, and nothing is previewed or saved. When it ends, the one
PDF (every class's packs behind its teacher's list) opens in the print preview, which prints or saves it.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar import Period, PeriodKind
from desktop.services.context import ServiceContext
from desktop.services.news import NewsService
from desktop.services.print_packs import PackOptions, PrintPackService, SchoolPdf
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.tasks import TaskHandle, TaskRunner, TaskState

CANCEL_BUTTON = "cancelSchoolPrint"


@dataclass(frozen=True, slots=True)
class SchoolPrintChoice:
    period: Period
    options: PackOptions


class SchoolPrintDialog(QDialog):
    """The week, whose families, and what goes into each pack."""

    def __init__(self, week: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print packs for the whole school"))
        self.week_edit = QLineEdit(week.label, self)
        self.week_edit.setAccessibleName(self.tr("Week to print"))
        self.week_edit.setToolTip(self.tr("A week such as 2026-W47"))
        self.paper_only = QRadioButton(self.tr("Only families who asked for &paper"), self)
        self.paper_only.setAccessibleName(self.tr("Only families who asked for paper"))
        self.everyone = QRadioButton(self.tr("&All families"), self)
        self.everyone.setAccessibleName(self.tr("All families"))
        self.paper_only.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.paper_only)
        group.addButton(self.everyone)
        self.link_book = QCheckBox(self.tr("The week's &link-book pages"), self)
        self.link_book.setAccessibleName(self.tr("Link-book pages"))
        self.link_book.setChecked(True)
        self.folders = QCheckBox(self.tr("Work &folders"), self)
        self.folders.setAccessibleName(self.tr("Work folders"))
        self.agreements = QCheckBox(self.tr("Agreements waiting for the family's &signature"), self)
        self.agreements.setAccessibleName(self.tr("Agreements to sign"))
        self.news = QCheckBox(self.tr("Class &news and dates"), self)
        self.news.setAccessibleName(self.tr("Class news"))
        self.news.setChecked(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What needs changing"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.print_button = self.buttons.addButton(
            self.tr("&Prepare the packs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setAccessibleName(self.tr("Prepare the packs"))
        self.print_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        form = QFormLayout()
        # Each tick box as wide as its words: a click beside the words would otherwise change nothing.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        week_label = QLabel(self.tr("&Week:"), self)
        week_label.setBuddy(self.week_edit)
        form.addRow(week_label, self.week_edit)
        who = QLabel(self.tr("For:"), self)
        form.addRow(who, self.paper_only)
        form.addRow("", self.everyone)
        what = QLabel(self.tr("In each pack:"), self)
        form.addRow(what, self.link_book)
        for box in (self.folders, self.agreements, self.news):
            form.addRow("", box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for label in self.findChildren(QLabel):
            if not label.accessibleName():
                label.setAccessibleName(label.text().replace("&", "").rstrip(":") or self.tr("Choice"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choice: SchoolPrintChoice | None = None

    def accept(self) -> None:
        """Check the choices; say what to change instead of closing when they cannot be printed."""
        try:
            period = Period.parse(self.week_edit.text())
        except ValueError as exc:
            self.message.setText(str(exc))
            self.week_edit.setFocus()
            return
        if period.kind is not PeriodKind.WEEK:
            self.message.setText(self.tr("Give a week, such as 2026-W47."))
            self.week_edit.setFocus()
            return
        if not (self.link_book.isChecked() or self.folders.isChecked() or self.agreements.isChecked()):
            self.message.setText(
                self.tr("Choose what goes in the packs: the link-book pages, the work folders, or both.")
            )
            self.link_book.setFocus()
            return
        self.choice = SchoolPrintChoice(
            period,
            PackOptions(
                paper_only=self.paper_only.isChecked(),
                link_book=self.link_book.isChecked(),
                folders=self.folders.isChecked(),
                agreements=self.agreements.isChecked(),
                newsletter=self.news.isChecked(),
            ),
        )
        super().accept()


class SchoolPrintJob(QObject):
    """One whole-school print on the task runner, with a Cancel button in the window's status bar.

    A child of the window, so it lives as long as the task it runs (and goes with the window).
    """

    def __init__(
        self,
        context: ServiceContext,
        runner: TaskRunner,
        window: QMainWindow,
        choice: SchoolPrintChoice,
        workers: int | None = None,
        show_message: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.runner = runner
        self.window = window
        self.choice = choice
        self.workers = workers
        self.show_message = show_message or (lambda text: window.statusBar().showMessage(text, 10000))
        self.handle: TaskHandle[SchoolPdf] | None = None
        self.preview: PrintPreviewDialog | None = None
        self.cancel_button = QPushButton(self.tr("Cancel printing"), window)
        self.cancel_button.setObjectName(CANCEL_BUTTON)
        self.cancel_button.setAccessibleName(self.tr("Cancel printing the whole school"))
        self.cancel_button.clicked.connect(self.cancel)

    def start(self) -> None:
        period, options = self.choice.period, self.choice.options
        service = PrintPackService(self.context)

        def work(state: TaskState) -> SchoolPdf:
            return service.school_pdf(
                period,
                options,
                progress=state.progress,
                cancelled=lambda: state.cancelled,
                workers=self.workers,
                start_method="forkserver",
            )

        self.window.statusBar().addPermanentWidget(self.cancel_button)
        self.cancel_button.show()
        self.handle = self.runner.run(
            self.tr("Printing the whole school"), work, self._done, on_error=self._failed
        )

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Stopping…"))

    def _finish(self) -> None:
        self.window.statusBar().removeWidget(self.cancel_button)
        self.cancel_button.hide()
        self.cancel_button.setObjectName("")

    def _failed(self, _exc: BaseException) -> None:
        self._finish()  # the runner puts the message on the status bar

    def _done(self, result: SchoolPdf) -> None:
        self._finish()
        summary = result.summary
        if result.pdf is None:
            self.show_message(self.tr("Printing stopped: nothing was previewed, printed or saved."))
            return
        text = self.tr("{packs} packs for {classes} classes, {pages} pages").format(
            packs=summary.packs, classes=summary.classes, pages=summary.pages
        )
        if self.choice.options.folders:
            if summary.folders:
                text += self.tr(", {folders} work folders").format(folders=summary.folders)
            else:
                text += self.tr(
                    ". No child has a work folder for week {week}: make them on the Work folders tab."
                ).format(week=self.choice.period.label)
        self.show_message(text)
        title = self.tr("the whole school, week {week}").format(week=self.choice.period.label)
        self.preview = PrintPreviewDialog(result.pdf, title, self.window)
        self.preview.finished.connect(self.preview.deleteLater)
        self.preview.open()


def print_whole_school(
    context: ServiceContext,
    runner: TaskRunner,
    window: QMainWindow,
    workers: int | None = None,
    on_open: Callable[[SchoolPrintDialog], None] | None = None,
) -> None:
    """Ask what to print; when the person confirms, start the job.

    The week offered is the one holding the last school day: at a weekend or in the holidays, the week
    whose link-book pages and work folders were written, not an empty week of the holiday. The calendar
    is read on the runner; the dialog opens once it is known (`on_open` is given the open dialog)."""
    calendar = NewsService(context)

    def last_school_day(_state: TaskState) -> dt.date:
        return calendar.calendar().last_school_day(context.today())

    def ask(day: dt.date) -> None:
        dialog = SchoolPrintDialog(Period.week_of(day), window)

        def start() -> None:
            if dialog.choice is not None:
                SchoolPrintJob(context, runner, window, dialog.choice, workers).start()

        dialog.accepted.connect(start)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        if on_open is not None:
            on_open(dialog)

    runner.run(
        QCoreApplication.translate("SchoolPrintDialog", "Reading the school calendar"), last_school_day, ask
    )
