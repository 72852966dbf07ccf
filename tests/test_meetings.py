"""Meetings and parents' evenings through the services: offering times, booking in the app, by staff and
on paper (a real booking slip printed, its code read back from the PDF and typed, and a scan of it
filed), clashes and double bookings refused or shown with what to do, attendance in the contact log and
the reach view."""

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from desktop.domain.access import Actor, FamilyRole
from desktop.domain.contact_log import ContactKind
from desktop.domain.meetings import BookedBy, Meeting
from desktop.domain.paper_returns import ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.domain.reach import ReachChannel
from desktop.domain.school import SchoolClass
from desktop.printing.page_areas import AreaKind
from desktop.printing.page_codes import PageAreas, PageCode
from desktop.services.contact_log import ContactLogService
from desktop.services.context import ServiceContext
from desktop.services.meetings import MeetingService
from desktop.services.paper_returns.filing import PaperReturnService
from desktop.services.paper_returns.reading import read_page
from desktop.services.reach import ReachService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.paper_returns import PaperReturnRepository
from tests.conftest import TODAY
from tests.paper_scans import rasterise, spoil, tick
from tests.printing_fixtures import page_texts

EVENING = dt.date(2026, 11, 26)
"""Thursday of the week after TODAY (Friday 20 November 2026)."""


@pytest.fixture
def oak(small_school: dict[str, object]) -> SchoolClass:
    found: SchoolClass = small_school["class"]  # type: ignore[assignment]
    return found


@pytest.fixture
def pupils(small_school: dict[str, object]) -> list[Pupil]:
    found: list[Pupil] = small_school["pupils"]  # type: ignore[assignment]
    return found


@pytest.fixture
def evening(senco_context: ServiceContext, oak: SchoolClass) -> Meeting:
    return MeetingService(senco_context).offer(
        oak.id, "Parents' evening", EVENING, dt.time(15, 30), dt.time(16, 30), 10, "Room 4", "POL"
    )


def family_of(context: ServiceContext, *children: Pupil) -> ServiceContext:
    """The same school's data acting as a family member of these children (as their device does)."""
    actor = Actor(
        f"Parent of {children[0].first_name}",
        FamilyRole.FAMILY_MEMBER,
        pupil_ids=tuple(c.id for c in children),
    )
    return ServiceContext(context.vault, actor, clock=lambda: TODAY)


def test_a_teacher_offers_back_to_back_times_with_room_and_interpreter(evening: Meeting) -> None:
    assert [s.label for s in evening.slots] == [
        "15:30–15:40",
        "15:40–15:50",
        "15:50–16:00",
        "16:00–16:10",
        "16:10–16:20",
        "16:20–16:30",
    ]
    assert (evening.room, evening.interpreter_language) == ("Room 4", "POL")


@pytest.mark.parametrize(
    ("day", "first", "last", "minutes", "interpreter", "said"),
    [
        (dt.date(2026, 11, 2), dt.time(15), dt.time(16), 10, "", "has passed"),
        (EVENING, dt.time(16), dt.time(15), 10, "", "must be after the first"),
        (EVENING, dt.time(15), dt.time(15, 20), 30, "", "No 30-minute time fits"),
        (EVENING, dt.time(15), dt.time(16), 10, "XX", "Unknown DfE language code"),
    ],
)
def test_a_meeting_that_cannot_be_offered_says_why_and_offers_nothing(
    senco_context: ServiceContext,
    oak: SchoolClass,
    day: dt.date,
    first: dt.time,
    last: dt.time,
    minutes: int,
    interpreter: str,
    said: str,
) -> None:
    service = MeetingService(senco_context)
    with pytest.raises(InvalidInput, match=said) as refused:
        service.offer(oak.id, "Parents' evening", day, first, last, minutes, interpreter_language=interpreter)
    assert "Nothing was offered" in str(refused.value) or "nothing was offered" in str(refused.value)
    assert service.meetings(oak.id) == []


