"""The first run: a data folder with no school offers to create one, or to open the demo school.

Creating a school writes a new key file and database (Argon2id makes the key take a moment) and records
the school, the person and their first class in one transaction; building the demo school writes a term
of made-up records. Both run on a worker thread with the window showing that it is busy; the result comes
back by a queued signal. If anything fails, what this screen wrote is removed again, so the folder is
left as it was found and the person can simply try again.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import passphrases
from desktop.domain.access import Actor
from desktop.domain.school import School, SchoolClass, StaffMember, StaffRole
from desktop.store.errors import SchoolAlreadyHere, StoreError
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.progress import busy_bar
from desktop.ui.signals import emit
from desktop.ui.translate import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.store.vault import Vault

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = passphrases.MIN_LENGTH
"""The shortest passphrase (of fewer than four words) the key file accepts (desktop/domain/passphrases.py)."""

ROLES: tuple[tuple[StaffRole, str], ...] = (
    (StaffRole.ADMIN, QT_TRANSLATE_NOOP("FirstRunPanel", "School admin")),
    (StaffRole.CLASS_TEACHER, QT_TRANSLATE_NOOP("FirstRunPanel", "Class teacher")),
    (StaffRole.SENCO, QT_TRANSLATE_NOOP("FirstRunPanel", "SENCO")),
    (StaffRole.TEACHING_ASSISTANT, QT_TRANSLATE_NOOP("FirstRunPanel", "Teaching assistant")),
)

YEAR_GROUPS: tuple[tuple[str, str], ...] = (
    ("N", QT_TRANSLATE_NOOP("FirstRunPanel", "Nursery")),
    ("R", QT_TRANSLATE_NOOP("FirstRunPanel", "Reception")),
    *((str(n), QT_TRANSLATE_NOOP("FirstRunPanel", "Year {n}")) for n in range(1, 14)),
)


class _Outcome(QObject):
    """Carries a worker's result to the GUI thread (it lives there, so its signals arrive queued)."""

    created = Signal(object, object)
    progressed = Signal(int)
    failed = Signal(object)


def _remove_new_school(data_dir: Path, made_folder: bool) -> None:
    """Undo a creation that failed half-way: only the files a new school writes, and the folder if new."""
    from desktop.store.blobs import BLOB_DIR_NAME
    from desktop.store.commit_record import RECORD_NAME
    from desktop.store.vault import Vault

    (data_dir / RECORD_NAME).unlink(missing_ok=True)
    for path in (Vault.key_path(data_dir), Vault.db_path(data_dir)):
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
    shutil.rmtree(data_dir / BLOB_DIR_NAME, ignore_errors=True)
    if made_folder:
        with contextlib.suppress(OSError):
            data_dir.rmdir()


@dataclass(frozen=True, slots=True)
class NewSchool:
    """What the form asks for: the school, the person setting it up, and their first class."""

    school_name: str
    your_name: str
    role: StaffRole
    class_name: str
    year_group: str


def create_school(data_dir: Path, passphrase: str, details: NewSchool) -> tuple[Vault, Actor]:
    """A new vault holding the school, its first member of staff and class; the app then acts as them."""
    from desktop.services.context import ServiceContext
    from desktop.services.school import SchoolService
    from desktop.store.vault import Vault

    vault = Vault.create(data_dir, passphrase)
    try:
        member = StaffMember(details.your_name.strip(), details.role)
        actor = Actor(member.name, member.role, member.id)
        first_class = SchoolClass(details.class_name.strip(), details.year_group, staff_ids=(member.id,))
        SchoolService(ServiceContext(vault, actor)).set_up(
            School(details.school_name.strip()), [member], [first_class]
        )
    except BaseException:
        vault.close()
        raise
    return vault, actor


