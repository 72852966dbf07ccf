"""The register of requests for a child's records, and their due dates on the school's own calendar."""

import datetime as dt
from pathlib import Path

import pytest

from desktop.cli import EXIT_INPUT, EXIT_OK, main
from desktop.domain.calendar import SchoolCalendar, Term
from desktop.domain.records import (
    NoSchoolDaysAhead,
    RequestKind,
    RequestStatus,
    add_school_days,
    due_date,
    one_calendar_month_after,
)
from desktop.services.records_requests import RequestsService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.calendar import CalendarRepository
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_records_export import admin_context

AUTUMN = Term("Autumn term", dt.date(2026, 9, 3), dt.date(2026, 12, 18))
SPRING = Term("Spring term", dt.date(2027, 1, 5), dt.date(2027, 3, 26))
HALF_TERM = frozenset(dt.date(2026, 10, 26) + dt.timedelta(days=n) for n in range(5))
INSET = dt.date(2026, 11, 13)
CALENDAR = SchoolCalendar((AUTUMN, SPRING), HALF_TERM | {INSET})


def test_educational_record_due_in_fifteen_school_days_skipping_weekends() -> None:
    # Monday 2 November 2026 + 15 school days: three weeks of weekdays, to Monday 23 November.
    assert due_date(
        RequestKind.EDUCATIONAL_RECORD, dt.date(2026, 11, 2), SchoolCalendar((AUTUMN,))
    ) == dt.date(2026, 11, 23)


def test_half_term_and_closure_days_do_not_count() -> None:
    # Received Thursday 15 October: 6 school days before half-term (16, 19-23 Oct), then 9 after it
    # (2-6, 9-12 Nov): Thursday 12 November. With the INSET day on Friday 13 Nov too, a later request
    # shows that a single closure day is skipped.
    assert due_date(RequestKind.EDUCATIONAL_RECORD, dt.date(2026, 10, 15), CALENDAR) == dt.date(2026, 11, 12)
    assert due_date(RequestKind.EDUCATIONAL_RECORD, dt.date(2026, 10, 16), CALENDAR) == dt.date(2026, 11, 16)


def test_bank_holidays_and_the_christmas_holiday_do_not_count() -> None:
    christmas = SchoolCalendar((AUTUMN, SPRING), frozenset({dt.date(2027, 1, 5)}))
    # Received Monday 7 December: 9 school days to 18 December, the holiday, an INSET-like closure on
    # 5 January, then 6 more: Wednesday 13 January 2027.
    assert due_date(RequestKind.EDUCATIONAL_RECORD, dt.date(2026, 12, 7), christmas) == dt.date(2027, 1, 13)


def test_received_in_the_holidays_counts_from_the_next_term() -> None:
    assert add_school_days(CALENDAR, dt.date(2026, 12, 24), 1) == dt.date(2027, 1, 5)


def test_no_terms_entered_beyond_the_date_is_a_message_not_a_hang() -> None:
    with pytest.raises(NoSchoolDaysAhead, match="enter next year's term dates"):
        due_date(RequestKind.EDUCATIONAL_RECORD, dt.date(2027, 3, 20), CALENDAR)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (dt.date(2026, 9, 3), dt.date(2026, 10, 5)),  # 3 October is a Saturday: the Monday after
        (dt.date(2027, 1, 31), dt.date(2027, 2, 28)),  # no 31 February: the month's last day (a Sunday)...
        (dt.date(2026, 11, 20), dt.date(2026, 12, 21)),  # ...20 December is a Sunday
        (dt.date(2026, 3, 10), dt.date(2026, 4, 10)),
    ],
)
def test_subject_access_due_in_one_calendar_month(received: dt.date, due: dt.date) -> None:
    if received == dt.date(2027, 1, 31):
        assert one_calendar_month_after(received) == dt.date(2027, 2, 28)
        due = dt.date(2027, 3, 1)  # 28 February 2027 is a Sunday
    assert due_date(RequestKind.SUBJECT_ACCESS, received, CALENDAR) == due


