"""The school codes every reader meets: UPNs, relationships, SEN provision, languages and year groups.

Kept in one place so that a CSV column, an SDS enumeration and a CTF element all mean the same thing, and
so docs/imports.md can list one set of rules.
"""

import datetime as dt
import re

from desktop.domain.families import Relationship
from desktop.domain.languages import LANGUAGES
from desktop.domain.pupils import SenStatus

# The UPN check letter: DfE, "Unique pupil numbers (UPN): guidance" (letters I, O and S are never used).
_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
_UPN_SHAPE = re.compile(r"^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$")


def upn(value: str) -> str:
    """The UPN in capitals, or ValueError saying what is wrong with it.

    A mistyped UPN would later match the wrong child or none, so the check letter is verified.
    """
    text = re.sub(r"\s+", "", value).upper()
    if not _UPN_SHAPE.match(text):
        raise ValueError(
            f"UPN {value.strip()!r} is not 13 characters: a letter, 11 digits and a digit or letter"
        )
    total = sum(
        (int(char) if char.isdigit() else _CHECK_LETTERS.index(char)) * weight
        for weight, char in enumerate(text[1:], start=2)
    )
    if _CHECK_LETTERS[total % 23] != text[0]:
        raise ValueError(f"UPN {text} has the wrong check letter (its first letter); it may be mistyped")
    return text


def looks_like_upn(value: str) -> bool:
    """Whether a value from a loosely named column (SDS "Student Number", say) is a valid UPN."""
    try:
        upn(value)
    except ValueError:
        return False
    return True


def with_check_letter(digits: str) -> str:
    """A permanent UPN for 12 characters (used by tests and the benchmark to invent valid UPNs)."""
    total = sum(
        (int(char) if char.isdigit() else _CHECK_LETTERS.index(char)) * weight
        for weight, char in enumerate(digits, start=2)
    )
    return _CHECK_LETTERS[total % 23] + digits


def _words(value: str) -> str:
    return re.sub(r"[^a-z]", "", value.casefold())


# CTF / CBDS contact relationship codes, and the words SDS enumerations and MIS exports use.
_RELATIONSHIP_CODES: dict[str, Relationship] = {
    "PAM": Relationship.MOTHER,
    "PAF": Relationship.FATHER,
    "STP": Relationship.STEP_PARENT,
    "STM": Relationship.STEP_PARENT,
    "STF": Relationship.STEP_PARENT,
    "FOC": Relationship.FOSTER_CARER,
    "FOM": Relationship.FOSTER_CARER,
    "FOF": Relationship.FOSTER_CARER,
    "CAR": Relationship.CARER,
    "GRP": Relationship.GRANDPARENT,
    "GRM": Relationship.GRANDPARENT,
    "GRF": Relationship.GRANDPARENT,
    "REL": Relationship.OTHER_RELATIVE,
    "FAM": Relationship.OTHER_RELATIVE,
    "OTH": Relationship.OTHER,
    "DOC": Relationship.OTHER,
    "CHM": Relationship.OTHER,
    "SWR": Relationship.OTHER,
}
_RELATIONSHIP_WORDS: dict[str, Relationship] = {
    "mother": Relationship.MOTHER,
    "mum": Relationship.MOTHER,
    "mom": Relationship.MOTHER,
    "parentmother": Relationship.MOTHER,
    "father": Relationship.FATHER,
    "dad": Relationship.FATHER,
    "parentfather": Relationship.FATHER,
    "stepparent": Relationship.STEP_PARENT,
    "stepmother": Relationship.STEP_PARENT,
    "stepfather": Relationship.STEP_PARENT,
    "fostercarer": Relationship.FOSTER_CARER,
    "fostermother": Relationship.FOSTER_CARER,
    "fosterfather": Relationship.FOSTER_CARER,
    "fosterparent": Relationship.FOSTER_CARER,
    "carer": Relationship.CARER,
    "guardian": Relationship.CARER,
    "legalguardian": Relationship.CARER,
    "grandparent": Relationship.GRANDPARENT,
    "grandmother": Relationship.GRANDPARENT,
    "grandfather": Relationship.GRANDPARENT,
    "nan": Relationship.GRANDPARENT,
    "relative": Relationship.OTHER_RELATIVE,
    "otherrelative": Relationship.OTHER_RELATIVE,
    "otherfamilymember": Relationship.OTHER_RELATIVE,
    "aunt": Relationship.OTHER_RELATIVE,
    "uncle": Relationship.OTHER_RELATIVE,
    "sibling": Relationship.OTHER_RELATIVE,
    "brother": Relationship.OTHER_RELATIVE,
    "sister": Relationship.OTHER_RELATIVE,
    "other": Relationship.OTHER,
    "othercontact": Relationship.OTHER,
    "aide": Relationship.OTHER,
    "doctor": Relationship.OTHER,
    "childminder": Relationship.OTHER,
    "socialworker": Relationship.OTHER,
    "emergencycontact": Relationship.OTHER,
}
_GENERIC_PARENT = {"parent", "parentcarer", "parentguardian", "adult"}
_FEMALE = {"f", "female", "mrs", "ms", "miss", "mother"}
_MALE = {"m", "male", "mr", "father"}


