"""The demo school's families as the school knows them: profiles, a term of logged contacts, and families
the school has not heard from (some never, some not for weeks), so the families-not-reached view has
something true to show.

Its own random stream (seeded from the demo's seed), so the rest of the demo school is the same with or
without it.
"""

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.contact_log import ContactKind, FamilyContact
from desktop.domain.families import FamilyMember
from desktop.domain.family_profile import ChildItem, ContactWay, FamilyProfile, ReadingPreference
from desktop.domain.pupils import Pupil
from desktop.store.repositories.family_reach import ContactLog, FamilyProfiles

NEVER_SHARE = 0.06
"""Families nothing has come back from all term."""
QUIET_SHARE = 0.08
"""Families who went quiet some weeks ago."""

MATTERS = (
    "Loves football and supports the local team",
    "Has a cat called Pepper",
    "Goes to Saturday school for the home language",
    "Proud of helping with a baby brother",
    "Celebrates Diwali with the whole family",
    "Fasts in Ramadan with older siblings",
    "Loves drawing dragons",
    "Looks after the family dog, Bruno",
    "Plays the violin",
    "Visits grandparents in Kraków every summer",
)
SENSITIVE = (
    "Grandmother died in October; may be upset around family talk",
    "Father works away for months at a time",
    "Younger sister is in hospital often",
    "The family moved house twice this year",
)
CALLS = (
    ("Talked about reading at home", "Will read together each evening"),
    ("Asked how the first weeks went", "Happy; no worries"),
    ("Explained the trip letter", "Consent given by phone"),
    ("Discussed homework routine", "Will try a set time after tea"),
)
TIMES = ("after 6pm", "mornings at the gate", "Friday afternoons", "any time before 3pm", "")


@dataclass(frozen=True, slots=True)
class Silence:
    """From when nothing comes back from a family (the term's first day for those never reached)."""

    since: dt.date


class DemoReach:
    """Decides which families are silent, and writes profiles and contacts for the others."""

    def __init__(self, seed: int, days: Sequence[dt.date], today: dt.date) -> None:
        self.rng = random.Random(f"{seed} reach")
        self.days = list(days)
        self.today = today
        self.silence: dict[str, Silence] = {}

    def choose_silent(self, families: Sequence[tuple[str, ...]], exempt: set[str]) -> None:
        """Mark some families (each a tuple of its children's ids) as not heard from. Children with
        agreements to sign are exempt (their families signed them)."""
        if not self.days:
            return
        for pupil_ids in families:
            if exempt & set(pupil_ids):
                continue
            roll = self.rng.random()
            if roll < NEVER_SHARE:
                since = self.days[0]
            elif roll < NEVER_SHARE + QUIET_SHARE:
                since = self.today - dt.timedelta(weeks=self.rng.randint(4, 6))
            else:
                continue
            for pupil_id in pupil_ids:
                self.silence[pupil_id] = Silence(since)

    def silent(self, pupil_id: str, day: dt.date) -> bool:
        """Whether nothing comes back from this pupil's family on this day."""
        found = self.silence.get(pupil_id)
        return found is not None and day >= found.since

    def write(
        self, profiles: FamilyProfiles, log: ContactLog, pupil: Pupil, family: list[FamilyMember], staff: str
    ) -> int:
        """The pupil's family profile (most families have one) and contacts over the term; returns the
        contacts logged."""
        rng = self.rng
        at = dt.datetime.combine(self.today, dt.time(16, 0))
        language = family[0].home_language if family else pupil.first_language
        if rng.random() < 0.7:
            items = [ChildItem(m) for m in rng.sample(MATTERS, rng.randint(1, 3))]
            if rng.random() < 0.15:
                items.append(ChildItem(rng.choice(SENSITIVE), sensitive=True))
            interpreter = language if language != "ENG" and rng.random() < 0.4 else ""
            large = any(m.large_print for m in family)
            reading = ReadingPreference.LARGE_PRINT if large else rng.choice(list(ReadingPreference))
            profile = FamilyProfile(
                pupil.id,
                home_languages=tuple(dict.fromkeys((language, "ENG"))),
                contact_way=rng.choice(list(ContactWay)),
                contact_time=rng.choice(TIMES),
                interpreter_language=interpreter,
                reading=reading,
                items=tuple(items),
            )
            profiles.save(profile, at, staff)
        silence = self.silence.get(pupil.id)
        contacts: list[FamilyContact] = []
        for day in self.days:
            if day >= self.today:
                break
            if rng.random() >= 0.02:
                continue
            reached = silence is None or day < silence.since
            note, outcome = rng.choice(CALLS)
            kind = ContactKind.PHONE if rng.random() < 0.8 else ContactKind.MEETING
            if not reached:
                kind, note, outcome = ContactKind.PHONE, "Rang; no answer", ""
            interpreter = language if language != "ENG" and rng.random() < 0.5 else ""
            follow = day + dt.timedelta(days=7) if rng.random() < 0.3 else None
            contacts.append(
                FamilyContact(
                    pupil.id,
                    kind,
                    day,
                    note,
                    reached=reached,
                    interpreter_language=interpreter,
                    outcome=outcome,
                    follow_up_on=follow,
                    follow_up_done=follow is not None and follow < self.today - dt.timedelta(days=10),
                    logged_by=staff,
                )
            )
        if silence is not None and self.days:
            # The school tried: a call that rang out in the last fortnight.
            tried = max(silence.since, self.today - dt.timedelta(days=14))
            contacts.append(
                FamilyContact(
                    pupil.id, ContactKind.PHONE, tried, "Rang; no answer", reached=False, logged_by=staff
                )
            )
        for contact in contacts:
            log.add(contact, at)
        return len(contacts)
