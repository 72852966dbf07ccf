"""The demo school's home learning: a few tasks a class, with guidance for families, some done from the
app and some returned on paper, a few with comments in the families' own words.

Its own random stream (seeded from the demo's seed), so the rest of the demo school is the same with or
without it.
"""

import datetime as dt
import random
from collections.abc import Callable, Mapping, Sequence

from sqlalchemy.orm import Session

from desktop.domain.families import FamilyMember
from desktop.domain.home_learning import HomeLearningReturn, HomeLearningTask
from desktop.domain.linkbook import Method
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass
from desktop.store.repositories.home_learning import HomeLearningRepository

TASKS: tuple[tuple[str, str, int, int, int, bool, tuple[str, ...], float, bool], ...] = (
    # title, details, set days ago, due in days, minutes, together, guidance, share done, a group only
    (
        "Read your reading book and talk about the pictures",
        "A few pages each evening; ask what might happen next.",
        4,
        3,
        10,
        False,
        ("help_read_together", "way_read_to_you", "way_talk_home_language", "stuck_part_is_fine"),
        0.6,
        False,
    ),
    (
        "Practise the 3 times table with coins or pasta",
        "Make groups of 3 and count them together.",
        1,
        6,
        15,
        True,
        ("help_side_by_side", "way_everyday_things", "way_praise_effort", "stuck_stop_try_later"),
        0.25,
        False,
    ),
    (
        "Find five things at home that start with “sh”",
        "Draw them or write their names.",
        2,
        2,
        10,
        False,
        ("help_if_asked", "way_draw_it", "stuck_look_at_example", "stuck_tell_teacher"),
        0.5,
        True,
    ),
)
COMMENTS: dict[str, tuple[str, ...]] = {
    "ENG": (
        "She read it twice to her little brother.",
        "Found it hard at first but kept going.",
        "We used pasta and it worked!",
        "He wants to do more of these.",
    ),
    "POL": ("Czytaliśmy razem, bardzo jej się podobało.", "Trochę trudne, ale się udało."),
    "URD": ("ہم نے مل کر پڑھا، اسے بہت مزہ آیا۔",),
    "POR": ("Não conseguiu terminar, mas tentou muito.",),
    "BNG": ("আমরা একসাথে করেছি, খুব ভালো লেগেছে।",),
    "RUM": ("Am lucrat împreună și i-a plăcut mult.",),
}
"""What families wrote back, in their own language where the demo has words for it, else in English."""
COMMENT_SHARE = 0.4
PAPER_SHARE = 0.35


def write_home_learning(
    session: Session,
    classes: Sequence[SchoolClass],
    pupils: Sequence[Pupil],
    families: Mapping[str, Sequence[FamilyMember]],
    teachers: Mapping[str, str],
    today: dt.date,
    seed: int,
    silent: Callable[[str, dt.date], bool],
) -> int:
    """Each class's tasks and what came back (nothing from a family the demo keeps silent, so the
    families-not-reached view stays true); returns how many tasks were set."""
    rng = random.Random(f"{seed}:home-learning")
    repository = HomeLearningRepository(session)
    count = 0
    for school_class in classes:
        members = [p for p in pupils if p.class_id == school_class.id]
        if not members:
            continue
        for title, details, ago, ahead, minutes, together, guidance, share, group in TASKS:
            chosen = rng.sample(members, max(1, len(members) // 4)) if group else members
            task = HomeLearningTask(
                class_id=school_class.id,
                title=title,
                due_on=today + dt.timedelta(days=ahead),
                set_on=today - dt.timedelta(days=ago),
                set_by=teachers.get(school_class.id, ""),
                pupil_ids=tuple(p.id for p in chosen),
                details=details,
                minutes=minutes,
                guidance=guidance,
                together=together,
            )
            repository.add(task)
            count += 1
            for pupil in chosen:
                family = families.get(pupil.id) or ()
                if not family or rng.random() >= share:
                    continue
                method = Method.PAPER if rng.random() < PAPER_SHARE else Method.DIGITAL
                at = dt.datetime.combine(
                    today - dt.timedelta(days=rng.randint(0, max(0, ago - 1))), dt.time(rng.randint(16, 20))
                )
                if silent(pupil.id, at.date()):
                    continue
                by = family[0].name
                words = COMMENTS.get(family[0].home_language.upper(), COMMENTS["ENG"])
                comment = rng.choice(words) if rng.random() < COMMENT_SHARE else ""
                repository.save_return(
                    HomeLearningReturn(
                        task.id,
                        pupil.id,
                        True,
                        at,
                        by,
                        method,
                        comment,
                        by if comment else "",
                        at if comment else None,
                        method if comment else None,
                    )
                )
    return count
