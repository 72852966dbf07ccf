"""The sync line in the window's status bar: one short sentence, details in the tooltip, click for more.

The words are chosen for the person at the desk: whether what they wrote has left this computer, and if
not, why and when it will try again. Nothing here names a child; the line is safe to show while locked.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.services.sync.engine import SyncStatus
from desktop.ui.sync.background import BackgroundSync, SyncView


def _ago(moment: dt.datetime, now: dt.datetime) -> str:
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("SyncStatus", "Synced just now")
    if seconds < 3600:
        return QCoreApplication.translate("SyncStatus", "Synced %n min ago", None, max(1, int(seconds // 60)))
    if moment.date() == now.date():
        return QCoreApplication.translate("SyncStatus", "Synced at {time}").format(
            time=moment.strftime("%H:%M")
        )
    return QCoreApplication.translate("SyncStatus", "Synced on {date}").format(
        date=moment.strftime("%d %b %Y, %H:%M")
    )


def status_text(view: SyncView, now: dt.datetime) -> str:
    """The one sentence the status bar shows."""
    status = view.status
    if status is None:
        return QCoreApplication.translate("SyncStatus", "Sync: checking…")
    if not status.set_up and not status.joining:
        if view.problem:  # a request to join was turned down: say why, not merely "set up"
            return QCoreApplication.translate("SyncStatus", "Not syncing: {message}").format(
                message=view.problem
            )
        return QCoreApplication.translate("SyncStatus", "Not syncing: set up sync")
    if view.removed and not view.syncing:
        return QCoreApplication.translate("SyncStatus", "Removed from the school's sync")
    if view.syncing:
        return QCoreApplication.translate("SyncStatus", "Syncing…")
    if view.waiting_for_approval:
        return QCoreApplication.translate(
            "SyncStatus", "Waiting for the school office to approve this device"
        )
    if view.problem:
        return QCoreApplication.translate("SyncStatus", "Sync problem: {message}").format(
            message=view.problem
        )
    if status.conflicts:
        return conflicts_text(status.conflicts)
    if view.retry_at is not None:
        text = QCoreApplication.translate("SyncStatus", "Offline: will try again at {time}").format(
            time=view.retry_at.strftime("%H:%M")
        )
        if status.pending_changes:
            text += QCoreApplication.translate(
                "SyncStatus", " (%n change(s) waiting)", None, status.pending_changes
            )
        elif waiting_text(status):
            text += f" ({waiting_text(status)})"
        return text
    if waiting_text(status):
        return waiting_text(status)
    if status.last_success is not None:
        return _ago(status.last_success, now)
    return QCoreApplication.translate("SyncStatus", "Not synced yet")


def waiting_text(status: SyncStatus) -> str:
    """What this device has still to send, in a few words ("" if nothing)."""
    if status.first_sync_due:
        return QCoreApplication.translate("SyncStatus", "The school's records wait to be sent")
    if status.pending_changes:
        return QCoreApplication.translate("SyncStatus", "%n change(s) waiting", None, status.pending_changes)
    if status.unsent_bundles:
        return QCoreApplication.translate(
            "SyncStatus", "%n sealed batch(es) of changes waiting to be sent", None, status.unsent_bundles
        )
    return ""


def removed_text() -> str:
    """What the school office's removal of this device means, and what to do about it."""
    return QCoreApplication.translate(
        "SyncStatus",
        "The school office removed this computer from the school's sync, so it no longer sends or "
        "receives changes. Everything already on this computer stays here and can still be read. "
        "To sync again, ask the school office for a new invitation.",
    )


def conflicts_text(count: int) -> str:
    """What the line says while texts edited on two devices wait for a person (a click opens them)."""
    return QCoreApplication.translate("SyncStatus", "%n text(s) to choose between", None, count)


def status_details(view: SyncView) -> str:
    """The tooltip: where, as what, when last, what waits, what went wrong last."""
    status = view.status
    if status is None or not (status.set_up or status.joining):
        return QCoreApplication.translate(
            "SyncStatus", "This computer does not sync with the school yet. Click to set it up or join."
        )
    lines = [QCoreApplication.translate("SyncStatus", "Syncs with: {target}").format(target=status.target)]
    if status.role:
        lines.append(
            QCoreApplication.translate("SyncStatus", "This device: {role} ({device})").format(
                role=role_words(status), device=status.device_id
            )
        )
    never = QCoreApplication.translate("SyncStatus", "never")
    last = status.last_success.strftime("%d %b %Y %H:%M") if status.last_success else never
    lines.append(QCoreApplication.translate("SyncStatus", "Last synced: {when}").format(when=last))
    if status.last_attempt is not None:
        lines.append(
            QCoreApplication.translate("SyncStatus", "Last tried: {when}").format(
                when=status.last_attempt.strftime("%d %b %Y %H:%M")
            )
        )
    lines.append(
        QCoreApplication.translate(
            "SyncStatus", "%n change(s) waiting to be sent", None, status.pending_changes
        )
    )
    if status.first_sync_due:
        lines.append(
            QCoreApplication.translate(
                "SyncStatus", "The records this computer held before it synced are sent by its first sync."
            )
        )
    if status.unsent_bundles:
        lines.append(
            QCoreApplication.translate(
                "SyncStatus", "%n sealed batch(es) of changes waiting to be sent", None, status.unsent_bundles
            )
        )
    if status.conflicts:
        lines.append(
            QCoreApplication.translate(
                "SyncStatus",
                "%n text(s) changed on two devices: click to choose which to keep",
                None,
                status.conflicts,
            )
        )
    if status.removed:
        lines.append(removed_text())
    elif status.last_error:
        lines.append(
            QCoreApplication.translate("SyncStatus", "Last problem: {error}").format(error=status.last_error)
        )
    lines.append(
        QCoreApplication.translate("SyncStatus", "Click for sync and devices; Ctrl+Shift+S syncs now.")
    )
    return "\n".join(lines)


def role_words(status: SyncStatus) -> str:
    return {
        "admin": QCoreApplication.translate("SyncStatus", "the school's admin device"),
        "staff": QCoreApplication.translate("SyncStatus", "a staff device"),
        "family": QCoreApplication.translate("SyncStatus", "a family device"),
    }.get(status.role, status.role)


class SyncStatusButton(QToolButton):
    """A flat button in the status bar showing `status_text`; clicking it opens the sync dialog, or the
    texts to choose between when that is what the line says (`asks_to_choose`)."""

    def __init__(self, background: BackgroundSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.background = background
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        background.view_changed.connect(self.refresh)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self.refresh)
        self._clock.start(30_000)
        self.refresh()

    def refresh(self) -> None:
        text = status_text(self.background.view, self.background.context.now())
        self.setText(text)
        self.setToolTip(status_details(self.background.view))
        self.setAccessibleName(QCoreApplication.translate("SyncStatus", "Sync status"))
        self.setAccessibleDescription(text)

    @property
    def asks_to_choose(self) -> bool:
        """The line says texts edited on two devices wait for a person: a click opens them."""
        status = self.background.view.status
        return status is not None and status.conflicts > 0 and self.text() == conflicts_text(status.conflicts)
