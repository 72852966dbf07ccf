"""The languages the family app speaks, and which of the app's strings a family sees.

`HOME_LANGUAGES` are the ten home languages schools in England meet most (with their DfE codes); each
has a Qt Linguist translation in resources/translations/linkbook_<locale>.ts. Those translations cover
what a family sees, not the staff screens: `FAMILY_CONTEXTS` (the Qt translation contexts of the family
window and its panels, unlocking, joining, the invitation slip and the Settings dialog) and
`FAMILY_MESSAGES` (single strings of staff contexts that a family sees too) are that scope, named here
once. The completeness test (tests/test_family_translations.py) and `python -m tests.translation_gaps`
read it: a string added to one of these contexts is unfinished in every home language until someone
translates it.
"""

from dataclasses import dataclass

from PySide6.QtCore import QLocale


@dataclass(frozen=True, slots=True)
class HomeLanguage:
    """A family's language: its locale name (the .qm file's suffix) and its DfE code."""

    locale_name: str
    dfe_code: str


HOME_LANGUAGES: tuple[HomeLanguage, ...] = (
    HomeLanguage("pl", "POL"),  # Polish
    HomeLanguage("ur", "URD"),  # Urdu, right to left
    HomeLanguage("pa", "PNJ"),  # Panjabi in Gurmukhi
    HomeLanguage("bn", "BNG"),  # Bengali
    HomeLanguage("so", "SOM"),  # Somali
    HomeLanguage("ar", "ARA"),  # Arabic, right to left
    HomeLanguage("gu", "GUJ"),  # Gujarati
    HomeLanguage("pt", "POR"),  # Portuguese
    HomeLanguage("ta", "TAM"),  # Tamil
    HomeLanguage("ro", "RUM"),  # Romanian
)

FAMILY_CONTEXTS: tuple[str, ...] = (
    # The family window and what it holds.
    "FamilyWindow",
    "FamilyLanguage",
    "SyncBar",
    "ChildPage",
    "LinkBookPanel",
    "EntryCard",
    "AgreementsPanel",
    "AgreementCard",
    "Agreements",
    "FoldersPanel",
    "FolderCard",
    "NewsPanel",
    "NewsCard",
    "EventsCard",
    "ReadAloud",
    "HomeLearningPanel",
    "TaskCard",
    "MeetingsPanel",
    "MeetingCard",
    "ViewsPanel",
    "ViewsCard",
    # Before the family window: unlocking the device and joining the school.
    "UnlockWindow",
    "JoinPanel",
    "InvitationSlip",
    # The Settings dialog the family window offers.
    "SettingsDialog",
    # The first run on a new computer, before it joins (creating a school, or the demo school).
    "FirstRunPanel",
    # The Sync and devices dialog as a family's computer shows it: its This computer tab and the sync
    # state it describes (the office's Invite and Devices tabs come with the dialog's context).
    "SyncDialog",
    "ThisDevicePanel",
    "SyncStatus",
    "FoundPanel",  # the "Set up the school's sync" tab a new computer shows beside Join a school
    # Qt's own words on the standard buttons of every dialog (desktop/ui/qt_words.py).
    "QPlatformTheme",
)
"""Every string of these Qt translation contexts is shown to families."""

FAMILY_MESSAGES: tuple[tuple[str, str], ...] = (
    ("MainWindow", "&School"),  # the menu that holds Settings… in the family window too
    ("SyncDialog", "&Join a school"),  # the tab the invitation slip tells the family to choose
    ("AppWindows", "Linkbook is locked. Type the passphrase to carry on."),
)
"""Single strings of other contexts that a family sees as well."""


def is_family_facing(context: str, source: str) -> bool:
    """Whether a family sees this string (so each home language must translate it)."""
    return context in FAMILY_CONTEXTS or (context, source) in FAMILY_MESSAGES


def language_label(locale_name: str) -> str:
    """A language as its speakers write it, with its English name beside it ("polski (Polish)")."""
    locale = QLocale(locale_name)
    native = locale.nativeLanguageName() or locale_name
    english = QLocale.languageToString(locale.language())
    return native if native.casefold() == english.casefold() else f"{native} ({english})"
