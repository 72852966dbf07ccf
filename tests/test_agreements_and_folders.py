"""A SENCO's agreements and a teacher's work folders, through the services."""

import datetime as dt
import io

import pytest
from PIL import Image

from desktop.domain.agreements import (
    AgreementTemplate,
    Commitment,
    DocumentContent,
    DocumentKind,
    Party,
    Target,
    VersionStatus,
)
from desktop.domain.calendar import Period
from desktop.domain.linkbook import Method
from desktop.domain.work_folders import FolderStatus, WorkItem
from desktop.services.agreements import AgreementService
from desktop.services.folders import WorkFolderService
from desktop.store.errors import InvalidInput
from tests.conftest import TODAY

TEMPLATE = AgreementTemplate(
    title="Home-school agreement",
    kind=DocumentKind.AGREEMENT,
    content=DocumentContent(
        commitments=(
            Commitment(Party.SCHOOL, "We will write in the link book every day."),
            Commitment(Party.FAMILY, "We will read the link book each evening."),
            Commitment(Party.PUPIL, "I will bring my book bag every day."),
        ),
        targets=(Target("Read with an adult four times a week", dt.date(2026, 11, 25)),),
    ),
)


def test_tailor_version_activate_and_sign(senco_context, small_school) -> None:
    service = AgreementService(senco_context)
    service.save_template(TEMPLATE)
    hodan = small_school["pupils"][5]
    agreement = service.tailor(TEMPLATE.id, hodan.id)
    assert agreement.title.endswith(hodan.display_name)
    service.activate(agreement.id)
    service.sign(agreement.id, Party.FAMILY, "Parent of Hodan", Method.PAPER, dt.date(2026, 11, 18))
    changed = DocumentContent(
        commitments=(
            *TEMPLATE.content.commitments,
            Commitment(Party.SCHOOL, "A visual timetable on the desk."),
        ),
        targets=TEMPLATE.content.targets,
    )
    service.new_version(agreement.id, changed, "Added a visual timetable")
    service.activate(agreement.id)
    latest = service.agreement(agreement.id)
    assert [v.status for v in latest.versions] == [VersionStatus.SUPERSEDED, VersionStatus.ACTIVE]
    assert latest.versions[0].signature_of(Party.FAMILY).method is Method.PAPER
    assert latest.current.signatures == ()
    assert len(latest.current.content.commitments_of(Party.SCHOOL)) == 2


def test_review_due_lists_active_agreements_by_date(senco_context, small_school) -> None:
    service = AgreementService(senco_context)
    service.save_template(TEMPLATE)
    agreement = service.tailor(TEMPLATE.id, small_school["pupils"][0].id)
    assert service.reviews_due(7) == [], "a draft is not yet in force"
    service.activate(agreement.id)
    assert [a.id for a in service.reviews_due(7)] == [agreement.id]
    assert service.reviews_due(2) == [], "review on 25 Nov is more than 2 days after 20 Nov"


def test_signed_version_cannot_be_edited_in_place(senco_context, small_school) -> None:
    service = AgreementService(senco_context)
    service.save_template(TEMPLATE)
    agreement = service.activate(service.tailor(TEMPLATE.id, small_school["pupils"][0].id).id)
    with pytest.raises(InvalidInput, match="new version"):
        service.edit_draft(agreement.id, DocumentContent())


def png_bytes(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_folder_with_a_photo_goes_home_and_comes_back(senco_context, small_school) -> None:
    service = WorkFolderService(senco_context)
    kavya = small_school["pupils"][6]
    week = Period.week_of(TODAY.date())
    folder = service.open_folder(kavya.id, week)
    assert service.open_folder(kavya.id, week).id == folder.id, "one folder per pupil per week"
    with pytest.raises(InvalidInput, match="empty"):
        service.set_status(folder.id, FolderStatus.SENT)
    photo = service.attach(kavya.id, png_bytes("orange"), "volcano.png")
    service.add_item(
        folder.id,
        WorkItem("Science", "My volcano", TODAY.date(), "Lovely labels", "3/3", attachment_ids=(photo.id,)),
    )
    service.set_status(folder.id, FolderStatus.SENT)
    service.add_family_comment(folder.id, "Bardzo ładnie!", "Parent of Kavya", Method.PAPER)
    [stored] = service.for_pupil(kavya.id)
    assert stored.status is FolderStatus.RETURNED
    assert stored.family_comment.method is Method.PAPER
    assert Image.open(io.BytesIO(service.attachment_bytes(stored.items[0].attachment_ids[0]))).size == (
        64,
        48,
    )


def test_same_photo_twice_is_stored_once(senco_context, small_school) -> None:
    service = WorkFolderService(senco_context)
    pupil = small_school["pupils"][0]
    first = service.attach(pupil.id, png_bytes("blue"), "a.png")
    second = service.attach(pupil.id, png_bytes("blue"), "b.png")
    assert first.blob_name == second.blob_name
    assert len(senco_context.vault.blobs.names()) == 1


def test_a_file_that_is_not_a_photo_is_refused(senco_context, small_school) -> None:
    with pytest.raises(InvalidInput, match="PNG, JPEG or PDF"):
        WorkFolderService(senco_context).attach(small_school["pupils"][0].id, b"MZ\x90\x00", "setup.exe")
