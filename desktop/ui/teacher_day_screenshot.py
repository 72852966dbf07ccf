"""Pictures of the teacher's day on the demo school, caught half-way through a Friday afternoon.

grab_teacher_day(out_dir) is called by desktop.ui.screenshots; it builds its own demo school in a
temporary folder (the term up to Thursday), then writes some of Friday's entries and drafts through the
services, as a teacher would have by then, and photographs the view offscreen.
"""

import datetime as dt
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.domain.access import Actor
from desktop.domain.linkbook import (
    Amount,
    AuthorKind,
    FoodRecord,
    LinkBookEntry,
    Method,
    Mood,
    MoodRecord,
    PersonalCareRecord,
    SchoolSession,
    SenSections,
)
from desktop.domain.school import SchoolClass, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.demo import build_demo_school
from desktop.services.drafts import DraftService
from desktop.services.linkbook import LinkBookService
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.kit.settle import wait_until
from desktop.ui.tasks import TaskRunner
from desktop.ui.teacher_day import TeacherDayView

SHOT_DAY = dt.date(2026, 11, 20)
SHOT_TIME = dt.datetime(2026, 11, 20, 15, 40)
_PASSPHRASE = "screenshots of the teacher's day"

_WINS = (
    "Read the whole of her reading book aloud to the class.",
    "Helped a new friend find the lunch hall.",
    "Finished the fractions challenge card.",
    "Super listening on the carpet.",
    "Wrote three full sentences about the Great Fire.",
    "Counted in fives all the way to 100!",
    "Worked really hard today.",
    "Lovely kind friend today.",
    "Brilliant question about Pudding Lane.",
    "Tidied the book corner without being asked.",
    "Super reading!",
)
_LEARNING = "Maths: halves and quarters of shapes. History: why the Great Fire of London spread so fast."


SETTLE_MS = 150
"""Time for layouts and fonts once the view's work is done."""


def _save(view: TeacherDayView, path: Path) -> Path:
    view.show()
    view.raise_()
    wait_until(lambda: not view.busy, then_ms=SETTLE_MS)
    if not view.grab().save(str(path)):
        raise OSError(f"Could not write {path}.")
    return path


def _teacher(context: ServiceContext, school_class: SchoolClass) -> Actor:
    staff = SchoolService(context).staff()
    found = next(m for m in staff if m.id in school_class.staff_ids and m.role is StaffRole.CLASS_TEACHER)
    return Actor(found.name, found.role, found.id)


def _half_a_friday(vault: Vault) -> tuple[ServiceContext, SchoolClass, SchoolClass]:
    """Friday afternoon: a class note sent, eleven entries saved, three drafts on the go."""
    reader = ServiceContext(vault, Actor("Screenshots", StaffRole.ADMIN), clock=lambda: SHOT_TIME)
    classes = SchoolService(reader).classes()
    plain = next(c for c in classes if not c.sections)
    sectioned = next(c for c in classes if c.sections)
    context = ServiceContext(vault, _teacher(reader, plain), clock=lambda: SHOT_TIME)
    linkbook, drafts = LinkBookService(context), DraftService(context)
    pupils = [d.pupil for d in linkbook.class_day(plain.id, SHOT_DAY)]
    linkbook.send_class_note(
        plain.id,
        SHOT_DAY,
        "Harvest assembly on Monday at 9:10: families are welcome. Please send a tin for the food bank.",
        [p.id for p in pupils],
    )
    days = {d.pupil.id: d.entry for d in linkbook.class_day(plain.id, SHOT_DAY)}
    for pupil, win in zip(pupils[:11], _WINS, strict=True):
        entry = days[pupil.id] or LinkBookEntry(pupil.id, SHOT_DAY, context.actor.name, context.actor.role)  # type: ignore[arg-type]  # staff
        reminders = "Please bring PE kit on Monday." if len(win) % 3 == 0 else ""
        linkbook.save_entry(replace(entry, learning=_LEARNING, wins=win, reminders=reminders))
    for pupil in pupils[11:14]:
        drafts.save_draft(
            replace(drafts.new_draft(pupil.id, SHOT_DAY), learning=_LEARNING, wins="Tried really hard with")
        )
    saved = [d.entry for d in linkbook.class_day(plain.id, SHOT_DAY) if d.entry is not None]
    linkbook.acknowledge(saved[0].id, "Parent", Method.DIGITAL)
    linkbook.add_reply(
        saved[2].id, "Thank you! She was so proud of it at tea time.", "Mum", AuthorKind.FAMILY
    )

    sen_context = ServiceContext(vault, _teacher(reader, sectioned), clock=lambda: SHOT_TIME)
    sen_pupils = [d.pupil for d in LinkBookService(sen_context).class_day(sectioned.id, SHOT_DAY)]
    for pupil in sen_pupils[:5]:
        LinkBookService(sen_context).save_entry(
            LinkBookEntry(
                pupil.id,
                SHOT_DAY,
                sen_context.actor.name,
                sen_context.actor.role,  # type: ignore[arg-type]  # a member of staff
                learning="Sensory story: the Gingerbread Man. Choosing with the now-and-next board.",
                wins="Used the switch to say 'more' at snack time.",
                sections=SenSections(
                    mood=(
                        MoodRecord(SchoolSession.MORNING, Mood.CALM, "Settled quickly with the timetable."),
                        MoodRecord(SchoolSession.LUNCHTIME, Mood.HAPPY),
                        MoodRecord(SchoolSession.AFTERNOON, Mood.TIRED, "Short rest on the beanbag."),
                    ),
                    food_and_drink=(
                        FoodRecord("Snack", Amount.ALL, "Apple slices."),
                        FoodRecord("Lunch", Amount.MOST, "Ate the pasta, left the peas."),
                        FoodRecord("Drink", Amount.SOME, "About 200 ml of water."),
                    ),
                    personal_care=(
                        PersonalCareRecord(dt.time(13, 15), "Pad changed", "Dry and comfortable."),
                    ),
                ),
            )
        )
    return context, plain, sectioned


def grab_teacher_day(out_dir: Path) -> list[Path]:
    """Save teacher-day.png and teacher-day-sections.png in out_dir; returns the files written."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="linkbook-teacher-day-") as scratch:
        vault = Vault.create(Path(scratch) / "demo-school", _PASSPHRASE, demo=True)
        runner = TaskRunner()
        try:
            build_demo_school(vault, today=SHOT_DAY - dt.timedelta(days=1), days=15, images=False)
            context, plain, sectioned = _half_a_friday(vault)
            view = TeacherDayView(context, runner)
            view.setWindowTitle(QCoreApplication.translate("screenshots", "Linkbook — a teacher's day"))
            view.resize(1280, 780)
            view.show()
            wait_until(lambda: not view.busy, then_ms=SETTLE_MS)
            view.select_class(plain.name)
            wait_until(lambda: not view.busy, then_ms=SETTLE_MS)
            view.register_view.setCurrentIndex(view.model.index(11))
            view.editor.focus_field()
            written.append(_save(view, out_dir / "teacher-day.png"))

            view.select_class(sectioned.name)
            wait_until(lambda: not view.busy, then_ms=SETTLE_MS)
            view.register_view.setCurrentIndex(view.model.index(2))
            wait_until(lambda: not view.busy, then_ms=SETTLE_MS)
            bar = view.editor.scroll.verticalScrollBar()  # type: ignore[attr-defined]  # the editor's QScrollArea
            bar.setValue(bar.maximum())
            written.append(_save(view, out_dir / "teacher-day-sections.png"))
            view.close()
        finally:
            runner.wait()
            app.processEvents()
            vault.close()
    return written
