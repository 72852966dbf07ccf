"""The teacher's day, driven through its widgets: a class of 28 from the keyboard, class notes, quick
phrases, drafts that outlive the view, care sections, and a day that has not happened yet."""

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLabel, QLineEdit, QWidget

from desktop.domain.access import Actor
from desktop.domain.linkbook import Amount, Mood, SchoolSession
from desktop.domain.pupils import Pupil, SenStatus
from desktop.domain.school import EntrySection, School, SchoolClass, StaffMember, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftService
from desktop.services.linkbook import LinkBookService
from desktop.services.phrases import PhraseSection
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.day_models import EntryState
from desktop.ui.tasks import TaskRunner
from desktop.ui.teacher_day import TeacherDayView
from tests.conftest import TODAY

WAIT_MS = 10_000
DAY = TODAY.date()
CTRL = Qt.KeyboardModifier.ControlModifier

TEACHER = StaffMember("Ms Ngozi Eze-Kowalczyk", StaffRole.CLASS_TEACHER)
ROWAN = SchoolClass("Year 5 Rowan", "5", staff_ids=(TEACHER.id,))
SUNFLOWERS = SchoolClass("Sunflowers", "2", sections=frozenset(EntrySection))

_NAMES = [
    ("Zofia", "Wiśniewska", ""),
    ("Ayaan", "Chowdhury", "আয়ান"),
    ("Amina", "Hassan", "أمينة"),
    ("Gurpreet", "Sandhu", "ਗੁਰਪ੍ਰੀਤ"),
    ("Ionuț", "Popescu", ""),
    ("Hodan", "Warsame", ""),
    ("Kavya", "Subramanian", "காவ்யா"),
    ("Mariana", "Gonçalves", ""),
    ("Oisín", "Ní Bhriain", ""),
    ("Fatima", "Qureshi", "فاطمہ"),
    ("Олена", "Шевченко", ""),
    ("明", "李", ""),
    ("Chidi", "Okafor", ""),
    ("Mehmet", "Yılmaz", ""),
    ("Nguyễn", "Thảo", ""),
    ("Dawit", "Tesfaye", ""),
    ("Aarav", "Patel", "આરવ"),
    ("Siobhán", "Kelly", ""),
    ("Kwame", "Mensah", ""),
    ("Lucía", "Fernández", ""),
    ("Tomasz", "Nowak", ""),
    ("Yusuf", "Demir", ""),
    ("Eilidh", "MacLeod", ""),
    ("Priya", "Nair", ""),
    ("Ali", "Rahimi", ""),
    ("Sakura", "Tanaka", ""),
    ("Bronwen", "Jones", ""),
    ("Mateo", "García", ""),
]


def _pupils(school_class: SchoolClass, names: list[tuple[str, str, str]]) -> list[Pupil]:
    return [
        Pupil(
            legal_first_name=first,
            legal_last_name=last,
            preferred_first_name=preferred,
            date_of_birth=dt.date(2016, 1 + n % 12, 1 + n),
            class_id=school_class.id,
            sen_status=SenStatus.SEN_SUPPORT if n in (3, 17) else SenStatus.NONE,
        )
        for n, (first, last, preferred) in enumerate(names)
    ]


@pytest.fixture
def context(vault: Vault) -> ServiceContext:
    setup = SchoolService(ServiceContext(vault, Actor("Set-up", StaffRole.ADMIN)))
    setup.set_up(School("Brook Lane Primary"), [TEACHER], [ROWAN, SUNFLOWERS])
    setup.save_pupils(_pupils(ROWAN, _NAMES) + _pupils(SUNFLOWERS, _NAMES[:4]))
    return ServiceContext(vault, Actor(TEACHER.name, TEACHER.role, TEACHER.id), clock=lambda: TODAY)


