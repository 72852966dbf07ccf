"""The progress screen, driven through its widgets: a pupil's marks over time on a chart drawn by the app,
the same figures in a table, the marks in words listed, the topics of their folders, and nothing left
after locking. Also how marks are read."""

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.domain.calendar import Period
from desktop.domain.work_folders import WorkItem
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.ui.folders.bidi import plain
from desktop.ui.folders.marks import percent
from desktop.ui.folders.progress import ProgressScreen
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import Changes, TaskRunner, Topic
from tests.conftest import TODAY
from tests.ui_checks import unnamed_controls, visible_text

WAIT_MS = 10_000


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        ("8/10", 80.0),
        (" 8 / 10 ", 80.0),
        ("7 out of 10", 70.0),
        ("3,5/5", 70.0),
        ("75%", 75.0),
        ("Expected", None),
        ("Greater depth", None),
        ("7", None),
        ("11/10", None),
        ("5/0", None),
        ("120%", None),
        ("", None),
    ],
)
def test_only_marks_with_their_own_scale_are_read_as_numbers(mark: str, expected: float | None) -> None:
    assert percent(mark) == expected


@pytest.fixture
def ayaan_marked(senco_context: ServiceContext, small_school) -> dict[str, object]:
    """Ayaan (called ঋতব্রত) has three weeks of folders: marks as fractions, a percentage and words."""
    ayaan = small_school["pupils"][1]
    service = WorkFolderService(senco_context)
    weeks = [Period.week_of(TODAY.date() - dt.timedelta(weeks=n)) for n in (2, 1, 0)]
    pieces = [
        [
            WorkItem(
                "Maths", "Column addition", weeks[0].start + dt.timedelta(days=1), "Careful columns.", "6/10"
            )
        ],
        [
            WorkItem("Maths", "Fractions of amounts", weeks[1].start + dt.timedelta(days=2), "", "80%"),
            WorkItem(
                "Science", "Shadow drawings", weeks[1].start + dt.timedelta(days=3), "ভালো কাজ", "Expected"
            ),
        ],
        [
            WorkItem("Maths", "Times tables", weeks[2].start + dt.timedelta(days=1), "Quick recall!", "9/10"),
            WorkItem("English", "Autumn poem", weeks[2].start + dt.timedelta(days=2), "Lovely imagery.", ""),
        ],
    ]
    for week, items in zip(weeks, pieces, strict=True):
        folder = service.open_folder(ayaan.id, week)
        for item in items:
            service.add_item(folder.id, item)
    return {"pupil": ayaan, "weeks": weeks}


@pytest.fixture
def open_screen(qtbot, senco_context: ServiceContext, small_school) -> Iterator[Callable[[], ProgressScreen]]:
    opened: list[tuple[ProgressScreen, QMainWindow, TaskRunner]] = []

    def open_one() -> ProgressScreen:
        window = QMainWindow()
        runner = TaskRunner(window)
        host = ScreenHost(
            senco_context, runner, window, lambda title: window.menuBar().addMenu(title), lambda _m: None
        )
        screen = ProgressScreen(host)
        window.setCentralWidget(screen)
        window.resize(1280, 760)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: screen.pupils.rowCount() == 10 and not runner.busy, timeout=WAIT_MS)
        opened.append((screen, window, runner))
        return screen

    yield open_one
    for screen, window, runner in opened:
        runner.wait()
        if shiboken6.isValid(window):
            screen.forget()
            window.close()
            window.deleteLater()


def choose_by_keyboard(qtbot, screen: ProgressScreen, display_name: str) -> None:
    """Go down the pupil list with the arrow keys until the pupil is chosen."""
    screen.pupil_list.setFocus()
    qtbot.keyClick(screen.pupil_list, Qt.Key.Key_Home)
    for _ in range(screen.pupils.rowCount()):
        if screen.pupil_list.currentIndex().data() == display_name:
            break
        qtbot.keyClick(screen.pupil_list, Qt.Key.Key_Down)
    assert screen.pupil_list.currentIndex().data() == display_name
    qtbot.waitUntil(lambda: not screen.runner.busy, timeout=WAIT_MS)
    QApplication.processEvents()


