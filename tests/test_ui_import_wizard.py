"""The import wizard, driven as a school administrator would: files, columns, preview, import.

Real files written in tmp_path, a real SQLCipher school, the real main window and its task runner.
"""

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QTreeWidget, QWizard

from desktop.domain.access import Actor
from desktop.domain.school import School, SchoolClass, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from desktop.ui.import_wizard import ImportWizard
from desktop.ui.import_wizard.base import ImportPage
from desktop.ui.main_window import MainWindow
from desktop.ui.models import PupilTableModel
from tests.ui_checks import unnamed_controls, visible_text

DATA = Path(__file__).parent / "data" / "imports"
ADMIN = Actor("Ms Achterberg-Osei", StaffRole.ADMIN)
NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton
WAIT_MS = 20_000

# Headers no MIS uses, so that every needed field is matched by hand in the mapping page.
HAND_HEADERS = "Given names,Family,Born on,Group,Home tongue"


@pytest.fixture
def school(vault: Vault) -> Vault:
    SchoolService(ServiceContext(vault, ADMIN)).set_up(
        School("Riverside Primary", dfe_number="9262041"), [], []
    )
    return vault


@pytest.fixture
def window(school: Vault, qtbot) -> Iterator[MainWindow]:
    shown = MainWindow(school, ADMIN)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: not shown.runner.busy, timeout=10_000)  # the school is read on the runner
    yield shown
    shown.runner.wait()
    shown.close()


def _pupils(vault: Vault) -> dict[str, object]:
    return {p.legal_first_name: p for p in SchoolService(ServiceContext(vault, ADMIN)).pupils()}


def _open_from_no_classes_hint(qtbot, window: MainWindow) -> ImportWizard:
    window.tabs.setCurrentIndex(1)  # "Pupils and timelines", where the class list is
    assert window.no_classes_import.isVisible()
    qtbot.mouseClick(window.no_classes_import, Qt.MouseButton.LeftButton)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    return wizard


def _idle(qtbot, wizard: ImportWizard) -> None:
    def idle() -> bool:
        page = wizard.currentPage()
        return not (isinstance(page, ImportPage) and page.busy)

    qtbot.waitUntil(idle, timeout=WAIT_MS)


def _press(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{button.text()} cannot be pressed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _idle(qtbot, wizard)


def _press_enter(qtbot, wizard: ImportWizard) -> None:
    """Return, wherever the focus is: the wizard's default button (Next, Import or Finish) takes it."""
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)
    _idle(qtbot, wizard)


def _choose_by_typing(qtbot, combo: QComboBox, start: str) -> None:
    """Pick a column the way a keyboard user does: focus the combo box and type its first letters."""
    combo.setFocus()
    qtbot.keyClicks(combo, start)
    assert combo.currentText().startswith(start), combo.currentText()


def _tree_text(tree: QTreeWidget) -> str:
    """Every line of the preview tree, groups and what is inside them."""
    found = []
    items = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    while items:
        item = items.pop(0)
        found.append(" | ".join(item.text(column) for column in range(tree.columnCount())))
        items += [item.child(n) for n in range(item.childCount())]
    return "\n".join(found)


def _shown_pupils(window: MainWindow) -> list[str]:
    model = window.pupil_model
    return [str(model.index(row, PupilTableModel.NAME).data()) for row in range(model.rowCount())]


