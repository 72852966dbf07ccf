"""The app's identity: its version, its icon, and the About dialog with the licences of what it ships.

The version has one source of truth, pyproject.toml, read back from the installed distribution's metadata
(a frozen app carries that metadata too: installer/linkbook.spec copies it). The libraries listed are the
ones Linkbook needs at run time (its requirements, followed recursively), not whatever else happens to be
installed beside it; installer/linkbook.spec bundles exactly these, with their licence files.
"""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.resources import resources_dir

DISTRIBUTION = "linkbook"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA_MARKER = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


def app_version() -> str:
    """Linkbook's version as pyproject.toml gives it; "unknown" when run from an uninstalled source tree."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def application_icon() -> QIcon:
    """The app's icon at every size rendered (installer/render_icons.py), for windows and the task bar."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"linkbook-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


ESPEAK_NG_NOTICE = """espeakng-loader carries eSpeak NG (libespeak-ng and its espeak-ng-data), the speech
engine Linkbook reads entries aloud with.

eSpeak NG: Copyright (C) 2005-2014 Jonathan Duddington; Copyright (C) 2015-2024 Reece H. Dunn and the
eSpeak NG contributors. It is free software under the GNU General Public License, version 3 or later
(GPL-3.0-or-later), the licence Linkbook itself is under. Its source: https://github.com/espeak-ng/espeak-ng
The licence text: https://www.gnu.org/licenses/gpl-3.0.html (on Debian, /usr/share/common-licenses/GPL-3)."""

EMBEDDED_LICENCES: dict[str, tuple[str, str]] = {
    "espeakng-loader": ("GPL-3.0-or-later (eSpeak NG)", ESPEAK_NG_NOTICE)
}
"""Libraries whose wheel carries a native program under a licence its metadata does not state."""


@dataclass(frozen=True, slots=True)
class LibraryLicence:
    """One bundled Python distribution and what its metadata says about its licence."""

    name: str
    version: str
    licence: str
    licence_text: str


@dataclass(frozen=True, slots=True)
class FontLicence:
    family: str
    files: tuple[str, ...]
    licence: str


