"""The quick phrases in a home language, from the command line.

    linkbook phrases list --language CODE

prints one phrase a line: the English, a tab, the translation (empty when there is none yet), a tab, and
`checked` or `unchecked`; the school's phrases first, then each class's, then the care sections' values.
"""

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.context import ServiceContext


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add phrases (see COMMAND_MODULES in desktop/cli.py)."""
    phrases = commands.add_parser("phrases", help="the quick phrases in the families' home languages")
    actions = phrases.add_subparsers(dest="phrases_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help="each phrase: English, tab, translation, tab, checked or unchecked"
    )
    listing.add_argument("--language", required=True, help="the DfE code of the language, e.g. POL")
    listing.set_defaults(run=cmd_phrases_list)


def cmd_phrases_list(args: argparse.Namespace) -> int:
    from desktop.commands.records import _run
    from desktop.services.phrase_translations import PhraseTranslationService
    from desktop.services.phrases import PhraseService

    def action(context: "ServiceContext") -> None:
        PhraseService(context).phrases()
        for line in PhraseTranslationService(context).lines(args.language):
            print(f"{line.english}\t{line.text}\t{'checked' if line.checked else 'unchecked'}")

    return _run(args, action)
