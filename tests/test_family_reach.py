"""Family profiles, the contact log and families not reached: services, store, the CLI."""

import datetime as dt
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, main
from desktop.domain.access import Actor
from desktop.domain.audit import AuditAction
from desktop.domain.calendar import SchoolCalendar, Term
from desktop.domain.contact_log import ContactKind, FamilyContact
from desktop.domain.family_profile import ChildItem, FamilyProfile, ReadingPreference
from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.reach import FamilyReachInput, NextStep, Reason, family_reach
from desktop.domain.school import StaffRole
from desktop.services.audit_log import AuditLogService
from desktop.services.contact_log import ContactLogService
from desktop.services.context import ServiceContext
from desktop.services.family_profiles import FamilyProfileService
from desktop.services.linkbook import LinkBookService
from desktop.services.reach import ReachService
from desktop.services.reply_codes import ReplyCodeService
from desktop.store.errors import InvalidInput
from desktop.store.repositories.audit_query import AuditFilter
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE, TODAY

AUTUMN = SchoolCalendar(
    (Term("Autumn", dt.date(2026, 9, 2), dt.date(2026, 12, 18)),),
    frozenset(dt.date(2026, 10, 26) + dt.timedelta(days=n) for n in range(5)),  # half term
)


def _context(vault: Vault, role: StaffRole, name: str) -> ServiceContext:
    return ServiceContext(vault, Actor(name, role), clock=lambda: TODAY)


# The pure computation


def test_school_days_skip_weekends_and_half_term() -> None:
    today = dt.date(2026, 11, 2)  # the Monday after half term
    found = family_reach(
        [
            FamilyReachInput("a", "Zofia", "Oak", last_paper=dt.date(2026, 10, 23)),  # Friday before
            FamilyReachInput("b", "Ayaan", "Oak", last_app=dt.date(2026, 10, 12)),
        ],
        AUTUMN,
        today,
        days=5,
    )
    by_name = {r.pupil_name: r for r in found}
    assert by_name["Zofia"].school_days_since == 1  # only Monday 2 November
    assert by_name["Zofia"].reached
    assert by_name["Ayaan"].school_days_since == 10  # 13-16 and 19-23 October, 2 November
    assert not by_name["Ayaan"].reached
    assert [r.pupil_name for r in found] == ["Ayaan", "Zofia"]


def test_never_heard_from_comes_first_then_longest_silence() -> None:
    today = dt.date(2026, 11, 20)
    found = family_reach(
        [
            FamilyReachInput("a", "Amina", "Oak", last_logged=dt.date(2026, 10, 1)),
            FamilyReachInput("b", "Hodan", "Oak"),
            FamilyReachInput("c", "Kavya", "Oak", last_meeting=dt.date(2026, 9, 10)),
            FamilyReachInput("d", "Oisín", "Oak", last_app=dt.date(2026, 11, 19)),
        ],
        AUTUMN,
        today,
    )
    assert [r.pupil_name for r in found] == ["Hodan", "Kavya", "Amina", "Oisín"]
    assert found[0].reasons[0] is Reason.NEVER


def test_reasons_and_next_steps() -> None:
    today = dt.date(2026, 11, 20)
    found = family_reach(
        [
            FamilyReachInput("a", "Paper family", "Oak", last_paper=dt.date(2026, 10, 1), wants_paper=True),
            FamilyReachInput(
                "b", "App family", "Oak", has_device=True, joined_app=True, last_app=dt.date(2026, 10, 14)
            ),
            FamilyReachInput("c", "Urdu family", "Oak", interpreter_language="URD"),
            FamilyReachInput("d", "Large print", "Oak", large_print=True, has_device=True),
            FamilyReachInput("e", "Rang out", "Oak", failed_attempts=2, interpreter_language="SOM"),
        ],
        AUTUMN,
        today,
    )
    by_name = {r.pupil_name: r for r in found}
    assert Reason.NO_DEVICE_NO_PAPER in by_name["Paper family"].reasons
    assert by_name["App family"].reasons == (Reason.APP_UNOPENED,)
    assert by_name["Urdu family"].next_step is NextStep.CALL_WITH_INTERPRETER
    assert by_name["Large print"].next_step is NextStep.LARGE_PRINT_PACK
    assert by_name["Rang out"].next_step is NextStep.HOME_VISIT


def test_days_must_be_at_least_one() -> None:
    with pytest.raises(ValueError):
        family_reach([], AUTUMN, dt.date(2026, 11, 20), days=0)


