"""Home-learning guidance in the family's language: the shipped starter translations of the guidance phrases
and slip labels (resources/guidance/<dfe code>.json, marked unchecked until a native speaker checks them).

A phrase with no translation shows its English alone, and `GuidanceBook.home` says so by returning None,
so the slip and the family app can mark it "in English".
"""

import json
from dataclasses import dataclass
from functools import cache

from desktop.domain.home_learning import GUIDANCE, LABELS
from desktop.domain.languages import LANGUAGES
from desktop.printing.resources import resources_dir

ALIASES = {"PNJG": "PNJ", "CYM": "WEL"}


@cache
def shipped_guidance(code: str) -> dict[str, str]:
    """The guidance translations shipped for a DfE code ({} when there is no file)."""
    code = ALIASES.get(code.upper(), code.upper())
    path = resources_dir() / "guidance" / f"{code.lower()}.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    phrases: dict[str, str] = data["phrases"]
    return phrases


@cache
def checked(code: str) -> bool:
    """Whether a native speaker has checked the shipped file (none has yet)."""
    code = ALIASES.get(code.upper(), code.upper())
    path = resources_dir() / "guidance" / f"{code.lower()}.json"
    return path.exists() and bool(
        json.loads(path.read_text(encoding="utf-8")).get("checked_by_native_speaker")
    )


def guidance_languages() -> list[str]:
    """DfE codes with a guidance file."""
    return sorted(p.stem.upper() for p in (resources_dir() / "guidance").glob("*.json"))


@dataclass(frozen=True, slots=True)
class GuidanceBook:
    """Guidance phrases and slip labels for one family: English, and the home language where shipped."""

    language: str = "ENG"

    @property
    def right_to_left(self) -> bool:
        known = LANGUAGES.get(self.language.upper())
        return bool(known and known.right_to_left)

    @property
    def bilingual(self) -> bool:
        return self.language.upper() != "ENG" and bool(shipped_guidance(self.language))

    def english(self, phrase: str, minutes: int = 0) -> str:
        if phrase in GUIDANCE:
            return GUIDANCE[phrase][1]
        if phrase in LABELS:
            return LABELS[phrase].format(minutes=minutes)
        raise KeyError(f"No guidance phrase {phrase!r}; add it to desktop/domain/home_learning.py first.")

    def home(self, phrase: str, minutes: int = 0) -> str | None:
        """The phrase in the home language, or None (English family, or not translated yet)."""
        self.english(phrase)
        if self.language.upper() == "ENG":
            return None
        text = shipped_guidance(self.language).get(phrase, "").strip()
        return text.format(minutes=minutes) if text else None
