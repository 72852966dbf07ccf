"""Home learning: a teacher sets a task for a class or a group, with guidance for families; each family
says it is done and comments, from the app or on the returned paper slip; the teacher sees who has.

Guidance comes from the shipped phrases (desktop/domain/home_learning.py), so it reaches the family in
their language beside the English; the teacher's own words travel as written, marked English. Every
change is audited in its own transaction, and syncs like a reply: the task to each pupil's scope, the
family's return back from their device (services/sync/admission.py lets a family change nothing else).
"""

import datetime as dt
from dataclasses import dataclass, replace

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period
from desktop.domain.home_learning import (
    GUIDANCE,
    MAX_MINUTES,
    MAX_TEXT,
    GuidanceKind,
    HomeLearningReturn,
    HomeLearningTask,
    PupilTask,
)
from desktop.domain.linkbook import Method
from desktop.domain.pupils import Pupil
from desktop.printing.guidance import GuidanceBook
from desktop.printing.home_learning import HomeLearningSlips
from desktop.services.context import ServiceContext
from desktop.services.reply_codes import ReplyCodeService
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.home_learning import HomeLearningRepository


@dataclass(frozen=True, slots=True)
class GuidanceLine:
    """One line of guidance as a family reads it: its heading, the English, and the home language's
    version (None: not translated, shown in English with a mark)."""

    heading: str
    english: str
    home: str | None


@dataclass(frozen=True, slots=True)
class TaskProgress:
    """Who has done a task: (pupil, their return) for each pupil it is for, in register order."""

    task: HomeLearningTask
    pupils: tuple[tuple[Pupil, HomeLearningReturn], ...]

    @property
    def done(self) -> list[Pupil]:
        return [p for p, back in self.pupils if back.done]

    @property
    def not_done(self) -> list[Pupil]:
        return [p for p, back in self.pupils if not back.done]

    @property
    def comments(self) -> list[tuple[Pupil, HomeLearningReturn]]:
        return [(p, back) for p, back in self.pupils if back.comment.strip()]


@dataclass(frozen=True, slots=True)
class PaperHomeLearning:
    """A typed reply code's pupil, period and the tasks of that period, ready to record what came back."""

    code: str
    pupil: Pupil
    period: Period
    tasks: tuple[PupilTask, ...]


def guidance_lines(task: HomeLearningTask, language: str) -> list[GuidanceLine]:
    """The task's guidance as a family reads it, in their language beside the English."""
    book = GuidanceBook(language)
    lines: list[GuidanceLine] = []
    if task.minutes:
        lines.append(
            GuidanceLine(
                "how_long", book.english("minutes", task.minutes), book.home("minutes", task.minutes)
            )
        )
    if task.together:
        lines.append(GuidanceLine("do_together", book.english("do_together"), book.home("do_together")))
    headings = {
        GuidanceKind.HELP: "how_much_help",
        GuidanceKind.WAY: "ways_to_help",
        GuidanceKind.STUCK: "if_stuck",
    }
    for kind in GuidanceKind:
        for phrase in task.guidance:
            if phrase in GUIDANCE and GUIDANCE[phrase][0] is kind:
                lines.append(GuidanceLine(headings[kind], book.english(phrase), book.home(phrase)))
    return lines


def label(phrase: str, language: str) -> tuple[str, str | None]:
    """A slip or app label (LABELS) in English and in the family's language (None: not translated)."""
    book = GuidanceBook(language)
    return book.english(phrase), book.home(phrase)