def create_demo(data_dir: Path, passphrase: str, progress: Callable[[float], None]) -> Vault:
    """The demo school `make run` makes: invented children, a term of records, its passphrase shown."""
    from desktop.services.demo import build_demo_school
    from desktop.store.vault import Vault

    vault = Vault.create(data_dir, passphrase, demo=True)
    try:
        build_demo_school(vault, progress=progress)
    except BaseException:
        vault.close()
        raise
    return vault


def _make_in_folder(
    outcome: _Outcome, data_dir: Path, make: Callable[[], tuple[Vault, Actor | None]]
) -> None:
    """Runs on a worker thread: make the school, hand it over; on failure leave the folder as it was."""
    from desktop.store.vault import Vault

    if Vault.exists(data_dir) or Vault.db_path(data_dir).exists():
        with contextlib.suppress(RuntimeError):
            emit(outcome.failed, SchoolAlreadyHere(data_dir))
        return
    made_folder = not data_dir.exists()
    try:
        vault, actor = make()
    except BaseException as exc:
        _remove_new_school(data_dir, made_folder)
        with contextlib.suppress(RuntimeError):
            emit(outcome.failed, exc)
        return
    try:
        emit(outcome.created, vault, actor)
    except RuntimeError:  # the window went away meanwhile: nobody will use this vault
        vault.close()


def strength_hint(passphrase: str) -> tuple[int, str]:
    """How hard the passphrase is to guess, 0 or 1 (refused) to 3, with advice (ours translated, then
    zxcvbn's suggestion, which comes in English). The key file refuses exactly what scores below 2."""

    translate = QCoreApplication.translate
    verdict = passphrases.assess(passphrase)
    advice = f" {verdict.suggestion}" if verdict.suggestion else ""
    if not passphrase.strip():
        return 0, translate("FirstRunPanel", "A passphrase cannot be empty or only spaces.")
    if len(passphrase) < passphrases.MIN_LENGTH and len(passphrase.split()) < passphrases.MIN_WORDS:
        return 0, translate(
            "FirstRunPanel",
            "Too short: use at least {n} characters or {words} words; a short sentence is best.",
        ).format(n=passphrases.MIN_LENGTH, words=passphrases.MIN_WORDS)
    if not verdict.acceptable:
        return 1, translate("FirstRunPanel", "Too easy to guess.") + advice
    if verdict.score >= 4:
        return 3, translate("FirstRunPanel", "Strong: hard to guess, and a sentence is easy to remember.")
    return 2, translate("FirstRunPanel", "Good enough; a word or two more makes it harder to guess.") + advice


