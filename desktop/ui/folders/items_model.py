"""The pieces of work in one folder, as a list with thumbnails: the model and the list view over it.

The model holds the folder's items and the thumbnails decoded so far (keyed by attachment id, so a folder
that reloads after a save does not decode its photos again). Until a thumbnail arrives the row shows no
picture; a file that is not a picture, or cannot be read, shows the system's file icon.
"""

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QStyle

from desktop.domain.work_folders import WorkItem
from desktop.ui.signals import emit

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

ItemIdRole = int(Qt.ItemDataRole.UserRole) + 20


class FolderItemsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[WorkItem] = []
        self._icons: dict[str, QIcon] = {}
        self._unreadable: set[str] = set()

    def set_items(self, items: tuple[WorkItem, ...] | list[WorkItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._items = []
        self._icons.clear()
        self._unreadable.clear()
        self.endResetModel()

    def item_at(self, row: int) -> WorkItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self._items) if i.id == item_id), -1)

    def missing_thumbnails(self) -> list[str]:
        """Attachment ids of shown items whose thumbnail has not been made yet."""
        return [
            a
            for item in self._items
            for a in item.attachment_ids[:1]
            if a not in self._icons and a not in self._unreadable
        ]

    def has_thumbnail(self, attachment_id: str) -> bool:
        return attachment_id in self._icons

    def set_thumbnails(self, images: dict[str, QImage]) -> None:
        """Take thumbnails decoded in a task; a null image marks a file that is not a picture."""
        for attachment_id, image in images.items():
            if image.isNull():
                self._unreadable.add(attachment_id)
            else:
                self._icons[attachment_id] = QIcon(QPixmap.fromImage(image))
        if self._items:
            emit(self.dataChanged, self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            details = " · ".join(part for part in (item.subject, item.mark) if part)
            return f"{item.title}\n{details}" if details else item.title
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._spoken(item)
        if role == ItemIdRole:
            return item.id
        return None

    def _icon(self, item: WorkItem) -> QIcon | None:
        if not item.attachment_ids:
            return None
        first = item.attachment_ids[0]
        if first in self._icons:
            return self._icons[first]
        if first in self._unreadable:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return None

    def _spoken(self, item: WorkItem) -> str:
        parts = [item.title]
        if item.subject:
            parts.append(self.tr("topic: {topic}").format(topic=item.subject))
        if item.mark:
            parts.append(self.tr("mark: {mark}").format(mark=item.mark))
        if item.attachment_ids:
            parts.append(self.tr("photos or scans: {count}").format(count=len(item.attachment_ids)))
        return ", ".join(parts)


def pieces_view(model: FolderItemsModel, name: str) -> QListView:
    """A list of the pieces with their thumbnails, large enough to recognise a child's drawing."""
    view = QListView()
    view.setObjectName("folderItems")
    view.setAccessibleName(name)
    view.setModel(model)
    view.setIconSize(QSize(120, 90))
    view.setSpacing(4)
    view.setWordWrap(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view
