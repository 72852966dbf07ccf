"""Home languages by their DfE codes, with the script and writing direction each needs on paper."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Language:
    """A language as the DfE census codes it."""

    code: str
    english_name: str
    native_name: str
    script: str
    right_to_left: bool = False


_LANGUAGES: tuple[Language, ...] = (
    Language("ENG", "English", "English", "Latin"),
    Language("POL", "Polish", "Polski", "Latin"),
    Language("URD", "Urdu", "اردو", "Arabic", right_to_left=True),
    Language("PNJ", "Panjabi", "ਪੰਜਾਬੀ", "Gurmukhi"),
    Language("PNJG", "Panjabi (Gurmukhi)", "ਪੰਜਾਬੀ", "Gurmukhi"),
    Language("BNG", "Bengali", "বাংলা", "Bengali"),
    Language("SOM", "Somali", "Soomaali", "Latin"),
    Language("ARA", "Arabic", "العربية", "Arabic", right_to_left=True),
    Language("GUJ", "Gujarati", "ગુજરાતી", "Gujarati"),
    Language("POR", "Portuguese", "Português", "Latin"),
    Language("TAM", "Tamil", "தமிழ்", "Tamil"),
    Language("RUM", "Romanian", "Română", "Latin"),
    Language("WEL", "Welsh", "Cymraeg", "Latin"),
    Language("LIT", "Lithuanian", "Lietuvių", "Latin"),
    Language("TUR", "Turkish", "Türkçe", "Latin"),
    Language("FRN", "French", "Français", "Latin"),
    Language("SPA", "Spanish", "Español", "Latin"),
    Language("CHI", "Chinese", "中文", "Han"),
    Language("GRE", "Greek", "Ελληνικά", "Greek"),
    Language("RUS", "Russian", "Русский", "Cyrillic"),
    Language("UKR", "Ukrainian", "Українська", "Cyrillic"),
    Language("OTH", "Other than English", "", "Latin"),
)

LANGUAGES: dict[str, Language] = {language.code: language for language in _LANGUAGES}


def language(code: str) -> Language:
    """The language for a DfE code; unknown codes are reported plainly."""
    try:
        return LANGUAGES[code.upper()]
    except KeyError:
        known = ", ".join(sorted(LANGUAGES))
        raise ValueError(f"Unknown DfE language code {code!r}. Use one of: {known}.") from None