# Reach across every channel, from the database


def _entry(context: ServiceContext, pupil_id: str, day: dt.date, teacher_id: str) -> LinkBookEntry:
    entry = LinkBookEntry(pupil_id, day, teacher_id, StaffRole.CLASS_TEACHER, learning="Fractions")
    return LinkBookService(context).save_entry(entry)


def test_reach_counts_every_channel_including_typed_paper_and_a_logged_call(
    vault: Vault, senco_context: ServiceContext, small_school
) -> None:
    pupils, oak, teacher = small_school["pupils"], small_school["class"], small_school["teacher"]
    recent = dt.date(2026, 11, 16)
    # 0: a paper reply typed in; 1: a call that reached the family; 2: read in the app;
    # 3: a meeting attended; 4: a call that rang out (not two-way); the rest: nothing at all.
    entry = _entry(senco_context, pupils[0].id, recent, teacher.id)
    ReplyCodeService(senco_context).record_paper_reply(
        entry.id, "Dziękuję, Zofia ćwiczy w domu.", "Parent of Zofia", acknowledged=False, written_on=recent
    )
    log = ContactLogService(senco_context)
    log.log(FamilyContact(pupils[1].id, ContactKind.PHONE, recent, "Talked about the trip"))
    read = _entry(senco_context, pupils[2].id, recent, teacher.id)
    LinkBookService(senco_context).acknowledge(read.id, "Parent of Amina", Method.DIGITAL)
    log.log(FamilyContact(pupils[3].id, ContactKind.MEETING, recent, "Parents' evening"))
    log.log(FamilyContact(pupils[4].id, ContactKind.PHONE, recent, "No answer", reached=False))
    old = _entry(senco_context, pupils[5].id, dt.date(2026, 10, 1), teacher.id)
    LinkBookService(senco_context).add_reply(
        old.id,
        "Mahadsanid",
        "Parent of Hodan",
        AuthorKind.FAMILY,
        Method.DIGITAL,
        written_at=dt.datetime(2026, 10, 1, 18),
    )

    found = ReachService(senco_context).reach(oak.id)
    by_id = {r.pupil_id: r for r in found}
    assert by_id[pupils[0].id].reached and by_id[pupils[0].id].channel.value == "paper"
    assert by_id[pupils[1].id].reached and by_id[pupils[1].id].channel.value == "logged"
    assert by_id[pupils[2].id].reached and by_id[pupils[2].id].channel.value == "app"
    assert by_id[pupils[3].id].reached and by_id[pupils[3].id].channel.value == "meeting"
    assert not by_id[pupils[4].id].reached
    assert by_id[pupils[5].id].last_contact == dt.date(2026, 10, 1)
    assert not by_id[pupils[5].id].reached
    not_reached = [r.pupil_id for r in found if not r.reached]
    assert set(not_reached) == {p.id for p in pupils[4:]}
    assert not_reached[-1] == pupils[5].id  # heard from once: less overdue than never
    assert all(r.reached for r in found[len(not_reached) :])


def test_the_school_setting_and_the_whole_school_view_are_for_the_admin(
    vault: Vault, senco_context: ServiceContext, small_school
) -> None:
    teacher = _context(vault, StaffRole.CLASS_TEACHER, "Mr Okonkwo-Jones")
    with pytest.raises(PermissionError):
        ReachService(teacher).reach(None)
    with pytest.raises(PermissionError):
        ReachService(teacher).set_reach_days(5)
    admin = ReachService(_context(vault, StaffRole.ADMIN, "Mrs Nwosu (head)"))
    assert admin.reach_days() == 10
    with pytest.raises(InvalidInput):
        admin.set_reach_days(0)
    admin.set_reach_days(15)
    assert admin.reach_days() == 15
    assert len(admin.reach(None)) == len(small_school["pupils"])


# Profiles and who sees what


