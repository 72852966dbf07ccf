"""The person's preferences on this computer, each declared once with its key, default and type.

These live in QSettings (the user's own configuration), never in the school's vault: they say how the app
behaves for whoever sits here, and hold nothing about a child. Reading goes through `Setting.read()`, which
turns whatever the platform stored (often a string) back into the declared type and keeps it in bounds,
so a hand-edited or outdated file can never make the app misbehave.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.printing.resources import resources_dir
from desktop.ui import idle_lock

T = TypeVar("T", int, float, str, bool)

TRANSLATIONS_DIR = resources_dir() / "translations"
"""Compiled translations of the app (linkbook_<language>.qm), made by pyside6-lrelease."""


def _to_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: where it is kept, what it is when unset, and its type (with bounds for numbers)."""

    key: str
    default: T
    type_: type[T]
    minimum: T | None = None
    maximum: T | None = None

    def read(self, settings: QSettings | None = None) -> T:
        raw = (settings or QSettings()).value(self.key, self.default)
        convert: Callable[[object], T] = _to_bool if self.type_ is bool else self.type_
        try:
            value = convert(raw)
        except (TypeError, ValueError):
            return self.default
        if self.minimum is not None and value < self.minimum:
            return self.minimum
        if self.maximum is not None and value > self.maximum:
            return self.maximum
        return value

    def write(self, value: T, settings: QSettings | None = None) -> None:
        store = settings or QSettings()
        store.setValue(self.key, value)
        store.sync()


IDLE_LOCK_MINUTES: Setting[int] = Setting(
    idle_lock.SETTING, idle_lock.DEFAULT_MINUTES, int, minimum=1, maximum=120
)
"""Lock after this many minutes with no keyboard or mouse input (desktop/ui/idle_lock.py reads it)."""

UI_LANGUAGE: Setting[str] = Setting("ui/language", "", str)
"""The interface language as a locale name ("pl", "en"); empty follows the system's language."""

TEXT_SCALE: Setting[float] = Setting("ui/text_scale", 1.0, float, minimum=1.0, maximum=2.0)
"""Larger interface text: a factor on top of the system's font size (which the app always follows)."""

TEXT_SCALES: tuple[float, ...] = (1.0, 1.25, 1.5, 1.75)


def translated_languages(folder: Path = TRANSLATIONS_DIR) -> list[str]:
    """Locale names that have a compiled translation of Linkbook, besides English (which needs none)."""
    if not folder.is_dir():
        return []
    names = {path.stem.removeprefix("linkbook_") for path in folder.glob("linkbook_*.qm")}
    return sorted(name for name in names if name and not name.startswith("en"))


def ui_locale() -> QLocale:
    """The locale whose translations the app loads: the person's choice, else the system's."""
    chosen = UI_LANGUAGE.read()
    return QLocale(chosen) if chosen else QLocale.system()


def scaled_font(base: QFont, scale: float) -> QFont:
    """The base (system) font made larger by scale; sizes stay in points so the system's DPI still applies."""
    font = QFont(base)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


def apply_text_scale(app: QApplication) -> None:
    """At start-up: the system's font, times the person's extra scale."""
    app.setFont(scaled_font(app.font(), TEXT_SCALE.read()))
