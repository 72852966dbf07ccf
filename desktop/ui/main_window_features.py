"""The main window's longer features, started from its menus: importing class lists, recording what came
back on paper, printing a class's week of packs, and filing scanned pages dropped on the window.
"""

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from desktop.domain.calendar import Period
from desktop.services.news import NewsService
from desktop.services.print_packs import PackOptions, PrintPackService
from desktop.ui.import_wizard import open_import_wizard
from desktop.ui.main_window_base import MainWindowBase
from desktop.ui.paper_reply import PaperReplyDialog
from desktop.ui.paper_returns import dropped_scans, file_returned_pages
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.signals import emit
from desktop.ui.tasks import Changes, TaskState, Topic


class MainWindowFeatures(MainWindowBase):
    """What the menus start that takes more than a line: each opens a dialog or runs a task."""

    def import_class_lists(self) -> None:
        """School > Import class lists: the import wizard, on this window's task runner."""
        open_import_wizard(self.context, self.runner, self, self.locked)

    def record_paper_reply(self) -> None:
        """Type a returned slip's code, find its entry, type the reply (see desktop.ui.paper_reply)."""
        dialog = PaperReplyDialog(self.context, self)
        dialog.recorded.connect(
            lambda _entry_id: emit(self.runner.changed, Changes(frozenset({Topic.ENTRIES})))
        )
        dialog.folder_commented.connect(
            lambda _folder_id: emit(self.runner.changed, Changes(frozenset({Topic.FOLDERS})))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def record_paper_views(self) -> None:
        """Type a returned views form's code and the answers (see desktop.ui.paper_views)."""
        from desktop.ui.paper_views import PaperViewsDialog

        dialog = PaperViewsDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def print_class_week(self) -> None:
        """Render this week's packs for the chosen class's paper families in the background, then preview."""
        row = self.class_view.currentIndex().row()
        school_class = self.class_model.class_at(row) if row >= 0 else None
        if school_class is None:
            self.statusBar().showMessage(self.tr("Choose a class first."))
            return
        service = PrintPackService(self.context)
        calendar = NewsService(self.context)
        options = PackOptions(paper_only=True)

        def render(state: TaskState) -> tuple[bytes, Period]:
            # The week of the last school day: at a weekend or in the holidays, the week just gone.
            week = Period.week_of(calendar.calendar().last_school_day(self.context.today()))
            return service.class_packs(school_class.id, week, options, progress=state.progress).pdf, week

        def preview(result: tuple[bytes, Period]) -> None:
            pdf, week = result
            title = self.tr("{class_name}, week {week}").format(class_name=school_class.name, week=week.label)
            dialog = PrintPreviewDialog(pdf, title, self)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        self.runner.run(self.tr("Preparing the packs"), render, preview)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_scans(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Scanned returned pages dropped on the window are filed, as with Paper > File returned pages."""
        paths = dropped_scans(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            file_returned_pages(self.context, self.runner, self, paths)