@pytest.fixture
def open_view(qtbot, context: ServiceContext) -> Iterator[Callable[[], TeacherDayView]]:
    """Opens views on the school; each is closed (drafts kept, tasks ended) before the vault closes."""
    runner = TaskRunner()
    opened: list[TeacherDayView] = []

    def open_one() -> TeacherDayView:
        view = TeacherDayView(context, runner)
        view.resize(1200, 760)
        view.show()
        qtbot.waitExposed(view)
        _wait_loaded(qtbot, view)
        opened.append(view)
        return view

    yield open_one
    for view in opened:
        if shiboken6.isValid(view):
            view.close()
            view.deleteLater()
    runner.wait()


def _wait_loaded(qtbot, view: TeacherDayView) -> None:
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.busy, timeout=WAIT_MS)


def _wait_idle(qtbot, view: TeacherDayView) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)


def _entries(context: ServiceContext, school_class: SchoolClass) -> dict[str, object]:
    return {d.pupil.id: d.entry for d in LinkBookService(context).class_day(school_class.id, DAY)}


def test_a_class_of_28_is_written_from_the_keyboard_alone(
    qtbot, context: ServiceContext, open_view: Callable[[], TeacherDayView]
) -> None:
    view = open_view()
    assert view.class_box.currentText() == "Year 5 Rowan"
    assert view.model.rowCount() == 28
    assert view.register_view.currentIndex().row() == 0
    view.register_view.setFocus()
    qtbot.keyClick(
        view.register_view, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier
    )  # the caption's mnemonic
    typed: dict[str, str] = {}

    wanted = PhraseSection.WINS  # the first child's wins, by the caption's mnemonic
    for _ in range(28):
        row = view.current_row()
        assert row is not None and row.pupil.id not in typed, "Ctrl+Enter goes to a child still to do"
        field = view.focusWidget()
        assert field is view.editor.fields[wanted], "the keys are in the field to write"
        text = f"Great work today, child number {len(typed) + 1}"  # QTest types ASCII only
        qtbot.keyClicks(field, text)
        typed[row.pupil.id] = text
        qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)
        wanted = PhraseSection.LEARNING  # after Ctrl+Enter, the next child's first field

    _wait_idle(qtbot, view)
    entries = _entries(context, ROWAN)
    written = {pupil_id: entry.learning or entry.wins for pupil_id, entry in entries.items()}  # type: ignore[union-attr]
    assert written == typed
    assert all(view.model.row_at(n).state is EntryState.SAVED for n in range(28))  # type: ignore[union-attr]
    assert view.progress_label.text() == "28 of 28 written"
    assert "Everyone in Year 5 Rowan has an entry" in view.message_label.text()
    assert DraftService(context).drafts_on(DAY, list(typed)) == {}


def test_alt_and_ctrl_page_keys_move_between_children_without_leaving_the_editor(
    qtbot, open_view: Callable[[], TeacherDayView]
) -> None:
    view = open_view()
    field = view.editor.fields[PhraseSection.NOTE]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert view.register_view.currentIndex().row() == 2
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.register_view.currentIndex().row() == 1
    assert view.focusWidget() is field
    assert view.editor.heading.text().endswith(view.current_row().pupil.display_name)  # type: ignore[union-attr]


def test_a_class_note_goes_to_the_chosen_children_only(
    qtbot, context: ServiceContext, open_view: Callable[[], TeacherDayView]
) -> None:
    view = open_view()
    qtbot.mouseClick(view.class_note_button, Qt.MouseButton.LeftButton)
    dialog = view.class_note_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.note_field, "Trip to the Science Museum on Tuesday: packed lunch, please.")
    qtbot.mouseClick(dialog.no_one_button, Qt.MouseButton.LeftButton)
    assert not dialog.send_button.isEnabled()
    chosen = [view.model.row_at(n).pupil.id for n in (0, 2, 5)]  # type: ignore[union-attr]
    dialog.set_chosen(set(chosen))
    assert dialog.count_label.text() == "3 of 28 children chosen"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    _wait_idle(qtbot, view)
    entries = _entries(context, ROWAN)
    with_note = {p for p, e in entries.items() if e is not None and e.class_note}  # type: ignore[attr-defined]
    assert with_note == set(chosen)
    assert [view.model.row_at(n).state for n in range(3)] == [  # type: ignore[union-attr]
        EntryState.CLASS_NOTE,
        EntryState.NOT_STARTED,
        EntryState.CLASS_NOTE,
    ]
    assert view.editor.class_note_label.isVisible()
    assert "Science Museum" in view.editor.class_note_label.text()

    field = view.editor.fields[PhraseSection.WINS]
    field.setFocus()
    qtbot.keyClicks(field, "Asked brilliant questions")
    qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)
    _wait_idle(qtbot, view)
    first = _entries(context, ROWAN)[chosen[0]]
    assert first.wins == "Asked brilliant questions"  # type: ignore[union-attr]
    assert first.class_note.startswith("Trip to the Science Museum")  # type: ignore[union-attr]
    assert view.current_row().pupil.id == view.model.row_at(1).pupil.id  # type: ignore[union-attr]


