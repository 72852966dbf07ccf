"""The SENCO's plan reviews screen through its widgets: assess, hold the review, see the plan's history
and each target's progress charted; the reviews due list and the reminder on the SENCO's day."""

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMainWindow, QWidget

from desktop.domain.agreements import DocumentContent, DocumentKind, Provision, Target, VersionStatus
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.plan_reviews import AttendeeRole, Progress
from desktop.domain.school import StaffRole
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.plan_reviews import PlanReviewService
from desktop.ui.agreements.review_reminders import ReviewReminderBanner
from desktop.ui.agreements.screen import create as create_agreements
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.reviews.screen import PlanReviewsScreen, create
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.ui_checks import unnamed_controls, visible_text

WAIT_MS = 10_000
CARD = "Use the help card in three lessons a week"
LUNCH = "Eat lunch in the dinner hall with a friend"


@pytest.fixture
def plans(senco_context: ServiceContext, small_school: dict) -> dict:
    """Hodan's plan in force and overdue for review; Kavya's a draft still to assess; an entry to cite."""
    agreements = AgreementService(senco_context)
    hodan, kavya = small_school["pupils"][5], small_school["pupils"][6]
    overdue = agreements.create(
        hodan.id,
        DocumentKind.SUPPORT_PLAN,
        "Support plan: Hodan Warsame",
        DocumentContent(
            targets=(Target(CARD), Target(LUNCH)),
            provision=(Provision("Quiet lunch club", "Mr Ferreira", "Daily"),),
            review_date=TODAY.date() - dt.timedelta(days=3),
        ),
    )
    agreements.activate(overdue.id)
    draft = agreements.create(
        kavya.id, DocumentKind.SUPPORT_PLAN, "Support plan: Kavya", DocumentContent(targets=(Target("Read"),))
    )
    entry = LinkBookService(senco_context).save_entry(
        LinkBookEntry(
            hodan.id,
            TODAY.date(),
            small_school["teacher"].id,
            StaffRole.CLASS_TEACHER,
            wins="Hodan showed her help card in maths and again in PE.",
        )
    )
    return {**small_school, "hodan": hodan, "overdue": overdue, "draft": draft, "entry": entry}


@pytest.fixture
def open_screen(
    qtbot, senco_context: ServiceContext, plans: dict
) -> Iterator[Callable[..., PlanReviewsScreen]]:
    opened: list[tuple[PlanReviewsScreen, QMainWindow, TaskRunner]] = []

    def open_one(views: Callable[[str], Sequence[object]] | None = None) -> PlanReviewsScreen:
        window = QMainWindow()
        runner = TaskRunner(window)
        if views is None:
            host = ScreenHost(senco_context, runner, window, lambda t: window.menuBar().addMenu(t), print)
            screen = create(host)
        else:
            screen = PlanReviewsScreen(senco_context, runner, views_received=views)
        window.setCentralWidget(screen)
        window.resize(1280, 860)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: screen.plan_model.rowCount() == 2 and not runner.busy, timeout=WAIT_MS)
        opened.append((screen, window, runner))
        return screen

    yield open_one
    for screen, window, runner in opened:
        runner.wait()
        if shiboken6.isValid(window):
            screen.forget()
            window.close()
            window.deleteLater()


def idle(qtbot, screen: PlanReviewsScreen) -> None:
    qtbot.waitUntil(lambda: not screen.runner.busy and screen._tasks.idle, timeout=WAIT_MS)
    QApplication.processEvents()


def choose(qtbot, screen: PlanReviewsScreen, agreement_id: str) -> None:
    row = screen.plan_model.row_of(lambda p: p.agreement.id == agreement_id)
    screen.plan_view.setFocus()
    screen.plan_view.setCurrentIndex(screen.plan_model.index(row, 0))
    qtbot.waitUntil(
        lambda: screen.opened is not None and screen.opened.cycle.agreement.id == agreement_id,
        timeout=WAIT_MS,
    )
    idle(qtbot, screen)


def pick_progress(screen: PlanReviewsScreen, row: int, progress: Progress) -> None:
    combo = screen.meeting_form.progress.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(progress))


