"""A small school on disk for the kill soak, and what a person would find in it after reopening."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.access import Actor
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.services.check import CheckService
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.store.vault import Vault

PASSPHRASE = "Żurawie nad Wisłą, 5 rano"
CLASS_NAME = "Year 3 Oak"
# Invented pupils, names in several scripts.
PUPILS = [
    ("Zofia", "Wiśniewska"),
    ("Ayaan", "Chowdhury"),
    ("أمينة", "حسن"),
    ("Kavya", "சுப்பிரமணியன்"),
    ("Ionuț", "Popescu"),
]


def create_school(data_dir: Path) -> None:
    """A school with one class of five pupils, saved and closed."""
    vault = Vault.create(data_dir, PASSPHRASE)
    try:
        service = SchoolService(ServiceContext(vault, Actor("Soak set-up", StaffRole.ADMIN)))
        teacher = StaffMember("Mrs Nowak-Okafor", StaffRole.CLASS_TEACHER)
        room = SchoolClass(CLASS_NAME, "3", staff_ids=(teacher.id,))
        service.set_up(School("Riverside Primary"), [teacher], [room])
        service.save_pupils(
            [
                Pupil(first, last, dt.date(2018, 1 + n, 2 + n), room.id)
                for n, (first, last) in enumerate(PUPILS)
            ]
        )
    finally:
        vault.close()


@dataclass(frozen=True)
class Held:
    """What reopening the school shows: entry and reply ids, pupils' legal names, check's problems."""

    entries: frozenset[str]
    replies: frozenset[str]
    pupils: frozenset[tuple[str, str]]
    problems: tuple[str, ...]


def reopen(data_dir: Path) -> Held:
    """Unlock the school as the app does after a crash, run `linkbook check`'s service, read everything."""
    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        context = ServiceContext(vault, Actor("Soak checker", StaffRole.ADMIN))
        report = CheckService(context).run()
        pupils = SchoolService(context).pupils()
        service = LinkBookService(context)
        entries = [e for p in pupils for e in service.timeline(p.id)]
        return Held(
            frozenset(e.id for e in entries),
            frozenset(r.id for e in entries for r in e.replies),
            frozenset((p.legal_first_name, p.legal_last_name) for p in pupils),
            tuple(report.problems),
        )
    finally:
        vault.close()
