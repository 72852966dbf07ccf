"""A pupil's timeline in the main window: read the link book, filter it, type in a paper reply."""

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.domain.access import Actor
from desktop.domain.linkbook import AuthorKind, LinkBookEntry, Method
from desktop.domain.pupils import Pupil
from desktop.domain.school import StaffMember, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.ui.main_window import MainWindow
from desktop.ui.reply_dialog import ReplyDialog
from desktop.ui.timeline import FIRST_DAYS
from desktop.ui.timeline_html import Section
from tests.conftest import TODAY


@pytest.fixture
def written(senco_context: ServiceContext, small_school) -> dict:
    """Three days of entries for Amina (Arabic preferred name), one with a reply from home."""
    teacher = small_school["teacher"]
    service = LinkBookService(teacher_context(senco_context, teacher))
    amina = small_school["pupils"][2]
    entries = []
    for back, learning in enumerate(["Fractions with pizza slices", "Rainforest layers", "Phonics: igh"]):
        entries.append(
            service.save_entry(
                LinkBookEntry(
                    amina.id,
                    TODAY.date() - dt.timedelta(days=back),
                    teacher.id,
                    StaffRole.CLASS_TEACHER,
                    learning=learning,
                    wins="Helped a friend" if back == 1 else "",
                )
            )
        )
    service.add_reply(entries[1].id, "شكرا جزيلا", "Parent of Amina", AuthorKind.FAMILY)
    return {"pupil": amina, "entries": entries}


def teacher_context(senco_context: ServiceContext, teacher: StaffMember) -> ServiceContext:
    """The class teacher, on the school's fixed clock."""
    return ServiceContext(
        senco_context.vault, Actor(teacher.name, StaffRole.CLASS_TEACHER, teacher.id), clock=lambda: TODAY
    )


def write_days(
    senco_context: ServiceContext,
    small_school: dict,
    pupil: Pupil,
    days: int,
    learning: Callable[[dt.date], str],
) -> None:
    """An entry for each of the last `days` days, as the class teacher, with learning(day) as its text."""
    teacher = small_school["teacher"]
    service = LinkBookService(teacher_context(senco_context, teacher))
    for back in range(days):
        day = TODAY.date() - dt.timedelta(days=back)
        entry = LinkBookEntry(pupil.id, day, teacher.id, StaffRole.CLASS_TEACHER, learning=learning(day))
        service.save_entry(entry)


def open_window(qtbot, senco_context: ServiceContext, pupil) -> MainWindow:
    window = MainWindow(senco_context.vault, senco_context.actor)
    qtbot.addWidget(window)
    window.timeline.context = senco_context  # the fixture's fixed clock
    # The window reads the school and the first class's pupils on its task runner.
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    row = next(
        r for r in range(window.pupil_model.rowCount()) if window.pupil_model.pupil_at(r).id == pupil.id
    )
    window.pupil_view.selectRow(row)
    return window