def test_a_review_held_on_the_screen_makes_the_next_version_and_shows_in_the_history(
    qtbot, open_screen, plans, senco_context
) -> None:
    screen = open_screen()
    first = screen.plan_model.item_at(0)
    assert first.agreement.id == plans["overdue"].id, "the overdue plan comes first"
    assert "overdue by 3 day(s)" in screen.plan_model.index(0, 2).data()
    choose(qtbot, screen, plans["overdue"].id)
    assert screen.tabs.currentIndex() == 1, "a plan due for review opens at its review meeting"
    form = screen.meeting_form
    names = [form.attendees.item(r, 0).text() for r in range(form.attendees.rowCount())]
    assert names[0] == "Hodan Warsame" and "Parent of Hodan" in names and senco_context.actor.name in names
    assert [form.progress.item(r, 0).text() for r in range(2)] == [CARD, LUNCH]
    assert form.views_received.item(0).text() == "None received yet."

    form.family_views.setPlainText("Hodan talks about the help card at home. Lunch is still hard.")
    form.child_views.setPlainText("The card helps. The hall is noisy.")
    form.progress.setCurrentCell(0, 0)
    card_evidence = next(
        n for n in range(form.evidence.count()) if "help card in maths" in form.evidence.item(n).text()
    )
    form.evidence.item(card_evidence).setCheckState(Qt.CheckState.Checked)
    pick_progress(screen, 0, Progress.MET)
    pick_progress(screen, 1, Progress.NOT_YET)
    form.decisions.setPlainText("Keep lunch club; try a buddy.")
    form.next_targets.setPlainText(f"{LUNCH}\nAsk a buddy to play at lunchtime")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.tabs.currentIndex() == 2, timeout=WAIT_MS)
    idle(qtbot, screen)

    assert "Version 2 is a draft" in screen.message.text()
    history = [screen.history.model.index(r, 1).data() for r in range(screen.history.model.rowCount())]
    assert history == ["Version 1 (active)", "Review of version 1, made version 2", "Version 2 (draft)"]
    made = screen.history.model.index(2, 2).data()
    assert made.startswith("Made by the review of")
    lines = screen.history.chart.lines
    assert [(line.target, [p for _, p in line.points]) for line in lines] == [
        (CARD, [Progress.MET]),
        (LUNCH, [Progress.NOT_YET]),
    ]
    assert "met" in screen.history.chart.accessibleDescription()

    cycle = PlanReviewService(senco_context).cycle(plans["overdue"].id)
    review = cycle.review_that_made(2)
    assert review is not None
    assert review.meeting.family_views == "Hodan talks about the help card at home. Lunch is still hard."
    assert review.meeting.child_views == "The card helps. The hall is noisy."
    assert review.progress_of(CARD).evidence[0].ref == plans["entry"].id  # type: ignore[union-attr]
    assert {a.role for a in review.meeting.attendees} >= {AttendeeRole.CHILD, AttendeeRole.FAMILY}
    plan = cycle.agreement
    assert plan.current.status is VersionStatus.DRAFT
    assert [t.text for t in plan.current.content.targets] == [LUNCH, "Ask a buddy to play at lunchtime"]
    assert not screen.meeting_form.isEnabled(), "version 2 is a draft: nothing to review until it is in force"
    assert unnamed_controls(screen) == []


def test_a_review_missing_a_targets_progress_says_which_and_saves_nothing(
    qtbot, open_screen, plans, senco_context
) -> None:
    screen = open_screen()
    choose(qtbot, screen, plans["overdue"].id)
    screen.meeting_form.family_views.setPlainText("Fine")
    pick_progress(screen, 0, Progress.PARTLY)
    qtbot.mouseClick(screen.meeting_form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.isVisible(), timeout=WAIT_MS)
    assert LUNCH in screen.message.text() and "no progress recorded" in screen.message.text()
    assert screen.meeting_form.family_views.toPlainText() == "Fine", "what was typed stays"
    cycle = PlanReviewService(senco_context).cycle(plans["overdue"].id)
    assert cycle.reviews == () and len(cycle.agreement.versions) == 1


def test_an_assessment_with_evidence_is_saved_from_the_assess_tab(
    qtbot, open_screen, plans, senco_context
) -> None:
    screen = open_screen()
    choose(qtbot, screen, plans["draft"].id)
    assert screen.tabs.currentIndex() == 0, "a draft with no assessment opens at Assess"
    assert "Version 1 is a draft" in screen.message.text()
    screen.assess_form.working.setPlainText("Reads with her grandmother every evening")
    screen.assess_form.not_working.setPlainText("Phonics in a big group")
    qtbot.mouseClick(screen.assess_form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.text() == "Assessment saved.", timeout=WAIT_MS)
    idle(qtbot, screen)
    cycle = PlanReviewService(senco_context).cycle(plans["draft"].id)
    assert cycle.assessments[0].working == "Reads with her grandmother every evening"
    rows = [screen.history.model.index(r, 1).data() for r in range(screen.history.model.rowCount())]
    assert "Assessed for version 1" in rows
    assert screen.plan_model.index(
        screen.plan_model.row_of(lambda p: p.agreement.id == plans["draft"].id), 1
    ).data() == ("Planning (draft)")