def test_sensitive_items_are_hidden_from_a_teaching_assistant_and_each_view_is_audited(
    vault: Vault, senco_context: ServiceContext, small_school
) -> None:
    pupil = small_school["pupils"][6]
    profile = FamilyProfile(
        pupil.id,
        home_languages=("TAM", "ENG"),
        interpreter_language="tam",
        reading=ReadingPreference.READ_ALOUD,
        contact_time="after 6pm",
        items=(
            ChildItem("Loves her rabbit, Mittai"),
            ChildItem("Grandmother died in October", sensitive=True),
        ),
    )
    saved = FamilyProfileService(senco_context).save(profile)
    assert saved.interpreter_language == "TAM"

    assistant = FamilyProfileService(_context(vault, StaffRole.TEACHING_ASSISTANT, "Ms Kowalczyk (TA)"))
    seen = assistant.view(pupil.id)
    assert [i.text for i in seen.items] == ["Loves her rabbit, Mittai", None]
    assert seen.items[1].sensitive and seen.items[1].hidden
    assert all("Grandmother" not in i.text for i in seen.profile.items)

    teacher = FamilyProfileService(_context(vault, StaffRole.CLASS_TEACHER, "Mr Okonkwo-Jones"))
    assert teacher.view(pupil.id).items[1].text == "Grandmother died in October"
    teacher.view(pupil.id)

    admin = _context(vault, StaffRole.ADMIN, "Mrs Nwosu (head)")
    views = AuditLogService(admin).page(AuditFilter(action=AuditAction.VIEWED)).lines
    sensitive = [line.event for line in views if line.event.record_kind == "family_profile_item"]
    assert [e.actor for e in sensitive] == ["Mr Okonkwo-Jones", "Mr Okonkwo-Jones"]
    assert {e.record_id for e in sensitive} == {saved.items[1].id}


def test_a_teaching_assistant_cannot_change_a_profile_and_a_family_member_cannot_read_one(
    vault: Vault, senco_context: ServiceContext, small_school
) -> None:
    from desktop.domain.access import FamilyRole

    pupil = small_school["pupils"][0]
    assistant = FamilyProfileService(_context(vault, StaffRole.TEACHING_ASSISTANT, "Ms Kowalczyk (TA)"))
    with pytest.raises(PermissionError):
        assistant.save(FamilyProfile(pupil.id))
    family = ServiceContext(
        vault, Actor("Parent of Zofia", FamilyRole.FAMILY_MEMBER, pupil_ids=(pupil.id,)), clock=lambda: TODAY
    )
    with pytest.raises(PermissionError):
        FamilyProfileService(family).view(pupil.id)
    with pytest.raises(PermissionError):
        ContactLogService(family).of_pupil(pupil.id)


def test_a_bad_language_code_is_a_message_and_nothing_is_saved(
    senco_context: ServiceContext, small_school
) -> None:
    pupil = small_school["pupils"][0]
    service = FamilyProfileService(senco_context)
    with pytest.raises(InvalidInput, match="Unknown DfE language code"):
        service.save(FamilyProfile(pupil.id, home_languages=("XXX",)))
    assert not service.view(pupil.id).stored


# The contact log


def test_follow_ups_due_and_contacts_in_the_future_refused(
    senco_context: ServiceContext, small_school
) -> None:
    pupils = small_school["pupils"]
    log = ContactLogService(senco_context)
    log.log(
        FamilyContact(
            pupils[2].id,
            ContactKind.VISIT,
            dt.date(2026, 11, 10),
            "Home visit with the family liaison",
            interpreter_language="ara",
            follow_up_on=dt.date(2026, 11, 19),
        )
    )
    log.log(
        FamilyContact(pupils[3].id, ContactKind.PHONE, dt.date(2026, 11, 18), "x", follow_up_on=TODAY.date())
    )
    log.log(
        FamilyContact(
            pupils[4].id, ContactKind.PHONE, dt.date(2026, 11, 18), "y", follow_up_on=dt.date(2026, 12, 1)
        )
    )
    due = log.follow_ups_due(small_school["class"].id)
    assert [f.pupil_name for f in due] == [pupils[2].display_name, pupils[3].display_name]
    assert due[0].contact.interpreter_language == "ARA"
    log.mark_followed_up(due[0].contact.id)
    assert [f.pupil_name for f in log.follow_ups_due()] == [pupils[3].display_name]
    with pytest.raises(InvalidInput, match="has not happened yet"):
        log.log(FamilyContact(pupils[0].id, ContactKind.PHONE, dt.date(2026, 11, 21), "tomorrow"))
    assert [c.note for c in log.of_pupil(pupils[0].id)] == []


# The command line


def _common(vault: Vault, data_dir: Path) -> list[str]:
    vault.close()
    passfile = data_dir.parent / "pass.txt"
    passfile.write_text(PASSPHRASE, encoding="utf-8")
    return ["--data-dir", str(data_dir), "--passphrase-file", str(passfile)]


