"""Your views in the family app: when a review of the child's support plan is coming, the family answers
in the window, and the answers reach the school through a real sync, as the family's, from the app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.agreements import DocumentContent, DocumentKind, Target
from desktop.domain.review_views import FamilyViews, ViewsFrom, ViewsReceived
from desktop.services.agreements import AgreementService
from desktop.services.review_views import ReviewViewsService
from desktop.services.sync.device import SyncTarget
from desktop.ui.family.identity import family_actor
from desktop.ui.family.window import FamilyWindow
from sync.protocol import DeviceRole
from tests.conftest import TODAY
from tests.sync_desktop_helpers import DesktopDevice, build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess
from tests.test_ui_family import WAIT_MS, settle, type_text
from tests.ui_checks import unnamed_controls, visible_text


def clock() -> dt.datetime:
    return TODAY


@pytest.fixture
def school(tmp_path: Path, server: ServerProcess) -> tuple[DesktopDevice, DesktopDevice, dict]:
    """The office with a support plan for Zofia reviewed in two weeks, another in three months; the
    family's device enrolled for Zofia."""
    office = open_device(tmp_path, "office")
    data = build_school(office.context)
    zofia = data["pupils"][0]
    plans = AgreementService(office.context)
    for title, days in (("Support plan: reading and mornings", 14), ("Support plan: swimming", 90)):
        review = TODAY.date() + dt.timedelta(days=days)
        plan = plans.create(
            zofia.id,
            DocumentKind.SUPPORT_PLAN,
            title,
            DocumentContent(targets=(Target("Reads a page aloud to an adult", review),), review_date=review),
        )
        plans.activate(plan.id)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    family = open_device(tmp_path, "family")
    enrol(office, family, server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id,))
    return office, family, data


@pytest.fixture
def window(qtbot, school) -> Iterator[FamilyWindow]:
    _office, family, _data = school
    shown = FamilyWindow(family.vault, family_actor(family.vault), clock=clock)
    qtbot.addWidget(shown)
    shown.resize(900, 1100)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: bool(shown.pages) and shown.pages[0].records is not None, timeout=WAIT_MS)
    yield shown


def test_views_given_in_the_family_app_reach_the_school_through_sync(
    qtbot, window: FamilyWindow, school
) -> None:
    office, _family, data = school
    zofia = data["pupils"][0]
    page = window.pages[0]
    page.setCurrentWidget(page.views)
    [card] = page.views.views_cards()
    assert card.plan.title == "Support plan: reading and mornings", (
        "a review in three months asks nothing yet"
    )
    assert unnamed_controls(window) == []
    qtbot.mouseClick(card.send_button, Qt.MouseButton.LeftButton)
    assert "Write at least one answer" in visible_text(window), "an empty form is not sent"

    type_text(card.edits["going_well"], "Zofia czyta nam co wieczór — bardzo się cieszymy")
    type_text(card.edits["hopes"], "Chcemy porozmawiać o przerwach na boisku")
    page.views.grab().save("/tmp/views_panel_typed.png")
    qtbot.mouseClick(card.send_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "you sent your views" in visible_text(window), timeout=WAIT_MS)
    window.grab().save("/tmp/views_panel_sent.png")
    assert "Chcemy porozmawiać o przerwach na boisku" in visible_text(window), "what was sent is shown"

    qtbot.mouseClick(window.sync_bar.button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    office.sync.sync_once()
    [plan] = [a for a in AgreementService(office.context).for_pupil(zofia.id) if "reading" in a.title]
    [given] = ReviewViewsService(office.context).views_for_plan(plan.id)
    assert given.views == FamilyViews(
        going_well="Zofia czyta nam co wieczór — bardzo się cieszymy",
        hopes="Chcemy porozmawiać o przerwach na boisku",
    )
    assert (given.given_by, given.received, given.by_name) == (
        ViewsFrom.FAMILY,
        ViewsReceived.APP,
        "Elżbieta Wiśniewska",
    )
    assert given.pupil_id == zofia.id
    heard = office.scalar(
        "SELECT last_on FROM family_last_heard WHERE pupil_id = ? AND channel = 'app'", zofia.id
    )
    assert heard == TODAY.date().isoformat(), "views from home count as hearing from the family"


def test_a_family_member_cannot_give_views_in_another_name(school) -> None:
    from desktop.services.context import ServiceContext

    _office, family, data = school
    zofia = data["pupils"][0]
    actor = family_actor(family.vault)
    context = ServiceContext(family.vault, actor, clock=clock)
    [plan, _later] = sorted(AgreementService(context).for_pupil(zofia.id), key=lambda a: a.review_date)
    with pytest.raises(PermissionError, match="your own name"):
        ReviewViewsService(context).record(
            plan.id, FamilyViews(hard="Mornings"), ViewsReceived.APP, "Someone Else", actor.family_member_id
        )
    with pytest.raises(PermissionError):
        ReviewViewsService(context).record(
            plan.id,
            FamilyViews(hard="Mornings"),
            ViewsReceived.PAPER_TYPED,
            actor.name,
            actor.family_member_id,
        )
    assert ReviewViewsService(context).views_for_plan(plan.id) == []
