"""Class news and events, driven through the screen: write, publish, see it listed, print the newsletter."""

import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor, QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QWidget

from desktop.domain.access import Actor
from desktop.domain.calendar import typical_english_year
from desktop.domain.pupils import PhotoConsent
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.news import NewsService, half_term_around
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.store.vault import Vault
from desktop.ui.news.screen import NewsScreen
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.ui_checks import unnamed_controls, visible_text

TEACHER = Actor("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER)


def settle(qtbot, screen: NewsScreen) -> None:
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)


@pytest.fixture
def open_screen(qtbot) -> Iterator[Callable[[Vault], NewsScreen]]:
    opened: list[NewsScreen] = []

    def open_on(vault: Vault) -> NewsScreen:
        window = QMainWindow()
        qtbot.addWidget(window)
        runner = TaskRunner(window)
        context = ServiceContext(vault, TEACHER, clock=lambda: TODAY)
        host = ScreenHost(
            context, runner, window, lambda title: window.menuBar().addMenu(title), lambda _m: None
        )
        screen = NewsScreen(host)
        window.setCentralWidget(screen)
        window.resize(1200, 760)
        window.show()
        settle(qtbot, screen)
        opened.append(screen)
        return screen

    yield open_on
    for screen in opened:
        screen.forget()
        screen.host.runner.wait()


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type as a person would: keys for plain ASCII, an input method's commit for any other letters
    (QTest can type only ASCII safely)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    widget.setFocus()
    QApplication.sendEvent(widget, event)


def write_news(qtbot, screen: NewsScreen, title: str, body: str) -> None:
    composer = screen.composer
    type_into(qtbot, composer.title_field, title)
    type_into(qtbot, composer.body_edit, body)


def add_event(qtbot, screen: NewsScreen, title: str, day: dt.date, at: str, place: str) -> None:
    composer = screen.composer
    composer.event_box.setFocus()
    qtbot.keyClick(composer.event_box, Qt.Key.Key_Space)
    assert composer.event_panel.isVisible() and composer.event_title_field.hasFocus()
    type_into(qtbot, composer.event_title_field, title)
    composer.event_date.setDate(QDate(day.year, day.month, day.day))
    composer.timed_box.setFocus()
    qtbot.keyClick(composer.timed_box, Qt.Key.Key_Space)
    assert composer.event_time.isEnabled()
    composer.event_time.setTime(QTime.fromString(at, "HH:mm"))
    qtbot.keyClicks(composer.place_field, place)


def test_news_with_an_event_is_published_and_listed_for_the_half_term(
    qtbot, open_screen, vault, small_school
) -> None:
    screen = open_screen(vault)
    assert screen.half_term_label.text() == "This half-term: Mon 2 Nov to Fri 18 Dec 2026"
    assert screen.news_list.lines() == ["Nothing published this half-term yet."]

    write_news(qtbot, screen, "Trip to the Science Museum", "We leave at 9 sharp; bring a packed lunch.")
    add_event(qtbot, screen, "Science Museum trip", dt.date(2026, 11, 26), "09:00", "Meet at the gate")
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    assert screen.message_label.text() == "Published “Trip to the Science Museum” to Year 3 Oak's families."
    assert screen.news_list.lines() == ["Fri 20 Nov · Trip to the Science Museum · Mr Okonkwo-Jones"]
    assert screen.events_list.lines() == ["Thu 26 Nov, 09:00 · Science Museum trip · Meet at the gate"]
    assert screen.composer.title_field.text() == "" and not screen.composer.event_box.isChecked()

    news = NewsService(ServiceContext(vault, TEACHER))
    oak = small_school["class"]
    (item,) = news.news(oak.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert (item.title, item.body, item.class_id) == (
        "Trip to the Science Museum",
        "We leave at 9 sharp; bring a packed lunch.",
        oak.id,
    )
    (event,) = news.events(oak.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert (event.starts_on, event.starts_at, event.location) == (
        dt.date(2026, 11, 26),
        dt.time(9, 0),
        "Meet at the gate",
    )

    screen.news_list.setCurrentRow(0)
    assert screen.news_text.text() == "We leave at 9 sharp; bring a packed lunch."


def test_a_photo_chosen_in_the_file_dialog_goes_out_with_the_news(
    qtbot, open_screen, vault, small_school, tmp_path: Path, monkeypatch
) -> None:
    school = SchoolService(ServiceContext(vault, Actor("Admin", StaffRole.ADMIN)))
    school.save_pupils([replace(p, photo_consent=PhotoConsent.GRANTED) for p in small_school["pupils"]])
    photo = tmp_path / "harvest-table.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#d08c2f"))
    assert image.save(str(photo))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args, **_kw: ([str(photo)], ""))
    screen = open_screen(vault)

    write_news(qtbot, screen, "Harvest festival", "Thank you for the tins and packets.")
    qtbot.mouseClick(screen.composer.add_photos_button, Qt.MouseButton.LeftButton)
    assert screen.composer.photo_list.lines() == ["harvest-table.png"]
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    assert screen.news_list.lines() == ["Fri 20 Nov · Harvest festival · 1 photo · Mr Okonkwo-Jones"]
    (item,) = NewsService(ServiceContext(vault, TEACHER)).news(
        small_school["class"].id, dt.date(2026, 11, 20), dt.date(2026, 11, 20)
    )
    assert len(item.attachment_ids) == 1


