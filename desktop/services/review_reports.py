"""The files of the reports brought to a plan's review: attached from a file on disk, opened, let go.

`PlanReviewService.attach_report` keeps the bytes (encrypted, tagged to no pupil, so never on a family's
device); this module adds what the review screen needs around it: reading a chosen file with a clear
message when it cannot be read, and letting go of a file attached to a review never saved.
"""

from pathlib import Path

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.plan_reviews import Report
from desktop.services.context import ServiceContext
from desktop.services.folders import MAX_ATTACHMENT
from desktop.services.plan_reviews import PlanReviewService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.agreements import AgreementRepository
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.repositories.plan_reviews import PlanReviewRepository

REPORT_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg")
"""The files offered when choosing a report: a PDF, or a scan or photo of a paper one."""


class ReviewReportFiles:
    """A review's report files, for the SENCO on the review screen."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault
        self.reviews = PlanReviewService(context)

    def attach_file(self, agreement_id: str, path: Path) -> tuple[Report, int]:
        """Attach the report in `path` (a PDF, PNG or JPEG) to the plan's coming review; returns the
        report naming the file, titled after it for the SENCO to change, and the file's size."""
        name = path.name
        if path.suffix.lower() not in REPORT_SUFFIXES:
            raise InvalidInput(f"{name} is not a PDF, a photo or a scan; attach a PDF, PNG or JPEG file.")
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT:
                raise InvalidInput(
                    f"{name} is over {MAX_ATTACHMENT // 2**20} MB; scan it at a lower resolution."
                )
            data = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise InvalidInput(
                f"{name} could not be read ({reason}); check that the file is still there and that you may "
                "open it, or save the report again."
            ) from exc
        report = self.reviews.attach_report(agreement_id, Report(path.stem, "", ""), data, name)
        return report, len(data)

    def read(self, report: Report) -> bytes:
        """The attached file, decrypted (for showing on screen, never written out)."""
        return self.reviews.report_file(report)

    def discard(self, agreement_id: str, report: Report) -> bool:
        """Let go of a file attached to a review not saved; False if a saved review names it (kept)."""
        self.context.actor.require(Capability.TAILOR_AGREEMENTS)
        if not report.attachment_id:
            return False
        with self.vault.writing() as session:
            named = {
                r.attachment_id
                for review in PlanReviewRepository(session).reviews(agreement_id)
                for r in review.meeting.reports
            }
            files = AttachmentRepository(session, self.vault.blobs)
            found = files.get(report.attachment_id)
            if report.attachment_id in named or found is None or found.pupil_ids:
                return False
            plan = AgreementRepository(session).agreement(agreement_id)
            pupil_id = plan.pupil_id if plan is not None else None
            if pupil_id is not None:
                self.context.actor.require_pupil(pupil_id)
            blob_name = files.remove(report.attachment_id)
            self.context.audit(
                session, AuditAction.DELETED, "attachment", report.attachment_id, pupil_id, "review report"
            )
        if blob_name is not None:
            with self.vault.reading() as session:
                in_use = AttachmentRepository(session, self.vault.blobs).blob_names_in_use([blob_name])
            if not in_use:
                self.vault.blobs.delete(blob_name)
        return True