def test_register_add_answer_and_refuse(vault: Vault, small_school) -> None:
    context = admin_context(vault)
    with vault.writing() as session:
        CalendarRepository(session).replace(CALENDAR)
    service = RequestsService(context)
    zofia, ayaan = small_school["pupils"][0], small_school["pupils"][1]
    educational = service.add(
        zofia.id, "Marta Wiśniewska (mother)", RequestKind.EDUCATIONAL_RECORD, dt.date(2026, 10, 15)
    )
    assert educational.due_on == dt.date(2026, 11, 12)
    assert educational.overdue(dt.date(2026, 11, 20))
    sar = service.add(ayaan.id, "রহিম চৌধুরী (father)", RequestKind.SUBJECT_ACCESS)
    assert sar.due_on == dt.date(2026, 12, 21)
    assert [r.id for r in service.requests(RequestStatus.OPEN)] == [educational.id, sar.id]

    answered = service.answer(educational.id, "zofia-record.zip", dt.date(2026, 11, 19))
    assert (answered.status, answered.answered_on, answered.export_file) == (
        RequestStatus.ANSWERED,
        dt.date(2026, 11, 19),
        "zofia-record.zip",
    )
    refused = service.refuse(sar.id, "The requester has no parental responsibility")
    assert refused.status is RequestStatus.REFUSED and refused.refusal_reason.startswith("The requester")
    assert service.requests(RequestStatus.OPEN) == []
    assert service.request(sar.id).requester == "রহিম চৌধুরী (father)"


def test_bad_register_input_says_what_to_do_and_changes_nothing(vault: Vault, small_school) -> None:
    service = RequestsService(admin_context(vault))
    zofia = small_school["pupils"][0]
    with pytest.raises(InvalidInput, match="Say who asked"):
        service.add(zofia.id, "  ", RequestKind.SUBJECT_ACCESS)
    with pytest.raises(InvalidInput, match="in the future"):
        service.add(zofia.id, "Mother", RequestKind.SUBJECT_ACCESS, dt.date(2026, 12, 1))
    request = service.add(zofia.id, "Mother", RequestKind.SUBJECT_ACCESS)
    with pytest.raises(InvalidInput, match="Say why"):
        service.refuse(request.id, "")
    with pytest.raises(InvalidInput, match="no request with that id"):
        service.answer("nope", "x.zip")
    service.answer(request.id, "x.zip")
    with pytest.raises(InvalidInput, match="already answered"):
        service.refuse(request.id, "Changed our mind")
    assert service.request(request.id).status is RequestStatus.ANSWERED


def test_requests_from_the_command_line(vault: Vault, data_dir: Path, small_school, capsys) -> None:
    vault.close()
    passfile = data_dir.parent / "pass.txt"
    passfile.write_text(PASSPHRASE, encoding="utf-8")
    common = ["--data-dir", str(data_dir), "--passphrase-file", str(passfile)]
    upn = small_school["pupils"][3].upn
    assert (
        main(
            [
                "requests",
                "add",
                *common,
                "--pupil",
                upn,
                "--kind",
                "sar",
                "--from",
                "Harjit Sandhu (father)",
                "--received",
                "2026-11-02",
            ]
        )
        == EXIT_OK
    )
    assert "answer it by Wednesday 02 December 2026" in capsys.readouterr().out
    assert (
        main(["requests", "add", *common, "--pupil", "Nobody Here", "--kind", "sar", "--from", "x"])
        == EXIT_INPUT
    )
    assert "No pupil has the UPN or name" in capsys.readouterr().err
    assert main(["requests", "list", *common, "--open"]) == EXIT_OK
    listed = capsys.readouterr().out
    assert "ਗੁਰਪ੍ਰੀਤ Sandhu" in listed and "due 2026-12-02" in listed
    request_id = listed.split()[0]
    assert main(["requests", "answer", *common, request_id, "--file", "out/gurpreet.zip"]) == EXIT_OK
    assert main(["requests", "list", *common, "--open"]) == EXIT_OK
    assert "No open requests." in capsys.readouterr().out
