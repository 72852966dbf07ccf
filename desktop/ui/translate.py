"""`QT_TRANSLATE_NOOP` typed as it behaves: it marks a string for translation and returns it unchanged.

PySide6's stubs declare it as returning `object`, so every table of marked strings would need a cast;
pyside6-lupdate finds the marks by this name wherever the function comes from.
"""


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # the name lupdate looks for
    """Mark `source_text` for translation in `context`; translate it later with tr() or translate()."""
    return source_text
