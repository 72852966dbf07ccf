"""The demo school's agreements, support plans and one-page profiles for the children with SEN, with
their versions and signatures.
"""

import datetime as dt
from dataclasses import replace

from desktop.domain.agreements import (
    Agreement,
    DocumentContent,
    DocumentKind,
    DocumentVersion,
    Party,
    ProfileSections,
    Signature,
    Target,
    VersionStatus,
)
from desktop.domain.families import Channel
from desktop.domain.linkbook import Method
from desktop.domain.pupils import SenStatus
from desktop.services.demo_state import BuiltChild, DemoState


class AgreementBuilder(DemoState):
    """Each SEN child's documents, tailored from the school's templates."""

    def _agreements(self, child: BuiltChild) -> None:
        assert child.need is not None
        pupil = child.pupil
        start = self.days[0]
        kinds = [DocumentKind.AGREEMENT]
        if pupil.sen_status is SenStatus.EHC_PLAN or self.rng.random() < 0.3:
            kinds.append(DocumentKind.SUPPORT_PLAN)
        if self.rng.random() < 0.5:
            kinds.append(DocumentKind.ONE_PAGE_PROFILE)
        for kind in kinds:
            template = self.templates[kind]
            content = self._tailored(child, template.content)
            created = self._day_between(start, self.plan.today, 0.0, 0.3)
            roll = self.rng.random()
            if roll < 0.1:
                statuses = [VersionStatus.DRAFT]
            elif roll < 0.55:
                statuses = [VersionStatus.ACTIVE]
            elif roll < 0.85:
                statuses = [VersionStatus.SUPERSEDED, VersionStatus.ACTIVE]
            else:
                statuses = [VersionStatus.SUPERSEDED, VersionStatus.ACTIVE, VersionStatus.DRAFT]
            versions: list[DocumentVersion] = []
            for number, status in enumerate(statuses, start=1):
                if number > 1:
                    created = self._day_between(created, self.plan.today, 0.3, 0.8)
                    content = self._revised(content)
                signatures = (
                    self._signatures(child, kind, created) if status is not VersionStatus.DRAFT else ()
                )
                versions.append(
                    DocumentVersion(
                        number=number,
                        content=content,
                        status=status,
                        created_at=dt.datetime.combine(created, dt.time(16, 0)),
                        created_by=self.senco.name,
                        change_note=(
                            "Tailored from the school template"
                            if number == 1
                            else self.rng.choice(
                                (
                                    "Reviewed with the family at parents' evening; new targets.",
                                    "Updated after the speech and language therapist's visit.",
                                    "Targets met and replaced; provision unchanged.",
                                )
                            )
                        ),
                        signatures=signatures,
                    )
                )
            self.writer.agreement(
                Agreement(
                    pupil_id=pupil.id,
                    kind=kind,
                    title=f"{template.title}: {pupil.display_name}",
                    versions=tuple(versions),
                    template_id=template.id,
                )
            )
            self.counts.agreements += 1

    def _review_date(self) -> dt.date:
        """Mostly later this term; some due within the week, a few overdue, so the review list shows."""
        offset = self.rng.choice((-3, 2, 5, 6, 14, 21, 30, 42, 42, 56))
        return self.plan.today + dt.timedelta(days=offset)

    def _tailored(self, child: BuiltChild, content: DocumentContent) -> DocumentContent:
        need = child.need
        assert need is not None
        targets = tuple(Target(t, self._review_date()) for t in self.rng.sample(need.targets, 2))
        if content.profile.all_about_me:
            name = child.pupil.first_name
            profile = ProfileSections(
                all_about_me=f"My name is {name}. {need.admired}",
                important_to_me=need.important,
                how_to_support_me=need.support,
            )
            return replace(content, profile=profile, review_date=self._review_date())
        if content.provision or content.outcomes:
            return replace(
                content,
                targets=content.targets + targets,
                outcomes=content.outcomes + need.outcomes,
                provision=content.provision + need.provision,
                review_date=self._review_date(),
            )
        return replace(content, targets=content.targets + targets, review_date=self._review_date())

    def _revised(self, content: DocumentContent) -> DocumentContent:
        """A later version: the first tailored target is met and noted, the review date moves on."""
        if not content.targets:
            return replace(content, review_date=self._review_date())
        first, *rest = content.targets
        met = replace(first, progress="Met: now doing this most days.")
        return replace(content, targets=(met, *rest), review_date=self._review_date())

    def _signatures(self, child: BuiltChild, kind: DocumentKind, created: dt.date) -> tuple[Signature, ...]:
        if kind is DocumentKind.ONE_PAGE_PROFILE:
            return ()
        member = child.family[0]
        on_paper = member.channel is not Channel.APP and (
            member.channel is Channel.PAPER or self.rng.random() < 0.5
        )
        later = min(created + dt.timedelta(days=self.rng.randint(1, 6)), self.plan.today)
        signatures = [
            Signature(self.senco.name, Party.SCHOOL, Method.DIGITAL, created),
            Signature(member.name, Party.FAMILY, Method.PAPER if on_paper else Method.DIGITAL, later),
        ]
        if kind is DocumentKind.AGREEMENT and self.rng.random() < 0.6:
            signatures.append(Signature(child.pupil.first_name, Party.PUPIL, Method.PAPER, created))
        return tuple(signatures)
