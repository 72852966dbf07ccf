"""The guard on what goes home: words in an entry that suggest a safeguarding concern.

A concern about a child goes to the Designated Safeguarding Lead by the school's procedure, never into the
link book, which the family reads. Before an entry goes to a family, words from the school's list (a bruise,
a mark on, hurt at home, scared to go home, self-harm…) bring a warning; the teacher may go on (a grazed
knee in the playground is first aid), and the warning and the choice are audited.

Matching is by whole words and phrases, any case, any spacing, so "hit" is found in "Hit by a ball" but not
in "white" or "hitch", and "self harm" matches "self-harm".
"""

import re
from collections.abc import Iterable, Sequence

DEFAULT_CONCERN_WORDS: tuple[str, ...] = (
    "bruise",
    "bruises",
    "bruised",
    "bruising",
    "mark on",
    "marks on",
    "hit",
    "hits",
    "hitting",
    "slapped",
    "kicked him",
    "kicked her",
    "burn mark",
    "hurt at home",
    "hurts at home",
    "scared to go home",
    "afraid to go home",
    "doesn't want to go home",
    "self-harm",
    "self harm",
    "cutting herself",
    "cutting himself",
    "locked in",
    "no food at home",
    "touched me",
)
"""What the guard looks for until the school edits its own list."""

MAX_WORDS = 300
MAX_WORD_LENGTH = 60


def _pattern(word: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", word.strip()) if p]
    return r"(?<!\w)" + r"[\s\-]+".join(parts) + r"(?!\w)"


def concern_words(texts: Iterable[str], words: Sequence[str]) -> tuple[str, ...]:
    """The listed words or phrases found in any of the texts, in the list's order, each once."""
    joined = "\n".join(t for t in texts if t)
    if not joined.strip():
        return ()
    found: list[str] = []
    for word in words:
        if word.strip() and re.search(_pattern(word), joined, re.IGNORECASE):
            found.append(word.strip())
    return tuple(dict.fromkeys(found))


def tidy_word_list(words: Iterable[str]) -> tuple[str, ...]:
    """A school's list as kept: trimmed, lower-case, no blanks or repeats, in the order given."""
    return tuple(dict.fromkeys(w.strip().lower() for w in words if w.strip()))
