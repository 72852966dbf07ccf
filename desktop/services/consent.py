"""Photo consent: what each family said about photos of their child, and the rule that follows from it.

A photo tagged with a child whose family has not agreed (refused, or not asked yet) may not go into class
news, nor into another child's work folder. The child's own folder is fine: the photo stays between the
school and that family. The rule is checked inside the transaction that would publish the photo.
"""

from collections.abc import Iterable

from sqlalchemy.orm import Session

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.linkbook import Method
from desktop.domain.pupils import PhotoConsent
from desktop.domain.records import ConsentChange
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.attachments import AttachmentRepository, PhotoTags
from desktop.store.repositories.records import PhotoConsentRepository
from desktop.store.repositories.school import SchoolRepository


class PhotoNotAllowed(InvalidInput):
    """A photo of a child without photo consent was about to be shared beyond that child's family."""

    def __init__(self, names: list[str], where: str) -> None:
        who = ", ".join(names)
        several = len(names) > 1
        super().__init__(
            f"This photo shows {who}, whose {'families have' if several else 'family has'} not agreed to "
            f"photos being shared, so it cannot go into {where}. Take the photo out, use one without "
            f"{'them' if several else 'that child'}, or record the family's consent first."
        )


def _blocked(session: Session, attachment_ids: Iterable[str], except_pupil: str | None) -> list[str]:
    """Names of the tagged children without consent (the folder's own child excepted)."""
    ids = list(dict.fromkeys(attachment_ids))
    if not ids:
        return []
    tagged = [p for p in PhotoTags(session).pupils_in(ids) if p != except_pupil]
    consents = PhotoConsentRepository(session).consents(tagged)
    return sorted(name for name, consent in consents.values() if consent is not PhotoConsent.GRANTED)


def check_news_photos(session: Session, attachment_ids: Iterable[str]) -> None:
    """Raise PhotoNotAllowed if any photo shows a child without consent."""
    names = _blocked(session, attachment_ids, None)
    if names:
        raise PhotoNotAllowed(names, "class news")
    return None


def check_folder_photos(session: Session, pupil_id: str, attachment_ids: Iterable[str]) -> None:
    """Raise PhotoNotAllowed if a photo in this child's folder shows another child without consent."""
    names = _blocked(session, attachment_ids, pupil_id)
    if names:
        raise PhotoNotAllowed(names, "another child's work folder")
    return None


class PhotoConsentService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def record(
        self,
        pupil_id: str,
        consent: PhotoConsent,
        given_by: str,
        method: Method = Method.PAPER,
    ) -> ConsentChange:
        """Record what the family said (a signed form, or in the app), keeping every earlier answer."""
        self.context.actor.require(Capability.MANAGE_FAMILIES)
        if consent is not PhotoConsent.NOT_ASKED and not given_by.strip():
            raise InvalidInput("Say which parent or carer gave this answer.")
        change = ConsentChange(
            pupil_id=pupil_id,
            consent=consent,
            given_by=given_by.strip(),
            method=method,
            recorded_at=self.context.now(),
            recorded_by=self.context.actor.name,
        )
        with self.vault.writing() as session:
            if SchoolRepository(session).pupil(pupil_id) is None:
                raise InvalidInput("That pupil is not on roll in this school.")
            PhotoConsentRepository(session).record(change)
            self.context.audit(
                session, AuditAction.CHANGED, "photo_consent", change.id, pupil_id, consent.value
            )
        return change

    def history(self, pupil_id: str) -> list[ConsentChange]:
        with self.vault.reading() as session:
            return PhotoConsentRepository(session).history(pupil_id)

    def tag(self, attachment_id: str, pupil_ids: Iterable[str]) -> None:
        """Say who a photo shows (adds to the children already tagged)."""
        self.context.actor.require(Capability.MANAGE_FOLDERS)
        wanted = list(dict.fromkeys(pupil_ids))
        with self.vault.writing() as session:
            if not AttachmentRepository(session, self.vault.blobs).exists(attachment_id):
                raise InvalidInput("That photo is not in this school's records.")
            known = SchoolRepository(session).pupils_by_ids(wanted)
            missing = [p for p in wanted if p not in known]
            if missing:
                raise InvalidInput("Some of the children chosen are not on roll; nothing was tagged.")
            for pupil_id in PhotoTags(session).tag(attachment_id, wanted):
                self.context.audit(
                    session, AuditAction.CHANGED, "attachment", attachment_id, pupil_id, "tagged"
                )


def consent_words(consent: PhotoConsent) -> str:
    return {
        PhotoConsent.GRANTED: "Photos may be used",
        PhotoConsent.REFUSED: "No photos",
        PhotoConsent.NOT_ASKED: "Not asked yet (treated as no photos)",
    }[consent]


__all__ = [
    "PhotoConsentService",
    "PhotoNotAllowed",
    "check_folder_photos",
    "check_news_photos",
    "consent_words",
]