def test_the_chart_shows_the_marks_of_a_pupil_with_a_non_latin_name(qtbot, open_screen, ayaan_marked) -> None:
    screen = open_screen()
    choose_by_keyboard(qtbot, screen, "ঋতব্রত Chowdhury")
    assert plain(screen.heading.text()) == "ঋতব্রত Chowdhury"
    chart = screen.chart
    assert [(r.title, r.percent) for r in chart.records] == [
        ("Column addition", 60.0),
        ("Fractions of amounts", 80.0),
        ("Times tables", 90.0),
    ]
    picture = chart.grab().toImage()
    maths = chart.colour_of("Maths")
    area = chart.plot_area()
    for index, expected in enumerate((60, 80, 90)):
        point = chart.point_of(index)
        assert abs((area.bottom() - point.y()) / area.height() * 100 - expected) < 0.5
        drawn = picture.pixelColor(round(point.x()), round(point.y()))
        assert abs(drawn.red() - maths.red()) < 40 and abs(drawn.blue() - maths.blue()) < 40, (
            f"no Maths marker at {expected}%"
        )
    assert chart.point_of(0).x() < chart.point_of(1).x() < chart.point_of(2).x(), "older marks to the left"
    description = chart.accessibleDescription()
    assert "Marks on the chart: 3," in description and "Maths" in description
    assert "lowest 60%, highest 90%" in description


def test_the_table_and_the_list_hold_what_the_chart_cannot_show(qtbot, open_screen, ayaan_marked) -> None:
    screen = open_screen()
    choose_by_keyboard(qtbot, screen, "ঋতব্রত Chowdhury")
    model = screen.marks
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    titles = [row[2] for row in rows]
    assert titles[0] == "Autumn poem", "newest first"
    assert set(titles) == {
        "Autumn poem",
        "Times tables",
        "Shadow drawings",
        "Fractions of amounts",
        "Column addition",
    }
    shadow = rows[titles.index("Shadow drawings")]
    assert shadow[3:] == ["Expected", "not a number", "ভালো কাজ"]
    assert rows[titles.index("Times tables")][3:5] == ["9/10", "90%"]
    assert "Expected" in screen.words.text() and screen.words.isVisible()
    topics = screen.topics
    learned = [[topics.index(r, c).data() for c in range(3)] for r in range(topics.rowCount())]
    assert learned[0][1:] in (["Maths", "Times tables"], ["English", "Autumn poem"])
    assert ["Science", "Shadow drawings"] in [row[1:] for row in learned]
    assert len({row[0] for row in learned}) == 3, "one folder a week for three weeks"


def test_arrow_keys_step_through_the_marks_and_say_which_is_chosen(qtbot, open_screen, ayaan_marked) -> None:
    screen = open_screen()
    choose_by_keyboard(qtbot, screen, "ঋতব্রত Chowdhury")
    chart = screen.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert "Column addition: 6/10 (60%)" in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert "Times tables: 9/10 (90%)" in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert "Fractions of amounts: 80% (80%)" in chart.accessibleDescription()


def test_a_mark_saved_elsewhere_appears_without_reopening(
    qtbot, open_screen, senco_context, ayaan_marked
) -> None:
    screen = open_screen()
    choose_by_keyboard(qtbot, screen, "ঋতব্রত Chowdhury")
    service = WorkFolderService(senco_context)
    folder = service.for_pupil(ayaan_marked["pupil"].id)[-1]
    poem = next(i for i in folder.items if i.title == "Autumn poem")
    screen.runner.run(
        "save",
        lambda _s: service.update_item(folder.id, replace(poem, mark="7/10")),
        changes=Changes(frozenset({Topic.FOLDERS}), frozenset({ayaan_marked["pupil"].id})),
    )
    qtbot.waitUntil(lambda: len(screen.chart.records) == 4, timeout=WAIT_MS)
    assert screen.chart.records[-1].title == "Autumn poem"


def test_a_pupil_with_no_marks_gets_a_plain_word_not_an_empty_chart(qtbot, open_screen, ayaan_marked) -> None:
    screen = open_screen()
    choose_by_keyboard(qtbot, screen, "Zofia Wiśniewska")
    assert screen.chart.records == []
    assert screen.chart.accessibleDescription() == "No marks written as numbers yet."
    assert screen.words.text() == "No marks or feedback in this pupil's folders yet."


def test_every_control_has_an_accessible_name(qtbot, open_screen, ayaan_marked) -> None:
    screen = open_screen()
    choose_by_keyboard(qtbot, screen, "ঋতব্রত Chowdhury")
    assert unnamed_controls(screen) == []
    assert screen.chart.accessibleName()


def test_nothing_of_a_child_is_left_after_forget(qtbot, open_screen, small_school, ayaan_marked) -> None:
    screen = open_screen()
    choose_by_keyboard(qtbot, screen, "ঋতব্রত Chowdhury")
    assert "Chowdhury" in visible_text(screen)
    screen.forget()
    QApplication.processEvents()
    text = visible_text(screen)
    for pupil in small_school["pupils"]:
        assert pupil.last_name not in text
    for trace in ("Column addition", "ভালো কাজ", "Expected", "Maths"):
        assert trace not in text
    assert screen.chart.records == [] and "Maths" not in screen.chart.accessibleDescription()