def test_a_family_books_changes_its_booking_and_the_grid_shows_who_has_not_booked(
    senco_context: ServiceContext, evening: Meeting, pupils: list[Pupil]
) -> None:
    zofia = pupils[0]
    home = MeetingService(family_of(senco_context, zofia))
    [offer] = home.for_family(zofia.id)
    assert offer.booking is None
    home.book(evening.id, zofia.id, evening.slots[2].id, "Parent of Zofia")
    home.book(evening.id, zofia.id, evening.slots[4].id, "Parent of Zofia")
    [offer] = home.for_family(zofia.id)
    assert offer.booked_slot == evening.slots[4], "changing a booking moves it; it never books twice"

    grid = MeetingService(senco_context).grid(evening.id)
    booked = {row.slot.label: [name for name, _b in row.pupils] for row in grid.rows if row.pupils}
    assert booked == {"16:10–16:20": ["Zofia Wiśniewska"]}
    assert [b.booked_by for row in grid.rows for _n, b in row.pupils] == [BookedBy.APP]
    assert len(grid.not_booked) == len(pupils) - 1
    assert "Zofia Wiśniewska" not in [name for _id, name in grid.not_booked]


def test_a_family_cannot_book_another_childs_meeting(
    senco_context: ServiceContext, evening: Meeting, pupils: list[Pupil]
) -> None:
    zofia, ayaan = pupils[0], pupils[1]
    with pytest.raises(PermissionError, match="not shared with you"):
        MeetingService(family_of(senco_context, zofia)).book(evening.id, ayaan.id, evening.slots[0].id, "x")


def test_two_families_booking_one_time_apart_show_as_a_clash_and_staff_cannot_make_one(
    senco_context: ServiceContext, evening: Meeting, pupils: list[Pupil]
) -> None:
    zofia, ayaan, amina = pupils[0], pupils[1], pupils[2]
    at_1540 = evening.slots[1]
    # Each family on its own device cannot see the other's booking: both take 15:40.
    MeetingService(family_of(senco_context, zofia)).book(evening.id, zofia.id, at_1540.id, "Parent of Zofia")
    MeetingService(family_of(senco_context, ayaan)).book(evening.id, ayaan.id, at_1540.id, "Parent of Ayaan")
    service = MeetingService(senco_context)
    grid = service.grid(evening.id)
    [clash] = grid.clashes
    assert clash.slot == at_1540
    assert {name for name, _b in clash.pupils} == {ayaan.display_name, "Zofia Wiśniewska"}

    with pytest.raises(InvalidInput, match="15:40–15:50 is already booked by another family"):
        service.book(evening.id, amina.id, at_1540.id, "Parent of Amina")
    assert amina.display_name in [name for _id, name in service.grid(evening.id).not_booked]

    # The teacher settles it: Ayaan's family moves (they agreed by phone).
    service.book(evening.id, ayaan.id, evening.slots[3].id, "Parent of Ayaan")
    assert service.grid(evening.id).clashes == ()


def test_a_family_cannot_book_two_of_its_children_at_the_same_time(
    senco_context: ServiceContext, evening: Meeting, pupils: list[Pupil]
) -> None:
    zofia, ionut = pupils[0], pupils[4]
    home = MeetingService(family_of(senco_context, zofia, ionut))
    home.book(evening.id, zofia.id, evening.slots[0].id, "Parent of Zofia")
    with pytest.raises(InvalidInput, match="already has Zofia's meeting at 15:30–15:40"):
        home.book(evening.id, ionut.id, evening.slots[0].id, "Parent of Zofia")
    home.book(evening.id, ionut.id, evening.slots[1].id, "Parent of Zofia")
    booked = {
        b.pupil_id for row in MeetingService(senco_context).grid(evening.id).rows for _n, b in row.pupils
    }
    assert booked == {zofia.id, ionut.id}


