"""The class's pupils with the state of their folder for the chosen period: the teacher's overview."""

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.pupils import Pupil
from desktop.domain.work_folders import FolderStatus, WorkFolder
from desktop.ui.signals import emit
from desktop.ui.translate import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

_STATES = {
    None: QT_TRANSLATE_NOOP("FolderRosterModel", "No folder"),
    FolderStatus.DRAFT: QT_TRANSLATE_NOOP("FolderRosterModel", "Draft"),
    FolderStatus.SENT: QT_TRANSLATE_NOOP("FolderRosterModel", "Sent home"),
    FolderStatus.RETURNED: QT_TRANSLATE_NOOP("FolderRosterModel", "Returned"),
}
_HEADERS = (
    QT_TRANSLATE_NOOP("FolderRosterModel", "Pupil"),
    QT_TRANSLATE_NOOP("FolderRosterModel", "Folder"),
    QT_TRANSLATE_NOOP("FolderRosterModel", "Pieces"),
    QT_TRANSLATE_NOOP("FolderRosterModel", "Family comment"),
)


class FolderRosterModel(QAbstractTableModel):
    NAME, STATE, PIECES, COMMENT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pupils: list[Pupil] = []
        self._folders: dict[str, WorkFolder] = {}

    def set_roster(self, pupils: list[Pupil], folders: dict[str, WorkFolder]) -> None:
        """Pupils in class order and their folders by pupil id; the same pupils only refresh in place."""
        if [p.id for p in pupils] == [p.id for p in self._pupils]:
            self._pupils, self._folders = list(pupils), dict(folders)
            if pupils:
                emit(self.dataChanged, self.index(0, 0), self.index(len(pupils) - 1, 3))
            return
        self.beginResetModel()
        self._pupils, self._folders = list(pupils), dict(folders)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._pupils, self._folders = [], {}
        self.endResetModel()

    def pupil_at(self, row: int) -> Pupil | None:
        return self._pupils[row] if 0 <= row < len(self._pupils) else None

    def folder_of(self, pupil_id: str) -> WorkFolder | None:
        return self._folders.get(pupil_id)

    def row_of(self, pupil_id: str) -> int:
        return next((n for n, p in enumerate(self._pupils) if p.id == pupil_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._pupils)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FolderRosterModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        pupil = self.pupil_at(index.row()) if index.isValid() else None
        if pupil is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        folder = self._folders.get(pupil.id)
        column = index.column()
        if column == self.NAME:
            return pupil.display_name
        if column == self.STATE:
            return QCoreApplication.translate("FolderRosterModel", _STATES[folder.status if folder else None])
        if column == self.PIECES:
            return "" if folder is None else str(len(folder.items))
        if folder is not None and folder.family_comment is not None:
            return QCoreApplication.translate("FolderRosterModel", "Yes")
        return (
            ""
            if role == Qt.ItemDataRole.DisplayRole
            else QCoreApplication.translate("FolderRosterModel", "None")
        )
