"""The demo school's link books: each class's day, and each child's entry, SEN sections and what came
back from home.
"""

import datetime as dt
from dataclasses import replace

from desktop.domain.families import Channel
from desktop.domain.linkbook import (
    Acknowledgement,
    Amount,
    AuthorKind,
    FirstAidRecord,
    FoodRecord,
    LinkBookEntry,
    MedicationRecord,
    Method,
    Mood,
    MoodRecord,
    PersonalCareRecord,
    Reply,
    SchoolSession,
    SenSections,
)
from desktop.domain.school import EntrySection, SchoolClass, StaffMember
from desktop.services import demo_data as data
from desktop.services.demo_state import BuiltChild, ClassDay, DemoState

_MOODS = (Mood.HAPPY, Mood.CALM, Mood.TIRED, Mood.ANXIOUS, Mood.UPSET, Mood.UNSETTLED)
_MOOD_WEIGHTS = (40, 30, 12, 8, 4, 6)
_AMOUNTS = (Amount.ALL, Amount.MOST, Amount.SOME, Amount.LITTLE, Amount.NONE)
_AMOUNT_WEIGHTS = (35, 30, 20, 10, 5)


class LinkBookDays(DemoState):
    """The entries of the term, day by day, with the replies and "read" marks families sent."""

    def _class_days(self, school_class: SchoolClass) -> list[ClassDay]:
        sectioned = bool(school_class.sections)
        days: list[ClassDay] = []
        for _ in self.days:
            lines = self.rng.sample(data.LEARNING, 2)
            if sectioned:
                lines = [self.rng.choice(data.LEARNING_SENSORY), lines[0]]
            note = self.rng.choice(data.CLASS_NOTES) if self.rng.random() < 0.12 else ""
            days.append(ClassDay(" ".join(lines), note, self.rng.random() < 0.25))
        return days

    def _entry(self, child: BuiltChild, day: dt.date, class_day: ClassDay) -> None:
        if self.rng.random() < self.plan.absence_rate:
            return
        pupil = child.pupil
        teacher = self.teacher[pupil.class_id]
        assistant = self.assistant[pupil.class_id]
        wins = data.WINS + data.WINS_SENSORY if child.school_class.sections else data.WINS
        author = assistant if class_day.by_assistant else teacher
        name = pupil.first_name
        entry = LinkBookEntry(
            pupil_id=pupil.id,
            day=day,
            author_id=author.id,
            author_role=author.role,
            learning=class_day.learning,
            wins=self.rng.choice(wins).format(name=name) if self.rng.random() < 0.65 else "",
            reminders=self.rng.choice(data.REMINDERS) if self.rng.random() < 0.3 else "",
            note=self.rng.choice(data.NOTES).format(name=name) if self.rng.random() < 0.12 else "",
            class_note=class_day.class_note,
            sections=self._sections(child, assistant) if child.sections else SenSections(),
            updated_at=dt.datetime.combine(day, dt.time(15, self.rng.randrange(50))),
        )
        self.writer.entry(self._responses(child, self.phrases.built(entry, child.family), teacher))
        self.counts.entries += 1

    def _sections(self, child: BuiltChild, assistant: StaffMember) -> SenSections:
        sections = child.sections
        rng = self.rng
        mood: tuple[MoodRecord, ...] = ()
        if EntrySection.MOOD in sections:
            moods = rng.choices(_MOODS, _MOOD_WEIGHTS, k=3)
            mood = tuple(
                MoodRecord(session, m, rng.choice(data.SESSION_NOTES[m.value]))
                for session, m in zip(SchoolSession, moods, strict=True)
            )
        food: tuple[FoodRecord, ...] = ()
        if EntrySection.FOOD_AND_DRINK in sections:
            meals = data.MEALS if rng.random() < 0.3 else data.MEALS[1:]
            food = tuple(
                FoodRecord(meal, rng.choices(_AMOUNTS, _AMOUNT_WEIGHTS)[0], rng.choice(data.FOOD_NOTES[meal]))
                for meal in meals
            )
        care: tuple[PersonalCareRecord, ...] = ()
        if EntrySection.PERSONAL_CARE in sections and child.personal_care:
            times = (dt.time(10, 30), dt.time(13, 15), dt.time(14, 45))[: rng.randint(1, 3)]
            care = tuple(PersonalCareRecord(t, *rng.choice(data.PERSONAL_CARE)) for t in times)
        first_aid: tuple[FirstAidRecord, ...] = ()
        if EntrySection.FIRST_AID in sections and rng.random() < 0.04:
            what, treatment = rng.choice(data.FIRST_AID)
            first_aid = (FirstAidRecord(dt.time(12, rng.randrange(60)), what, treatment, assistant.name),)
        medication: tuple[MedicationRecord, ...] = ()
        if EntrySection.MEDICATION in sections and child.medicine is not None:
            medicine, dose, time = child.medicine
            medication = (MedicationRecord(time, medicine, dose, assistant.name),)
        return SenSections(mood, food, care, first_aid, medication)

    def _responses(self, child: BuiltChild, entry: LinkBookEntry, teacher: StaffMember) -> LinkBookEntry:
        """What came back from home: replies on about 30% of entries, "read" on about 60%."""
        if entry.day >= self.plan.today or not child.family:
            return entry
        rng = self.rng
        member = child.family[0] if len(child.family) == 1 or rng.random() < 0.7 else child.family[1]
        paper = member.channel is Channel.PAPER or (member.channel is Channel.BOTH and rng.random() < 0.5)
        method = Method.PAPER if paper else Method.DIGITAL
        evening = dt.datetime.combine(entry.day, dt.time(18 + rng.randrange(4), rng.randrange(60)))
        # Paper comes back in the book bag on the next school day, when staff type it in.
        back_on = entry.day + dt.timedelta(days=3 if entry.day.weekday() == 4 else 1)
        next_morning = dt.datetime.combine(back_on, dt.time(8, 40 + rng.randrange(20)))
        replies: list[Reply] = []
        if rng.random() < 0.3:
            texts = data.REPLIES.get(member.home_language, ())
            text = rng.choice(texts if texts and rng.random() < 0.6 else data.REPLIES["ENG"])
            written_at = next_morning if paper else evening
            if written_at <= self.now:
                replies.append(
                    Reply(
                        entry_id=entry.id,
                        author_kind=AuthorKind.FAMILY,
                        author_name=member.name,
                        text=text,
                        written_at=written_at,
                        method=method,
                        family_member_id=member.id,
                        recorded_by=self.assistant[child.pupil.class_id].name if paper else None,
                    )
                )
                answer_at = written_at + dt.timedelta(hours=1 if paper else 14)
                if rng.random() < 0.2 and answer_at <= self.now:
                    replies.append(
                        Reply(
                            entry_id=entry.id,
                            author_kind=AuthorKind.STAFF,
                            author_name=teacher.name,
                            text=rng.choice(data.STAFF_REPLIES),
                            written_at=answer_at,
                            staff_id=teacher.id,
                        )
                    )
        acks: tuple[Acknowledgement, ...] = ()
        ack_at = next_morning if paper else evening
        if rng.random() < (0.8 if replies else 0.55) and ack_at <= self.now:
            acks = (Acknowledgement(entry.id, member.name, ack_at, method, member.id),)
        if self.reach.silent(child.pupil.id, entry.day):
            return entry  # a family not heard from (drawn after the rest, so other families stay the same)
        self.counts.replies += len(replies)
        return replace(entry, replies=tuple(replies), acknowledgements=acks)
