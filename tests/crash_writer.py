"""A writer for the durability test: saves entries and replies until killed, printing each id once saved."""

import datetime as dt
import itertools
import sys
from pathlib import Path

from desktop.domain.access import Actor
from desktop.domain.linkbook import AuthorKind, LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.store.vault import Vault


def main() -> None:
    data_dir, passphrase, run = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    vault = Vault.unlock(data_dir, passphrase)
    context = ServiceContext(vault, Actor("Crash writer", StaffRole.CLASS_TEACHER, "crash-writer"))
    service = LinkBookService(context)
    pupils = SchoolService(context).pupils()
    for n in itertools.count():
        pupil = pupils[n % len(pupils)]
        entry = service.save_entry(
            LinkBookEntry(
                pupil_id=pupil.id,
                day=dt.date.today() - dt.timedelta(days=n % 30),
                author_id="crash-writer",
                author_role=StaffRole.CLASS_TEACHER,
                learning=f"run {run} entry {n} " + "Szczęśliwy dzień w szkole. " * 20,
            )
        )
        print(f"entry {entry.id}", flush=True)
        if n % 3 == 0:
            reply = service.add_reply(entry.id, f"reply {run}-{n}", "Rodzic", AuthorKind.FAMILY)
            print(f"reply {reply.id}", flush=True)


if __name__ == "__main__":
    main()