def _listed(qtbot, window: MainWindow) -> None:
    """Wait for the chosen class's pupils: the main window reads them on its task runner."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=WAIT_MS)


def _shown_classes(window: MainWindow) -> list[str]:
    return [str(window.class_model.index(row).data()) for row in range(window.class_model.rowCount())]


HAND_MAPPED = {
    "utf-8-sig": [
        ("Zofia", "Wiśniewska", "14/09/2018", "3 Wrens", "Polish"),
        ("Amani", "Odhiambo", "25/11/2018", "3 Wrens", "Swahili"),
        ("Yusuf", "حسن", "03/10/2018", "3 Wrens", "Arabic"),
    ],
    "cp1252": [
        ("Zoë", "Brontë", "14/05/2019", "3 Wrens", "English"),
        ("José", "Núñez", "25/11/2018", "3 Wrens", "Spanish"),
        ("François", "Lefèvre", "03/10/2018", "3 Wrens", "French"),
    ],
}


@pytest.mark.parametrize(
    ("encoding", "shown_as"), [("utf-8-sig", "UTF-8 with BOM"), ("cp1252", "Windows-1252")]
)
def test_csv_mapped_by_hand_previewed_and_imported_appears_in_the_class_list(
    qtbot, window: MainWindow, tmp_path: Path, encoding: str, shown_as: str
) -> None:
    rows = HAND_MAPPED[encoding]
    path = tmp_path / "class list.csv"
    lines = [HAND_HEADERS, *(",".join(row) for row in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))

    wizard = _open_from_no_classes_hint(qtbot, window)
    wizard.files_page.add_paths([path])
    _idle(qtbot, wizard)
    assert shown_as in wizard.files_page.found_label.text()
    assert wizard.files_page.encoding_combo.currentText() == shown_as
    assert "3 rows" in wizard.files_page.found_label.text()
    _press(qtbot, wizard, NEXT)

    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert not wizard.button(NEXT).isEnabled()
    assert page.message.isVisible()
    for needed in ("legal first name", "legal last name", "date of birth"):
        assert needed in page.message.text()
    first_rows = page.rows_view
    assert first_rows.item(0, 0).text() == rows[0][0]
    assert first_rows.item(2, 1).text() == rows[2][1]  # accents and scripts arrive intact

    _choose_by_typing(qtbot, page.combos["legal_first_name"], "Gi")
    _choose_by_typing(qtbot, page.combos["legal_last_name"], "Fa")
    _choose_by_typing(qtbot, page.combos["date_of_birth"], "Bo")
    _choose_by_typing(qtbot, page.combos["class_name"], "Gr")
    assert not page.message.isVisible(), (page.message.text(), wizard.draft.mapping)
    assert "day first" in page.dates_label.text()
    assert not page.day_first.isVisible()  # 14/09 and 25/11 can only be day-first: nothing to ask
    assert "→ Date of birth" in first_rows.horizontalHeaderItem(2).text()
    assert "(not used)" in first_rows.horizontalHeaderItem(4).text()
    _press(qtbot, wizard, NEXT)

    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    assert "3 to add, 0 to change" in preview.summary.text()
    assert "Classes to create: 3 Wrens" in preview.summary.text()
    shown = _tree_text(preview.tree)
    for first, last, *_ in rows:
        assert f"{first} {last} | line" in shown
    assert _pupils(window.context.vault) == {}  # previewing writes nothing
    assert wizard.button(IMPORT).text().replace("&", "") == "Import"
    _press(qtbot, wizard, IMPORT)

    assert wizard.currentPage() is wizard.apply_page
    assert "3 added" in wizard.apply_page.status.text()
    assert "Classes created: 3 Wrens" in wizard.apply_page.status.text()
    _press(qtbot, wizard, FINISH)
    assert not wizard.isVisible()

    qtbot.waitUntil(lambda: _shown_classes(window) == ["3 Wrens"], timeout=WAIT_MS)
    _listed(qtbot, window)
    assert not window.no_classes_import.isVisible()
    names = _shown_pupils(window)
    for first, last, *_ in rows:
        assert any(first in name and last in name for name in names), names
    born = _pupils(window.context.vault)[rows[0][0]].date_of_birth  # type: ignore[attr-defined]
    day, month, year = (int(part) for part in rows[0][2].split("/"))
    assert born == dt.date(year, month, day)


def test_ctf_imported_through_the_school_menu_skips_the_mapping(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "from Hillside.xml"
    shutil.copyfile(DATA / "ctf" / "ctf25_full.xml", path)
    assert window.import_action in window.menu(window.tr("&School")).actions()
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None

    wizard.files_page.add_paths([path])
    _idle(qtbot, wizard)
    assert wizard.files_page.format_combo.currentText().startswith("Common Transfer File")
    assert not wizard.files_page.encoding_combo.isVisible()  # an XML file says its own encoding
    wizard.files_page.file_list.setFocus()
    _press_enter(qtbot, wizard)

    assert wizard.currentPage() is wizard.preview_page  # no columns to match in a CTF
    summary = wizard.preview_page.summary.text()
    assert "Common Transfer File" in summary and "to add" in summary
    planned = wizard.draft.plan
    assert planned is not None
    added = [step.pupil.legal_first_name for step in planned.pupils]
    assert "Zainab" in added
    wizard.preview_page.tree.setFocus()
    _press_enter(qtbot, wizard)
    assert wizard.currentPage() is wizard.apply_page
    assert "added" in wizard.apply_page.status.text()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # done: nothing to cancel
    _press_enter(qtbot, wizard)
    assert not wizard.isVisible()

    stored = _pupils(window.context.vault)
    assert set(added) <= set(stored)
    created = {c.name for c in planned.new_classes}
    qtbot.waitUntil(lambda: set(_shown_classes(window)) == created, timeout=WAIT_MS)
    everyone: list[str] = []
    for row in range(window.class_model.rowCount()):
        window.class_view.setCurrentIndex(window.class_model.index(row))
        _listed(qtbot, window)
        everyone += _shown_pupils(window)
    assert any("Zainab" in name for name in everyone)
    assert len(everyone) == len(stored)


def test_a_file_without_a_date_of_birth_column_says_so_and_imports_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "no-dates.csv"
    shutil.copyfile(DATA / "csv" / "missing_dob_column.csv", path)
    wizard = _open_from_no_classes_hint(qtbot, window)
    wizard.files_page.add_paths([path])
    _idle(qtbot, wizard)
    _press(qtbot, wizard, NEXT)

    page = wizard.mapping_page
    assert page.message.isVisible()
    assert "date of birth" in page.message.text()
    assert "add it to the export" in page.message.text()
    assert not wizard.button(NEXT).isEnabled()
    # Giving the dates to a column that holds none does not get round it: every row is rejected.
    dates = page.combos["date_of_birth"]
    dates.setCurrentIndex(dates.findText("Class"))
    assert "column “Class” is chosen for class (registration group) and date of birth" in page.message.text()
    assert not wizard.button(NEXT).isEnabled()
    page.combos["class_name"].setCurrentIndex(0)
    assert wizard.button(NEXT).isEnabled()
    _press(qtbot, wizard, NEXT)
    assert "0 to add" in wizard.preview_page.summary.text()
    rejected = _tree_text(wizard.preview_page.tree)
    assert "Rejected, not imported (2)" in rejected
    assert "line 2 | " in rejected and "not a date" in rejected
    assert not wizard.button(IMPORT).isEnabled()
    wizard.reject()
    assert not wizard.isVisible()
    assert _pupils(window.context.vault) == {}
    assert _shown_classes(window) == []


def test_dates_that_read_both_ways_are_asked_about_and_read_month_first(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "us-export.csv"
    path.write_text(
        "Student ID,First Name,Last Name,Birthdate,Class\n"
        "US-1,Maya,Goldberg,03/04/2019,3 Otters\n"
        "US-2,Diego,Ramírez,05/06/2018,3 Otters\n"
        "US-3,Hana,Sato,01/02/2019,3 Otters\n",
        encoding="utf-8",
    )
    wizard = _open_from_no_classes_hint(qtbot, window)
    wizard.files_page.add_paths([path])
    _idle(qtbot, wizard)
    _press(qtbot, wizard, NEXT)

    page = wizard.mapping_page
    assert not page.message.isVisible()  # every needed field was matched from the header names
    assert page.day_first.isVisible() and page.month_first.isVisible()
    assert "reads both ways" in page.dates_label.text()
    assert not wizard.button(NEXT).isEnabled()
    page.month_first.setFocus()
    qtbot.keyClick(page.month_first, Qt.Key.Key_Space)
    assert page.month_first.isChecked()
    _press(qtbot, wizard, NEXT)
    _press(qtbot, wizard, IMPORT)
    _press(qtbot, wizard, FINISH)
    assert _pupils(window.context.vault)["Maya"].date_of_birth == dt.date(2019, 3, 4)  # type: ignore[attr-defined]

    # The answer is remembered with the mapping: the next file from this source asks nothing again.
    window.import_action.trigger()
    again = next(w for w in window.findChildren(ImportWizard) if w.isVisible())
    again.files_page.add_paths([path])
    _idle(qtbot, again)
    _press(qtbot, again, NEXT)
    assert again.mapping_page.month_first.isChecked()
    assert "last import" in again.mapping_page.origin_label.text()
    assert again.button(NEXT).isEnabled()
    again.reject()


def test_an_import_that_fails_changes_nothing_and_can_be_previewed_again(
    qtbot, window: MainWindow, school: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "arbor.csv"
    shutil.copyfile(DATA / "csv" / "arbor_class_list.csv", path)
    wizard = _open_from_no_classes_hint(qtbot, window)
    wizard.files_page.add_paths([path])
    _idle(qtbot, wizard)
    _press(qtbot, wizard, NEXT)
    _press(qtbot, wizard, NEXT)
    assert "10 to add" in wizard.preview_page.summary.text()

    # Someone saves a change after the preview was made: the plan is stale and must not be written.
    SchoolService(ServiceContext(school, ADMIN)).save_class(SchoolClass("Nursery Acorns", "N1"))
    _press(qtbot, wizard, IMPORT)
    page = wizard.apply_page
    assert "Nothing was imported" in page.status.text()
    assert "preview the import again" in page.message.text()
    assert _pupils(school) == {}
    assert page.again_button.isVisible() and page.again_button.hasFocus()
    assert not wizard.button(FINISH).isEnabled()

    qtbot.keyClick(page.again_button, Qt.Key.Key_Space)
    _idle(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    _press(qtbot, wizard, IMPORT)
    assert "10 added" in page.status.text()
    assert len(_pupils(school)) == 10


# Qt offers only this (deprecated) constructor for making a drag-enter event by hand.
@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_files_dropped_on_the_first_page_are_read_and_can_be_reread_with_another_delimiter(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "sims.csv"
    shutil.copyfile(DATA / "csv" / "sims_export_bom_semicolon.csv", path)
    wizard = _open_from_no_classes_hint(qtbot, window)
    page = wizard.files_page
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    where, copy = QPoint(20, 20), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, copy, data, buttons, keys)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(page, QDropEvent(QPointF(where), copy, data, buttons, keys))
    _idle(qtbot, wizard)
    assert page.file_list.count() == 1
    assert page.delimiter_combo.currentData() == ";"
    assert wizard.draft.table is not None and "Surname" in wizard.draft.table.headers

    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(","))
    page.delimiter_combo.activated.emit(page.delimiter_combo.currentIndex())
    _idle(qtbot, wizard)
    assert wizard.draft.table is not None and "Surname" not in wizard.draft.table.headers  # one long column

    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(";"))
    page.delimiter_combo.activated.emit(page.delimiter_combo.currentIndex())
    _idle(qtbot, wizard)
    _press(qtbot, wizard, NEXT)
    _press(qtbot, wizard, NEXT)
    rejected_or_added = wizard.preview_page.summary.text()
    assert "to add" in rejected_or_added
    # The rewritten file keeps the original's line numbers: the SIMS file's rows start on line 2.
    plan = wizard.draft.plan
    assert plan is not None and plan.pupils[0].where == "line 2"
    wizard.reject()


def test_every_control_of_every_step_has_a_name_and_locking_closes_the_wizard(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "arbor.csv"
    shutil.copyfile(DATA / "csv" / "arbor_class_list.csv", path)
    wizard = _open_from_no_classes_hint(qtbot, window)
    assert unnamed_controls(wizard) == []
    wizard.files_page.add_paths([path])
    _idle(qtbot, wizard)
    assert unnamed_controls(wizard) == []
    _press(qtbot, wizard, NEXT)
    assert unnamed_controls(wizard) == []
    _press(qtbot, wizard, NEXT)
    assert unnamed_controls(wizard) == []
    assert "Zoë" in _tree_text(wizard.preview_page.tree)

    window.lock()
    assert window.is_locked
    assert not wizard.isVisible()
    assert "Zoë" not in _tree_text(wizard.preview_page.tree) + visible_text(wizard)


def test_pupils_the_file_puts_in_no_class_go_to_the_default_class_chosen_in_the_preview(
    qtbot, window: MainWindow, school: Vault, tmp_path: Path
) -> None:
    school_service = SchoolService(ServiceContext(school, ADMIN))
    for name in ("2 Ash", "2 Oak"):
        school_service.save_class(SchoolClass(name, "2"))
    path = tmp_path / "joiners.xml"
    shutil.copyfile(DATA / "ctf" / "ctf25_full.xml", path)  # two year 2 pupils, no class named
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    wizard.files_page.add_paths([path])
    _idle(qtbot, wizard)
    _press(qtbot, wizard, NEXT)

    page = wizard.preview_page
    assert "0 to add" in page.summary.text()
    assert "several year 2 classes" in _tree_text(page.tree)
    assert "for want of a class: choose their class below" in page.summary.text()
    assert not wizard.button(IMPORT).isEnabled()
    assert page.class_combo.isVisible()
    page.class_combo.setFocus()
    for _ in range(page.class_combo.count()):  # arrow keys, as a keyboard user picks a class
        if page.class_combo.currentText() == "2 Oak":
            break
        qtbot.keyClick(page.class_combo, Qt.Key.Key_Down)
    _idle(qtbot, wizard)
    assert page.class_combo.currentText() == "2 Oak"
    assert "2 to add" in page.summary.text()
    assert "into 2 Oak" in _tree_text(page.tree)
    _press(qtbot, wizard, IMPORT)
    oak = next(c for c in school_service.classes() if c.name == "2 Oak")
    assert len(school_service.pupils(oak.id)) == 2


def test_a_school_data_sync_set_whose_dates_read_both_ways_asks_in_the_preview(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "sds"
    shutil.copytree(DATA / "sds2", folder)
    demographics = folder / "demographics.csv"
    text = demographics.read_text(encoding="utf-8")
    for iso, numeric in (
        ("2017-11-02", "11/02/2017"),
        ("2018-03-15", "03/05/2018"),
        ("2018-07-30", "07/03/2018"),
        ("2017-09-21", "09/12/2017"),
    ):
        text = text.replace(iso, numeric)
    demographics.write_text(text, encoding="utf-8")
    wizard = _open_from_no_classes_hint(qtbot, window)
    wizard.files_page.add_paths([folder])
    _idle(qtbot, wizard)
    assert "School Data Sync v2.1" in wizard.files_page.format_combo.currentText()
    _press(qtbot, wizard, NEXT)

    page = wizard.preview_page
    assert "reads both ways" in page.message.text()
    assert not wizard.button(IMPORT).isEnabled()
    assert page.month_first_button.isVisible()
    qtbot.keyClick(page.month_first_button, Qt.Key.Key_Space)
    _idle(qtbot, wizard)
    assert "4 to add" in page.summary.text()
    _press(qtbot, wizard, IMPORT)
    assert _pupils(window.context.vault)["Nadia"].date_of_birth == dt.date(2017, 11, 2)  # type: ignore[attr-defined]


def test_staff_whose_role_may_not_import_cannot_open_the_wizard(qtbot, school: Vault) -> None:
    senco = MainWindow(school, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO))
    qtbot.addWidget(senco)
    senco.show()
    qtbot.waitUntil(lambda: not senco.runner.busy, timeout=10_000)  # the school is read on the runner
    senco.tabs.setCurrentIndex(1)
    assert not senco.import_action.isEnabled()
    assert senco.no_classes_import.isVisible() and not senco.no_classes_import.isEnabled()
    senco.close()