class FirstRunPanel(QWidget):
    """Shown in the unlock window when its folder holds no school: create one, or open the demo school.

    Emits created(vault, actor) once a school is made and open; actor is None for the demo school, whose
    staff the app chooses from as it does on every unlock.
    """

    created = Signal(object, object)

    def __init__(self, data_dir: Path, demo_passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.demo_passphrase = demo_passphrase
        self._outcome: _Outcome | None = None
        self.setObjectName("firstRunPanel")
        self._build()
        self.show_choice()

    # Building

    def _build(self) -> None:
        self.choice = QWidget()
        self.choice.setObjectName("firstRunChoice")
        intro = QLabel(self.tr("Start a new school here, or look around the demo school first."))
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("What to do first"))
        self.new_button = QPushButton(self.tr("&Create a new school…"))
        self.new_button.setAccessibleName(self.tr("Create a new school"))
        self.new_button.clicked.connect(self.show_form)
        self.demo_button = QPushButton(self.tr("Open the &demo school"))
        self.demo_button.setAccessibleName(self.tr("Open the demo school"))
        self.demo_button.setToolTip(self.tr("Invented children and a term of records, safe to try things on"))
        self.demo_button.clicked.connect(self.open_demo)
        for button in (self.new_button, self.demo_button):
            button.setAutoDefault(True)
        choice_buttons = QHBoxLayout()
        choice_buttons.addWidget(self.new_button)
        choice_buttons.addWidget(self.demo_button)
        choice_buttons.addStretch(1)
        choice_layout = QVBoxLayout(self.choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(intro)
        choice_layout.addLayout(choice_buttons)

        self.form = QWidget()
        self.form.setObjectName("firstRunForm")
        heading = QLabel(self.tr("A new school"))
        heading.setAccessibleName(self.tr("A new school"))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)

        self.school_field = self._line(self.tr("School name"), self.tr("e.g. Riverside Primary"))
        self.name_field = self._line(self.tr("Your name"), self.tr("As colleagues and families know you"))
        self.role_box = QComboBox()
        self.role_box.setAccessibleName(self.tr("Your role"))
        for role, label in ROLES:
            self.role_box.addItem(QCoreApplication.translate("FirstRunPanel", label), role)
        self.class_field = self._line(self.tr("First class"), self.tr("e.g. Oak, or 3B"))
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(self.tr("Year group"))
        for code, label in YEAR_GROUPS:
            text = QCoreApplication.translate("FirstRunPanel", label)
            self.year_box.addItem(text.format(n=code) if code.isdigit() else text, code)
        self.year_box.setCurrentIndex(self.year_box.findData("1"))
        self.passphrase_field = self._line(self.tr("Passphrase"), self.tr("A short sentence only you know"))
        self.passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_field.textEdited.connect(self._passphrase_edited)
        self.again_field = self._line(self.tr("Passphrase again"), self.tr("The same again, to be sure"))
        self.again_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_field.returnPressed.connect(self.create)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strengthHint")
        self.strength_label.setWordWrap(True)
        self.strength_label.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label.setTextFormat(Qt.TextFormat.PlainText)
        warning = QLabel(
            self.tr(
                "Write the passphrase down and keep it somewhere safe: without it nobody, "
                "not even Linkbook, can open the school's records."
            )
        )
        warning.setWordWrap(True)
        warning.setAccessibleName(self.tr("Keep the passphrase safe"))

        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for caption, widget in (
            (self.tr("&School name"), self.school_field),
            (self.tr("&Your name"), self.name_field),
            (self.tr("Your &role"), self.role_box),
            (self.tr("&First class"), self.class_field),
            (self.tr("Year &group"), self.year_box),
            (self.tr("&Passphrase"), self.passphrase_field),
            (self.tr("&Again"), self.again_field),
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            caption_label.setAccessibleName(caption.replace("&", "") + self.tr(" (caption)"))
            fields.addRow(caption_label, widget)
        fields.addRow("", self.strength_label)

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.show_choice)
        self.create_button = QPushButton(self.tr("Create the &school"))
        self.create_button.setAccessibleName(self.tr("Create the school"))
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self.create)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.back_button)
        form_buttons.addWidget(self.create_button)

        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(heading)
        form_layout.addLayout(fields)
        form_layout.addWidget(warning)
        form_layout.addLayout(form_buttons)

        self.message_label = MessageBar("firstRunMessage", self.tr("Message"))
        self.busy_bar = busy_bar(self.tr("Making the school"), height=8)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.busy_bar)

    @staticmethod
    def _line(name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        return field

    # Showing

    @property
    def busy(self) -> bool:
        return self._outcome is not None

    def show_choice(self) -> None:
        if self.busy:
            return
        self.form.hide()
        self.choice.show()
        self.message_label.hide_message()
        self.new_button.setFocus()

    def show_form(self) -> None:
        if self.busy:
            return
        self.choice.hide()
        self.form.show()
        self.message_label.hide_message()
        self._passphrase_edited(self.passphrase_field.text())
        self.school_field.setFocus()

    def _passphrase_edited(self, text: str) -> None:
        level, hint = strength_hint(text)
        self.strength_label.setText(hint if text else "")
        colours = ("#a4262c", "#a4262c", "#8a5a00", "#1e6b34")
        self.strength_label.setStyleSheet(f"#strengthHint {{ color: {colours[level]}; }}")

    def details(self) -> NewSchool:
        return NewSchool(
            school_name=self.school_field.text(),
            your_name=self.name_field.text(),
            role=StaffRole(self.role_box.currentData()),
            class_name=self.class_field.text(),
            year_group=str(self.year_box.currentData()),
        )

    def _problem(self) -> tuple[str, QWidget] | None:
        """The first thing to put right before the school can be made, and where."""
        required = (
            (self.school_field, self.tr("Type the school's name.")),
            (self.name_field, self.tr("Type your name: the records say who wrote what.")),
            (self.class_field, self.tr("Type the name of your first class; you can add more later.")),
        )
        for field, message in required:
            if not field.text().strip():
                return message, field
        passphrase = self.passphrase_field.text()
        level, hint = strength_hint(passphrase)
        if level < 2:
            return hint, self.passphrase_field
        if self.again_field.text() != passphrase:
            return self.tr("The two passphrases differ. Type the same one in both boxes."), self.again_field
        return None

    def create(self) -> None:  # type: ignore[override]  # not QWidget.create(), which nothing here calls
        if self.busy:
            return
        problem = self._problem()
        if problem is not None:
            message, field = problem
            self.message_label.show_message(message, error=True)
            field.setFocus()
            return
        details, passphrase, data_dir = self.details(), self.passphrase_field.text(), self.data_dir
        self._start(self.tr("Making the school…"), lambda: create_school(data_dir, passphrase, details))

    def open_demo(self) -> None:
        if self.busy:
            return
        data_dir, passphrase = self.data_dir, self.demo_passphrase
        outcome_holder: list[_Outcome] = []
        last = [-1]

        def progress(fraction: float) -> None:
            percent = round(fraction * 100)
            if percent != last[0] and outcome_holder:
                last[0] = percent
                with contextlib.suppress(RuntimeError):
                    emit(outcome_holder[0].progressed, percent)

        def make() -> tuple[Vault, Actor | None]:
            return create_demo(data_dir, passphrase, progress), None

        outcome_holder.append(self._start(self.tr("Making the demo school…"), make))

    def _start(self, message: str, make: Callable[[], tuple[Vault, Actor | None]]) -> _Outcome:
        outcome = _Outcome(self)
        outcome.created.connect(self._created, Qt.ConnectionType.QueuedConnection)
        outcome.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        outcome.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._outcome = outcome
        self._set_busy(True)
        self.message_label.show_message(message)
        data_dir = self.data_dir
        QThreadPool.globalInstance().start(lambda: _make_in_folder(outcome, data_dir, make))
        return outcome

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.choice, self.form):
            widget.setEnabled(not busy)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _progressed(self, percent: int) -> None:
        self.busy_bar.setRange(0, 100)
        self.busy_bar.setValue(percent)

    def _finished(self) -> None:
        if self._outcome is not None:
            self._outcome.deleteLater()
            self._outcome = None
        self._set_busy(False)

    def _created(self, vault: Vault, actor: Actor | None) -> None:
        self._finished()
        self.passphrase_field.clear()
        self.again_field.clear()
        self.message_label.hide_message()
        emit(self.created, vault, actor)

    def _failed(self, error: BaseException) -> None:
        self._finished()
        if isinstance(error, StoreError | ValueError):
            text = str(error)
        elif isinstance(error, OSError):
            text = self.tr(
                "Linkbook cannot write in {folder} ({problem}). Nothing was kept; choose a folder "
                "you may write to, or ask whoever looks after this computer."
            ).format(folder=self.data_dir, problem=error.strerror or type(error).__name__)
        else:
            # Nothing about a child exists yet at this point, so the trace is safe to log.
            log.error("Making a school failed", exc_info=error)
            text = self.tr(
                "Linkbook could not make the school ({problem}). Nothing was kept; try again."
            ).format(problem=type(error).__name__)
        self.message_label.show_message(text, error=True)
        if self.form.isVisible():
            self.school_field.setFocus()
        else:
            self.new_button.setFocus()