def test_a_quick_phrase_goes_into_the_field_with_a_key(
    qtbot, context: ServiceContext, open_view: Callable[[], TeacherDayView]
) -> None:
    view = open_view()
    assert view.phrase_panel.numbered(2).text == "Worked really hard today."  # type: ignore[union-attr]
    field = view.editor.fields[PhraseSection.WINS]
    field.setFocus()
    qtbot.keyClicks(field, "Maths:")
    qtbot.keyClick(field, Qt.Key.Key_2, CTRL)
    assert field.toPlainText() == "Maths: Worked really hard today."
    reminders = view.editor.fields[PhraseSection.REMINDERS]
    reminders.setFocus()
    qtbot.keyClick(reminders, Qt.Key.Key_6, CTRL)
    pupil_id = view.current_row().pupil.id  # type: ignore[union-attr]
    qtbot.keyClick(reminders, Qt.Key.Key_Return, CTRL)

    _wait_idle(qtbot, view)
    saved = _entries(context, ROWAN)[pupil_id]
    assert saved.wins == "Maths: Worked really hard today."  # type: ignore[union-attr]
    assert saved.reminders == "Please bring PE kit tomorrow."  # type: ignore[union-attr]


def test_a_new_phrase_from_the_bank_editor_appears_in_the_panel(
    qtbot, open_view: Callable[[], TeacherDayView]
) -> None:
    view = open_view()
    dialog = view.open_phrase_bank()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.list.count() > 0, timeout=WAIT_MS)
    dialog.text_field.setText("Wspaniale czytał dziś na głos!")
    dialog.section_box.setCurrentIndex(dialog.section_box.findData(PhraseSection.WINS.value))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    _wait_idle(qtbot, view)
    texts = [view.phrase_panel.list.item(n).text() for n in range(view.phrase_panel.list.count())]
    assert any(t.endswith("Wspaniale czytał dziś na głos!") for t in texts)
    dialog.close()


def test_typed_text_survives_the_view_closing_without_a_save(
    qtbot, context: ServiceContext, open_view: Callable[[], TeacherDayView]
) -> None:
    view = open_view()
    view.move(3)
    pupil_id = view.current_row().pupil.id  # type: ignore[union-attr]
    note = view.editor.fields[PhraseSection.NOTE]
    note.setFocus()
    qtbot.keyClicks(note, "Bumped her elbow at lunch; she is fine")
    qtbot.waitUntil(lambda: DraftService(context).draft_for(pupil_id, DAY) is not None, timeout=WAIT_MS)
    assert view.current_row().state is EntryState.DRAFT  # type: ignore[union-attr]
    qtbot.keyClicks(note, ", and proud of her plaster.")  # typed after the autosave, then the view closes
    view.close()
    view.deleteLater()

    again = open_view()
    again.move(3)
    assert again.current_row().pupil.id == pupil_id  # type: ignore[union-attr]
    assert again.current_row().state is EntryState.DRAFT  # type: ignore[union-attr]
    assert (
        again.editor.text_of(PhraseSection.NOTE)
        == "Bumped her elbow at lunch; she is fine, and proud of her plaster."
    )
    assert _entries(context, ROWAN)[pupil_id] is None, "a draft is not an entry until it is saved"


