"""Locking after a period with no keyboard or mouse input, so an unattended laptop shows no child's record."""

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop.ui.signals import emit

SETTING = "security/idle_lock_minutes"
DEFAULT_MINUTES = 10
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


def idle_minutes() -> int:
    """The person's choice (Linkbook's settings, not the school's data); 0 turns idle locking off."""
    value = QSettings().value(SETTING, DEFAULT_MINUTES)
    try:
        return max(0, int(value))  # type: ignore[call-overload]  # str or int; anything else is caught below
    except (TypeError, ValueError):
        return DEFAULT_MINUTES


class IdleLock(QObject):
    """Emits `idle` once the app has had no input for the interval; any input starts the wait again."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(lambda: emit(self.idle))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if interval_ms > 0:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.interval() > 0:
            self._timer.start()
        return False

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
