"""The Settings dialog (School menu): when to lock, the interface language, and larger interface text.

The idle lock takes its new interval at once. The language and the text size are read when Linkbook
starts (translators are installed and the font set before any window exists), so the dialog says plainly
that those two apply at the next start rather than half-applying them to a running window.
"""

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import name_spin_box
from desktop.ui.idle_lock import IdleLock, idle_minutes
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import (
    IDLE_LOCK_MINUTES,
    TEXT_SCALE,
    TEXT_SCALES,
    UI_LANGUAGE,
    translated_languages,
)


def language_label(name: str) -> str:
    """A language as its speakers write it, with the English name beside it for the rest of the staff."""
    locale = QLocale(name)
    native = locale.nativeLanguageName() or name
    english = QLocale.languageToString(locale.language())
    return native if native.casefold() == english.casefold() else f"{native} ({english})"


class SettingsDialog(QDialog):
    """Edits the settings declared in desktop/ui/settings.py; OK saves them, Cancel changes nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self._build()
        self._load()

    def _build(self) -> None:
        self.idle_box = QSpinBox()
        self.idle_box.setRange(int(IDLE_LOCK_MINUTES.minimum or 1), int(IDLE_LOCK_MINUTES.maximum or 120))
        self.idle_box.setSuffix(self.tr(" minutes"))
        name_spin_box(self.idle_box, self.tr("Lock after this many minutes without use"))
        idle_caption = QLabel(self.tr("&Lock when unused for"))
        idle_caption.setBuddy(self.idle_box)
        idle_caption.setAccessibleName(self.tr("Lock when unused for (caption)"))

        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Interface language"))
        self.language_box.addItem(self.tr("The system's language"), "")
        self.language_box.addItem("English", "en")
        for name in translated_languages():
            self.language_box.addItem(language_label(name), name)
        language_caption = QLabel(self.tr("Interface &language"))
        language_caption.setBuddy(self.language_box)
        language_caption.setAccessibleName(self.tr("Interface language (caption)"))

        self.text_box = QComboBox()
        self.text_box.setAccessibleName(self.tr("Interface text size"))
        names = {
            1.0: self.tr("As the system sets it"),
            1.25: self.tr("Larger (125%)"),
            1.5: self.tr("Much larger (150%)"),
            1.75: self.tr("Largest (175%)"),
        }
        for scale in TEXT_SCALES:
            self.text_box.addItem(names.get(scale, f"{round(scale * 100)}%"), scale)
        text_caption = QLabel(self.tr("Interface &text"))
        text_caption.setBuddy(self.text_box)
        text_caption.setAccessibleName(self.tr("Interface text (caption)"))

        self.restart_note = QLabel(
            self.tr("The language and the text size change the next time Linkbook starts.")
        )
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        self.restart_note.setAccessibleName(self.tr("Note"))
        self.restart_note.hide()
        self.language_box.currentIndexChanged.connect(self._note_restart)
        self.text_box.currentIndexChanged.connect(self._note_restart)

        explanation = QLabel(
            self.tr(
                "These settings belong to this computer's account, not to the school: "
                "each person chooses their own."
            )
        )
        explanation.setWordWrap(True)
        explanation.setAccessibleName(self.tr("About these settings"))

        form = QFormLayout()
        form.addRow(idle_caption, self.idle_box)
        form.addRow(language_caption, self.language_box)
        form.addRow(text_caption, self.text_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setAccessibleName(self.tr("Save or cancel"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save"))
        ok.setAccessibleName(self.tr("Save the settings"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _load(self) -> None:
        self.idle_box.setValue(IDLE_LOCK_MINUTES.read())
        self._select(self.language_box, UI_LANGUAGE.read())
        scale = TEXT_SCALE.read()
        self._select(self.text_box, min(TEXT_SCALES, key=lambda s: abs(s - scale)))
        self._loaded = (self.language_box.currentIndex(), self.text_box.currentIndex())
        self.restart_note.hide()

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))

    def _note_restart(self) -> None:
        changed = (self.language_box.currentIndex(), self.text_box.currentIndex()) != self._loaded
        self.restart_note.setVisible(changed)

    def accept(self) -> None:
        IDLE_LOCK_MINUTES.write(self.idle_box.value())
        UI_LANGUAGE.write(str(self.language_box.currentData()))
        TEXT_SCALE.write(float(self.text_box.currentData()))
        super().accept()


def restart_idle_lock(window: MainWindow) -> None:
    """Give the open window an idle lock with the interval now set (the old one stops listening)."""
    if window.is_locked:
        return
    old = window.idle_lock
    old.stop()
    old.deleteLater()
    window.idle_lock = IdleLock(idle_minutes() * 60_000, window)
    window.idle_lock.idle.connect(window.lock)


def open_settings(window: MainWindow) -> SettingsDialog:
    """Show the dialog over the window; saving restarts the idle lock with the new interval."""
    dialog = SettingsDialog(window)
    dialog.accepted.connect(lambda: restart_idle_lock(window))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def install_settings_action(window: MainWindow) -> QAction:
    """Put "Settings…" at the top of the window's School menu."""
    title = QCoreApplication.translate("MainWindow", "&School")
    menu = window.menu(title)
    action = QAction(QCoreApplication.translate("SettingsDialog", "&Settings…"), window)
    action.setObjectName("settingsAction")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setShortcut(QKeySequence.StandardKey.Preferences)
    action.triggered.connect(lambda: open_settings(window))
    first = menu.actions()[0] if menu.actions() else None
    if first is not None:
        menu.insertAction(first, action)
        menu.insertSeparator(first)
    else:
        menu.addAction(action)
    return action