def test_attendance_goes_into_the_contact_log_and_counts_as_reaching_the_family(
    senco_context: ServiceContext, oak: SchoolClass, pupils: list[Pupil]
) -> None:
    hodan, kavya = pupils[5], pupils[6]
    service = MeetingService(senco_context)
    today = service.offer(oak.id, "Review meeting", TODAY.date(), dt.time(15, 30), dt.time(16), 15, "", "SOM")
    service.book(today.id, hodan.id, today.slots[0].id, "Parent of Hodan")
    service.book(today.id, kavya.id, today.slots[1].id, "Parent of Kavya")
    service.record_attendance(today.id, hodan.id, True)
    service.record_attendance(today.id, kavya.id, False)

    [came] = ContactLogService(senco_context).of_pupil(hodan.id)
    assert (came.kind, came.on, came.reached, came.interpreter_language) == (
        ContactKind.MEETING,
        TODAY.date(),
        True,
        "SOM",
    )
    assert came.note == "Review meeting, 15:30–15:45"
    [missed] = ContactLogService(senco_context).of_pupil(kavya.id)
    assert (missed.kind, missed.reached, missed.outcome) == (ContactKind.MEETING, False, "Did not come")

    reach = {r.pupil_id: r for r in ReachService(senco_context).reach(oak.id, 10)}
    assert reach[hodan.id].reached and reach[hodan.id].channel is ReachChannel.MEETING
    assert reach[hodan.id].last_contact == TODAY.date()
    assert not reach[kavya.id].reached, "a meeting missed is not two-way contact"
    marks = [b.attended for row in service.grid(today.id).rows for _n, b in row.pupils]
    assert marks == [True, False]


def test_a_printed_booking_slip_carries_every_time_and_its_typed_code_books_the_first_free_tick(
    senco_context: ServiceContext, evening: Meeting, pupils: list[Pupil]
) -> None:
    zofia, ayaan = pupils[0], pupils[1]
    service = MeetingService(senco_context)
    service.book(evening.id, ayaan.id, evening.slots[1].id, "Parent of Ayaan")
    pdf = service.print_booking_slips(evening.id, [zofia.id])
    [text] = [" ".join(t.split()) for t in page_texts(pdf) if "Booking slip" in t]
    for slot in evening.slots:
        assert slot.label in text
    assert "Tick every time that suits you." in text
    assert "Proszę zaznaczyć wszystkie odpowiednie godziny." in text, "in the family's language too"
    assert "Room 4" in text and "Parent of Zofia" in text
    [code] = set(re.findall(r"\b\d\dW\d\d-[0-9A-Z]{4}-[0-9A-Z]{4}\b", text))

    match = service.open_slip(code.replace("-", " ").lower())
    assert match.pupil.id == zofia.id and [m.id for m in match.meetings] == [evening.id]
    # The family ticked 15:40 (Ayaan's already) and 16:00: the first free one is booked, on paper.
    booking = service.file_slip(
        evening.id, zofia.id, [evening.slots[1].id, evening.slots[3].id], "Parent of Zofia"
    )
    assert (booking.slot_id, booking.booked_by) == (evening.slots[3].id, BookedBy.PAPER)
    with pytest.raises(InvalidInput, match=r"Every time ticked \(15:40–15:50\) is already booked"):
        service.file_slip(evening.id, pupils[2].id, [evening.slots[1].id], "Parent of Amina")
    with pytest.raises(InvalidInput, match="No time is ticked"):
        service.file_slip(evening.id, pupils[2].id, [], "Parent of Amina")


def test_a_typed_link_book_code_is_not_taken_for_a_booking_slip(
    senco_context: ServiceContext, oak: SchoolClass, pupils: list[Pupil]
) -> None:
    from desktop.domain.calendar import Period
    from desktop.services.reply_codes import ReplyCodeService

    code = ReplyCodeService(senco_context).code_for(pupils[0].id, Period.week_of(TODAY.date()))
    with pytest.raises(InvalidInput, match="not a booking slip"):
        MeetingService(senco_context).open_slip(code)


