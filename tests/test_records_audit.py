"""The audit trail for an administrator: filters, pages, views recorded once, and tampering detected."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import EXIT_OK, EXIT_PROBLEMS, main
from desktop.domain.access import Actor
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import Period
from desktop.domain.school import StaffRole
from desktop.services.audit_log import AuditLogService
from desktop.services.check import CheckService
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.print_packs import PrintPackService
from desktop.services.subject_access import SubjectAccessService
from desktop.store.repositories.audit_query import AuditFilter
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, TODAY
from tests.test_records_export import admin_context, write_child_records


def test_viewing_printing_and_exporting_a_childs_record_are_audited(
    vault: Vault, senco_context: ServiceContext, small_school, tmp_path: Path
) -> None:
    zofia = small_school["pupils"][0]
    write_child_records(senco_context, zofia, 2, "Kasztanowiec")
    LinkBookService(senco_context).view_timeline(zofia.id)
    PrintPackService(senco_context).pupil_week(zofia.id, Period.week_of(TODAY.date()))
    SubjectAccessService(senco_context).export(zofia.id, tmp_path / "zofia.zip")
    log = AuditLogService(admin_context(vault))
    for action in (AuditAction.VIEWED, AuditAction.PRINTED, AuditAction.EXPORTED):
        page = log.page(AuditFilter(pupil_id=zofia.id, action=action))
        assert page.total == 1, action
        assert page.lines[0].event.actor == "Mrs Adebayo-Kowalska"
        assert page.lines[0].pupil_name == "Zofia Wiśniewska"


def test_a_class_printed_together_is_recorded_for_each_child_in_one_unbroken_chain(
    vault: Vault, senco_context: ServiceContext, small_school
) -> None:
    pupils = small_school["pupils"]
    PrintPackService(senco_context).class_packs(pupils[0].class_id, Period.week_of(TODAY.date()))
    context = admin_context(vault)
    page = AuditLogService(context).page(AuditFilter(action=AuditAction.PRINTED))
    assert sorted(line.event.pupil_id for line in page.lines) == sorted(p.id for p in pupils)
    assert {line.pupil_name for line in page.lines} == {p.display_name for p in pupils}
    assert CheckService(context).run().ok


def test_a_look_is_recorded_once_in_a_while_not_on_every_redraw(vault: Vault, small_school) -> None:
    zofia = small_school["pupils"][0]
    now = [TODAY]
    teacher = ServiceContext(vault, Actor("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER), clock=lambda: now[0])
    views = AuditLogService(teacher)
    assert views.record_view(zofia.id, "link_book")
    now[0] = TODAY + dt.timedelta(minutes=10)
    assert not views.record_view(zofia.id, "link_book")
    assert views.record_view(zofia.id, "agreement"), "another kind of record is another look"
    now[0] = TODAY + dt.timedelta(minutes=45)
    assert views.record_view(zofia.id, "link_book")
    page = AuditLogService(admin_context(vault)).page(AuditFilter(action=AuditAction.VIEWED))
    assert [(line.event.record_kind, line.event.at) for line in page.lines] == [
        ("link_book", TODAY + dt.timedelta(minutes=45)),
        ("agreement", TODAY + dt.timedelta(minutes=10)),
        ("link_book", TODAY),
    ]


def test_filters_by_pupil_person_action_and_dates_a_page_at_a_time(vault: Vault, small_school) -> None:
    pupils = small_school["pupils"]
    days = [TODAY - dt.timedelta(days=n) for n in range(12)]
    for n, moment in reversed(list(enumerate(days))):
        actor = "Pani Nowak" if n % 2 else "Mr Okonkwo-Jones"
        context = ServiceContext(vault, Actor(actor, StaffRole.CLASS_TEACHER), clock=lambda m=moment: m)
        AuditLogService(context).record_view(pupils[n % 3].id, "link_book")
    log = AuditLogService(admin_context(vault))
    assert log.page(AuditFilter(action=AuditAction.VIEWED)).total == 12
    by_person = log.page(AuditFilter(actor="nowak", action=AuditAction.VIEWED))
    assert by_person.total == 6 and {line.event.actor for line in by_person.lines} == {"Pani Nowak"}
    by_pupil = log.page(AuditFilter(pupil_id=pupils[0].id, action=AuditAction.VIEWED))
    assert [line.event.at for line in by_pupil.lines] == [days[0], days[3], days[6], days[9]]
    week = log.page(AuditFilter(action=AuditAction.VIEWED, first_day=days[6].date(), last_day=days[2].date()))
    assert [line.event.at for line in week.lines] == days[2:7]
    first, third = (log.page(AuditFilter(action=AuditAction.VIEWED), page=p, page_size=5) for p in (1, 3))
    assert first.pages == 3 and [line.event.at for line in first.lines] == days[:5]
    assert [line.event.at for line in third.lines] == days[10:]


def test_only_the_administrator_reads_the_audit_trail(senco_context: ServiceContext) -> None:
    with pytest.raises(PermissionError, match="may not view audit"):
        AuditLogService(senco_context).page()


def _tamper(vault: Vault, sql: str) -> None:
    """Change the audit trail behind the app's back: plain SQL on the unlocked database."""
    with vault.engine.begin() as connection:
        connection.execute(text(sql))


def test_editing_an_audit_event_behind_the_apps_back_is_reported(
    vault: Vault, data_dir: Path, small_school, capsys
) -> None:
    context = admin_context(vault)
    assert CheckService(context).run().ok
    _tamper(vault, "UPDATE audit_event SET actor = 'Someone else' WHERE seq = 3")
    report = CheckService(context).run()
    assert not report.ok
    assert any("audit trail: event 3 of" in p and "altered" in p for p in report.problems)

    vault.close()
    passfile = data_dir.parent / "pass.txt"
    passfile.write_text(PASSPHRASE, encoding="utf-8")
    assert main(["check", "--data-dir", str(data_dir), "--passphrase-file", str(passfile)]) == EXIT_PROBLEMS
    assert "PROBLEM: audit trail: event 3" in capsys.readouterr().out


def test_removing_an_audit_event_or_rewriting_its_hash_is_reported(vault: Vault, small_school) -> None:
    context = admin_context(vault)
    _tamper(vault, "DELETE FROM audit_event WHERE seq = 5")
    assert any("event 5 of" in p for p in CheckService(context).run().problems)
    _tamper(vault, "UPDATE audit_event SET detail = 'nothing to see', hash = prev_hash WHERE seq = 2")
    assert any("event 2 of" in p for p in CheckService(context).run().problems)


def test_an_untouched_trail_passes_the_check_from_the_command_line(
    vault: Vault, data_dir: Path, small_school
) -> None:
    vault.close()
    passfile = data_dir.parent / "pass.txt"
    passfile.write_text(PASSPHRASE, encoding="utf-8")
    assert main(["check", "--data-dir", str(data_dir), "--passphrase-file", str(passfile)]) == EXIT_OK
