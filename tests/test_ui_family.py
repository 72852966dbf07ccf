"""Family mode: the app on a family's own device, enrolled for one child through a real server process.

The school's office is the admin device (a real SQLCipher vault); the family's device joins with an
invitation for Zofia only, then reads, replies, marks entries read, signs and comments through the
widgets, syncs, and the school sees what the family wrote, as from the family and from the app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.access import Actor, Capability, FamilyRole, may
from desktop.domain.agreements import Commitment, DocumentContent, DocumentKind, Party
from desktop.domain.calendar import Period
from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.news import NewsItem, SchoolEvent
from desktop.domain.school import StaffRole
from desktop.domain.work_folders import FolderStatus, WorkItem
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.services.linkbook import LinkBookService
from desktop.services.news import NewsService
from desktop.services.school import SchoolService
from desktop.services.sync.device import SyncTarget
from desktop.store.errors import InvalidInput
from desktop.ui.app import AppWindows
from desktop.ui.family.identity import family_actor, is_family_device, load_household
from desktop.ui.family.window import FamilyWindow
from sync.protocol import DeviceRole
from tests.conftest import PASSPHRASE, TODAY
from tests.sync_desktop_helpers import DesktopDevice, build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess
from tests.ui_checks import unnamed_controls, visible_text

ZOFIA_ENTRY = "Zofia read her Roman coins book to the class"
OLDER_ENTRY = "Zofia planted cress seeds in the window box"
OTHER_CHILDREN = ("Gurpreet", "ਗੁਰਪ੍ਰੀਤ", "Ayaan", "ঋতব্রত", "Amina", "أمينة", "Ionuț", "Chowdhury", "Sandhu")
OTHER_ENTRY = "Gurpreet counted in fives to a hundred"
WAIT_MS = 20_000


def clock() -> dt.datetime:
    return TODAY


@pytest.fixture
def school(tmp_path: Path, server: ServerProcess) -> tuple[DesktopDevice, DesktopDevice, dict]:
    """The office with two classes, entries, an agreement, folders and news; the family device for Zofia."""
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    zofia, gurpreet = school["pupils"][0], school["pupils"][3]
    linkbook = LinkBookService(office.context)
    for pupil, when, text in ((zofia, 1, OLDER_ENTRY), (zofia, 0, ZOFIA_ENTRY), (gurpreet, 0, OTHER_ENTRY)):
        linkbook.save_entry(
            LinkBookEntry(
                pupil_id=pupil.id, day=day(when), author_id="t", author_role=StaffRole.ADMIN, wins=text
            )
        )
    for pupil in (zofia, gurpreet):
        content = DocumentContent(
            commitments=(
                Commitment(Party.SCHOOL, f"Meet {pupil.first_name} at the gate each morning"),
                Commitment(Party.FAMILY, "Read together for ten minutes each evening"),
            )
        )
        AgreementService(office.context).create(pupil.id, DocumentKind.AGREEMENT, "Mornings", content)
    folders = WorkFolderService(office.context)
    sent = folders.open_folder(zofia.id, Period.week_of(day()))
    folders.add_item(sent.id, WorkItem("Maths", "Counting Roman coins", day(), feedback="Careful counting"))
    folders.set_status(sent.id, FolderStatus.SENT)
    draft = folders.open_folder(zofia.id, Period.week_of(day(14)))
    folders.add_item(draft.id, WorkItem("Art", "Half-finished mosaic", day(14)))
    news = NewsService(office.context)
    news.publish(
        NewsItem("Trip to the museum", "We saw Roman coins.", day(), "Mr Okonkwo-Jones", zofia.class_id)
    )
    news.add_event(SchoolEvent("Winter fair", day() + dt.timedelta(days=10), class_id=None))
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    family = open_device(tmp_path, "family")
    enrol(office, family, server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id,))
    return office, family, school


@pytest.fixture
def window(qtbot, school) -> Iterator[FamilyWindow]:
    _office, family, _school = school
    shown = FamilyWindow(family.vault, family_actor(family.vault), clock=clock)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: bool(shown.pages) and shown.pages[0].records is not None, timeout=WAIT_MS)
    yield shown


def type_text(widget: QWidget, text: str) -> None:
    """Type as an input method does (QTest.keyClicks types Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


def settle(qtbot, window: FamilyWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)


def test_the_device_knows_it_is_a_family_device_for_zofia_only(school) -> None:
    office, family, data = school
    zofia = data["pupils"][0]
    assert is_family_device(family.vault)
    assert not is_family_device(office.vault)
    household = load_household(family.vault)
    assert [c.id for c in household.children] == [zofia.id]
    actor = household.actor()
    assert actor.role is FamilyRole.FAMILY_MEMBER and actor.name == "Elżbieta Wiśniewska"
    assert actor.pupil_ids == (zofia.id,), "her other child is not on this device"


def test_the_family_window_shows_only_their_child_newest_entry_first(window: FamilyWindow, school) -> None:
    shown = visible_text(window)
    assert [window.children_tabs.tabText(n) for n in range(window.children_tabs.count())] == ["Zofia"]
    assert ZOFIA_ENTRY in shown and OLDER_ENTRY in shown
    assert "Trip to the museum" in shown and "Winter fair" in shown
    assert "Counting Roman coins" in shown and "Careful counting" in shown
    assert "Half-finished mosaic" not in shown, "a folder still in draft has not gone home"
    assert "Meet Zofia at the gate" in shown
    for name in (*OTHER_CHILDREN, OTHER_ENTRY, "Meet Gurpreet"):
        assert name not in shown, name
    cards = window.pages[0].linkbook.entry_cards()
    assert [c.entry.day for c in cards] == [day(0), day(1)]
    assert window.pages[0].tabText(0) == "Link book (2 new)"


def test_a_reply_and_read_mark_made_in_the_window_reach_the_school_as_from_the_family(
    qtbot, window: FamilyWindow, school
) -> None:
    office, _family, data = school
    [mother] = [p for p in data["parents"] if p.name == "Elżbieta Wiśniewska"]
    newest = window.pages[0].linkbook.entry_cards()[0]
    entry_id = newest.entry.id
    qtbot.mouseClick(newest.reply_button, Qt.MouseButton.LeftButton)
    assert newest.reply_edit.isVisible()
    qtbot.mouseClick(newest.send_button, Qt.MouseButton.LeftButton)
    assert "empty" in newest.problem.text(), "an empty reply is refused with a message"
    type_text(newest.reply_edit, "Dziękujemy! Zofia opowiadała o monetach cały wieczór.")
    qtbot.mouseClick(newest.send_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.mouseClick(window.pages[0].linkbook.entry_cards()[0].read_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    card = window.pages[0].linkbook.entry_cards()[0]
    shown = visible_text(window)
    assert "Dziękujemy! Zofia opowiadała o monetach" in shown
    assert "Read by Elżbieta Wiśniewska" in shown
    assert card.read_button.isHidden(), "once read, the button gives way to who read it"
    assert window.pages[0].tabText(0) == "Link book (1 new)"
    assert "2 changes wait to be sent" in window.sync_bar.label.text()

    qtbot.mouseClick(window.sync_bar.button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Last synced" in window.sync_bar.label.text()
    assert "wait to be sent" not in window.sync_bar.label.text()
    office.sync.sync_once()
    at_school = LinkBookService(office.context).entry(entry_id)
    [reply] = at_school.replies
    assert reply.text == "Dziękujemy! Zofia opowiadała o monetach cały wieczór."
    assert (reply.author_kind, reply.method, reply.author_name) == (
        AuthorKind.FAMILY,
        Method.DIGITAL,
        "Elżbieta Wiśniewska",
    )
    assert reply.family_member_id == mother.id and reply.recorded_by is None
    [ack] = at_school.acknowledgements
    assert (ack.by_name, ack.method, ack.family_member_id) == (
        "Elżbieta Wiśniewska",
        Method.DIGITAL,
        mother.id,
    )


def test_signing_an_agreement_and_commenting_on_a_folder_reach_the_school(
    qtbot, window: FamilyWindow, school
) -> None:
    office, _family, data = school
    zofia = data["pupils"][0]
    page = window.pages[0]
    page.setCurrentWidget(page.agreements)
    [card] = page.agreements.agreement_cards()
    assert not card.sign_button.isEnabled(), "signing needs the 'I have read this' tick first"
    card.agree_box.setChecked(True)
    qtbot.mouseClick(card.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    [card] = page.agreements.agreement_cards()
    assert card.sign_button.isHidden()
    assert "You signed this version" in visible_text(window)

    page.setCurrentWidget(page.folders)
    [folder_card] = page.folders.folder_cards()
    type_text(folder_card.comment_edit, "Zofia była dumna z monet — dziękujemy!")
    qtbot.mouseClick(folder_card.send_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Zofia była dumna z monet" in visible_text(window)

    qtbot.mouseClick(window.sync_bar.button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    office.sync.sync_once()
    [agreement] = AgreementService(office.context).for_pupil(zofia.id)
    [signature] = agreement.current.signatures
    assert (signature.signer_name, signature.party, signature.method, signature.signed_on) == (
        "Elżbieta Wiśniewska",
        Party.FAMILY,
        Method.DIGITAL,
        TODAY.date(),
    )
    [sent] = [
        f for f in WorkFolderService(office.context).for_pupil(zofia.id) if f.items[0].subject == "Maths"
    ]
    assert sent.family_comment is not None
    assert sent.family_comment.text == "Zofia była dumna z monet — dziękujemy!"
    assert (sent.family_comment.by_name, sent.family_comment.method) == (
        "Elżbieta Wiśniewska",
        Method.DIGITAL,
    )


def test_every_control_has_a_name_with_reply_boxes_open(window: FamilyWindow) -> None:
    for card in window.pages[0].linkbook.entry_cards():
        card.open_reply()
    for panel in ("agreements", "folders", "news"):
        window.pages[0].setCurrentWidget(getattr(window.pages[0], panel))
        assert unnamed_controls(window) == [], panel
    window.pages[0].setCurrentIndex(0)
    assert unnamed_controls(window) == []


def test_ctrl_l_locks_the_family_window_leaving_no_child_data_in_any_widget(
    qtbot, school, tmp_path: Path
) -> None:
    _office, family, _data = school
    family.vault.close()
    windows = AppWindows(tmp_path / "family")
    qtbot.addWidget(windows.unlock_window)
    windows.start()
    qtbot.waitExposed(windows.unlock_window)
    qtbot.keyClicks(windows.unlock_window.passphrase_field, PASSPHRASE)
    qtbot.keyClick(windows.unlock_window.passphrase_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: windows.main_window is not None, timeout=WAIT_MS)
    opened = windows.main_window
    assert isinstance(opened, FamilyWindow), "a family device opens the family window, not the staff one"
    qtbot.waitExposed(opened)
    qtbot.waitUntil(lambda: bool(opened.pages) and opened.pages[0].records is not None, timeout=WAIT_MS)
    opened.pages[0].linkbook.entry_cards()[0].open_reply()
    assert ZOFIA_ENTRY in visible_text(opened)

    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened, timeout=WAIT_MS)
    with qtbot.waitSignal(opened.locked, timeout=WAIT_MS):
        qtbot.keyClick(opened.children_tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert opened.is_locked and windows.main_window is None
    left = visible_text(opened)
    for secret in ("Zofia", "Wiśniewska", ZOFIA_ENTRY, OLDER_ENTRY, "Roman coins", "Riverside", "Mornings"):
        assert secret not in left, secret
    assert windows.unlock_window.isVisible()
    windows.shut_down()


def test_a_family_member_may_act_only_for_their_own_child_and_in_their_own_name(
    senco_context: ServiceContext, small_school
) -> None:
    pupils, parents = small_school["pupils"], small_school["parents"]
    mine, theirs = pupils[0], pupils[1]
    staff_linkbook = LinkBookService(senco_context)
    entries = {
        p.id: staff_linkbook.save_entry(
            LinkBookEntry(
                pupil_id=p.id, day=day(), author_id="s", author_role=StaffRole.SENCO, wins="Good day"
            )
        )
        for p in (mine, theirs)
    }
    parent = parents[0]
    me = Actor(parent.name, FamilyRole.FAMILY_MEMBER, family_member_id=parent.id, pupil_ids=(mine.id,))
    home = ServiceContext(senco_context.vault, me, clock=clock)
    linkbook = LinkBookService(home)

    with pytest.raises(PermissionError):
        linkbook.timeline(theirs.id)
    with pytest.raises(PermissionError):
        linkbook.entry(entries[theirs.id].id)
    with pytest.raises(PermissionError):
        linkbook.add_reply(
            entries[theirs.id].id, "Hello", me.name, AuthorKind.FAMILY, Method.DIGITAL, parent.id
        )
    with pytest.raises(PermissionError):
        linkbook.add_reply(entries[mine.id].id, "Hello", "Someone else", AuthorKind.FAMILY, Method.DIGITAL)
    with pytest.raises(PermissionError):
        linkbook.add_reply(entries[mine.id].id, "Hi", me.name, AuthorKind.STAFF, Method.DIGITAL, parent.id)
    with pytest.raises(PermissionError):
        linkbook.save_entry(
            LinkBookEntry(pupil_id=mine.id, day=day(), author_id="x", author_role=StaffRole.SENCO)
        )
    with pytest.raises(PermissionError):
        linkbook.class_day(small_school["class"].id, day())
    reply = linkbook.add_reply(
        entries[mine.id].id, "Dzięki!", me.name, AuthorKind.FAMILY, Method.DIGITAL, parent.id
    )
    assert reply.method is Method.DIGITAL and reply.family_member_id == parent.id

    agreement = AgreementService(senco_context).create(
        mine.id, DocumentKind.AGREEMENT, "Mornings", DocumentContent(commitments=())
    )
    agreements = AgreementService(home)
    with pytest.raises(PermissionError):
        agreements.sign(agreement.id, Party.SCHOOL, me.name, Method.DIGITAL)
    agreements.sign(agreement.id, Party.FAMILY, me.name, Method.DIGITAL)
    with pytest.raises(InvalidInput):
        agreements.sign(agreement.id, Party.FAMILY, me.name, Method.DIGITAL)
    with pytest.raises(PermissionError):
        agreements.create(mine.id, DocumentKind.AGREEMENT, "Mine", DocumentContent())

    staff_folders = WorkFolderService(senco_context)
    draft = staff_folders.open_folder(mine.id, Period.week_of(day()))
    folders = WorkFolderService(home)
    assert folders.for_pupil(mine.id) == [], "a draft folder has not gone home"
    with pytest.raises(InvalidInput):
        folders.add_family_comment(draft.id, "Lovely", me.name, Method.DIGITAL)
    with pytest.raises(PermissionError):
        folders.add_item(draft.id, WorkItem("Art", "Mine now", day()))
    staff_folders.add_item(draft.id, WorkItem("Art", "Mosaic", day()))
    staff_folders.set_status(draft.id, FolderStatus.SENT)
    commented = folders.add_family_comment(draft.id, "Lovely", me.name, Method.DIGITAL)
    assert commented.status is FolderStatus.SENT, "a family device may change the comment only"
    with pytest.raises(PermissionError):
        NewsService(home).publish(NewsItem("Mine", "News", day(), me.name))
    with pytest.raises(PermissionError):
        SchoolService(home).save_family_members([])

    assert may(FamilyRole.FAMILY_MEMBER, Capability.SIGN_AGREEMENTS)
    assert not may(FamilyRole.FAMILY_MEMBER, Capability.WRITE_ENTRIES)
    assert all(may(role, Capability.REPLY_TO_ENTRIES) for role in StaffRole), "staff still type paper replies"


def test_the_sync_bar_tells_a_removed_family_device_what_it_means(qtbot, vault) -> None:
    from desktop.services.sync.engine import SyncStatus
    from desktop.ui.family.sync_bar import SyncBar
    from desktop.ui.tasks import TaskRunner

    bar = SyncBar(ServiceContext(vault, Actor("Ngozi Eze", StaffRole.ADMIN)), TaskRunner())
    qtbot.addWidget(bar)
    bar.show_status(SyncStatus(set_up=True, removed=True, last_error="removed"))
    assert "removed this device" in bar.label.text()
    assert "new invitation" in bar.label.text()
    assert "Could not reach" not in bar.label.text()

    bar.show_status(SyncStatus(set_up=True, last_error="connection refused"))
    assert "Could not reach the school" in bar.label.text()