def relationship(value: str, sex_or_title: str = "") -> tuple[Relationship, str | None]:
    """The relationship for a code or word, and a note for the preview when it had to be guessed.

    A bare "parent" (SDS) becomes mother or father when the contact's sex or title says which, otherwise
    carer; an unknown value becomes "other contact". Either way the note says so: nothing is dropped.
    """
    raw = value.strip()
    if not raw:
        return Relationship.OTHER, "no relationship given; recorded as other contact"
    if raw.upper() in _RELATIONSHIP_CODES:
        return _RELATIONSHIP_CODES[raw.upper()], None
    word = _words(raw)
    if word in _RELATIONSHIP_WORDS:
        return _RELATIONSHIP_WORDS[word], None
    if word in _GENERIC_PARENT:
        hint = _words(sex_or_title)
        if hint in _FEMALE:
            return Relationship.MOTHER, None
        if hint in _MALE:
            return Relationship.FATHER, None
        return (
            Relationship.CARER,
            f"relationship {raw!r} recorded as carer (the file does not say mother or father)",
        )
    return Relationship.OTHER, f"relationship {raw!r} is not one Linkbook knows; recorded as other contact"


def parental_responsibility_default(relation: Relationship) -> bool:
    """What to assume when a file says nothing: parents and carers have it, others do not."""
    return relation in {
        Relationship.MOTHER,
        Relationship.FATHER,
        Relationship.CARER,
        Relationship.FOSTER_CARER,
    }


_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f", ""}


def yes_no(value: str) -> bool:
    """A yes/no cell or element (true/false, yes/no, Y/N, 1/0)."""
    word = value.strip().casefold()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError(f"{value.strip()!r} is not yes or no")


# Census codes now (N, K, E) and before 2014 (A = School Action, P = School Action Plus, S = Statement).
_SEN = {
    "N": SenStatus.NONE,
    "K": SenStatus.SEN_SUPPORT,
    "E": SenStatus.EHC_PLAN,
    "A": SenStatus.SEN_SUPPORT,
    "P": SenStatus.SEN_SUPPORT,
    "S": SenStatus.EHC_PLAN,
}
_SEN_WORDS = {
    "": SenStatus.NONE,
    "none": SenStatus.NONE,
    "nosen": SenStatus.NONE,
    "nospecialeducationalneed": SenStatus.NONE,
    "sensupport": SenStatus.SEN_SUPPORT,
    "support": SenStatus.SEN_SUPPORT,
    "schoolaction": SenStatus.SEN_SUPPORT,
    "schoolactionplus": SenStatus.SEN_SUPPORT,
    "ehcplan": SenStatus.EHC_PLAN,
    "ehcp": SenStatus.EHC_PLAN,
    "educationhealthandcareplan": SenStatus.EHC_PLAN,
    "statement": SenStatus.EHC_PLAN,
    "statemented": SenStatus.EHC_PLAN,
    "statementofsen": SenStatus.EHC_PLAN,
}


