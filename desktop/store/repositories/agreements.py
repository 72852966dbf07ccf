"""Agreement templates, and each child's agreements with all their versions and signatures."""

import datetime as dt
from collections import defaultdict

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

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
from desktop.domain.ids import new_id
from desktop.domain.linkbook import Method
from desktop.store.chunks import in_chunks
from desktop.store.codec import from_plain, to_plain
from desktop.store.schema import AgreementRow, AgreementVersionRow, SignatureRow, TemplateRow


class AgreementRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save_template(self, template: AgreementTemplate) -> None:
        self.session.merge(
            TemplateRow(
                id=template.id,
                title=template.title,
                kind=template.kind.value,
                content=to_plain(template.content),
            )
        )

    def templates(self, kind: DocumentKind | None = None) -> list[AgreementTemplate]:
        query = select(TemplateRow).order_by(TemplateRow.title)
        if kind is not None:
            query = query.where(TemplateRow.kind == kind.value)
        return [
            AgreementTemplate(
                id=r.id,
                title=r.title,
                kind=DocumentKind(r.kind),
                content=from_plain(DocumentContent, r.content),
            )
            for r in self.session.scalars(query)
        ]

    def template(self, template_id: str) -> AgreementTemplate | None:
        return next((t for t in self.templates() if t.id == template_id), None)

    def save_header(self, agreement: Agreement) -> None:
        self.session.merge(
            AgreementRow(
                id=agreement.id,
                pupil_id=agreement.pupil_id,
                kind=agreement.kind.value,
                title=agreement.title,
                template_id=agreement.template_id,
            )
        )
        self.session.flush()

    def save_version(self, agreement_id: str, version: DocumentVersion) -> None:
        """Insert or update one version (its status changes when a newer one becomes active)."""
        self.session.merge(
            AgreementVersionRow(
                id=version.id,
                agreement_id=agreement_id,
                number=version.number,
                content=to_plain(version.content),
                review_date=version.content.review_date,
                status=version.status.value,
                created_at=version.created_at,
                created_by=version.created_by,
                change_note=version.change_note,
            )
        )

    def add_signature(self, version_id: str, signature: Signature) -> None:
        """Record a signature; signing the same version again replaces the earlier signature.

        The school and the pupil sign once each; every family member with parental responsibility signs
        for themselves, so a family signature replaces only one made under the same name.
        """
        self.session.flush()
        same = delete(SignatureRow).where(
            SignatureRow.version_id == version_id, SignatureRow.party == signature.party.value
        )
        if signature.party is Party.FAMILY:
            same = same.where(SignatureRow.signer_name == signature.signer_name)
        self.session.execute(same)
        self.session.add(
            SignatureRow(
                id=new_id(),
                version_id=version_id,
                signer_name=signature.signer_name,
                party=signature.party.value,
                method=signature.method.value,
                signed_on=signature.signed_on,
            )
        )

    def agreement(self, agreement_id: str) -> Agreement | None:
        row = self.session.get(AgreementRow, agreement_id)
        return None if row is None else self._assemble([row])[0]

    def for_pupil(self, pupil_id: str) -> list[Agreement]:
        rows = self.session.scalars(select(AgreementRow).where(AgreementRow.pupil_id == pupil_id))
        return self._assemble(list(rows))

    def for_pupils(self, pupil_ids: list[str]) -> dict[str, list[Agreement]]:
        """for_pupil for each of many pupils (a class, for its packs), read together; every pupil listed."""
        found: dict[str, list[Agreement]] = {pupil_id: [] for pupil_id in pupil_ids}
        for chunk in in_chunks(dict.fromkeys(pupil_ids)):
            rows = self.session.scalars(select(AgreementRow).where(AgreementRow.pupil_id.in_(chunk)))
            for agreement in self._assemble(list(rows)):
                found[agreement.pupil_id].append(agreement)
        return found

    def all(self) -> list[Agreement]:
        return self._assemble(list(self.session.scalars(select(AgreementRow))))

    def due_for_review(self, by: dt.date) -> list[Agreement]:
        """Agreements whose current, active version has a target or review date on or before `by`."""
        ids = self.session.scalars(
            select(AgreementVersionRow.agreement_id).where(
                AgreementVersionRow.status == VersionStatus.ACTIVE.value
            )
        ).all()
        rows = self.session.scalars(select(AgreementRow).where(AgreementRow.id.in_(ids)))
        due = [a for a in self._assemble(list(rows)) if a.review_date is not None and a.review_date <= by]
        return sorted(due, key=lambda a: a.review_date or by)

    def _assemble(self, rows: list[AgreementRow]) -> list[Agreement]:
        ids = [r.id for r in rows]
        versions: dict[str, list[AgreementVersionRow]] = defaultdict(list)
        for v in self.session.scalars(
            select(AgreementVersionRow)
            .where(AgreementVersionRow.agreement_id.in_(ids))
            .order_by(AgreementVersionRow.number)
        ):
            versions[v.agreement_id].append(v)
        version_ids = [v.id for vs in versions.values() for v in vs]
        signatures: dict[str, list[Signature]] = defaultdict(list)
        for s in self.session.scalars(select(SignatureRow).where(SignatureRow.version_id.in_(version_ids))):
            signatures[s.version_id].append(
                Signature(s.signer_name, Party(s.party), Method(s.method), s.signed_on)
            )
        return [
            Agreement(
                id=r.id,
                pupil_id=r.pupil_id,
                kind=DocumentKind(r.kind),
                title=r.title,
                template_id=r.template_id,
                versions=tuple(
                    DocumentVersion(
                        id=v.id,
                        number=v.number,
                        content=from_plain(DocumentContent, v.content),
                        status=VersionStatus(v.status),
                        created_at=v.created_at,
                        created_by=v.created_by,
                        change_note=v.change_note,
                        signatures=tuple(signatures[v.id]),
                    )
                    for v in versions[r.id]
                ),
            )
            for r in rows
        ]
