"""Names and words in any script, set inside English (or any) sentences without scrambling them.

A child's name in Urdu or Arabic at the start of a heading would make Qt lay the whole line out right to
left ("Qureshi · week of 16 Nov فاطمہ"), and a right-to-left name before a date pulls the date's digits
into its run. Wrapping each piece of someone's text in Unicode's first-strong isolate (FSI ... PDI) keeps
it whole in its own direction while the sentence around it keeps the direction of the user's language.
"""

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolate(text: str) -> str:
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def pupil_name(first_name: str, last_name: str) -> str:
    """'First Last' in the order of the sentence around it, each part isolated in its own direction."""
    return f"{isolate(first_name)} {isolate(last_name)}"


def plain(text: str) -> str:
    """The text without the isolates (what a test or a clipboard wants to compare)."""
    return text.replace(FIRST_STRONG_ISOLATE, "").replace(POP_DIRECTIONAL_ISOLATE, "")
