"""Retention: periods from the IRMS toolkit (or the school's own, with a reason), and the list of what is
due for deletion on a given day."""

import datetime as dt
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, main
from desktop.domain.agreements import DocumentContent, DocumentKind
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.pupils import Pupil
from desktop.domain.records import DEFAULT_RULES, RecordKind, school_year_end
from desktop.domain.school import StaffRole
from desktop.services.agreements import AgreementService
from desktop.services.linkbook import LinkBookService
from desktop.services.retention import RetentionService
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_records_export import admin_context


def test_rules_count_from_the_end_of_the_school_year_or_the_date_of_birth() -> None:
    link_book = DEFAULT_RULES[RecordKind.LINK_BOOK]
    assert (
        school_year_end(dt.date(2025, 9, 1)) == school_year_end(dt.date(2026, 8, 31)) == dt.date(2026, 8, 31)
    )
    assert link_book.delete_after(dt.date(2025, 9, 1), None) == dt.date(2027, 9, 1)
    assert link_book.delete_after(dt.date(2026, 7, 17), None) == dt.date(2027, 9, 1)
    assert link_book.latest_due(dt.date(2027, 9, 1)) == dt.date(2026, 8, 31)
    assert link_book.latest_due(dt.date(2027, 8, 31)) == dt.date(2025, 8, 31)
    sen = DEFAULT_RULES[RecordKind.SEN_RECORD]
    assert sen.years == 31 and sen.delete_after(None, dt.date(2018, 2, 29 - 1)) == dt.date(2049, 2, 28)
    assert DEFAULT_RULES[RecordKind.PUPIL_RECORD].delete_after(None, dt.date(2016, 2, 29)) == dt.date(
        2041, 2, 28
    )
    assert all(rule.source for rule in DEFAULT_RULES.values())


@pytest.fixture
def school_with_history(vault: Vault, senco_context, small_school) -> dict[str, Pupil]:
    """Zofia has entries from two school years ago and this one; Rahel left long ago (born 1993) and
    still has a support plan; the others have only this year's records."""
    linkbook = LinkBookService(senco_context)
    zofia = small_school["pupils"][0]
    for day in (dt.date(2024, 3, 4), dt.date(2024, 7, 19), dt.date(2026, 11, 19)):
        linkbook.save_entry(
            LinkBookEntry(zofia.id, day, "Ms Lewandowska", StaffRole.CLASS_TEACHER, note="Dobrze")
        )
    rahel = Pupil("Rahel", "Tesfaye", dt.date(1993, 5, 2), small_school["class"].id, upn="B000000000099")
    SchoolService(senco_context).save_pupils([rahel])
    AgreementService(senco_context).create(rahel.id, DocumentKind.SUPPORT_PLAN, "Plan", DocumentContent())
    return {"zofia": zofia, "rahel": rahel}


@pytest.mark.usefixtures("school_with_history")
def test_review_lists_what_is_due_today_and_nothing_else(vault: Vault) -> None:
    review = RetentionService(admin_context(vault)).review(dt.date(2026, 11, 20))
    found = {(i.kind, i.pupil_name): i for i in review}
    zofia_book = found[(RecordKind.LINK_BOOK, "Zofia Wiśniewska")]
    assert (zofia_book.count, zofia_book.oldest, zofia_book.newest) == (
        2,
        dt.date(2024, 3, 4),
        dt.date(2024, 7, 19),
    )
    assert zofia_book.due_since == dt.date(2025, 9, 1)
    assert found[(RecordKind.SEN_RECORD, "Rahel Tesfaye")].due_since == dt.date(2024, 5, 2)
    assert (RecordKind.PUPIL_RECORD, "Rahel Tesfaye") in found  # born 1993: 25 years passed in 2018
    assert {k for k, _ in found} == {RecordKind.LINK_BOOK, RecordKind.SEN_RECORD, RecordKind.PUPIL_RECORD}


@pytest.mark.usefixtures("school_with_history")
def test_a_school_may_keep_records_longer_and_says_why(vault: Vault) -> None:
    service = RetentionService(admin_context(vault))
    with pytest.raises(InvalidInput, match="Say why"):
        service.set_rule(RecordKind.LINK_BOOK, 3, "")
    with pytest.raises(InvalidInput, match="from 1 to 100"):
        service.set_rule(RecordKind.LINK_BOOK, 0, "none")
    rule = service.set_rule(RecordKind.LINK_BOOK, 3, "Governors' decision, spring 2026")
    assert rule.school_set and rule.source.startswith("Governors")
    assert not any(i.kind is RecordKind.LINK_BOOK for i in service.review(dt.date(2026, 11, 20)))
    assert service.set_rule(RecordKind.LINK_BOOK, None).years == 1
    assert any(i.kind is RecordKind.LINK_BOOK for i in service.review(dt.date(2026, 11, 20)))


def test_only_the_administrator_reviews(senco_context) -> None:
    with pytest.raises(PermissionError, match="administrator"):
        RetentionService(senco_context).review()


@pytest.mark.usefixtures("school_with_history")
def test_retention_review_from_the_command_line(vault: Vault, data_dir: Path, capsys) -> None:
    vault.close()
    passfile = data_dir.parent / "pass.txt"
    passfile.write_text(PASSPHRASE, encoding="utf-8")
    common = ["--data-dir", str(data_dir), "--passphrase-file", str(passfile)]
    assert main(["retention", "review", *common, "--on", "2026-11-20"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "link_book           Zofia Wiśniewska: 2 record(s) from 2024-03-04 to 2024-07-19" in out
    assert "sen_record          Rahel Tesfaye: 1 record(s)" in out
    assert main(["retention", "review", *common, "--on", "2017-06-01"]) == EXIT_OK
    assert "Nothing is due for deletion." in capsys.readouterr().out
