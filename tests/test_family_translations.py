"""The ten home languages' translations: every string a family sees is finished, placeholders and shortcut
letters intact, the .qm compiled from the .ts, and the Makefile making each of them."""

import re
from pathlib import Path

import pytest

from desktop.ui.family.languages import FAMILY_CONTEXTS, HOME_LANGUAGES
from tests.translation_gaps import ROOT, TRANSLATIONS, family_strings, gaps

HOME = [language.locale_name for language in HOME_LANGUAGES]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")
SHORTCUT = re.compile(r"&(?!&)\w")


def test_the_ten_home_languages_ship_and_make_translations_makes_each() -> None:
    assert len(HOME) == 10
    assert sorted(language.dfe_code for language in HOME_LANGUAGES) == sorted(
        ["POL", "URD", "PNJ", "BNG", "SOM", "ARA", "GUJ", "POR", "TAM", "RUM"]
    )
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    languages = re.search(r"^LANGUAGES := (.*)$", makefile, re.MULTILINE)
    assert languages is not None, "the Makefile names the languages `make translations` makes"
    for name in HOME:
        assert name in languages.group(1).split()
        assert (TRANSLATIONS / f"linkbook_{name}.ts").exists()
        assert (TRANSLATIONS / f"linkbook_{name}.qm").exists(), f"linkbook_{name}.qm: run make translations"


def test_the_family_scope_names_only_contexts_the_code_has(tmp_path: Path) -> None:
    """A context renamed in the code would silently drop out of the scope."""
    found = {s.context for s in family_strings(TRANSLATIONS / "linkbook_pl.ts")}
    assert set(FAMILY_CONTEXTS) <= found, sorted(set(FAMILY_CONTEXTS) - found)
    assert len(family_strings(TRANSLATIONS / "linkbook_pl.ts")) > 150


def test_every_family_facing_string_is_translated_in_every_home_language() -> None:
    """Against today's code (lupdate run into copies), so a string added since is caught too."""
    missing = gaps(HOME)
    report = [f"{name}: {item.context}: {item.source!r}" for name, items in missing.items() for item in items]
    assert not report, (
        f"{len(report)} family-facing strings to translate (python -m tests.translation_gaps):\n"
        + "\n".join(report[:60])
    )


@pytest.mark.parametrize("name", HOME)
def test_family_translations_keep_placeholders_and_one_shortcut_letter(name: str) -> None:
    wrong = []
    strings = family_strings(TRANSLATIONS / f"linkbook_{name}.ts")
    for item in strings:
        for text in item.translations:
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(item.source))):
                wrong.append(f"{item.context}: {item.source!r} -> {text!r} (placeholders)")
            if len(SHORTCUT.findall(text)) != len(SHORTCUT.findall(item.source)):
                wrong.append(f"{item.context}: {item.source!r} -> {text!r} (shortcut letters)")
            if item.source.endswith("…") != text.endswith("…"):
                wrong.append(f"{item.context}: {item.source!r} -> {text!r} (the ellipsis)")
    assert not wrong, "\n".join(wrong)


def test_the_gaps_tool_lists_a_family_string_left_untranslated_and_ignores_staff_ones(
    tmp_path: Path,
) -> None:
    source = (TRANSLATIONS / "linkbook_bn.ts").read_text(encoding="utf-8")
    family = "<source>Your children</source>"
    staff = "<source>Pupils and timelines</source>"
    assert family in source and staff in source
    edited = _untranslate(_untranslate(source, family), staff)
    (tmp_path / "linkbook_bn.ts").write_text(edited, encoding="utf-8")
    listed = [(item.context, item.source) for item in gaps(["bn"], tmp_path)["bn"]]
    assert listed == [("FamilyWindow", "Your children")]


def _untranslate(ts: str, source: str) -> str:
    """The .ts text with the message of this source (its first occurrence) made unfinished and empty."""
    start = ts.index(source)
    begin = ts.index("<translation", start)
    end = ts.index("</translation>", begin) + len("</translation>")
    return ts[:begin] + '<translation type="unfinished"></translation>' + ts[end:]
