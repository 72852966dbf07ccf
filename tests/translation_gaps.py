"""What a family would still see in English: the family-facing strings each home language has not finished.

    python -m tests.translation_gaps            every home language
    python -m tests.translation_gaps pl bn      only these

It runs pyside6-lupdate over today's code into copies of the .ts files (the shipped files are not
touched), so a string added to the family window since the last `make translations` counts too. The
scope is desktop/ui/family/languages.py's (`FAMILY_CONTEXTS`, `FAMILY_MESSAGES`). Exits 1 when anything
is missing, so a script can wait on it. Also counts the starter translations still awaiting a native
speaker's check (docs/translations.md).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from desktop.ui.family.languages import HOME_LANGUAGES, is_family_facing

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
UNCHECKED = "Starter translation: awaits a native speaker's check."
"""The translator comment on a starter translation; whoever checks the string in Qt Linguist removes it."""


@dataclass(frozen=True, slots=True)
class FamilyString:
    """One family-facing message of a .ts file and how far it is translated."""

    context: str
    source: str
    translations: tuple[str, ...]
    finished: bool
    checked: bool


def ui_sources() -> list[str]:
    return sorted(str(path) for path in (ROOT / "desktop" / "ui").rglob("*.py"))


def refreshed(ts: Path, folder: Path) -> Path:
    """A copy of ts brought up to date with today's code by lupdate (new strings come in unfinished)."""
    copy = folder / ts.name
    shutil.copy(ts, copy)
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *ui_sources(), "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    return copy


def family_strings(ts: Path) -> list[FamilyString]:
    """The family-facing messages of ts, in file order."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not is_family_facing(name, source):
                continue
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            state = "missing"
            if translation is not None:
                state = translation.get("type", "")
                plural = [form.text or "" for form in translation.iter("numerusform")]
                forms = tuple(plural or [translation.text or ""])
            finished = not state and bool(forms) and all(forms)
            checked = (message.findtext("translatorcomment") or "") != UNCHECKED
            found.append(FamilyString(name, source, forms, finished, checked))
    return found


def gaps(locale_names: list[str], folder: Path = TRANSLATIONS) -> dict[str, list[FamilyString]]:
    """For each language, its unfinished family-facing strings against today's code."""
    result: dict[str, list[FamilyString]] = {}
    with tempfile.TemporaryDirectory(prefix="linkbook-gaps-") as scratch:
        for name in locale_names:
            ts = folder / f"linkbook_{name}.ts"
            if not ts.exists():
                raise SystemExit(f"{ts} does not exist: add the language to LANGUAGES in the Makefile.")
            strings = family_strings(refreshed(ts, Path(scratch)))
            result[name] = [s for s in strings if not s.finished]
    return result


def main(argv: list[str]) -> int:
    names = argv or [language.locale_name for language in HOME_LANGUAGES]
    missing = gaps(names)
    for name in names:
        unchecked = sum(
            not s.checked for s in family_strings(TRANSLATIONS / f"linkbook_{name}.ts") if s.finished
        )
        print(f"{name}: {len(missing[name])} to translate, {unchecked} awaiting a native speaker's check")
        for item in missing[name]:
            print(f"  {item.context}: {item.source!r}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