def test_moving_to_another_child_keeps_the_draft(
    qtbot, context: ServiceContext, open_view: Callable[[], TeacherDayView]
) -> None:
    view = open_view()
    pupil_id = view.current_row().pupil.id  # type: ignore[union-attr]
    field = view.editor.fields[PhraseSection.LEARNING]
    field.setFocus()
    qtbot.keyClicks(field, "Column addition")
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.model.row_at(0).state is EntryState.DRAFT  # type: ignore[union-attr]
    _wait_idle(qtbot, view)
    assert DraftService(context).draft_for(pupil_id, DAY).learning == "Column addition"  # type: ignore[union-attr]
    qtbot.keyClick(field, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert field.toPlainText() == "Column addition"


def test_care_sections_show_for_a_sectioned_class_and_are_saved(
    qtbot, context: ServiceContext, open_view: Callable[[], TeacherDayView]
) -> None:
    view = open_view()
    assert view.editor.sections_toggle.isHidden(), "no care sections for a child without SEN in Rowan"
    gurpreet = next(n for n, r in enumerate(view.model.rows()) if r.pupil.legal_first_name == "Gurpreet")
    view.move(gurpreet)  # SEN support: the sections are there, folded away
    assert view.editor.sections_toggle.isVisibleTo(view) and not view.editor.sections.isVisibleTo(view)

    view.select_class("Sunflowers")
    _wait_loaded(qtbot, view)
    editor = view.editor
    assert editor.sections.isVisibleTo(view)
    sections = editor.sections
    morning = sections.mood_groups[SchoolSession.MORNING]
    next(b for b in morning.buttons() if b.property("mood") == "happy").click()
    sections.mood_notes[SchoolSession.MORNING].setText("Sang all the way through circle time.")
    lunch = next(amount for meal, amount, _note in sections.food_rows if meal == "Lunch")
    lunch.setCurrentIndex(lunch.findData(Amount.MOST.value))
    qtbot.mouseClick(sections.care.add_button, Qt.MouseButton.LeftButton)
    sections.care.table.item(0, 1).setText("Toileting routine")
    qtbot.mouseClick(sections.medication.add_button, Qt.MouseButton.LeftButton)
    sections.medication.table.item(0, 1).setText("Salbutamol inhaler")
    sections.medication.table.item(0, 2).setText("2 puffs")
    sections.medication.table.item(0, 3).setText(TEACHER.name)
    pupil_id = view.current_row().pupil.id  # type: ignore[union-attr]
    qtbot.keyClick(editor.fields[PhraseSection.LEARNING], Qt.Key.Key_Return, CTRL)

    _wait_idle(qtbot, view)
    saved = _entries(context, SUNFLOWERS)[pupil_id]
    assert saved is not None
    assert [(m.session, m.mood, m.note) for m in saved.sections.mood] == [  # type: ignore[attr-defined]
        (SchoolSession.MORNING, Mood.HAPPY, "Sang all the way through circle time.")
    ]
    assert [(f.meal, f.amount) for f in saved.sections.food_and_drink] == [("Lunch", Amount.MOST)]  # type: ignore[attr-defined]
    assert [c.care for c in saved.sections.personal_care] == ["Toileting routine"]  # type: ignore[attr-defined]
    [medicine] = saved.sections.medication  # type: ignore[attr-defined]
    assert (medicine.medicine, medicine.dose, medicine.given_by) == (
        "Salbutamol inhaler",
        "2 puffs",
        TEACHER.name,
    )


def test_a_day_that_has_not_happened_is_refused_calmly(
    qtbot, open_view: Callable[[], TeacherDayView]
) -> None:
    view = open_view()
    view.date_edit.setFocus()
    view.set_day(DAY + dt.timedelta(days=3))

    assert view.message_label.isVisible()
    assert "has not happened yet" in view.message_label.text()
    assert view.day == DAY
    assert view.date_edit.date().toPython() == DAY
    assert view.model.rowCount() == 28

    view.set_day(DAY - dt.timedelta(days=1))
    _wait_idle(qtbot, view)
    assert view.day == DAY - dt.timedelta(days=1)


def test_every_control_has_an_accessible_name(qtbot, open_view: Callable[[], TeacherDayView]) -> None:
    view = open_view()
    view.select_class("Sunflowers")
    _wait_loaded(qtbot, view)
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()} {getattr(widget, 'text', lambda: '')()}"
        for widget in view.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QLineEdit | QAbstractItemView | QLabel | QComboBox)
        and widget.isVisibleTo(view)
        and not widget.accessibleName()
        and not widget.objectName().startswith("qt_")
    ]
    assert not unnamed, unnamed


