"""A demo school full of invented but believable records, so the app can be tried, shown and measured.

The school comes from one seeded random generator, so a seed always gives the same children, the same
texts and the same shape of term; only record ids and the audit times differ between builds. It is all
written in one transaction (one fsync for the whole school), indexed for search and audited as the
services do it. `populate` (with `DemoPlan` and `DemoWriter` from demo_plan) is public because the
benchmarks' synthetic school (tests/bench/generator.py) is this same school, scaled up. Each part of the
school is built by its own module (demo_people, demo_linkbook_days, demo_agreement_plans,
demo_work_folders, demo_news_events) over the shared state of demo_state.
"""

import datetime as dt

from desktop.domain.agreements import AgreementTemplate
from desktop.domain.calendar import typical_english_year
from desktop.domain.school import School
from desktop.services import demo_data as data
from desktop.services.context import ServiceContext
from desktop.services.demo_agreement_plans import AgreementBuilder
from desktop.services.demo_home_learning import write_home_learning
from desktop.services.demo_linkbook_days import LinkBookDays
from desktop.services.demo_meetings import write_demo_meetings
from desktop.services.demo_news_events import NewsBuilder
from desktop.services.demo_people import PeopleBuilder
from desktop.services.demo_phrases import DemoPhrases
from desktop.services.demo_plan import DEMO_ACTOR, DemoPlan, DemoSummary, DemoWriter, Progress
from desktop.services.demo_review_views import add_demo_views
from desktop.services.demo_reviews import add_demo_reviews
from desktop.services.demo_translations import add_demo_translations
from desktop.services.demo_work_folders import FolderBuilder
from desktop.store.repositories.family_reach import ContactLog, FamilyProfiles
from desktop.store.vault import Vault


def build_demo_school(
    vault: Vault,
    *,
    classes: int = 2,
    pupils_per_class: int = 28,
    days: int = 65,
    today: dt.date | None = None,
    seed: int = 7,
    images: bool = True,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty vault with a demo school: staff, classes, pupils, families and a term of records."""
    if classes < 1 or pupils_per_class < 1 or days < 1:
        raise ValueError("A demo school needs at least one class, one pupil and one school day.")
    today = today or dt.date.today()
    plan = DemoPlan(
        class_sizes=(pupils_per_class,) * classes,
        days=days,
        today=today,
        seed=seed,
        images=images,
        calendar=typical_english_year(today),
    )
    context = ServiceContext(vault, DEMO_ACTOR)
    with vault.writing() as session:
        summary = populate(DemoWriter(session, vault, context), plan, progress)
    add_demo_reviews(vault, today)
    return summary


def populate(writer: DemoWriter, plan: DemoPlan, progress: Progress | None = None) -> DemoSummary:
    """Make the school the plan describes and hand every record to the writer."""
    return _Builder(writer, plan, progress or (lambda _fraction: None)).build()


class _Builder(PeopleBuilder, LinkBookDays, AgreementBuilder, FolderBuilder, NewsBuilder):
    """The whole school, built in one order: each part draws from the shared stream in turn."""

    def build(self) -> DemoSummary:
        school = School(
            data.SCHOOL_NAME, urn=data.SCHOOL_URN, dfe_number=f"{data.SCHOOL_LA}/{data.SCHOOL_ESTAB}"
        )
        classes = self._classes()
        self.writer.set_up(school, self.staff, classes)
        if self.plan.calendar is not None:
            self.writer.calendar(self.plan.calendar)
        for title, kind, content in data.TEMPLATES:
            template = AgreementTemplate(title, kind, content)
            self.templates[kind] = template
            self.writer.template(template)
        children = self._children(classes)
        for child in children:
            self.writer.pupil(child.pupil)
        self._families(children)
        families: dict[int, tuple[str, ...]] = {}
        for child in children:
            families[child.family_index] = (*families.get(child.family_index, ()), child.pupil.id)
        self.reach.choose_silent(
            list(families.values()), {c.pupil.id for c in children if c.need is not None}
        )
        self.phrases = DemoPhrases(
            self.writer.session, self.plan.seed, dt.datetime.combine(self.plan.today, dt.time(8))
        )
        self.phrases.speak_every_language(
            [(c.pupil.first_language, c.family) for c in children], self.writer.family_member
        )
        class_days = {c.id: self._class_days(c) for c in classes}
        # Day by day, as a school writes them, so the search index's "newest first" holds.
        for index, day in enumerate(self.days):
            for child in children:
                self._entry(child, day, class_days[child.school_class.id][index])
            self.progress(0.85 * (index + 1) / len(self.days))
        for done, child in enumerate(children, start=1):
            if child.pupil.sen_status.has_sen:
                self._agreements(child)
            self._folders(child)
            self.counts.contacts += self.reach.write(
                FamilyProfiles(self.writer.session),
                ContactLog(self.writer.session),
                child.pupil,
                child.family,
                self.teacher[child.pupil.class_id].name,
            )
            self.writer.pupil_done(child.pupil)
            self.progress(0.85 + 0.13 * done / len(children))
        self._news(classes)
        write_home_learning(
            self.writer.session,
            classes,
            [c.pupil for c in children],
            {c.pupil.id: c.family for c in children},
            {class_id: teacher.name for class_id, teacher in self.teacher.items()},
            self.plan.today,
            self.plan.seed,
            self.reach.silent,
        )
        write_demo_meetings(self.writer.session, self.plan, classes, children, self.teacher)
        self.writer.finish()
        add_demo_translations(self.writer.session, self.plan.today)
        add_demo_views(self.writer.session, self.plan.today)
        self.progress(1.0)
        return DemoSummary(
            classes=len(classes),
            pupils=len(children),
            family_members=self.counts.family_members,
            entries=self.counts.entries,
            replies=self.counts.replies,
            agreements=self.counts.agreements,
            folders=self.counts.folders,
            attachments=self.counts.attachments,
        )
