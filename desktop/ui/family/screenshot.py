"""`make screenshots`: the family window (family.png) on a small family's own records, and the same window
in Polish, Arabic (right to left), Bengali and Welsh (family-pl.png, family-ar.png, family-bn.png,
family-cy.png).

The picture is made from a vault holding one family only (a mother of two children at the same school),
as a family device would, with a fixed day so the picture changes only when the app does.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.domain.access import Actor
from desktop.domain.agreements import Commitment, DocumentContent, DocumentKind, Party, Target
from desktop.domain.calendar import Period
from desktop.domain.families import Channel, FamilyMember, Relationship
from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.news import NewsItem, SchoolEvent
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.domain.work_folders import FolderStatus, WorkItem
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.demo_pictures import work_picture
from desktop.services.folders import WorkFolderService
from desktop.services.linkbook import LinkBookService
from desktop.services.news import NewsService
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.family.identity import load_household
from desktop.ui.family.window import FamilyWindow
from desktop.ui.kit.settle import wait_until
from desktop.ui.language import install_language

SHOT_TIME = dt.datetime(2026, 11, 20, 18, 5)
LANGUAGES = ("pl", "ar", "bn", "cy")
"""The family window is pictured in these languages too: a Latin one, a right-to-left one, an Indic one,
and Welsh for schools in Wales."""
_PASSPHRASE = "screenshots only, never a real school"


def _one_family(vault: Vault) -> None:
    """Riverside Primary as one family's device holds it: Hodan and her brother, and their mother."""
    staff = ServiceContext(vault, Actor("Ms Nakamura-Reid", StaffRole.ADMIN), clock=lambda: SHOT_TIME)
    teacher = StaffMember("Ms Nakamura-Reid", StaffRole.CLASS_TEACHER)
    oak, birch = SchoolClass("Year 3 Oak", "3", staff_ids=(teacher.id,)), SchoolClass("Year 1 Birch", "1")
    school = SchoolService(staff)
    school.set_up(School("Riverside Primary"), [teacher], [oak, birch])
    hodan = Pupil("Hodan", "Warsame", dt.date(2018, 4, 9), oak.id, "A000000000021", first_language="SOM")
    brother = Pupil("Abdi", "Warsame", dt.date(2020, 2, 1), birch.id, "A000000000022", first_language="SOM")
    school.save_pupils([hodan, brother])
    mother = FamilyMember(
        "Faadumo Warsame",
        Relationship.MOTHER,
        (hodan.id, brother.id),
        channel=Channel.APP,
        home_language="SOM",
    )
    school.save_family_members([mother])
    linkbook = LinkBookService(staff)
    today = SHOT_TIME.date()
    days = [
        (
            0,
            "Roman numerals up to 20, and we made coins from clay.",
            "Hodan read her Roman coins book aloud to the whole class.",
            "Please send a coat on Monday: we are walking to the museum.",
        ),
        (1, "Fractions: halves and quarters of shapes.", "Helped a new classmate find the library.", ""),
        (
            2,
            "Writing a letter to a Roman soldier.",
            "Neat joined handwriting all week.",
            "Spelling test on Friday.",
        ),
    ]
    saved = []
    for back, learning, wins, reminders in days:
        saved.append(
            linkbook.save_entry(
                LinkBookEntry(
                    hodan.id,
                    today - dt.timedelta(days=back),
                    teacher.id,
                    StaffRole.CLASS_TEACHER,
                    learning=learning,
                    wins=wins,
                    reminders=reminders,
                )
            )
        )
    home = ServiceContext(vault, load_household(vault).actor(mother.id), clock=lambda: SHOT_TIME)
    LinkBookService(home).add_reply(
        saved[1].id,
        "Mahadsanid! She told us all about it at dinner.",
        mother.name,
        AuthorKind.FAMILY,
        Method.DIGITAL,
        mother.id,
    )
    LinkBookService(home).acknowledge(saved[1].id, mother.name, Method.DIGITAL, mother.id)
    content = DocumentContent(
        commitments=(
            Commitment(Party.SCHOOL, "Meet Hodan at the side gate at 8:40 and go through the day's plan."),
            Commitment(Party.FAMILY, "Read together for ten minutes each evening."),
            Commitment(Party.PUPIL, "I will tell an adult when the classroom is too noisy."),
        ),
        targets=(Target("Read a chapter book on her own", today + dt.timedelta(weeks=6)),),
    )
    AgreementService(staff).create(hodan.id, DocumentKind.AGREEMENT, "Calm mornings", content)
    folders = WorkFolderService(staff)
    folder = folders.open_folder(hodan.id, Period.week_of(today))
    rng = random.Random(7)
    for subject, title, feedback in (
        ("Maths", "Roman numerals", "Careful work: every numeral right up to XX."),
        ("Art", "Clay coin", "A lovely emperor's head on the front."),
    ):
        picture = folders.attach(hodan.id, work_picture(rng, title, hodan.first_name), f"{title}.png")
        folders.add_item(folder.id, WorkItem(subject, title, today, feedback, attachment_ids=(picture.id,)))
    folders.set_status(folder.id, FolderStatus.SENT)
    news = NewsService(staff)
    news.publish(
        NewsItem(
            "Museum trip on Monday",
            "Year 3 walk to the town museum to see its Roman coins. Please send a coat and a packed lunch.",
            today - dt.timedelta(days=1),
            "Ms Nakamura-Reid",
            oak.id,
        )
    )
    news.add_event(
        SchoolEvent(
            "Winter fair", today + dt.timedelta(days=14), "Stalls and a choir", dt.time(15, 30), "The hall"
        )
    )


def _loaded(window: FamilyWindow) -> bool:
    return not window.runner.busy and bool(window.pages)


def _grab(vault: Vault, path: Path) -> None:
    window = FamilyWindow(vault, load_household(vault).actor(), clock=lambda: SHOT_TIME)
    try:
        window.resize(1000, 780)
        window.show()
        wait_until(lambda: _loaded(window), seconds=30, then_ms=200)
        hodan = next(n for n, page in enumerate(window.pages) if page.pupil.first_name == "Hodan")
        window.children_tabs.setCurrentIndex(hodan)
        wait_until(lambda: _loaded(window), seconds=30, then_ms=200)
        if not window.grab().save(str(path)):
            raise OSError(f"Could not write {path}.")
    finally:
        window.release_vault()  # the next picture uses the same school
        window.close()
        QApplication.processEvents()


def grab_family_window(out_dir: Path) -> list[Path]:
    """Save family.png and family-<language>.png in out_dir (the link book tab of the first child);
    returns the files written. The app is left speaking English, as it started."""
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    written = []
    with tempfile.TemporaryDirectory(prefix="linkbook-family-shot-") as scratch:
        vault = Vault.create(Path(scratch) / "family", _PASSPHRASE)
        try:
            _one_family(vault)
            _grab(vault, out_dir / "family.png")
            written.append(out_dir / "family.png")
            for name in LANGUAGES:
                install_language(app, QLocale(name))
                try:
                    _grab(vault, out_dir / f"family-{name}.png")
                finally:
                    install_language(app, QLocale(QLocale.Language.English))
                written.append(out_dir / f"family-{name}.png")
        finally:
            vault.close()
    return written