def _requirement(spec: str, extras: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """(name, extras asked for) of one Requires-Dist line, or None if it belongs to an extra not asked for."""
    requirement, _, marker = spec.partition(";")
    wanted = _EXTRA_MARKER.findall(marker)
    if wanted and not extras.intersection(wanted):
        return None
    match = _NAME.match(requirement)
    if match is None:
        return None
    asked = frozenset(e.strip() for e in (match.group(2) or "").split(",") if e.strip())
    return match.group(1), asked


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@cache
def runtime_distributions(root: str = DISTRIBUTION) -> tuple[str, ...]:
    """Names of the installed distributions `root` needs at run time, itself excluded, sorted."""
    found: dict[str, str] = {}
    queue: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    seen: set[tuple[str, frozenset[str]]] = set()
    while queue:
        name, extras = queue.pop()
        if (_canonical(name), extras) in seen:
            continue
        seen.add((_canonical(name), extras))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python (its marker said so)
        if _canonical(name) != _canonical(root):
            found[_canonical(name)] = dist.metadata["Name"]
        for spec in dist.requires or []:
            wanted = _requirement(spec, extras)
            if wanted is not None:
                queue.append(wanted)
    return tuple(sorted(found.values(), key=str.lower))


def _licence_summary(meta: metadata.PackageMetadata) -> str:
    expression = meta.get("License-Expression")  # type: ignore[attr-defined]  # an email Message at runtime
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()  # type: ignore[attr-defined]  # as above
    if declared and len(declared) <= 60 and "\n" not in declared:
        return declared
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return "; ".join(c.split(" :: ")[-1] for c in classifiers)
    if declared:
        return declared.splitlines()[0][:60]
    return ""


def _decoded(raw: bytes) -> str:
    """A licence file's text: UTF-8 as most are, else Latin-1 (some older ones, such as FreeType's)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _licence_text(dist: metadata.Distribution) -> str:
    """The licence files the distribution ships in its metadata folder, joined."""
    texts: list[str] = []
    for path in dist.files or []:
        parts = Path(str(path)).parts
        if len(parts) >= 2 and parts[0].endswith((".dist-info", ".egg-info")):
            stem = Path(str(path)).name.upper()
            if stem.startswith(("LICEN", "COPYING", "NOTICE")) or "licenses" in parts:
                text = _decoded(Path(str(dist.locate_file(path))).read_bytes())
                if text:
                    texts.append(text.strip())
    return "\n\n".join(texts)


def library_licences() -> list[LibraryLicence]:
    """Every runtime library with its version, its licence in short, and its licence text where shipped."""
    return [library_licence(name) for name in runtime_distributions()]


def library_licence(name: str) -> LibraryLicence:
    """One installed library's licence, with what its wheel carries beyond its metadata (eSpeak NG)."""
    dist = metadata.distribution(name)
    summary, text = _licence_summary(dist.metadata), _licence_text(dist)
    embedded = EMBEDDED_LICENCES.get(_canonical(name))
    if embedded is not None:
        summary = f"{summary}; {embedded[0]}" if summary else embedded[0]
        text = f"{embedded[1]}\n\n{text}".strip()
    return LibraryLicence(dist.metadata["Name"], dist.version, summary, text)


def font_licences(fonts_dir: Path | None = None) -> list[FontLicence]:
    """The bundled font families (one per file-name stem: NotoSansBengali-Bold -> Noto Sans Bengali)."""
    folder = fonts_dir or resources_dir() / "fonts"
    licence = "SIL Open Font License 1.1" if (folder / "OFL.txt").exists() else ""
    families: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.ttf")) + sorted(folder.glob("*.otf")):
        stem = path.stem.split("-")[0]
        family = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", stem)
        families.setdefault(family, []).append(path.name)
    return [FontLicence(family, tuple(files), licence) for family, files in families.items()]


def font_licence_text(fonts_dir: Path | None = None) -> str:
    path = (fonts_dir or resources_dir() / "fonts") / "OFL.txt"
    return path.read_text(encoding="utf-8") if path.exists() else ""


class AboutDialog(QDialog):
    """Version and licences: what an IT technician checks before trusting an install."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Linkbook"))
        self.setWindowIcon(application_icon())
        icon = QLabel()
        icon.setPixmap(application_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Linkbook icon"))
        self.version_label = QLabel(self.tr("Linkbook {version}").format(version=app_version()))
        self.version_label.setAccessibleName(self.tr("Version"))
        font = self.version_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.version_label.setFont(font)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QLabel(
            self.tr(
                "The home-school link book. Free software under the GNU General Public Licence, "
                "version 3 or later.\nQt {qt}, PySide6 {pyside}, Python {python}."
            ).format(qt=qVersion(), pyside=pyside_version, python=platform.python_version())
            + "\n"
            + self.tr("Reads aloud with eSpeak NG, under the GPL, version 3 or later (GPL-3.0-or-later).")
        )
        details.setWordWrap(True)
        details.setAccessibleName(self.tr("Licence and versions"))
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Licences"))
        self.font_list, self.font_text = self._licence_page(
            [self.tr("Font"), self.tr("Files"), self.tr("Licence")],
            [((f.family, ", ".join(f.files), f.licence), font_licence_text()) for f in font_licences()],
            self.tr("Fonts"),
        )
        self.library_list, self.library_text = self._licence_page(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")],
            [((lib.name, lib.version, lib.licence), lib.licence_text) for lib in library_licences()],
            self.tr("Libraries"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setAccessibleName(self.tr("Dialog buttons"))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        heading = QWidget()
        heading_layout = QVBoxLayout(heading)
        heading_layout.setContentsMargins(0, 0, 0, 0)
        heading_layout.addWidget(icon)
        heading_layout.addWidget(self.version_label)
        heading_layout.addWidget(details)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def _licence_page(
        self, columns: list[str], rows: list[tuple[tuple[str, str, str], str]], title: str
    ) -> tuple[QTreeWidget, QPlainTextEdit]:
        """A list of (name, detail, licence) rows; choosing one shows its licence text below."""
        listing = QTreeWidget()
        listing.setAccessibleName(title)
        listing.setColumnCount(len(columns))
        listing.setHeaderLabels(columns)
        listing.setRootIsDecorated(False)
        listing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        listing.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        listing.header().setAccessibleName(self.tr("{title} columns").format(title=title))
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Licence text"))
        text.setPlaceholderText(self.tr("Choose a line above to read its licence."))
        for cells, licence_text in rows:
            item = QTreeWidgetItem(list(cells))
            item.setData(0, Qt.ItemDataRole.UserRole, licence_text)
            listing.addTopLevelItem(item)

        def show_text(current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
            body = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else ""
            text.setPlainText(body or self.tr("No licence text is shipped with this one; see its summary."))

        listing.currentItemChanged.connect(show_text)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setAccessibleName(title)
        splitter.addWidget(listing)
        splitter.addWidget(text)
        splitter.setSizes([260, 200])
        self.tabs.addTab(splitter, title)
        if (first := listing.topLevelItem(0)) is not None:
            listing.setCurrentItem(first)
        return listing, text


def add_help_menu(window: QMainWindow, menu: QMenu) -> QAction:
    """Help > About Linkbook on the main window's Help menu."""
    action = QAction(QCoreApplication.translate("AboutDialog", "&About Linkbook"), window)
    action.setMenuRole(QAction.MenuRole.AboutRole)

    def show_about() -> None:
        dialog = AboutDialog(window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    action.triggered.connect(show_about)
    menu.addAction(action)
    return action
