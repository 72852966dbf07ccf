"""The family window: the app on a family's own device, showing only that family's children.

One tab per child (usually one to three), each with the link book, agreements, work folders and news.
"Sync now" sends what the family wrote and fetches what is new. Locking works as in the staff app
(Ctrl+L, the Lock button, or after the idle time): every child's details leave the widgets, then the
vault closes and forgets its key, and `locked` asks the app for the passphrase again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.access import Actor
from desktop.services.context import ServiceContext, local_now
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.family.cards import HEADING_SCALE, scaled, text_label
from desktop.ui.family.child_page import ChildPage
from desktop.ui.family.identity import CHOSEN_MEMBER, Household, load_household
from desktop.ui.family.language_menu import install_language_menu
from desktop.ui.family.sync_bar import SyncBar
from desktop.ui.idle_lock import IdleLock, idle_minutes
from desktop.ui.kit.progress import TaskProgressBar
from desktop.ui.signals import emit
from desktop.ui.tasks import Changes, TaskRunner, TaskState


class FamilyWindow(QMainWindow):
    """The family's children, and nobody else's (the device holds no one else's records)."""

    locked = Signal()
    language_changed = Signal()
    """The family chose another language: the app builds the window again in it (language_menu.py)."""

    def __init__(
        self,
        vault: Vault,
        actor: Actor,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = local_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("familyWindow")
        self._vault: Vault | None = vault
        self.context = ServiceContext(vault, actor, clock)
        self.runner = TaskRunner(self)
        self.household: Household | None = None
        self.pages: list[ChildPage] = []
        self._menus: dict[str, QMenu] = {}
        self._build_actions()
        self._build_views()
        self.resize(980, 760)
        self.setWindowTitle(self.tr("Linkbook"))
        self.idle_lock = IdleLock(idle_minutes() * 60_000, self)
        self.idle_lock.idle.connect(self.lock)
        self.load()

    @property
    def actor(self) -> Actor:
        return self.context.actor

    @property
    def is_locked(self) -> bool:
        return self._vault is None

    def menu(self, title: str) -> QMenu:
        """The menu with this title, added to the menu bar the first time (Settings goes in one)."""
        if title not in self._menus:
            self._menus[title] = self.menuBar().addMenu(title)
        return self._menus[title]

    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.close_action.triggered.connect(self.close)
        menu = self.menu(self.tr("&Linkbook"))
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.close_action)
        self.addActions([self.lock_action, self.close_action])  # shortcuts work with the menu closed
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        install_language_menu(self)

    def _build_views(self) -> None:
        self.heading = text_label("", self.tr("School"), HEADING_SCALE, bold=True)
        self.member_caption = QLabel(self.tr("&Using Linkbook:"))
        self.member_caption.setAccessibleName(self.tr("Using Linkbook"))
        self.member_box = QComboBox()
        self.member_box.setAccessibleName(self.tr("Who is using Linkbook"))
        self.member_caption.setBuddy(self.member_box)
        self.member_box.activated.connect(self._member_chosen)
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock Linkbook"))
        self.lock_button.clicked.connect(self.lock)
        self.sync_bar = SyncBar(self.context, self.runner)
        self.sync_bar.synced.connect(self.load)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(16, 12, 16, 4)
        row = _row(self.heading, 1)
        row.addWidget(self.member_caption)
        row.addWidget(self.member_box)
        row.addWidget(self.lock_button)
        top_layout.addLayout(row)
        top_layout.addWidget(self.sync_bar)

        self.children_tabs = QTabWidget()
        self.children_tabs.setObjectName("childrenTabs")
        self.children_tabs.setAccessibleName(self.tr("Your children"))
        self.children_tabs.tabBar().setFont(scaled(self.children_tabs.font(), 1.2, bold=True))
        self.nobody = text_label(
            self.tr("No child's records have reached this device yet. Press Sync now."),
            self.tr("No children yet"),
        )
        self.nobody.hide()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(self.nobody)
        layout.addWidget(self.children_tabs, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        status.setAccessibleName(self.tr("Status bar"))
        self.progress = TaskProgressBar(self.runner, self.tr("Progress"))
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        status.addPermanentWidget(self.progress)
        self.runner.failed.connect(self._failed)
        self.runner.changed.connect(self._records_changed)

    def _failed(self, label: str, message: str) -> None:
        if not self.is_locked:
            self.statusBar().showMessage(f"{label}: {message}")

    def _records_changed(self, _changes: Changes) -> None:
        """Something was written or synced: the count of changes waiting to be sent moved."""
        if not self.is_locked:
            self.sync_bar.refresh()

    # Loading.
    def load(self) -> None:
        """Read the household (children, family members, school) and show a page per child."""
        vault = self._vault
        if vault is None:
            return

        def work(_state: TaskState) -> tuple[Household, str]:
            school = SchoolService(self.context).school()
            return load_household(vault), school.name if school is not None else ""

        self.runner.run(self.tr("Opening your children's link books"), work, self._show_household)
        self.sync_bar.refresh()

    def _show_household(self, result: tuple[Household, str]) -> None:
        if self.is_locked:
            return
        household, school_name = result
        self.household = household
        self.heading.setText(school_name)
        self.setWindowTitle(
            self.tr("Linkbook — {school}").format(school=school_name) if school_name else self.tr("Linkbook")
        )
        self.member_box.clear()
        for member in household.members:
            self.member_box.addItem(member.name, member.id)
        found = self.member_box.findData(self.actor.family_member_id)
        self.member_box.setCurrentIndex(max(found, 0))
        several = len(household.members) > 1
        self.member_caption.setVisible(several)
        self.member_box.setVisible(several)
        fresh = household.actor(self.actor.family_member_id or "")
        if fresh != self.actor:  # children arrived with a sync, or the member's details changed
            self.context = ServiceContext(self.context.vault, fresh, self.context.clock)
        self._show_children()

    def _member_chosen(self, index: int) -> None:
        if self.household is None or index < 0:
            return
        member_id = str(self.member_box.itemData(index))
        if member_id == self.actor.family_member_id:
            return
        CHOSEN_MEMBER.write(member_id)
        self.context = ServiceContext(self.context.vault, self.household.actor(member_id), self.context.clock)
        self._show_children()

    def _show_children(self) -> None:
        """One page per child of the acting family member, kept in place (with what is typed) if unchanged."""
        if self.household is None:
            return
        mine = [c for c in self.household.children if c.id in self.actor.pupil_ids]
        current = [(p.pupil, p.context.actor) for p in self.pages]
        if current != [(c, self.actor) for c in mine]:
            self._drop_pages()
            for child in mine:
                page = ChildPage(self.context, self.runner, child)
                self.pages.append(page)
                self.children_tabs.addTab(page, child.first_name)
        self.sync_bar.context = self.context
        self.nobody.setVisible(not mine)
        self.children_tabs.setVisible(bool(mine))
        for page in self.pages:
            page.reload()

    def _drop_pages(self) -> None:
        for page in self.pages:
            page.forget()
        self.children_tabs.clear()
        for page in self.pages:
            page.deleteLater()
        self.pages = []

    def page_for(self, pupil_id: str) -> ChildPage | None:
        return next((p for p in self.pages if p.pupil.id == pupil_id), None)

    # Locking.
    def lock(self) -> None:
        if self.is_locked:
            return
        self._forget()
        emit(self.locked)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._forget()
        super().closeEvent(event)

    def release_vault(self) -> Vault | None:
        """Empty the window as locking does, but hand the open vault over instead of closing it."""
        vault = self._vault
        self._forget(close_vault=False)
        return vault

    def _forget(self, *, close_vault: bool = True) -> None:
        """Every child's details out of the widgets first, then the vault (and with it the key)."""
        self.idle_lock.stop()
        QToolTip.hideText()
        self.runner.cancel_all()
        self.runner.wait()
        self._drop_pages()
        self.household = None
        self.member_box.clear()
        self.heading.clear()
        self.sync_bar.clear()
        self.statusBar().clearMessage()
        self.setWindowTitle(self.tr("Linkbook"))
        self.lock_action.setEnabled(False)
        if self._vault is not None and close_vault:
            self._vault.close()
        self._vault = None


def _row(widget: QWidget, stretch: int = 0) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.addWidget(widget, stretch)
    return layout