class HomeLearningService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    # Setting tasks

    def set_task(
        self,
        class_id: str,
        title: str,
        due_on: dt.date,
        pupil_ids: tuple[str, ...] = (),
        details: str = "",
        minutes: int = 0,
        guidance: tuple[str, ...] = (),
        together: bool = False,
    ) -> HomeLearningTask:
        """Set a task for the class (no pupils named) or for a group of it; checked whole before saving."""
        actor = self.context.actor
        actor.require_staff()
        actor.require(Capability.WRITE_ENTRIES)
        title, details = title.strip(), details.strip()
        if not title:
            raise InvalidInput("Say what the children should do (the task is empty).")
        if len(title) > MAX_TEXT or len(details) > MAX_TEXT:
            raise InvalidInput(f"The task is too long: keep it under {MAX_TEXT} characters.")
        today = self.context.today()
        if due_on < today:
            raise InvalidInput(f"The task is due on {due_on:%d %b %Y}, which has passed; choose a later day.")
        if not 0 <= minutes <= MAX_MINUTES:
            raise InvalidInput(f"How long it should take must be between 0 and {MAX_MINUTES} minutes.")
        unknown = [g for g in guidance if g not in GUIDANCE]
        if unknown:
            raise InvalidInput(f"Unknown guidance {', '.join(unknown)}; choose from the list.")
        school = SchoolService(self.context)
        if not any(c.id == class_id for c in school.classes()):
            raise InvalidInput("That class is not in this school.")
        on_roll = {p.id for p in school.pupils(class_id)}
        chosen = tuple(dict.fromkeys(pupil_ids)) or tuple(sorted(on_roll))
        if not chosen:
            raise InvalidInput("The class has no pupils yet; add them before setting home learning.")
        strays = [p for p in chosen if p not in on_roll]
        if strays:
            raise InvalidInput("Some of the chosen pupils are not in this class; choose them again.")
        task = HomeLearningTask(
            class_id=class_id,
            title=title,
            due_on=due_on,
            set_on=today,
            set_by=actor.name,
            pupil_ids=chosen,
            details=details,
            minutes=minutes,
            guidance=tuple(dict.fromkeys(guidance)),
            together=together,
        )
        with self.vault.writing() as session:
            HomeLearningRepository(session).add(task)
            for pupil_id in chosen:
                self.context.audit(
                    session, AuditAction.CREATED, "home_learning_task", task.id, pupil_id, f"due {due_on}"
                )
        return task

    # Reading

    def task(self, task_id: str) -> HomeLearningTask:
        with self.vault.reading() as session:
            found = HomeLearningRepository(session).task(task_id)
        if found is None:
            raise InvalidInput("That home-learning task is not in this school's records.")
        return found

    def for_class(self, class_id: str) -> list[TaskProgress]:
        """The class's tasks, the latest due first, each with who has done it (staff only)."""
        self.context.actor.require_staff()
        pupils = {p.id: p for p in SchoolService(self.context).pupils(class_id)}
        with self.vault.reading() as session:
            repository = HomeLearningRepository(session)
            tasks = repository.for_class(class_id)
            returns = {t.id: {r.pupil_id: r for r in repository.returns(t.id)} for t in tasks}
        order = list(pupils)
        progress = []
        for task in tasks:
            rows = [
                (pupils[pupil_id], returns[task.id][pupil_id])
                for pupil_id in sorted(
                    returns[task.id], key=lambda p: order.index(p) if p in order else len(order)
                )
                if pupil_id in pupils
            ]
            progress.append(TaskProgress(task, tuple(rows)))
        return progress

    def for_pupil(
        self, pupil_id: str, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[PupilTask]:
        """A pupil's tasks with what came back, the latest due first (a family: their own child only)."""
        self.context.actor.require_pupil(pupil_id)
        with self.vault.reading() as session:
            found = HomeLearningRepository(session).for_pupil(pupil_id, first, last)
        return [PupilTask(task, back) for task, back in found]

    def for_pupils(self, pupil_ids: list[str], first: dt.date, last: dt.date) -> dict[str, list[PupilTask]]:
        """for_pupil between the dates for each of many pupils (a class's packs), read together."""
        for pupil_id in pupil_ids:
            self.context.actor.require_pupil(pupil_id)
        with self.vault.reading() as session:
            found = HomeLearningRepository(session).for_pupils(pupil_ids, first, last)
        return {p: [PupilTask(task, back) for task, back in tasks] for p, tasks in found.items()}

    def language_for(self, pupil_id: str) -> str:
        """The language a family reads guidance in: the family member's own on their device; for staff,
        the first household's."""
        actor = self.context.actor
        family = SchoolService(self.context).family_of(pupil_id)
        if actor.is_family:
            mine = next((m for m in family if m.id == actor.family_member_id), None)
            return mine.home_language if mine else "ENG"
        ordered = sorted(family, key=lambda m: (m.contact_order, m.name))
        return ordered[0].home_language if ordered else "ENG"

    # What comes back

    def record_return(
        self,
        task_id: str,
        pupil_id: str,
        done: bool,
        comment: str,
        by_name: str,
        method: Method,
        family_member_id: str | None = None,
        at: dt.datetime | None = None,
    ) -> HomeLearningReturn:
        """The family says the task is done (or not yet) and/or comments: in the app, or typed or scanned
        from the paper slip by staff. A comment replaces an earlier one, as on the slip."""
        actor = self.context.actor
        actor.require(Capability.REPLY_TO_ENTRIES)
        actor.require_pupil(pupil_id)
        if actor.is_family:
            actor.require_own_name(by_name, family_member_id)
            if method is not Method.DIGITAL:
                raise PermissionError("From home, home learning is marked in the app.")
        comment = comment.strip()
        if not done and not comment:
            raise InvalidInput("Tick that it was done, or write a comment, or both.")
        if len(comment) > MAX_TEXT:
            raise InvalidInput(f"The comment is too long: keep it under {MAX_TEXT} characters.")
        if not by_name.strip():
            raise InvalidInput("Say who wrote it (the family member's name).")
        when = at or self.context.now()
        with self.vault.writing() as session:
            repository = HomeLearningRepository(session)
            before = repository.get_return(task_id, pupil_id)
            if before is None:
                raise InvalidInput("That task was not set for this child; refresh the list.")
            after = before
            if done and not before.done:
                after = replace(after, done=True, done_at=when, done_by=by_name, done_method=method)
            if comment and comment != before.comment:
                after = replace(
                    after, comment=comment, comment_by=by_name, comment_at=when, comment_method=method
                )
            if after == before:
                return before
            repository.save_return(after)
            what = "; ".join(w for w, on in (("done", done), ("comment", bool(comment))) if on)
            self.context.audit(
                session,
                AuditAction.CHANGED,
                "home_learning_pupil",
                f"{task_id}:{pupil_id}",
                pupil_id,
                f"{what} ({method.value})",
            )
        return after

    def open_paper_return(self, code: str) -> PaperHomeLearning:
        """The tasks a returned pack's slips answer: the reply code's pupil, and their tasks of its period."""
        self.context.actor.require_staff()
        match = ReplyCodeService(self.context).lookup(code)
        tasks = self.for_pupil(match.pupil.id, match.period.start, match.period.end)
        return PaperHomeLearning(match.code, match.pupil, match.period, tuple(tasks))


def home_learning_documents(
    context: ServiceContext, pupil: Pupil, class_name: str, period: Period
) -> list[HomeLearningSlips]:
    """The pupil's slips for a pack of this period (none when no task falls in it), oldest due first."""
    tasks = HomeLearningService(context).for_pupil(pupil.id, period.start, period.end)
    return home_learning_slips(pupil, class_name, period, tasks)


def home_learning_slips(
    pupil: Pupil, class_name: str, period: Period, tasks: list[PupilTask]
) -> list[HomeLearningSlips]:
    """home_learning_documents from the pupil's tasks of the period, already read (with their class's)."""
    if not tasks:
        return []
    ordered = tuple(sorted((t.task for t in tasks), key=lambda t: (t.due_on, t.title)))
    return [HomeLearningSlips(pupil.display_name, class_name, period, ordered)]
