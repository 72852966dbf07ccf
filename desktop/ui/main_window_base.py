"""What the parts of the main window share: its signals, the school it has open, and the class list.

`MainWindow` (main_window.py) is built from these parts: its menus and actions (main_window_menus.py)
and the longer features those start (main_window_features.py). Each part is a mixin over this base, which
names what the parts use of one another.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListView, QMainWindow, QMenu

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.models import ClassListModel
from desktop.ui.tasks import TaskRunner
from desktop.ui.translate import QT_TRANSLATE_NOOP

ROLE_NAMES = {
    StaffRole.CLASS_TEACHER: QT_TRANSLATE_NOOP("MainWindow", "class teacher"),
    StaffRole.TEACHING_ASSISTANT: QT_TRANSLATE_NOOP("MainWindow", "teaching assistant"),
    StaffRole.SENCO: QT_TRANSLATE_NOOP("MainWindow", "SENCO"),
    StaffRole.ADMIN: QT_TRANSLATE_NOOP("MainWindow", "school admin"),
}
"""How the status bar and View as… name each staff role (translated in the MainWindow context)."""


class MainWindowBase(QMainWindow):
    """The main window's signals and state, as its parts see them (MainWindow makes them)."""

    locked = Signal()
    switch_requested = Signal(object)
    """The demo school only: View as… chose another member of staff (an Actor) to see the app as."""

    actor: Actor
    context: ServiceContext
    runner: TaskRunner
    class_view: QListView
    class_model: ClassListModel
    _vault: Vault | None
    _school: SchoolService | None
    _menus: dict[str, QMenu]

    @property
    def is_locked(self) -> bool:
        return self._vault is None

    # Made by the parts (the window and its mixins)

    def lock(self) -> None:
        raise NotImplementedError

    def import_class_lists(self) -> None:
        raise NotImplementedError

    def record_paper_reply(self) -> None:
        raise NotImplementedError

    def record_paper_views(self) -> None:
        raise NotImplementedError

    def print_class_week(self) -> None:
        raise NotImplementedError
