"""Photo consent: a photo of a child whose family has not agreed stays out of class news and out of
other children's folders, and the message says why and what to do."""

import datetime as dt

import pytest

from desktop.domain.calendar import Period
from desktop.domain.linkbook import Method
from desktop.domain.news import NewsItem
from desktop.domain.pupils import PhotoConsent
from desktop.domain.work_folders import WorkItem
from desktop.services.consent import PhotoConsentService, PhotoNotAllowed
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.news import NewsService
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from tests.conftest import TODAY
from tests.test_agreements_and_folders import png_bytes


@pytest.fixture
def group_photo(senco_context: ServiceContext, small_school) -> tuple[str, list]:
    """A photo of Zofia, Amina and Ionuț at sports day; Zofia's and Ionuț's families said yes."""
    pupils = small_school["pupils"]
    zofia, amina, ionut = pupils[0], pupils[2], pupils[4]
    consent = PhotoConsentService(senco_context)
    consent.record(zofia.id, PhotoConsent.GRANTED, "Parent of Zofia")
    consent.record(ionut.id, PhotoConsent.GRANTED, "Parent of Ionuț", Method.DIGITAL)
    photo = NewsService(senco_context).attach_photo(png_bytes("#0a5"), "sports-day.png")
    consent.tag(photo.id, [zofia.id, amina.id, ionut.id])
    return photo.id, [zofia, amina, ionut]


def _news(class_id: str, photo_id: str) -> NewsItem:
    return NewsItem("Sports day", "What a day!", TODAY.date(), "Mr Okonkwo-Jones", class_id, (photo_id,))


def test_photo_of_a_child_without_consent_cannot_go_into_class_news(
    senco_context: ServiceContext, small_school, group_photo
) -> None:
    photo_id, (_, amina, _) = group_photo
    news = NewsService(senco_context)
    with pytest.raises(PhotoNotAllowed) as raised:
        news.publish(_news(small_school["class"].id, photo_id))
    message = str(raised.value)
    assert message.startswith("This photo shows أمينة Hassan, whose family")  # the name the school uses
    assert "has not agreed to photos being shared" in message and "class news" in message
    assert "record the family's consent first" in message
    assert isinstance(raised.value, InvalidInput)
    week = (TODAY.date() - dt.timedelta(days=7), TODAY.date())
    assert news.news(small_school["class"].id, *week) == [], "nothing was published"

    PhotoConsentService(senco_context).record(amina.id, PhotoConsent.GRANTED, "Parent of Amina")
    news.publish(_news(small_school["class"].id, photo_id))
    assert [n.title for n in news.news(small_school["class"].id, *week)] == ["Sports day"]


def test_refused_consent_keeps_the_photo_out_of_another_childs_folder(
    senco_context: ServiceContext, group_photo
) -> None:
    photo_id, (_, amina, ionut) = group_photo
    PhotoConsentService(senco_context).record(amina.id, PhotoConsent.REFUSED, "Parent of Amina")
    folders = WorkFolderService(senco_context)
    week = Period.week_of(TODAY.date())
    ionuts = folders.open_folder(ionut.id, week)
    with pytest.raises(PhotoNotAllowed, match="another child's work folder"):
        folders.add_item(ionuts.id, WorkItem("PE", "Relay race", TODAY.date(), attachment_ids=(photo_id,)))
    assert folders.folder(ionuts.id).items == ()

    # In Amina's own folder the photo stays between the school and her family: allowed.
    aminas = folders.open_folder(amina.id, week)
    # ...as long as everyone else in it agreed (Zofia and Ionuț did).
    folders.add_item(aminas.id, WorkItem("PE", "Relay race", TODAY.date(), attachment_ids=(photo_id,)))
    assert folders.folder(aminas.id).items[0].attachment_ids == (photo_id,)


def test_a_withdrawn_consent_blocks_sending_home_until_the_photo_is_taken_out(
    senco_context: ServiceContext, group_photo
) -> None:
    from desktop.domain.work_folders import FolderStatus

    photo_id, (zofia, amina, _) = group_photo
    PhotoConsentService(senco_context).record(amina.id, PhotoConsent.GRANTED, "Parent of Amina")
    folders = WorkFolderService(senco_context)
    folder = folders.open_folder(zofia.id, Period.week_of(TODAY.date()))
    folder = folders.add_item(folder.id, WorkItem("PE", "Relay", TODAY.date(), attachment_ids=(photo_id,)))
    PhotoConsentService(senco_context).record(
        amina.id, PhotoConsent.REFUSED, "Parent of Amina", Method.DIGITAL
    )
    with pytest.raises(PhotoNotAllowed):
        folders.set_status(folder.id, FolderStatus.SENT)
    folder = folders.remove_item(folder.id, folder.items[0].id)
    folder = folders.add_item(folder.id, WorkItem("PE", "Relay (no photo)", TODAY.date()))
    assert folders.set_status(folder.id, FolderStatus.SENT).status is FolderStatus.SENT


def test_consent_lives_with_the_pupil_and_keeps_its_history(
    senco_context: ServiceContext, small_school
) -> None:
    hodan = small_school["pupils"][5]
    assert hodan.photo_consent is PhotoConsent.NOT_ASKED
    consent = PhotoConsentService(senco_context)
    consent.record(hodan.id, PhotoConsent.GRANTED, "Faadumo Warsame", Method.PAPER)
    consent.record(hodan.id, PhotoConsent.REFUSED, "Faadumo Warsame", Method.DIGITAL)
    assert SchoolService(senco_context).pupil(hodan.id).photo_consent is PhotoConsent.REFUSED
    history = consent.history(hodan.id)
    assert [(c.consent, c.method) for c in history] == [
        (PhotoConsent.GRANTED, Method.PAPER),
        (PhotoConsent.REFUSED, Method.DIGITAL),
    ]
    assert history[0].recorded_by == "Mrs Adebayo-Kowalska"
    with pytest.raises(InvalidInput, match="which parent or carer"):
        consent.record(hodan.id, PhotoConsent.GRANTED, " ")