def test_views_received_from_home_are_listed_for_the_review(qtbot, open_screen, plans) -> None:
    asked: list[str] = []

    def views(agreement_id: str) -> Sequence[object]:
        asked.append(agreement_id)
        return ["Family's form (paper, Somali): Hodan sleeps better.", "Child's form: 😊 the quiet corner"]

    screen = open_screen(views)
    choose(qtbot, screen, plans["overdue"].id)
    listed = [screen.meeting_form.views_received.item(n).text() for n in range(2)]
    assert listed[0].startswith("Family's form") and "quiet corner" in listed[1]
    assert asked == [plans["overdue"].id]


def test_locking_leaves_no_childs_details_on_the_screen(qtbot, open_screen, plans) -> None:
    screen = open_screen()
    choose(qtbot, screen, plans["overdue"].id)
    screen.forget()
    text = visible_text(screen)
    assert "Hodan" not in text and CARD not in text
    named = " ".join(w.accessibleName() + w.accessibleDescription() for w in screen.findChildren(QWidget))
    assert "Hodan" not in named and CARD not in named


def test_the_reviews_due_list_looks_weeks_ahead_and_shows_the_termly_plans(
    qtbot, senco_context, plans
) -> None:
    agreements = AgreementService(senco_context)
    termly = agreements.create(
        plans["pupils"][0].id,
        DocumentKind.SUPPORT_PLAN,
        "Zofia's plan",
        DocumentContent(targets=(Target("Swim"),)),
    )
    agreements.activate(termly.id)
    window = QMainWindow()
    runner = TaskRunner(window)
    screen = create_agreements(
        ScreenHost(senco_context, runner, window, lambda t: window.menuBar().addMenu(t), print)
    )
    window.setCentralWidget(screen)
    window.show()
    qtbot.waitUntil(lambda: screen.reviews.model.rowCount() == 1 and not runner.busy, timeout=WAIT_MS)
    screen.reviews.weeks.setValue(52)
    qtbot.waitUntil(lambda: screen.reviews.model.rowCount() == 2 and not runner.busy, timeout=WAIT_MS)
    rows = [[screen.reviews.model.index(r, c).data() for c in range(3)] for r in range(2)]
    assert rows[0][:2] == ["Hodan Warsame", "Overdue by 3 day(s)"]
    assert rows[1][0] == "Zofia Wiśniewska" and rows[1][2].endswith("(termly)")
    assert screen.pages.tabText(1) == "Reviews due (2)"
    runner.wait()
    screen.forget()
    window.close()