def test_a_scanned_booking_slip_is_filed_to_the_first_ticked_time(
    senco_context: ServiceContext, evening: Meeting, pupils: list[Pupil], tmp_path: Path
) -> None:
    zofia = pupils[0]
    service = MeetingService(senco_context)
    pdf = service.print_booking_slips(evening.id, [zofia.id])
    pictures = rasterise(pdf, 150)
    [(picture, code)] = [(p, c) for p in pictures if (c := read_page(p).code) is not None]
    assert code.page > 900, "a slip never shares a page code with the week's link-book pack"
    with senco_context.vault.reading() as session:
        (layout,) = PaperReturnRepository(session).layouts(code.reply_code, code.household, code.page)
    areas = PageAreas.from_json(PageCode(code.reply_code, code.household, code.page), layout)
    boxes = [a for a in areas.areas if a.kind is AreaKind.TICK]
    assert [b.ref for b in boxes] == [f"slot:{evening.id}:{s.id}" for s in evening.slots]
    tick(picture, boxes[2], 150)
    tick(picture, boxes[5], 150)
    scan = tmp_path / "slip.png"
    spoil(picture, 2, seed=3, noise=0.0005).save(scan)
    os.utime(scan, (TODAY.timestamp(), TODAY.timestamp()))

    report = PaperReturnService(senco_context).import_report([scan])

    assert report.filed == 1, [p.line() for p in report.pages]
    [page] = report.pages
    assert page.status is ReturnStatus.FILED and "booked at 15:50–16:00" in page.what
    [offer] = MeetingService(family_of(senco_context, zofia)).for_family(zofia.id)
    assert offer.booked_slot == evening.slots[2]
    assert offer.booking is not None and offer.booking.booked_by is BookedBy.PAPER


def test_a_scanned_slip_whose_ticked_times_are_all_taken_waits_for_a_person(
    senco_context: ServiceContext, evening: Meeting, pupils: list[Pupil], tmp_path: Path
) -> None:
    zofia, ayaan = pupils[0], pupils[1]
    service = MeetingService(senco_context)
    pdf = service.print_booking_slips(evening.id, [zofia.id])
    service.book(evening.id, ayaan.id, evening.slots[0].id, "Parent of Ayaan")
    [(picture, code)] = [(p, c) for p in rasterise(pdf, 150) if (c := read_page(p).code) is not None]
    with senco_context.vault.reading() as session:
        (layout,) = PaperReturnRepository(session).layouts(code.reply_code, code.household, code.page)
    boxes = [a for a in PageAreas.from_json(code, layout).areas if a.kind is AreaKind.TICK]
    tick(picture, boxes[0], 150)
    scan = tmp_path / "slip.png"
    picture.save(scan)

    report = PaperReturnService(senco_context).import_report([scan])

    [page] = report.pages
    assert page.status is ReturnStatus.TO_REVIEW
    assert "already booked by another family" in page.reason
    [offer] = MeetingService(family_of(senco_context, zofia)).for_family(zofia.id)
    assert offer.booking is None, "nothing was booked"


def test_reminders_go_home_with_the_booked_time_in_the_familys_language(
    senco_context: ServiceContext, evening: Meeting, pupils: list[Pupil]
) -> None:
    zofia, amina = pupils[0], pupils[2]
    service = MeetingService(senco_context)
    with pytest.raises(InvalidInput, match="No family has booked yet"):
        service.print_reminders(evening.id)
    service.book(evening.id, zofia.id, evening.slots[0].id, "Parent of Zofia")
    service.book(evening.id, amina.id, evening.slots[5].id, "Parent of Amina")
    texts = [" ".join(t.split()) for t in page_texts(service.print_reminders(evening.id)) if "Reminder" in t]
    assert len(texts) == 2, "one reminder per booked family, nobody else's"
    [polish] = [t for t in texts if "Zofia" in t]
    assert "15:30–15:40" in polish and "Przypomnienie: spotkanie z nauczycielem" in polish
    [arabic] = [t for t in texts if "Hassan" in t]
    assert "16:20–16:30" in arabic and "Reminder: your meeting with the teacher" in arabic
