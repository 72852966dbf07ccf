"""Names in other scripts are drawn with the fonts Linkbook ships, on a computer without system fonts for
them (this test machine has none for Gurmukhi or Bengali)."""

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop.domain.access import Actor
from desktop.domain.pupils import Pupil
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.app_fonts import use_shipped_fonts
from desktop.ui.tasks import TaskRunner
from desktop.ui.teacher_day import TeacherDayView
from tests.conftest import TODAY

NAMES = [("ਗੁਰਪ੍ਰੀਤ", "ਸੰਧੂ"), ("ঋতব্রত", "চৌধুরী"), ("أمينة", "حسن"), ("காவ்யா", "சுப்ரமணியன்"), ("આરવ", "પટેલ")]


@pytest.fixture
def app_font_restored() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    yield app
    app.setFont(before)


def test_the_shipped_fonts_are_registered_and_names_in_every_script_have_glyphs_in_the_day_list(
    qtbot, vault: Vault, app_font_restored: QApplication
) -> None:
    teacher = StaffMember("Mrs Rani Kaur-Bhattacharya", StaffRole.CLASS_TEACHER)
    birch = SchoolClass("Year 2 Birch", "2", staff_ids=(teacher.id,))
    setup = SchoolService(ServiceContext(vault, Actor("Set-up", StaffRole.ADMIN)))
    setup.set_up(School("Brook Lane Primary"), [teacher], [birch])
    setup.save_pupils(
        [Pupil(first, last, dt.date(2019, 3, 1 + n), birch.id) for n, (first, last) in enumerate(NAMES)]
    )
    families = use_shipped_fonts(app_font_restored)
    registered = set(QFontDatabase.families())
    for family in ("Noto Sans Gurmukhi", "Noto Sans Bengali", "Noto Naskh Arabic", "Noto Sans Tamil"):
        assert family in registered and family in families
    assert app_font_restored.font().families() == families

    context = ServiceContext(vault, Actor(teacher.name, teacher.role, teacher.id), clock=lambda: TODAY)
    runner = TaskRunner()
    view = TeacherDayView(context, runner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == len(NAMES), timeout=10_000)
    metrics = QFontMetrics(view.register_view.font())
    shown = " ".join(view.model.row_at(n).pupil.display_name for n in range(len(NAMES)))  # type: ignore[union-attr]
    missing = {char for char in shown if not char.isspace() and not metrics.inFontUcs4(ord(char))}
    assert missing == set(), f"drawn as empty boxes: {sorted(missing)}"
    view.close()
    runner.wait()
