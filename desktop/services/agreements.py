"""A SENCO's agreements, support plans and one-page profiles: tailor, version, sign, review."""

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from desktop.domain.access import Capability
from desktop.domain.agreements import (
    Agreement,
    AgreementTemplate,
    DocumentContent,
    DocumentKind,
    DocumentVersion,
    Party,
    Signature,
    VersionStatus,
)
from desktop.domain.audit import AuditAction
from desktop.domain.linkbook import Method
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.agreements import AgreementRepository
from desktop.store.repositories.school import SchoolRepository
from desktop.store.repositories.search import SearchIndex


class AgreementService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def save_template(self, template: AgreementTemplate) -> None:
        self.context.actor.require(Capability.EDIT_TEMPLATES)
        if not template.title.strip():
            raise InvalidInput("A template needs a title.")
        with self.vault.writing() as session:
            AgreementRepository(session).save_template(template)
            self.context.audit(session, AuditAction.CHANGED, "template", template.id)

    def templates(self, kind: DocumentKind | None = None) -> list[AgreementTemplate]:
        with self.vault.reading() as session:
            return AgreementRepository(session).templates(kind)

    def tailor(self, template_id: str, pupil_id: str, title: str | None = None) -> Agreement:
        """A draft copy of the template for one child, ready to edit."""
        self.context.actor.require(Capability.TAILOR_AGREEMENTS)
        with self.vault.reading() as session:
            template = AgreementRepository(session).template(template_id)
            pupil = SchoolRepository(session).pupil(pupil_id)
        if template is None:
            raise InvalidInput("That template has been removed; choose another.")
        if pupil is None:
            raise InvalidInput("That pupil is no longer on roll.")
        agreement = Agreement(
            pupil_id=pupil_id,
            kind=template.kind,
            title=title or f"{template.title}: {pupil.display_name}",
            template_id=template.id,
            versions=(self._version(1, template.content, "Tailored from the school template"),),
        )
        self._store(agreement)
        return agreement

    def create(self, pupil_id: str, kind: DocumentKind, title: str, content: DocumentContent) -> Agreement:
        self.context.actor.require(Capability.TAILOR_AGREEMENTS)
        agreement = Agreement(
            pupil_id=pupil_id, kind=kind, title=title, versions=(self._version(1, content, "First version"),)
        )
        self._store(agreement)
        return agreement

    def edit_draft(self, agreement_id: str, content: DocumentContent, title: str | None = None) -> Agreement:
        """Change the current version while it is still a draft (nobody has signed it); title renames."""
        self.context.actor.require(Capability.TAILOR_AGREEMENTS)
        agreement = self.agreement(agreement_id)
        if agreement.current.status is not VersionStatus.DRAFT:
            raise InvalidInput(
                f"Version {agreement.current.number} is {agreement.current.status.value}; "
                "make a new version to change it."
            )
        if agreement.current.signatures:
            raise InvalidInput(
                f"Version {agreement.current.number} has been signed; make a new version to change it."
            )
        updated = replace(
            agreement,
            title=self._title(agreement, title),
            versions=(*agreement.versions[:-1], replace(agreement.current, content=content)),
        )
        self._store(updated)
        return updated

    def new_version(
        self, agreement_id: str, content: DocumentContent, change_note: str, title: str | None = None
    ) -> Agreement:
        """A new draft version; earlier versions stay as they were. A title renames the whole document."""
        self.context.actor.require(Capability.TAILOR_AGREEMENTS)
        if not change_note.strip():
            raise InvalidInput("Say in a few words what changed in this version.")
        agreement = self.agreement(agreement_id)
        version = self._version(agreement.current.number + 1, content, change_note.strip())
        updated = replace(
            agreement, title=self._title(agreement, title), versions=(*agreement.versions, version)
        )
        self._store(updated)
        return updated

    def activate(self, agreement_id: str) -> Agreement:
        """Make the current version the one in force; the one before is superseded."""
        self.context.actor.require(Capability.TAILOR_AGREEMENTS)
        agreement = self.agreement(agreement_id)
        earlier = [
            replace(v, status=VersionStatus.SUPERSEDED) if v.status is VersionStatus.ACTIVE else v
            for v in agreement.versions[:-1]
        ]
        versions = (*earlier, replace(agreement.current, status=VersionStatus.ACTIVE))
        updated = replace(agreement, versions=versions)
        self._store(updated)
        return updated

    def sign(
        self,
        agreement_id: str,
        party: Party,
        signer_name: str,
        method: Method,
        signed_on: dt.date | None = None,
    ) -> Agreement:
        """Record a signature on the current version, digital or from a returned paper copy. A family
        member signs digitally, for the family, in their own name, once per version."""
        actor = self.context.actor
        actor.require(Capability.SIGN_AGREEMENTS)
        if actor.is_family:
            actor.require_own_name(signer_name, actor.family_member_id)
            if party is not Party.FAMILY or method is not Method.DIGITAL:
                raise PermissionError("From home you sign for the family, in the app.")
        if not signer_name.strip():
            raise InvalidInput("Type the name of the person who signed.")
        signed_on = signed_on or self.context.today()
        if signed_on > self.context.today():
            raise InvalidInput("A signature cannot be dated in the future.")
        agreement = self.agreement(agreement_id)
        if actor.is_family and any(
            s.signer_name == signer_name and s.party is party for s in agreement.current.signatures
        ):
            raise InvalidInput(f"You have already signed version {agreement.current.number}.")
        signature = Signature(signer_name=signer_name, party=party, method=method, signed_on=signed_on)
        with self.vault.writing() as session:
            AgreementRepository(session).add_signature(agreement.current.id, signature)
            self.context.audit(
                session,
                AuditAction.SIGNED,
                "agreement",
                agreement.id,
                agreement.pupil_id,
                f"version {agreement.current.number}, {party.value}, {method.value}",
            )
        return self.agreement(agreement_id)

    def agreement(self, agreement_id: str) -> Agreement:
        with self.vault.reading() as session:
            found = AgreementRepository(session).agreement(agreement_id)
        if found is None:
            raise InvalidInput("That agreement is not in this school's records.")
        self.context.actor.require_pupil(found.pupil_id)
        return found

    def for_pupil(self, pupil_id: str) -> list[Agreement]:
        self.context.actor.require_pupil(pupil_id)
        with self.vault.reading() as session:
            return AgreementRepository(session).for_pupil(pupil_id)

    def for_pupils(self, pupil_ids: list[str]) -> dict[str, list[Agreement]]:
        """for_pupil for each of many pupils (a class's packs), read together."""
        for pupil_id in pupil_ids:
            self.context.actor.require_pupil(pupil_id)
        with self.vault.reading() as session:
            return AgreementRepository(session).for_pupils(pupil_ids)

    def reviews_due(self, within_days: int = 7) -> list[Agreement]:
        """Active agreements with a review due within the days given, overdue ones first."""
        with self.vault.reading() as session:
            return AgreementRepository(session).due_for_review(
                self.context.today() + dt.timedelta(days=within_days)
            )

    @staticmethod
    def _title(agreement: Agreement, title: str | None) -> str:
        if title is None:
            return agreement.title
        if not title.strip():
            raise InvalidInput("Give the document a title, such as the pupil's name and what it is.")
        return title.strip()

    def _version(self, number: int, content: DocumentContent, note: str) -> DocumentVersion:
        return DocumentVersion(
            number=number,
            content=content,
            status=VersionStatus.DRAFT,
            created_at=self.context.now(),
            created_by=self.context.actor.name,
            change_note=note,
        )

    def _store(self, agreement: Agreement) -> None:
        with self.vault.writing() as session:
            self.store_in(session, agreement)

    def store_in(self, session: Session, agreement: Agreement) -> None:
        """Save the agreement with every version, index it and audit it, inside the caller's write
        transaction (a plan review saves the next version and the review in one)."""
        if SchoolRepository(session).pupil(agreement.pupil_id) is None:
            raise InvalidInput("That pupil is no longer on roll.")
        repo = AgreementRepository(session)
        repo.save_header(agreement)
        for version in agreement.versions:
            repo.save_version(agreement.id, version)
        SearchIndex(session).put(
            "agreement",
            agreement.id,
            agreement.pupil_id,
            None,
            f"{agreement.title}\n{agreement.current.content.searchable_text()}",
        )
        self.context.audit(
            session,
            AuditAction.CHANGED,
            "agreement",
            agreement.id,
            agreement.pupil_id,
            f"version {agreement.current.number} {agreement.current.status.value}",
        )