def test_contact_add_and_reach_from_the_command_line(
    vault: Vault, data_dir: Path, small_school, capsys
) -> None:
    pupils = small_school["pupils"]
    common = _common(vault, data_dir)
    today = dt.date.today()
    for pupil in pupils[:8]:
        args = ["contact", "add", *common, "--pupil", pupil.upn, "--kind", "phone", "--note", "Spoke"]
        assert main([*args, "--on", today.isoformat()]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"Logged a phone with {pupils[0].display_name}'s family on {today.isoformat()}." in out
    # Fatima's family was last reached long ago; Oisín's never.
    long_ago = (today - dt.timedelta(days=60)).isoformat()
    assert (
        main(
            [
                "contact",
                "add",
                *common,
                "--pupil",
                "Fatima Qureshi",
                "--kind",
                "visit",
                "--note",
                "Visit",
                "--on",
                long_ago,
            ]
        )
        == EXIT_OK
    )
    capsys.readouterr()
    assert main(["reach", *common, "--class", "year 3 oak"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [pupils[8].display_name, pupils[9].display_name]
    assert main(["reach", *common, "--class", "Year 3 Oak", "--days", "200"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [pupils[8].display_name]


def test_contact_add_refuses_bad_input_with_a_message(
    vault: Vault, data_dir: Path, small_school, capsys
) -> None:
    common = _common(vault, data_dir)
    assert (
        main(["contact", "add", *common, "--pupil", "Nobody Here", "--kind", "phone", "--note", "x"])
        != EXIT_OK
    )
    assert "No pupil has the UPN or name" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["contact", "add", *common, "--pupil", "Zofia Wiśniewska", "--kind", "fax", "--note", "x"])
    assert main(["reach", *common, "--class", "Nowhere"]) != EXIT_OK
    assert "There is no class called" in capsys.readouterr().err


def test_a_school_from_an_earlier_schema_has_its_past_contact_counted(tmp_path: Path) -> None:
    """Migration 0013 fills the last-heard days from replies, acknowledgements, signatures and folder
    comments already held, so an upgraded school's families are not all shown as never reached."""
    import shutil

    from desktop.domain.agreements import Party
    from desktop.services.agreements import AgreementService
    from desktop.services.folders import WorkFolderService
    from desktop.services.school import SchoolService

    data_dir = tmp_path / "old-school"
    shutil.copytree(Path(__file__).parent / "data" / "schema-0001", data_dir)
    vault = Vault.unlock(data_dir, "schema one fixture")
    try:
        context = ServiceContext(vault, Actor("Head", StaffRole.ADMIN), clock=lambda: TODAY)
        mirela = next(p for p in SchoolService(context).pupils() if p.legal_first_name == "Mirela")
        heard = [
            r.written_at.date()
            for e in LinkBookService(context).timeline(mirela.id)
            for r in e.replies
            if r.author_kind is AuthorKind.FAMILY
        ]
        heard += [
            a.at.date() for e in LinkBookService(context).timeline(mirela.id) for a in e.acknowledgements
        ]
        heard += [
            s.signed_on
            for a in AgreementService(context).for_pupil(mirela.id)
            for s in a.current.signatures
            if s.party is Party.FAMILY
        ]
        heard += [
            f.family_comment.at.date()
            for f in WorkFolderService(context).for_pupil(mirela.id)
            if f.family_comment is not None
        ]
        assert heard
        [found] = [r for r in ReachService(context).reach(None) if r.pupil_id == mirela.id]
        assert found.last_contact == max(heard)
    finally:
        vault.close()


def test_a_folder_comment_typed_from_paper_counts_as_contact(
    senco_context: ServiceContext, small_school
) -> None:
    from desktop.domain.calendar import Period
    from desktop.services.folders import WorkFolderService

    pupil = small_school["pupils"][9]
    folders = WorkFolderService(senco_context)
    folder = folders.open_folder(pupil.id, Period.week_of(dt.date(2026, 11, 9)))
    before = {r.pupil_id: r for r in ReachService(senco_context).reach(small_school["class"].id)}
    assert before[pupil.id].last_contact is None
    ReplyCodeService(senco_context).record_folder_comment(folder.id, "شكراً، عمل رائع", "Parent of Fatima")
    after = {r.pupil_id: r for r in ReachService(senco_context).reach(small_school["class"].id)}
    assert after[pupil.id].last_contact == TODAY.date() and after[pupil.id].channel.value == "paper"
    assert after[pupil.id].reached
