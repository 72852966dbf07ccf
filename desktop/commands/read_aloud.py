"""`linkbook read-aloud`: what the family app's "Read aloud" says for one entry, as a WAV file.

    linkbook read-aloud --pupil "Zofia Wiśniewska" --date 2026-11-20 -o entry.wav

The recording is the one the app plays when the computer has no platform voice for the language: the
entry's texts in reading order, each in its own language, spoken by the embedded eSpeak NG.
"""

import argparse
import datetime as dt
from pathlib import Path
from typing import Any


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as 2026-11-20.") from None


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add read-aloud to the `linkbook` parser (see COMMAND_MODULES in desktop/cli.py)."""
    parser = commands.add_parser(
        "read-aloud",
        parents=[common],
        help="write what the family app reads aloud for one entry to a WAV file",
    )
    parser.add_argument("--pupil", required=True, help="the pupil's UPN or name")
    parser.add_argument("--date", type=_date, required=True, help="the entry's day, e.g. 2026-11-20")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the WAV file to write")
    parser.add_argument(
        "--language",
        help="the DfE code of the language to hear (default: the home language of the pupil's family)",
    )
    parser.set_defaults(run=cmd_read_aloud)


def cmd_read_aloud(args: argparse.Namespace) -> int:
    from desktop.cli import EXIT_OK, UsageError, open_context
    from desktop.commands.records import find_pupil
    from desktop.services.entry_translations import EntryTranslationService
    from desktop.services.linkbook import LinkBookService
    from desktop.services.read_aloud import family_parts, synthesise, write_wav
    from desktop.services.school import SchoolService
    from desktop.store.errors import InvalidInput

    output: Path = args.output
    if output.suffix.lower() != ".wav":
        raise UsageError(f"{output} does not end in .wav; give a file name like entry.wav.")
    context = open_context(args)
    try:
        pupil = find_pupil(context, args.pupil)
        entries = LinkBookService(context).view_timeline(pupil.id, args.date, args.date)
        if not entries:
            raise UsageError(
                f"{pupil.display_name} has no link-book entry on {args.date.isoformat()}; "
                "give a day the school wrote one."
            )
        entry = entries[-1]
        homes = [m.home_language for m in SchoolService(context).family_of(pupil.id) if m.home_language]
        language = (args.language or next((h for h in homes if h.upper() != "ENG"), "ENG")).upper()
        staff = EntryTranslationService(context).for_entries([entry], language).get(entry.id, {})
        try:
            samples = synthesise(family_parts(entry, language, {f: t.text for f, t in staff.items()}))
        except InvalidInput as exc:
            raise UsageError(str(exc)) from None
        write_wav(samples, output)
    finally:
        context.vault.close()
    print(
        f"Wrote {output} ({samples.seconds:.1f} s of speech, {pupil.display_name}, {args.date.isoformat()})."
    )
    return EXIT_OK
