"""Qt item models over domain objects: what the views show, and nothing at all once the app locks.

The models hold plain domain objects handed to them by the window (which gets them from the services); they
never fetch anything themselves. Each has clear(), which the lock uses to drop every child's details.
"""

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.domain.languages import LANGUAGES
from desktop.domain.pupils import PhotoConsent, Pupil, SenStatus
from desktop.domain.school import SchoolClass
from desktop.ui.translate import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

_ROOT = QModelIndex()

ClassRole = int(Qt.ItemDataRole.UserRole) + 1
"""data(index, ClassRole) is the SchoolClass of a row of ClassListModel."""

PupilRole = int(Qt.ItemDataRole.UserRole) + 2
"""data(index, PupilRole) is the Pupil of a row of PupilTableModel."""


class ClassListModel(QAbstractListModel):
    """The school's classes, in the order the service gives them (year group, then name)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._classes: list[SchoolClass] = []

    def set_classes(self, classes: Iterable[SchoolClass]) -> None:
        self.beginResetModel()
        self._classes = list(classes)
        self.endResetModel()

    def clear(self) -> None:
        self.set_classes(())

    def class_at(self, row: int) -> SchoolClass | None:
        return self._classes[row] if 0 <= row < len(self._classes) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._classes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        school_class = self.class_at(index.row()) if index.isValid() else None
        if school_class is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return school_class.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ClassListModel", "Year group: {year_group}").format(
                year_group=school_class.year_group
            )
        if role == ClassRole:
            return school_class
        return None


_COLUMNS = (
    QT_TRANSLATE_NOOP("PupilTableModel", "Name"),
    QT_TRANSLATE_NOOP("PupilTableModel", "SEN"),
    QT_TRANSLATE_NOOP("PupilTableModel", "First language"),
    QT_TRANSLATE_NOOP("PupilTableModel", "Photos"),
)

_SEN = {
    SenStatus.NONE: "",
    SenStatus.SEN_SUPPORT: QT_TRANSLATE_NOOP("PupilTableModel", "SEN support"),
    SenStatus.EHC_PLAN: QT_TRANSLATE_NOOP("PupilTableModel", "EHC plan"),
}

_SEN_EXPLAINED = {
    SenStatus.NONE: "",
    SenStatus.SEN_SUPPORT: QT_TRANSLATE_NOOP("PupilTableModel", "Has special educational needs support"),
    SenStatus.EHC_PLAN: QT_TRANSLATE_NOOP("PupilTableModel", "Has an education, health and care plan"),
}

_PHOTOS = {
    PhotoConsent.GRANTED: QT_TRANSLATE_NOOP("PupilTableModel", "Allowed"),
    PhotoConsent.REFUSED: QT_TRANSLATE_NOOP("PupilTableModel", "Not allowed"),
    PhotoConsent.NOT_ASKED: QT_TRANSLATE_NOOP("PupilTableModel", "Not asked"),
}


def _tr(text: str) -> str:
    """Translate one of the marked strings above (QT_TRANSLATE_NOOP marks them for lupdate)."""
    return QCoreApplication.translate("PupilTableModel", text) if text else ""


_PUPIL_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        PupilRole,
    )
)
"""The roles PupilTableModel.data answers."""


class PupilTableModel(QAbstractTableModel):
    """The pupils of one class: the name each child is called by, SEN, first language, photo consent."""

    NAME, SEN, LANGUAGE, PHOTOS = range(len(_COLUMNS))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pupils: list[Pupil] = []

    def set_pupils(self, pupils: Iterable[Pupil]) -> None:
        self.beginResetModel()
        self._pupils = sorted(pupils, key=lambda pupil: pupil.sort_key)
        self.endResetModel()

    def clear(self) -> None:
        self.set_pupils(())

    def pupil_at(self, row: int) -> Pupil | None:
        return self._pupils[row] if 0 <= row < len(self._pupils) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._pupils)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == self.SEN:
            return QCoreApplication.translate("PupilTableModel", "Special educational needs")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # A view asks for a dozen roles per cell on every repaint; most have no answer here.
        if role not in _PUPIL_ROLES:
            return None
        pupil = self.pupil_at(index.row()) if index.isValid() else None
        if pupil is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(pupil, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(pupil, column)
        if role == Qt.ItemDataRole.FontRole and column == self.PHOTOS:
            if pupil.photo_consent is PhotoConsent.REFUSED:
                bold = QFont()
                bold.setBold(True)
                return bold
            return None
        if role == PupilRole:
            return pupil
        return None

    def _text(self, pupil: Pupil, column: int) -> str | None:
        if column == self.NAME:
            return pupil.display_name
        if column == self.SEN:
            return _tr(_SEN[pupil.sen_status])
        if column == self.LANGUAGE:
            known = LANGUAGES.get(pupil.first_language.upper())
            return known.english_name if known else pupil.first_language
        if column == self.PHOTOS:
            return _tr(_PHOTOS[pupil.photo_consent])
        return None

    def _tooltip(self, pupil: Pupil, column: int) -> str | None:
        if column == self.NAME:
            legal = f"{pupil.legal_first_name} {pupil.legal_last_name}"
            if legal != pupil.display_name:
                return QCoreApplication.translate("PupilTableModel", "Legal name: {name}").format(name=legal)
            return None
        if column == self.SEN:
            return _tr(_SEN_EXPLAINED[pupil.sen_status]) or None
        if column == self.LANGUAGE:
            known = LANGUAGES.get(pupil.first_language.upper())
            if known is None or not known.native_name or known.native_name == known.english_name:
                return None
            return known.native_name
        return None
