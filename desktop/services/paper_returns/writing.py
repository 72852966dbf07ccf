"""Writing a decided page: filing it through the services a typed paper reply uses, and keeping it.

The reply, acknowledgement, comment, booking or signature is filed as made on paper, dated by the scan,
in the household's names; the page's picture and its cuttings are kept as encrypted attachments with the
pupil's record, with the page's row, in one go.
"""

import datetime as dt
import io

from PIL import Image

from desktop.domain.agreements import Party
from desktop.domain.audit import AuditAction
from desktop.domain.contact_log import ContactKind, FamilyContact
from desktop.domain.linkbook import Method
from desktop.domain.paper_returns import PaperReturn, ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.domain.review_views import ViewsFrom, ViewsReceived
from desktop.printing.page_areas import Area
from desktop.printing.page_codes import PageCode
from desktop.services.agreements import AgreementService
from desktop.services.contact_log import ContactLogService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.home_learning import HomeLearningService
from desktop.services.meetings import MeetingService
from desktop.services.paper_returns.deciding import Plan
from desktop.services.print_packs import households
from desktop.services.reply_codes import ReplyCodeService
from desktop.services.review_views import ReviewViewsService
from desktop.services.school import SchoolService
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.repositories.paper_returns import PaperReturnRepository

REPLY_ON_PAPER = "Handwritten reply on the returned page (kept as a picture beside this entry)."
FOLDER_COMMENT_ON_PAPER = "Handwritten comment on the returned page (kept as a picture beside this folder)."
HOME_LEARNING_ON_PAPER = "Handwritten comment on the returned slip (kept as a picture)."
CONTACT_ON_PAPER = (
    "{by} ticked “Please contact me” on the returned page ({on}): please get in touch with the family."
)
"""The contact log's note for a ticked "Please contact me" box: its follow-up is due the day of the scan,
so the request is on the class teacher's list of follow-ups due that day."""
FOLDER_READ_ON_PAPER = "Marked “I have read this” on the returned page."


class PageWriter:
    """Files a decided page and keeps its picture and cuttings."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def file(self, plan: Plan, pupil: Pupil, code: PageCode, scanned_at: dt.datetime) -> None:
        by_name = self.household_names(pupil, code.household)
        replies = ReplyCodeService(self.context)
        for entry_id, ticked, written in plan.days:
            replies.record_paper_reply(
                entry_id,
                REPLY_ON_PAPER if written else "",
                by_name,
                ticked,
                written_on=scanned_at.date(),
                acknowledged_at=scanned_at,
            )
        if plan.folder is not None:
            folder_id, _ticked, written = plan.folder
            text = FOLDER_COMMENT_ON_PAPER if written else FOLDER_READ_ON_PAPER
            WorkFolderService(self.context).add_family_comment(
                folder_id, text, by_name, Method.PAPER, at=scanned_at
            )
        for task_id, ticked, written in plan.home_learning:
            HomeLearningService(self.context).record_return(
                task_id,
                pupil.id,
                ticked,
                HOME_LEARNING_ON_PAPER if written else "",
                by_name,
                Method.PAPER,
                at=scanned_at,
            )
        if plan.booking is not None:
            meeting_id, slot_id = plan.booking
            MeetingService(self.context).file_slip(meeting_id, pupil.id, [slot_id], by_name)
        for on in plan.contact:
            ContactLogService(self.context).log(
                FamilyContact(
                    pupil.id,
                    ContactKind.MESSAGE,
                    scanned_at.date(),
                    note=CONTACT_ON_PAPER.format(on=on, by=by_name),
                    reached=False,
                    follow_up_on=scanned_at.date(),
                )
            )
        agreements = AgreementService(self.context)
        for agreement_id, party in plan.signatures:
            signer = pupil.display_name if party is Party.PUPIL else by_name
            current = agreements.agreement(agreement_id).current
            if any(s.party is party and s.signer_name == signer for s in current.signatures):
                continue
            agreements.sign(agreement_id, party, signer, Method.PAPER, signed_on=scanned_at.date())

    def file_views(
        self, plan: Plan, pupil: Pupil, code: PageCode, scanned_at: dt.datetime, stored: PaperReturn
    ) -> None:
        """The views read from the page, each with the handwriting cut out of it (kept as pictures)."""
        service = ReviewViewsService(self.context)
        for found in plan.views:
            prefix = f"views:{found.agreement_id}:{found.given_by.value}:"
            pictures = tuple(
                (ref.removeprefix(prefix), attachment_id)
                for ref, _kind, attachment_id in stored.cuttings
                if ref.startswith(prefix)
            )
            by_name = (
                pupil.first_name
                if found.given_by is ViewsFrom.CHILD
                else self.household_names(pupil, code.household)
            )
            service.record(
                found.agreement_id,
                found.views(),
                ViewsReceived.PAPER_SCANNED,
                by_name,
                at=scanned_at,
                pictures=pictures,
            )

    def household_names(self, pupil: Pupil, household: int) -> str:
        recipients = households(SchoolService(self.context).family_of(pupil.id), paper_only=False)
        if 1 <= household <= len(recipients) and recipients[household - 1].names:
            return " and ".join(recipients[household - 1].names)
        return "The family"

    def store(
        self,
        key: str,
        source: str,
        picture: Image.Image,
        scanned_at: dt.datetime,
        status: ReturnStatus,
        code: PageCode | None,
        pupil: Pupil | None,
        reason: str,
        what: str,
        cuttings: list[tuple[Area, Image.Image]],
        read: bool = False,
    ) -> PaperReturn:
        """The page's picture and cuttings as encrypted attachments, and the page's row, in one go."""
        pupils = (pupil.id,) if pupil else ()
        now = self.context.now()
        with self.context.vault.writing() as session:
            attachments = AttachmentRepository(session, self.context.vault.blobs)
            whole = attachments.add(jpeg(picture), f"{source}.jpg", "image/jpeg", pupils, now)
            kept = tuple(
                (
                    area.ref,
                    area.kind.value,
                    attachments.add(png(image), f"{area.kind.value}.png", "image/png", pupils, now).id,
                )
                for area, image in cuttings
            )
            page = PaperReturn(
                page_key=key,
                source=source,
                status=status,
                scanned_at=scanned_at,
                picture_id=whole.id,
                code=code.payload if code else "",
                pupil_id=pupil.id if pupil else None,
                reason=reason,
                summary=what,
                read=read,
                cuttings=kept,
            )
            PaperReturnRepository(session).add(page)
            detail = what if status is ReturnStatus.FILED else f"to review: {reason}"
            self.context.audit(session, AuditAction.IMPORTED, "paper_return", page.id, page.pupil_id, detail)
        return page


def jpeg(picture: Image.Image) -> bytes:
    """The page as kept: grey (pen colours carry no meaning here; a third of the size and time)."""
    buffer = io.BytesIO()
    picture.convert("L").save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def png(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()
