"""Deleting a pupil's records, row by row, and saying exactly which ids went (for the register and for
sync tombstones).

Every delete runs with `secure_delete` on (desktop/store/database.py), so the bytes are overwritten, not
left in free pages. Children's rows are deleted explicitly rather than left to ON DELETE CASCADE, so the
list of erased ids is complete.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Select, delete, select, text
from sqlalchemy.orm import Session

from desktop.domain.agreements import DocumentKind
from desktop.store.repositories.entry_translations import EntryTranslations
from desktop.store.repositories.family_reach import ContactLog, FamilyProfiles, ReachQuery
from desktop.store.repositories.home_learning import HomeLearningRepository
from desktop.store.repositories.review_views import ReviewViewsRepository
from desktop.store.repositories.search import SearchIndex
from desktop.store.schema import (
    SEARCH_TABLE,
    AcknowledgementRow,
    AgreementRow,
    AgreementVersionRow,
    AttachmentPupilRow,
    AttachmentRow,
    EntryDraftRow,
    EntryRow,
    FamilyMemberRow,
    ImportLinkRow,
    NewsAttachmentRow,
    PupilFamilyRow,
    PupilRow,
    ReplyRow,
    SignatureRow,
    WorkFolderRow,
    WorkItemAttachmentRow,
    WorkItemRow,
)
from desktop.store.schema_agreement_drafts import AgreementDraftRow
from desktop.store.schema_paper import PaperReturnRow
from desktop.store.schema_plan_reviews import PlanAssessmentRow, PlanReviewRow
from desktop.store.schema_records import PhotoConsentRow


@dataclass
class ErasedIds:
    """The ids of every erased record, by the record kind sync knows it as."""

    by_kind: dict[str, list[str]] = field(default_factory=dict)
    blob_names: set[str] = field(default_factory=set)
    """Blobs that no attachment refers to any more: delete their files once the transaction commits."""

    def add(self, kind: str, ids: Iterable[str]) -> None:
        ids = list(ids)
        if ids:
            self.by_kind.setdefault(kind, []).extend(ids)

    def counts(self) -> dict[str, int]:
        return {kind: len(ids) for kind, ids in sorted(self.by_kind.items())}


class PupilRecordsEraser:
    """Deletes within the caller's write transaction; the caller commits, then removes the blob files."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.erased = ErasedIds()

    def _ids(self, query: Select[str]) -> list[str]:
        return list(self.session.scalars(query))

    def link_book(self, pupil_id: str, through: dt.date | None = None) -> None:
        """Entries (with replies and acknowledgements), up to and including `through` if given."""
        query = select(EntryRow.id).where(EntryRow.pupil_id == pupil_id)
        if through is not None:
            query = query.where(EntryRow.day <= through)
        entry_ids = self._ids(query)
        drafts = delete(EntryDraftRow).where(EntryDraftRow.pupil_id == pupil_id)
        if through is not None:
            drafts = drafts.where(EntryDraftRow.day <= through)
        self.session.execute(drafts)
        if not entry_ids:
            return
        reply_ids = self._ids(select(ReplyRow.id).where(ReplyRow.entry_id.in_(entry_ids)))
        ack_ids = self._ids(select(AcknowledgementRow.id).where(AcknowledgementRow.entry_id.in_(entry_ids)))
        self._unindex([*entry_ids, *reply_ids])
        self.erased.add("entry_translation", EntryTranslations(self.session).delete_for_entries(entry_ids))
        self.session.execute(delete(ReplyRow).where(ReplyRow.entry_id.in_(entry_ids)))
        self.session.execute(delete(AcknowledgementRow).where(AcknowledgementRow.entry_id.in_(entry_ids)))
        self.session.execute(delete(EntryRow).where(EntryRow.id.in_(entry_ids)))
        self.erased.add("entry", entry_ids)
        self.erased.add("reply", reply_ids)
        self.erased.add("acknowledgement", ack_ids)

    def work_folders(self, pupil_id: str, through: dt.date | None = None) -> None:
        """Folders with their pieces of work, and the photos and scans only they used."""
        query = select(WorkFolderRow.id).where(WorkFolderRow.pupil_id == pupil_id)
        if through is not None:
            query = query.where(WorkFolderRow.period_start <= through)
        folder_ids = self._ids(query)
        if not folder_ids:
            return
        item_ids = self._ids(select(WorkItemRow.id).where(WorkItemRow.folder_id.in_(folder_ids)))
        attachment_ids = self._ids(
            select(WorkItemAttachmentRow.attachment_id).where(WorkItemAttachmentRow.item_id.in_(item_ids))
        )
        self._unindex(folder_ids)
        self.session.execute(delete(WorkItemAttachmentRow).where(WorkItemAttachmentRow.item_id.in_(item_ids)))
        self.session.execute(delete(WorkItemRow).where(WorkItemRow.folder_id.in_(folder_ids)))
        self.session.execute(delete(WorkFolderRow).where(WorkFolderRow.id.in_(folder_ids)))
        self.erased.add("work_folder", folder_ids)
        self.erased.add("work_item", item_ids)
        self._drop_attachments([a for a in set(attachment_ids) if not self._still_used(a)])

    def agreements(self, pupil_id: str, kinds: Iterable[DocumentKind]) -> None:
        """Agreements of the kinds given, every version and signature."""
        agreement_ids = self._ids(
            select(AgreementRow.id).where(
                AgreementRow.pupil_id == pupil_id, AgreementRow.kind.in_([k.value for k in kinds])
            )
        )
        if not agreement_ids:
            return
        version_ids = self._ids(
            select(AgreementVersionRow.id).where(AgreementVersionRow.agreement_id.in_(agreement_ids))
        )
        signature_ids = self._ids(select(SignatureRow.id).where(SignatureRow.version_id.in_(version_ids)))
        self._plan_cycles(agreement_ids)
        self._unindex(agreement_ids)
        self.erased.add("review_views", ReviewViewsRepository(self.session).delete_for_plans(agreement_ids))
        self.session.execute(delete(SignatureRow).where(SignatureRow.version_id.in_(version_ids)))
        self.session.execute(
            delete(AgreementVersionRow).where(AgreementVersionRow.agreement_id.in_(agreement_ids))
        )
        self.session.execute(delete(AgreementRow).where(AgreementRow.id.in_(agreement_ids)))
        self.session.execute(
            delete(AgreementDraftRow).where(AgreementDraftRow.document_id.in_(agreement_ids))
        )
        self.erased.add("agreement", agreement_ids)
        self.erased.add("agreement_version", version_ids)
        self.erased.add("signature", signature_ids)

    def _plan_cycles(self, agreement_ids: list[str]) -> None:
        """The plans' assessments and reviews, and the report files the reviews kept (a report about the
        child is theirs even though its attachment is tagged to no pupil)."""
        reviews = list(
            self.session.execute(
                select(PlanReviewRow.id, PlanReviewRow.meeting).where(
                    PlanReviewRow.agreement_id.in_(agreement_ids)
                )
            )
        )
        assessment_ids = self._ids(
            select(PlanAssessmentRow.id).where(PlanAssessmentRow.agreement_id.in_(agreement_ids))
        )
        report_files = {
            str(report["attachment_id"])
            for _, meeting in reviews
            for report in (meeting or {}).get("reports", ())
            if isinstance(report, dict) and report.get("attachment_id")
        }
        self.session.execute(delete(PlanReviewRow).where(PlanReviewRow.agreement_id.in_(agreement_ids)))
        self.session.execute(
            delete(PlanAssessmentRow).where(PlanAssessmentRow.agreement_id.in_(agreement_ids))
        )
        self.erased.add("plan_review", [review_id for review_id, _ in reviews])
        self.erased.add("plan_assessment", assessment_ids)
        self._drop_attachments(sorted(report_files))

    def pupil(self, pupil_id: str) -> None:
        """Everything about the pupil, then the pupil: photos showing them, family members who are nobody
        else's, outside ids, consent history, what is left in the search index."""
        self.link_book(pupil_id)
        self.work_folders(pupil_id)
        self.agreements(pupil_id, list(DocumentKind))
        # A photo tagged with the child shows the child: it goes, from class news and other folders too.
        self._drop_attachments(
            self._ids(select(AttachmentPupilRow.attachment_id).where(AttachmentPupilRow.pupil_id == pupil_id))
        )
        member_ids = self._ids(
            select(PupilFamilyRow.family_member_id).where(PupilFamilyRow.pupil_id == pupil_id)
        )
        self.session.execute(delete(PupilFamilyRow).where(PupilFamilyRow.pupil_id == pupil_id))
        still_linked = set(
            self._ids(
                select(PupilFamilyRow.family_member_id).where(PupilFamilyRow.family_member_id.in_(member_ids))
            )
        )
        only_theirs = [m for m in member_ids if m not in still_linked]
        self.session.execute(delete(FamilyMemberRow).where(FamilyMemberRow.id.in_(only_theirs)))
        self.erased.add("family_member", only_theirs)
        self.session.execute(
            delete(ImportLinkRow).where(ImportLinkRow.record_id.in_([pupil_id, *only_theirs]))
        )
        consent_ids = self._ids(select(PhotoConsentRow.id).where(PhotoConsentRow.pupil_id == pupil_id))
        self.session.execute(delete(PhotoConsentRow).where(PhotoConsentRow.pupil_id == pupil_id))
        self.erased.add("photo_consent", consent_ids)
        profile_ids, item_ids = FamilyProfiles(self.session).delete_pupil(pupil_id)
        self.erased.add("family_profile", profile_ids)
        self.erased.add("family_profile_item", item_ids)
        self.erased.add("family_contact", ContactLog(self.session).delete_pupil(pupil_id))
        ReachQuery(self.session).forget_pupil(pupil_id)
        SearchIndex(self.session).remove_pupil(pupil_id)
        self.session.execute(delete(EntryDraftRow).where(EntryDraftRow.pupil_id == pupil_id))
        self.session.execute(delete(AgreementDraftRow).where(AgreementDraftRow.pupil_id == pupil_id))
        # Their returned pages: the pictures went with the attachments tagged with them, above.
        self.session.execute(delete(PaperReturnRow).where(PaperReturnRow.pupil_id == pupil_id))
        self.erased.add("home_learning_pupil", HomeLearningRepository(self.session).delete_pupil(pupil_id))
        self.session.execute(delete(PupilRow).where(PupilRow.id == pupil_id))
        self.erased.add("pupil", [pupil_id])

    def compact_search_index(self) -> None:
        """Merge the index's segments, so deleted text does not linger in them as tombstoned terms."""
        self.session.execute(text(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')"))

    def _unindex(self, record_ids: list[str]) -> None:
        index = SearchIndex(self.session)
        for record_id in record_ids:
            index.remove(record_id)

    def _still_used(self, attachment_id: str) -> bool:
        in_items = self.session.scalar(
            select(WorkItemAttachmentRow.item_id).where(WorkItemAttachmentRow.attachment_id == attachment_id)
        )
        in_news = self.session.scalar(
            select(NewsAttachmentRow.news_id).where(NewsAttachmentRow.attachment_id == attachment_id)
        )
        return in_items is not None or in_news is not None

    def _drop_attachments(self, attachment_ids: list[str]) -> None:
        if not attachment_ids:
            return
        names = set(
            self.session.scalars(select(AttachmentRow.blob_name).where(AttachmentRow.id.in_(attachment_ids)))
        )
        self.session.execute(
            delete(WorkItemAttachmentRow).where(WorkItemAttachmentRow.attachment_id.in_(attachment_ids))
        )
        self.session.execute(
            delete(NewsAttachmentRow).where(NewsAttachmentRow.attachment_id.in_(attachment_ids))
        )
        self.session.execute(
            delete(AttachmentPupilRow).where(AttachmentPupilRow.attachment_id.in_(attachment_ids))
        )
        self.session.execute(delete(AttachmentRow).where(AttachmentRow.id.in_(attachment_ids)))
        self.erased.add("attachment", attachment_ids)
        # The same file added twice is one blob under two attachments: keep it while another refers to it.
        still = set(
            self.session.scalars(select(AttachmentRow.blob_name).where(AttachmentRow.blob_name.in_(names)))
        )
        self.erased.blob_names |= names - still