def test_news_without_its_text_is_refused_with_what_to_do_and_nothing_published(
    qtbot, open_screen, vault, small_school
) -> None:
    screen = open_screen(vault)
    qtbot.keyClicks(screen.composer.title_field, "Spelling test")
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    assert screen.message_label.text() == "Write the news itself under the title."
    assert screen.composer.body_edit.hasFocus()
    assert screen.news_list.lines() == ["Nothing published this half-term yet."]
    assert screen.composer.title_field.text() == "Spelling test"


def test_what_the_service_refuses_is_shown_in_its_own_words_and_the_writing_is_kept(
    qtbot, open_screen, vault, small_school, monkeypatch
) -> None:
    def refuse(_self, _item) -> None:
        raise InvalidInput("Zofia's family has not agreed to photos. Take her out of the photo, or ask them.")

    monkeypatch.setattr(NewsService, "publish", refuse)
    screen = open_screen(vault)
    write_news(qtbot, screen, "Sports day", "Well done, everyone.")
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    assert screen.message_label.text() == (
        "Zofia's family has not agreed to photos. Take her out of the photo, or ask them."
    )
    assert screen.composer.title_field.text() == "Sports day"
    assert screen.composer.body_edit.toPlainText() == "Well done, everyone."


def test_the_class_newsletter_is_previewed_with_the_weeks_news_and_dates(
    qtbot, open_screen, vault, small_school
) -> None:
    screen = open_screen(vault)
    write_news(qtbot, screen, "Reading café", "Come and read with us on Friday mornings.")
    add_event(qtbot, screen, "Reading café", dt.date(2026, 11, 27), "08:45", "Library")
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    preview = screen.preview
    assert preview is not None and preview.isVisible()
    assert preview.windowTitle() == "Print preview: Year 3 Oak newsletter, this week"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    for expected in ("Class news", "Year 3 Oak", "Reading café", "Come and read with us", "Library", "08:45"):
        assert expected in text


def test_a_week_with_nothing_published_says_so_instead_of_printing(
    qtbot, open_screen, vault, small_school
) -> None:
    screen = open_screen(vault)
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)

    assert screen.preview is None
    assert (
        screen.message_label.text() == "Year 3 Oak has no news or dates for 2026-W47 yet; publish some first."
    )


def test_the_half_term_runs_between_the_breaks_of_the_term() -> None:
    year = typical_english_year(dt.date(2026, 11, 20))
    assert half_term_around(year, dt.date(2026, 11, 20)) == (dt.date(2026, 11, 2), dt.date(2026, 12, 18))
    assert half_term_around(year, dt.date(2026, 10, 1)) == (dt.date(2026, 9, 3), dt.date(2026, 10, 23))
    assert half_term_around(year, dt.date(2026, 10, 28)) == (dt.date(2026, 9, 3), dt.date(2026, 10, 23))
    assert half_term_around(year, dt.date(2027, 6, 10)) == (dt.date(2027, 5, 31), dt.date(2027, 7, 16))


def test_every_control_has_an_accessible_name(qtbot, open_screen, vault, small_school) -> None:
    screen = open_screen(vault)
    screen.composer.event_box.setChecked(True)
    assert unnamed_controls(screen) == []


def test_nothing_is_left_after_forget(qtbot, open_screen, vault, small_school) -> None:
    screen = open_screen(vault)
    write_news(qtbot, screen, "Zofia's certificate", "Zofia Wiśniewska read 40 books this term.")
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    write_news(qtbot, screen, "Draft about Ayaan", "Ayaan Chowdhury helped at the fair.")
    assert "Zofia's certificate" in visible_text(screen)

    screen.forget()

    after = visible_text(screen)
    for gone in ("Zofia", "Ayaan", "Year 3 Oak", "certificate"):
        assert gone not in after
