"""What a family's new computer shows before the family window, in the family's language: the first-run
window, and the Sync and devices dialog while it joins (the This computer tab, the sync state it
describes and Qt's Close button). A folder target, real SQLCipher vaults in tmp_path, qtbot."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.sync.device import SyncTarget
from desktop.ui.app_fonts import use_shipped_fonts
from desktop.ui.language import install_language
from sync.protocol import DeviceRole
from tests.sync_desktop_helpers import build_school, open_device
from tests.sync_ui_helpers import WAIT_MS, open_window

ROOT = Path(__file__).resolve().parents[1]
CONTEXTS = ("SyncDialog", "ThisDevicePanel", "SyncStatus", "QPlatformTheme")


def _english(contexts: tuple[str, ...] = CONTEXTS) -> set[str]:
    root = ET.parse(ROOT / "resources" / "translations" / "linkbook_cy.ts").getroot()
    return {
        (message.findtext("source") or "").replace("&", "")
        for context in root.iter("context")
        if context.findtext("name") in contexts
        for message in context.iter("message")
    } - {"Ctrl+Shift+S"}


@pytest.fixture
def app(qapp, tmp_path: Path) -> Iterator[QApplication]:
    assert isinstance(qapp, QApplication)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    font = qapp.font()
    use_shipped_fonts(qapp)
    yield qapp
    install_language(qapp, QLocale(QLocale.Language.English))
    qapp.setFont(font)
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def _visible_texts(dialog: QWidget) -> list[str]:
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in text:
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            found.append(text)
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
    tabs = getattr(dialog, "tabs", None)
    found += [tabs.tabText(n) for n in range(tabs.count())] if tabs is not None else []
    return [text for text in found if text.strip()]


@pytest.mark.parametrize("locale_name", ["bn", "pl", "ar"])
def test_a_joining_family_computer_sees_the_this_computer_tab_in_its_language(
    qtbot, app: QApplication, tmp_path: Path, locale_name: str
) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    office.sync.found_school(SyncTarget(folder=folder))
    slip = office.joining.invite(DeviceRole.FAMILY, pupil_ids=(school["pupils"][0].id,), label="Rodzina")
    family = open_device(tmp_path, "family")
    family.joining.join(slip.code, SyncTarget(folder=folder))

    assert install_language(app, QLocale(locale_name))
    window, added = open_window(qtbot, family.vault, Actor("Elżbieta Wiśniewska", StaffRole.ADMIN))
    qtbot.waitUntil(lambda: added.background.view.status is not None, timeout=WAIT_MS)
    dialog = added.open_dialog(window)
    qtbot.waitExposed(dialog)
    assert dialog.tabs.currentWidget() is dialog.this_device
    waiting = QCoreApplication.translate("SyncStatus", "Waiting for the school office to approve this device")
    assert waiting != "Waiting for the school office to approve this device"
    qtbot.waitUntil(lambda: waiting in _visible_texts(dialog), timeout=WAIT_MS)
    texts = _visible_texts(dialog)
    left = sorted({text for text in texts if text.replace("&", "") in _english()})
    assert left == [], f"English left in the {locale_name} dialog: {left}"
    dialog.grab().save(str(tmp_path.parent / f"sync-family-{locale_name}.png"))
    dialog.reject()


@pytest.mark.parametrize("locale_name", ["so", "ta", "ur"])
def test_the_first_run_window_speaks_the_familys_language(
    qtbot, app: QApplication, tmp_path: Path, locale_name: str
) -> None:
    from desktop.ui.unlock import UnlockWindow

    assert install_language(app, QLocale(locale_name))
    window = UnlockWindow(tmp_path / "new-computer")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.first_run
    assert panel.isVisible()
    english = _english(("FirstRunPanel", "UnlockWindow"))
    assert sorted({t for t in _visible_texts(window) if t.replace("&", "") in english}) == []
    assert str(tmp_path / "new-computer") in window.message_label.text()
    assert "There is no Linkbook school" not in window.message_label.text()
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    texts = _visible_texts(window)
    assert len(texts) > 10, "the form for a new school is shown"
    left = sorted({t for t in texts if t.replace("&", "") in english})
    assert left == [], f"English left in the {locale_name} first-run window: {left}"
    window.grab().save(str(tmp_path.parent / f"first-run-{locale_name}.png"))