def test_the_senco_is_reminded_of_reviews_due_on_their_day(qtbot, senco_context, plans, vault) -> None:
    runner = TaskRunner()
    banner = ReviewReminderBanner(senco_context)
    tasks = ScreenTasks(runner, print)
    banner.load(tasks)
    qtbot.waitUntil(lambda: banner.text() != "", timeout=WAIT_MS)
    assert banner.text() == "Plan reviews to hold with the family: Hodan Warsame (overdue by 3 day(s))"
    teacher = ServiceContext(
        vault, senco_context.actor.__class__("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER)
    )
    other = ReviewReminderBanner(teacher)
    other.load(tasks)
    runner.wait()
    QApplication.processEvents()
    assert other.text() == "" and not other.wanted


def test_views_given_before_the_review_show_in_the_meeting_form_as_the_app_opens_it(
    qtbot, open_screen, plans, senco_context: ServiceContext
) -> None:
    """The screen the main window makes reads the views the school holds for the plan (typed from the
    family's paper form here), each with who gave them, how, and every answer."""
    from desktop.domain.review_views import ChildViews, Face, FamilyViews, ViewsReceived
    from desktop.services.review_views import ReviewViewsService

    service = ReviewViewsService(senco_context)
    service.record(
        plans["overdue"].id,
        FamilyViews(going_well="Hodan sleeps better since the new routine.", hopes="More time outdoors."),
        ViewsReceived.PAPER_TYPED,
        "Faduma Warsame",
    )
    service.record(
        plans["overdue"].id,
        ChildViews(faces=(("have_friends", Face.HAPPY),), helps_me="The quiet corner"),
        ViewsReceived.PAPER_TYPED,
        "Hodan",
    )
    screen = open_screen()
    choose(qtbot, screen, plans["overdue"].id)
    form = screen.meeting_form.views_received
    qtbot.waitUntil(lambda: form.count() == 2, timeout=WAIT_MS)
    listed = "\n\n".join(form.item(n).text() for n in range(form.count()))
    assert "Faduma Warsame, on paper, typed in" in listed
    assert "What is going well: Hodan sleeps better since the new routine." in listed
    assert "I have friends: Yes" in listed and "What helps me: The quiet corner" in listed


def _report_pdf(words: str) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setPageCompression(0)
    page.drawString(72, 720, words)
    page.save()
    return out.getvalue()


def test_a_report_file_is_attached_listed_opened_removed_and_kept_with_the_review(
    qtbot, open_screen, plans, senco_context, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop.services.folders import MAX_ATTACHMENT
    from desktop.ui.print_preview import PrintPreviewDialog
    from desktop.ui.reviews.report_viewer import ScanViewer

    screen = open_screen()
    choose(qtbot, screen, plans["overdue"].id)
    form = screen.meeting_form
    assert form.attach_report_button.text().replace("&", "") == "Attach a report…"
    assert not form.open_report_button.isEnabled(), "no report chosen yet"

    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (chosen.pop(0), ""))

    def attach(path: Path) -> None:
        chosen.append(str(path))
        qtbot.mouseClick(form.attach_report_button, Qt.MouseButton.LeftButton)
        idle(qtbot, screen)

    empty = tmp_path / "empty-scan.png"
    empty.write_bytes(b"")
    attach(empty)
    assert "empty-scan.png is empty" in screen.message.text() and form.reports.rowCount() == 0
    big = tmp_path / "huge-scan.jpg"
    with big.open("wb") as f:
        f.truncate(MAX_ATTACHMENT + 1)
    attach(big)
    assert "huge-scan.jpg is over 50 MB" in screen.message.text() and form.reports.rowCount() == 0
    vanished = tmp_path / "gone.pdf"
    attach(vanished)
    assert "gone.pdf could not be read" in screen.message.text()
    assert "check that the file is still there" in screen.message.text() and form.reports.rowCount() == 0
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"PK\x03\x04 not a report")
    attach(notes)
    assert "attach a PDF, PNG or JPEG" in screen.message.text() and form.reports.rowCount() == 0

    words = "Speech and language therapy report: Hodan Warsame, autumn term"
    data = _report_pdf(words)
    report_path = tmp_path / "SALT report autumn.pdf"
    report_path.write_bytes(data)
    attach(report_path)
    assert form.reports.rowCount() == 1
    listed = form.reports.item(0, 3).text()
    assert listed == f"SALT report autumn.pdf ({round(len(data) / 1024)} KB)"
    assert form.reports.item(0, 0).text() == "SALT report autumn", "titled after the file, to be changed"
    assert "is attached" in screen.message.text()
    form.reports.item(0, 0).setText("Speech and language therapy report")
    form.reports.item(0, 1).setText("Ms Ó Súilleabháin")

    assert form.open_report_button.isEnabled()
    qtbot.mouseClick(form.open_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.report_view is not None, timeout=WAIT_MS)
    assert isinstance(screen.report_view, PrintPreviewDialog)
    assert screen.report_view.isVisible()
    screen.report_view.reject()

    second = tmp_path / "scan of the OT letter.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(second), "PNG")
    attach(second)
    assert form.reports.rowCount() == 2
    assert form.reports.item(1, 3).text() == f"scan of the OT letter.png ({second.stat().st_size} bytes)"
    qtbot.mouseClick(form.open_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.report_view, ScanViewer), timeout=WAIT_MS)
    assert not screen.report_view.picture.pixmap().isNull()
    screen.report_view.reject()
    scan = form.report_at(1)
    qtbot.mouseClick(form.remove_report_button, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    assert form.reports.rowCount() == 1
    with pytest.raises(KeyError):
        PlanReviewService(senco_context).report_file(scan)  # the file of a report taken off is let go

    pick_progress(screen, 0, Progress.MET)
    pick_progress(screen, 1, Progress.PARTLY)
    form.family_views.setPlainText("The therapist's games work at home too.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.tabs.currentIndex() == 2, timeout=WAIT_MS)
    idle(qtbot, screen)
    review = PlanReviewService(senco_context).cycle(plans["overdue"].id).review_that_made(2)
    assert review is not None
    [kept] = review.meeting.reports
    assert (kept.title, kept.author, kept.filename) == (
        "Speech and language therapy report",
        "Ms Ó Súilleabháin",
        "SALT report autumn.pdf",
    )
    assert PlanReviewService(senco_context).report_file(kept) == data
    vault_files = [p for p in senco_context.vault.blobs.root.rglob("*") if p.is_file()]
    assert vault_files and not any(words.encode() in p.read_bytes() for p in vault_files)