def test_forgetting_leaves_no_child_in_any_widget(qtbot, open_view: Callable[[], TeacherDayView]) -> None:
    view = open_view()
    names = [r.pupil.display_name for r in view.model.rows()]
    view.forget()

    shown = [view.editor.heading.text(), view.progress_label.text(), view.class_box.currentText()]
    shown += [view.model.index(n).data() or "" for n in range(view.model.rowCount())]
    shown += [f.toPlainText() for f in view.editor.fields.values()]
    assert view.model.rowCount() == 0
    assert not [name for name in names if any(name in text for text in shown)]


SATURDAY = dt.datetime(2026, 11, 21, 10, 0)


def test_at_the_weekend_the_day_opens_on_friday_and_a_weekend_day_is_named_and_still_printed(
    qtbot, vault: Vault, context: ServiceContext
) -> None:
    from desktop.domain.calendar import Period
    from desktop.services.print_packs import PrintPackService
    from tests.printing_fixtures import page_texts

    weekend = ServiceContext(vault, context.actor, clock=lambda: SATURDAY)
    runner = TaskRunner()
    view = TeacherDayView(weekend, runner)
    qtbot.addWidget(view)
    view.show()
    _wait_loaded(qtbot, view)
    assert view.day == DAY and view.date_edit.date().toPython() == DAY, "Friday, the last school day"
    assert not view.message_label.isVisible()

    view.set_day(SATURDAY.date())
    _wait_idle(qtbot, view)
    assert view.message_label.isVisible()
    said = view.message_label.text()
    assert "Sat 21 November 2026 is not a school day" in said and "weekend" in said
    assert "Fri 20 November 2026" in said

    row = view.current_row()
    assert row is not None
    field = view.editor.fields[PhraseSection.LEARNING]
    field.setFocus()
    qtbot.keyClicks(field, "Weekend reading challenge")
    qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)
    _wait_idle(qtbot, view)
    assert "not a school day" in view.message_label.text(), "the warning stays while the weekend is shown"

    pack = PrintPackService(context).pupil_week(row.pupil.id, Period.week_of(SATURDAY.date()))
    text = "\n".join(page_texts(pack))
    assert "Saturday 21 November 2026" in text and "Weekend reading challenge" in text
    view.close()
    runner.wait()


def test_in_the_half_term_holiday_the_day_opens_on_the_last_day_before_it(
    qtbot, vault: Vault, context: ServiceContext
) -> None:
    half_term = ServiceContext(vault, context.actor, clock=lambda: dt.datetime(2026, 10, 28, 9))
    runner = TaskRunner()
    view = TeacherDayView(half_term, runner)
    qtbot.addWidget(view)
    view.show()
    _wait_loaded(qtbot, view)
    assert view.day == dt.date(2026, 10, 23)
    view.set_day(dt.date(2026, 10, 27))
    _wait_idle(qtbot, view)
    assert "Tue 27 October 2026 is not a school day" in view.message_label.text()
    view.set_day(dt.date(2026, 10, 22))
    _wait_idle(qtbot, view)
    assert not view.message_label.isVisible(), "a school day needs no warning"
    view.close()
    runner.wait()
