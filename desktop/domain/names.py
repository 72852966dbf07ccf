"""What a name may hold: any script, but no control characters.

A NUL, a tab, a line break or another control character in a name cannot be seen on screen, breaks the
printed lists and the files other systems read, and is never what the person meant to type.
"""

import unicodedata

_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
"""Control characters, lone surrogates, and the line and paragraph separators."""


def unsafe_character(text: str) -> str | None:
    """The first character a name may not hold, written as U+XXXX, or None when there is none."""
    for char in text:
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            return f"U+{ord(char):04X}"
    return None


def name_problem(what: str, text: str) -> str | None:
    """A sentence saying why `text` cannot be `what` (e.g. "the pupil's first name"), or None if it can."""
    found = unsafe_character(text)
    if found is None:
        return None
    return (
        f"{what[:1].upper()}{what[1:]} holds an invisible control character ({found}); "
        "remove it (retype the name) and save again."
    )


def first_name_problem(named: tuple[tuple[str, str], ...]) -> str | None:
    """The first problem among (what, text) pairs, or None when every name is fine."""
    for what, text in named:
        problem = name_problem(what, text)
        if problem is not None:
            return problem
    return None