def type_text(widget, text: str) -> None:
    """Type as a keyboard with an input method does: QTest.keyClicks cannot send letters beyond Latin-1."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget.focusProxy() or widget, event)


def shown_text(window: MainWindow) -> str:
    return window.timeline.browser.toPlainText()


def test_choosing_a_pupil_shows_their_link_book_newest_first(qtbot, senco_context, written) -> None:
    window = open_window(qtbot, senco_context, written["pupil"])
    qtbot.waitUntil(lambda: "Phonics" in shown_text(window), timeout=5000)
    text = shown_text(window)
    assert text.index("Fractions with pizza") < text.index("Rainforest") < text.index("Phonics")
    assert "شكرا جزيلا" in text and "from home" in text
    assert window.timeline.heading.text() == written["pupil"].display_name
    window.runner.wait()


def test_filtering_by_replies_shows_only_the_entry_with_a_reply(qtbot, senco_context, written) -> None:
    window = open_window(qtbot, senco_context, written["pupil"])
    qtbot.waitUntil(lambda: "Phonics" in shown_text(window), timeout=5000)
    combo = window.timeline.section
    combo.setCurrentIndex(combo.findData(Section.REPLIES))
    assert "Rainforest" in shown_text(window)
    assert "Phonics" not in shown_text(window) and "Fractions" not in shown_text(window)
    window.runner.wait()


def test_typing_in_a_paper_reply_marks_it_as_from_paper(qtbot, senco_context, written) -> None:
    window = open_window(qtbot, senco_context, written["pupil"])
    qtbot.waitUntil(lambda: "Phonics" in shown_text(window), timeout=5000)
    newest = written["entries"][0]
    window.timeline.add_reply(window.timeline._entries[-1])
    qtbot.waitUntil(lambda: window.timeline.findChild(ReplyDialog, "replyDialog") is not None, timeout=5000)
    dialog = window.timeline.findChild(ReplyDialog, "replyDialog")
    assert dialog is not None and dialog.on_paper.isChecked(), (
        "a reply typed in by staff is from paper by default"
    )
    type_text(dialog.text, "Dziękujemy, przeczytaliśmy razem")
    qtbot.mouseClick(dialog.read, Qt.MouseButton.LeftButton)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Dziękujemy" in shown_text(window), timeout=5000)
    [stored] = [e for e in LinkBookService(senco_context).timeline(written["pupil"].id) if e.id == newest.id]
    assert stored.replies[-1].method is Method.PAPER
    assert stored.replies[-1].recorded_by == senco_context.actor.name
    assert stored.acknowledgements[0].method is Method.PAPER
    assert "on paper" in shown_text(window)
    window.runner.wait()


def test_lock_empties_the_timeline(qtbot, senco_context, written) -> None:
    window = open_window(qtbot, senco_context, written["pupil"])
    qtbot.waitUntil(lambda: "Phonics" in shown_text(window), timeout=5000)
    window.lock()
    assert shown_text(window) == ""
    assert window.timeline.heading.text() == ""


def test_search_result_opens_the_pupil_at_that_entry(qtbot, senco_context, written) -> None:
    window = MainWindow(senco_context.vault, senco_context.actor)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search_panel.field, "rainforest")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 1, timeout=5000)
    assert "Rainforest" in window.search_panel.model.data(window.search_panel.model.index(0))
    window.search_panel.results.setCurrentIndex(window.search_panel.model.index(0))
    qtbot.keyClick(window.search_panel.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Rainforest" in shown_text(window), timeout=5000)
    assert window.timeline.pupil.id == written["pupil"].id
    selected = window.pupil_view.selectionModel().selectedRows()
    assert [window.pupil_model.pupil_at(i.row()).id for i in selected] == [written["pupil"].id]
    window.search_panel.field.clear()
    qtbot.keyClicks(window.search_panel.field, "zzzz")
    qtbot.waitUntil(lambda: "Nothing found" in window.search_panel.status.text(), timeout=5000)
    window.lock()
    assert window.search_panel.model.rowCount() == 0 and window.search_panel.field.text() == ""


def test_print_packs_from_the_main_window_opens_a_preview(qtbot, senco_context, written) -> None:
    from desktop.ui.print_preview import PrintPreviewDialog

    window = MainWindow(senco_context.vault, senco_context.actor)
    qtbot.addWidget(window)
    window.context = senco_context
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)  # the classes are read on the runner
    window.print_class_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PrintPreviewDialog) is not None, timeout=20_000)
    preview = window.findChild(PrintPreviewDialog)
    assert "Year 3 Oak" in preview.windowTitle()
    window.runner.wait()


def test_a_long_record_opens_at_its_newest_weeks_and_shows_the_rest_on_request(
    qtbot, senco_context, small_school
) -> None:
    kaito = small_school["pupils"][1]
    write_days(senco_context, small_school, kaito, FIRST_DAYS + 6, lambda day: f"Topic of {day:%d %B}")
    window = open_window(qtbot, senco_context, kaito)
    window.tabs.setCurrentIndex(1)  # Pupils and timelines
    window.show()
    qtbot.waitUntil(lambda: "Topic of 20 November" in shown_text(window), timeout=5000)

    newest = [f"Topic of {TODAY.date() - dt.timedelta(days=back):%d %B}" for back in range(FIRST_DAYS + 6)]
    text = shown_text(window)
    assert all(topic in text for topic in newest[:FIRST_DAYS])
    assert not any(topic in text for topic in newest[FIRST_DAYS:])
    assert "Show earlier entries" in text

    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    browser = window.timeline.browser
    browser.document().size()  # lays the whole page out, as scrolling to its end does
    cursor = browser.document().find("Show earlier entries")
    cursor.setPosition(cursor.selectionStart() + 3)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(cursor).center())

    qtbot.waitUntil(lambda: newest[-1] in shown_text(window), timeout=5000)
    text = shown_text(window)
    assert all(topic in text for topic in newest)
    assert "Show earlier entries" not in text
    window.runner.wait()


def test_long_entries_open_at_about_two_screens_and_the_rest_follow_on_request(
    qtbot, senco_context, small_school
) -> None:
    pupil = small_school["pupils"][4]
    story = "Wir haben heute im Garten Bohnen gepflanzt und jeden Schritt aufgeschrieben. " * 20
    write_days(senco_context, small_school, pupil, FIRST_DAYS, lambda day: f"{day:%d %B}: {story}")
    window = open_window(qtbot, senco_context, pupil)
    qtbot.waitUntil(lambda: "20 November:" in shown_text(window), timeout=5000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)

    text = shown_text(window)
    days = [f"{TODAY.date() - dt.timedelta(days=back):%d %B}:" for back in range(FIRST_DAYS)]
    shown = [day for day in days if day in text]
    assert 1 <= len(shown) < FIRST_DAYS and shown == days[: len(shown)]  # the newest, in order
    assert "Show earlier entries" in text

    window.timeline.show_earlier()
    qtbot.waitUntil(lambda: all(day in shown_text(window) for day in days), timeout=5000)
    assert "Show earlier entries" not in shown_text(window)
    window.runner.wait()


def test_a_search_hit_in_an_old_long_entry_is_drawn_and_shown(qtbot, senco_context, small_school) -> None:
    pupil = small_school["pupils"][5]
    story = "Nous avons lu une histoire au jardin et chacun a raconté la suite à sa façon. " * 20
    oldest = TODAY.date() - dt.timedelta(days=FIRST_DAYS + 4)
    volcano = "Volcano models with baking soda."
    write_days(
        senco_context,
        small_school,
        pupil,
        FIRST_DAYS + 5,
        lambda day: story + (volcano if day == oldest else ""),
    )
    window = MainWindow(senco_context.vault, senco_context.actor)
    qtbot.addWidget(window)

    qtbot.keyClicks(window.search_panel.field, "volcano")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 1, timeout=5000)
    window.search_panel.results.setCurrentIndex(window.search_panel.model.index(0))
    qtbot.keyClick(window.search_panel.results, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "Volcano models" in shown_text(window), timeout=5000)
    assert window.timeline.pupil.id == pupil.id
    window.runner.wait()


def test_each_care_section_is_labelled_once_however_many_rows_it_has(
    qtbot, senco_context, small_school
) -> None:
    from desktop.domain.linkbook import Amount, FoodRecord, Mood, MoodRecord, SchoolSession, SenSections

    teacher = small_school["teacher"]
    gurpreet = small_school["pupils"][3]
    sections = SenSections(
        mood=tuple(MoodRecord(s, Mood.CALM) for s in SchoolSession),
        food_and_drink=tuple(
            FoodRecord(meal, Amount.MOST) for meal in ("Breakfast club", "Snack", "Lunch", "Water")
        ),
    )
    LinkBookService(teacher_context(senco_context, teacher)).save_entry(
        LinkBookEntry(
            gurpreet.id,
            TODAY.date(),
            teacher.id,
            StaffRole.CLASS_TEACHER,
            learning="Seeds",
            sections=sections,
        )
    )
    window = open_window(qtbot, senco_context, gurpreet)
    qtbot.waitUntil(lambda: "Seeds" in shown_text(window), timeout=5000)
    lines = [line.strip() for line in shown_text(window).splitlines()]
    assert sum(line.startswith("Mood") for line in lines) == 1
    assert sum(line.startswith("Food and drink") for line in lines) == 1
    assert "lunchtime: calm" in shown_text(window) and "Water: most" in shown_text(window)
    window.runner.wait()


def test_search_results_have_room_above_the_pupils(qtbot, senco_context, written) -> None:
    window = MainWindow(senco_context.vault, senco_context.actor)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.search_action.trigger()  # Ctrl+F: the Pupils and timelines tab, keys in the search field
    qtbot.keyClicks(window.search_panel.field, "rainforest")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 1, timeout=5000)
    QApplication.processEvents()
    results = window.search_panel.results
    assert results.isVisible()
    assert results.width() >= 2 * window.class_view.width(), "wider than the class list beside it"
    assert results.width() >= 400 and results.height() >= 200
    assert window.pupil_view.isVisible() and window.pupil_view.height() >= 120, "the pupils stay in view"
    window.search_panel.field.clear()
    qtbot.waitUntil(lambda: not window.search_panel.results_pane.isVisible(), timeout=5000)
    window.runner.wait()


def test_print_packs_in_the_holidays_offers_the_week_of_the_last_school_day(qtbot, vault, written) -> None:
    from desktop.domain.access import Actor
    from desktop.domain.calendar import Period
    from desktop.domain.school import StaffRole
    from desktop.services.context import ServiceContext
    from desktop.services.news import NewsService
    from desktop.ui.print_preview import PrintPreviewDialog

    christmas = dt.datetime(2026, 12, 29, 10, 0)
    context = ServiceContext(vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO), clock=lambda: christmas)
    last_day = NewsService(context).calendar().last_school_day(christmas.date())
    assert last_day < christmas.date() - dt.timedelta(days=7), "the Christmas holidays, not a weekend"
    window = MainWindow(vault, context.actor)
    qtbot.addWidget(window)
    window.context = context
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    window.print_class_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PrintPreviewDialog) is not None, timeout=20_000)
    title = window.findChild(PrintPreviewDialog).windowTitle()
    assert Period.week_of(last_day).label in title
    assert Period.week_of(christmas.date()).label not in title
    window.runner.wait()
