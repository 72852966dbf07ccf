"""One pupil's work folder: its pieces of work with thumbnails, the editor, status, the family's comment.

Files dropped on the view (or chosen with Add work) become pieces of work, one per file, in a task that
reads, checks, stores (encrypted) and makes the thumbnail of each in turn, so a dozen large photos never
freeze the window. Whatever the services refuse (an unreadable file, a photo another child's family has
not agreed to share) comes back as the service's own message, shown above the folder.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar import Period
from desktop.domain.pupils import Pupil
from desktop.domain.work_folders import FolderStatus, WorkFolder, WorkItem
from desktop.services.context import ServiceContext
from desktop.ui.folders.bidi import pupil_name
from desktop.ui.folders.drops import FILE_DIALOG_FILTER, AddedWork, local_files, sort_files
from desktop.ui.folders.family_comment import ask_for_paper_comment, comment_summary
from desktop.ui.folders.folder_tasks import FolderTasks
from desktop.ui.folders.item_editor import ItemEditor
from desktop.ui.folders.items_model import FolderItemsModel, pieces_view
from desktop.ui.folders.period_bar import period_caption
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.tasks import TaskRunner, describe
from desktop.ui.translate import QT_TRANSLATE_NOOP

DROP_HINT = QT_TRANSLATE_NOOP("FolderView", "Drop photos or PDF scans here to add them, several at once.")


def _button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button


class FolderView(QWidget):
    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.tasks = FolderTasks(context, runner)
        self.pupil: Pupil | None = None
        self.period: Period | None = None
        self.folder: WorkFolder | None = None
        self.preview: PrintPreviewDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._thumbnails_wanted: set[str] = set()
        self.setAcceptDrops(True)
        self._build()
        self.clear()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("folderHeading")
        self.heading.setAccessibleName(self.tr("Folder"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("folderStatus")
        self.status_combo.setAccessibleName(self.tr("Folder status"))
        for status, caption in (
            (FolderStatus.DRAFT, self.tr("Draft (still at school)")),
            (FolderStatus.SENT, self.tr("Sent home")),
            (FolderStatus.RETURNED, self.tr("Returned with a comment")),
        ):
            self.status_combo.addItem(caption, status)
        self.status_combo.activated.connect(self._status_chosen)
        status_label = QLabel(self.tr("S&tatus"))
        status_label.setAccessibleName(self.tr("Status"))
        status_label.setBuddy(self.status_combo)

        self.message = MessageBar(
            "folderMessage", self.tr("Message"), "border: 1px solid palette(mid); padding: 6px;"
        )

        self.add_button = _button(
            self.tr("&Add work…"), self.tr("Add photos or scans of work"), self.choose_files
        )
        self.remove_button = _button(
            self.tr("&Remove piece"), self.tr("Remove the chosen piece of work"), self.ask_remove
        )
        self.print_button = _button(self.tr("&Print folder…"), self.tr("Print the folder"), self.print_folder)
        self.comment_button = _button(
            self.tr("Type in a &comment from paper…"),
            self.tr("Type in the family's comment from paper"),
            self.type_comment,
        )
        self.hint = QLabel(QCoreApplication.translate("FolderView", DROP_HINT))
        self.hint.setAccessibleName(self.tr("How to add work"))
        self.hint.setWordWrap(True)

        self.items = FolderItemsModel(self)
        self.item_list = pieces_view(self.items, self.tr("Pieces of work"))
        self.item_list.selectionModel().currentChanged.connect(self._item_chosen)

        self.editor = ItemEditor()
        self.editor.save_requested.connect(self.save_item)

        self.comment = QLabel()
        self.comment.setObjectName("familyComment")
        self.comment.setAccessibleName(self.tr("The family's comment"))
        self.comment.setWordWrap(True)
        self.comment.setTextFormat(Qt.TextFormat.PlainText)
        self.comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.comment.setFrameShape(QFrame.Shape.StyledPanel)
        self.comment.setMargin(6)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(status_label)
        top.addWidget(self.status_combo)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.comment_button)
        actions.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.item_list)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(self.hint)
        layout.addWidget(split, 1)
        layout.addWidget(self.comment)

    # Showing

    def show_folder(self, pupil: Pupil, period: Period, folder: WorkFolder | None) -> None:
        """Show the pupil's folder for the period (None: the pupil has none yet)."""
        changed_pupil = self.pupil is None or self.pupil.id != pupil.id or self.period != period
        if changed_pupil:
            self._save_pending()
            self.message.show_message("")
        self.pupil, self.period = pupil, period
        self.heading.setText(f"{pupil_name(pupil.first_name, pupil.last_name)} · {period_caption(period)}")
        self._apply(folder)

    def _apply(self, folder: WorkFolder | None) -> None:
        same_folder = folder is not None and self.folder is not None and folder.id == self.folder.id
        chosen = self.editor.item.id if self.editor.item and same_folder else None
        self.folder = folder
        has = folder is not None
        for widget in (
            self.status_combo,
            self.add_button,
            self.print_button,
            self.item_list,
            self.comment_button,
        ):
            widget.setEnabled(has)
        self.comment.setVisible(has)
        if folder is None:
            self.items.set_items(())
            self.editor.show_item(None)
            self.hint.setText(
                self.tr("No folder for this period yet: create it with the buttons on the left.")
            )
            self.remove_button.setEnabled(False)
            return
        if not same_folder:
            self.tasks.record_view(folder)
        self.hint.setText(QCoreApplication.translate("FolderView", DROP_HINT))
        self.status_combo.setCurrentIndex(self.status_combo.findData(folder.status))
        self.items.set_items(folder.items)
        self.comment.setText(comment_summary(folder))
        row = self.items.row_of(chosen) if chosen else -1
        if row < 0 and folder.items:
            row = 0
        if row >= 0:
            self.item_list.selectionModel().setCurrentIndex(
                self.items.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        else:
            self.editor.show_item(None)
        self._item_shown()
        self._load_thumbnails()

    def _item_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid() and self.editor.dirty:
            self._save_pending()
        item = self.items.item_at(current.row()) if current.isValid() else None
        if (
            item is None
            or self.editor.item is None
            or self.editor.item.id != item.id
            or not self.editor.dirty
        ):
            self.editor.show_item(item)
        self._item_shown()

    def _item_shown(self) -> None:
        draft = self.folder is not None and self.folder.status is FolderStatus.DRAFT
        self.remove_button.setEnabled(draft and self.editor.item is not None)

    def clear(self) -> None:
        """Forget the pupil, the folder and every thumbnail (the app is locking)."""
        self.tasks.forget()
        self.pupil = self.period = self.folder = None
        self._thumbnails_wanted.clear()
        self.items.clear()
        self.editor.show_item(None)
        self.heading.setText(self.tr("Choose a pupil to see their folder"))
        self.hint.setText(QCoreApplication.translate("FolderView", DROP_HINT))
        self.comment.clear()
        self.comment.hide()
        self.message.show_message("")
        for widget in (
            self.status_combo,
            self.add_button,
            self.remove_button,
            self.print_button,
            self.comment_button,
        ):
            widget.setEnabled(False)
        if self.preview is not None:
            self.preview.close()
            self.preview = None
        if self.confirm_box is not None:
            self.confirm_box.close()
            self.confirm_box = None

    # Thumbnails

    def _load_thumbnails(self) -> None:
        wanted = [a for a in self.items.missing_thumbnails() if a not in self._thumbnails_wanted]
        if wanted:
            self._thumbnails_wanted.update(wanted)
            self.tasks.thumbnails(wanted, self.items.set_thumbnails)

    # Adding work

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos or scans of work"),
            "",
            self.tr("Photos and scans ({patterns})").format(patterns=FILE_DIALOG_FILTER),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.folder is not None and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.folder is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        """Each photo or scan becomes a piece of work; anything else is refused with a reason."""
        if self.folder is None or self.period is None:
            self.message.show_message(
                self.tr("Create this period's folder for the pupil, then add work to it.")
            )
            return
        files = sort_files(paths)
        self.message.show_message("\n".join(files.refused))
        if not files.accepted:
            return
        today, period = self.context.today(), self.period
        day = today if period.contains(today) else (period.school_days() or [period.start])[-1]
        self.tasks.add_files(self.folder, day, files, self._added, self._failed)

    def _added(self, added: AddedWork) -> None:
        self.items.set_thumbnails(added.thumbnails)
        if added.folder is not None and self.folder is not None and added.folder.id == self.folder.id:
            self._apply(added.folder)
            self._select(added.item_ids[-1])
        self.message.show_message("\n".join(added.messages))

    def _select(self, item_id: str) -> None:
        row = self.items.row_of(item_id)
        if row >= 0:
            self.item_list.selectionModel().setCurrentIndex(
                self.items.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    # Saving, removing, status, printing

    def save_item(self, item: WorkItem) -> None:
        if self.folder is None:
            return

        def saved(folder: WorkFolder) -> None:
            self.editor.mark_saved(item)
            self._refreshed(folder)

        def failed(exc: BaseException) -> None:
            self.editor.mark_failed()
            self._failed(exc)

        self.tasks.save_item(self.folder, item, saved, failed)

    def _save_pending(self) -> None:
        if self.editor.dirty:
            edited = self.editor.edited()
            if edited is not None:
                self.save_item(edited)

    def _refreshed(self, folder: WorkFolder) -> None:
        if self.folder is not None and folder.id == self.folder.id:
            self._apply(folder)

    def ask_remove(self) -> None:
        item = self.editor.item
        if item is None or self.folder is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove a piece of work"),
            self.tr("Take “{title}” out of this folder?").format(title=item.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAccessibleName(self.tr("Remove a piece of work"))
        self.confirm_box = box

        def answered(result: int) -> None:
            self.confirm_box = None
            box.deleteLater()
            if result == QMessageBox.StandardButton.Yes and self.folder is not None:
                self.tasks.remove_item(self.folder, item.id, self._refreshed, self._failed)

        box.finished.connect(answered)
        box.open()

    def _status_chosen(self, index: int) -> None:
        if self.folder is None:
            return
        status = FolderStatus(self.status_combo.itemData(index))
        if status is self.folder.status:
            return
        self._save_pending()

        def failed(exc: BaseException) -> None:
            if self.folder is not None:
                self.status_combo.setCurrentIndex(self.status_combo.findData(self.folder.status))
            self._failed(exc)

        self.tasks.set_status(self.folder, status, self._refreshed, failed)

    def print_folder(self) -> None:
        if self.folder is None or self.pupil is None:
            return
        self._save_pending()
        name, period = pupil_name(self.pupil.first_name, self.pupil.last_name), self.folder.period

        def rendered(pdf: bytes) -> None:
            title = self.tr("{name}'s folder, {period}").format(name=name, period=period_caption(period))
            self.preview = PrintPreviewDialog(pdf, title, self)
            self.preview.finished.connect(self._preview_closed)
            self.preview.open()

        self.tasks.folder_pdf(self.pupil.id, period, rendered, self._failed)

    def type_comment(self) -> None:
        if self.folder is None or self.pupil is None:
            return
        name = pupil_name(self.pupil.first_name, self.pupil.last_name)
        title = f"{name} · {period_caption(self.folder.period)}"
        ask_for_paper_comment(self, self.tasks, self.folder, title, self._refreshed, self._failed)

    def _preview_closed(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message(describe(exc))