def sen_status(value: str) -> SenStatus:
    """The SEN provision for a census code or its words; ValueError says what is accepted."""
    raw = value.strip()
    if raw.upper() in _SEN:
        return _SEN[raw.upper()]
    word = _words(raw)
    if word in _SEN_WORDS:
        return _SEN_WORDS[word]
    raise ValueError(
        f"SEN status {raw!r} is not N, K or E (or the older A, P, S, or words such as "
        "'SEN support' or 'EHC plan')"
    )


_LANGUAGE_NAMES = {
    name.casefold(): language.code
    for language in LANGUAGES.values()
    for name in (language.english_name, language.native_name)
    if name
}
# Census codes that are not languages but say something about English or about the record.
_ENGLISH_CODES = {"ENB": "English (believed to be)"}
_NOT_KNOWN_CODES = {"NOT": "information not obtained", "REF": "refused"}


def language_code(value: str) -> tuple[str | None, str | None]:
    """A DfE code Linkbook knows for a code or a language's name, and a note when it was not exact.

    Returns (None, note) when the file says the language is not known, so the school's value is kept.
    An unknown code is recorded as OTH ("other than English") with a note, never silently dropped.
    """
    raw = value.strip()
    code = raw.upper()
    if code in LANGUAGES:
        return code, None
    if code in _ENGLISH_CODES:
        return "ENG", f"language {code} ({_ENGLISH_CODES[code]}) recorded as English (ENG)"
    if code in _NOT_KNOWN_CODES:
        return None, f"language {code} ({_NOT_KNOWN_CODES[code]}); the language held was kept"
    if raw.casefold() in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[raw.casefold()], None
    if len(code) == 4 and code[:3] in LANGUAGES:
        main = LANGUAGES[code[:3]]
        return main.code, f"language {code} recorded as {main.english_name} ({main.code})"
    return "OTH", (
        f"language {raw!r} is not a DfE code Linkbook knows; recorded as OTH (other than English). "
        "Set the right language in the app"
    )


_YEAR_PREFIX = re.compile(r"^(?:nc\s*year|national\s*curriculum\s*year|year|yr|y)\s*", re.IGNORECASE)
_YEAR_WORDS = {
    "r": "R",
    "rec": "R",
    "reception": "R",
    "kg": "R",
    "k": "R",
    "n": "N2",
    "nursery": "N2",
    "n1": "N1",
    "n2": "N2",
    "x": "X",
}


def nc_year(value: str) -> str:
    """A National Curriculum year group as Linkbook stores it ("N1", "N2", "R", "1".."14", "X")."""
    raw = value.strip()
    text = _YEAR_PREFIX.sub("", raw).strip().casefold()
    if text in _YEAR_WORDS:
        return _YEAR_WORDS[text]
    if text.isdigit() and 0 <= int(text) <= 14:
        return "R" if int(text) == 0 else str(int(text))
    raise ValueError(f"year group {raw!r} is not a National Curriculum year (N1, N2, R, 1 to 14, or X)")


def year_class_name(year: str) -> str:
    """The name of the class created for pupils a file places only by year group."""
    return {"R": "Reception", "N1": "Nursery 1", "N2": "Nursery 2", "X": "No year group"}.get(
        year, f"Year {year}"
    )


def year_from_birth(born: dt.date, today: dt.date) -> str:
    """The NC year a child born on `born` is in this school year (England: the year starts on 1 September)."""
    school_year = today.year if today.month >= 9 else today.year - 1
    birth_cohort = born.year if born.month >= 9 else born.year - 1
    year = school_year - birth_cohort - 5
    if year == 0:
        return "R"
    if year in (-1, -2):
        return f"N{3 + year}"
    return str(year) if 1 <= year <= 14 else "X"
