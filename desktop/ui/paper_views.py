"""Record views from paper: type the reply code of a returned views form, then what the family (or the
child) answered, and the views are filed to the plan being reviewed, as typed in from paper.

The code names the child; their support plans due for review are offered (the soonest chosen). The
family's form has four questions; the child's a face for each statement and three boxes. Looking a code
up takes milliseconds, so it runs on the GUI thread, as in the paper reply dialog.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.review_views import (
    CHILD_BOXES,
    CHILD_STATEMENTS,
    FAMILY_QUESTIONS,
    ChildViews,
    Face,
    FamilyViews,
)
from desktop.services.context import ServiceContext
from desktop.services.review_views import PaperViewsTarget, ReviewViewsService
from desktop.store.errors import InvalidInput
from desktop.ui.signals import emit


class PaperViewsDialog(QDialog):
    """Type the code, choose the plan and whose views, type the answers; Save."""

    recorded = Signal(str)
    """The id of the plan whose views were recorded."""

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ReviewViewsService(context)
        self.target: PaperViewsTarget | None = None
        self.setWindowTitle(self.tr("Record views from paper"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("e.g. 26W47-K7QF-2XM9"))
        self.code_edit.setAccessibleName(self.tr("Reply code"))
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setAccessibleName(self.tr("Find the child for this code"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What the code found"))
        self.plan_box = QComboBox(self)
        self.plan_box.setAccessibleName(self.tr("Plan being reviewed"))
        self.whose_box = QComboBox(self)
        self.whose_box.setAccessibleName(self.tr("Whose views"))
        self.whose_box.addItems([self.tr("The family's views"), self.tr("The child's views")])
        self.who_edit = QLineEdit(self)
        self.who_edit.setAccessibleName(self.tr("Who answered"))
        self.family_edits: dict[str, QPlainTextEdit] = {}
        self.child_faces: dict[str, QComboBox] = {}
        self.child_edits: dict[str, QPlainTextEdit] = {}
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._family_page())
        self.pages.addWidget(self._child_page())
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the views"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close without saving"))

        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(self.tr("Reply code:"), code_row)
        form.addRow(self.message)
        form.addRow(self.tr("&Plan:"), self.plan_box)
        form.addRow(self.tr("&Whose views:"), self.whose_box)
        form.addRow(self.tr("Answered &by:"), self.who_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        for label in self.findChildren(QLabel):
            if not label.accessibleName():
                label.setAccessibleName(label.text().replace("&", "").rstrip(":"))

        self.code_edit.returnPressed.connect(self.find)
        self.find_button.clicked.connect(self.find)
        self.whose_box.currentIndexChanged.connect(self._whose_changed)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self._set_ready(False)
        self.resize(600, 640)

    def _family_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        labels = {
            "going_well": self.tr("What is going well:"),
            "hard": self.tr("What is hard:"),
            "helps_at_home": self.tr("What helps at home:"),
            "hopes": self.tr("To talk about, and hopes:"),
        }
        for question in FAMILY_QUESTIONS:
            edit = QPlainTextEdit(page)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(labels[question].rstrip(":"))
            form.addRow(labels[question], edit)
            self.family_edits[question] = edit
        return page

    def _child_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        statements = {
            "like_school": self.tr("I like coming to school:"),
            "get_help": self.tr("I get help when I need it:"),
            "have_friends": self.tr("I have friends:"),
            "feel_safe": self.tr("I feel safe at school:"),
            "learn_well": self.tr("I am learning new things:"),
        }
        for statement in CHILD_STATEMENTS:
            box = QComboBox(page)
            box.setAccessibleName(statements[statement].rstrip(":"))
            box.addItem(self.tr("(no face ticked)"), None)
            box.addItem(self.tr("Happy face (yes)"), Face.HAPPY.value)
            box.addItem(self.tr("Okay face (sometimes)"), Face.OKAY.value)
            box.addItem(self.tr("Sad face (no)"), Face.SAD.value)
            form.addRow(statements[statement], box)
            self.child_faces[statement] = box
        boxes = {
            "i_like": self.tr("What I like:"),
            "is_hard": self.tr("What is hard:"),
            "helps_me": self.tr("What helps me:"),
        }
        for name in CHILD_BOXES:
            edit = QPlainTextEdit(page)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(boxes[name].rstrip(":"))
            form.addRow(boxes[name], edit)
            self.child_edits[name] = edit
        return page

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.plan_box, self.whose_box, self.who_edit, self.pages, self.save_button):
            widget.setEnabled(ready)

    def find(self) -> None:  # type: ignore[override]  # not QWidget.find(), which nothing here calls
        """Look the code up; on success offer the child's plans due for review."""
        self.target = None
        self.plan_box.clear()
        try:
            target = self.service.open_paper_views(self.code_edit.text())
        except InvalidInput as exc:
            self.message.setText(str(exc))
            self._set_ready(False)
            return
        self.target = target
        self.code_edit.setText(target.code)
        self.message.setText(target.pupil.display_name)
        for plan in target.plans:
            when = f" ({plan.review_date:%d %b %Y})" if plan.review_date else ""
            self.plan_box.addItem(f"{plan.title}{when}", plan.id)
        self._set_ready(True)
        self._whose_changed()

    def _whose_changed(self) -> None:
        child = self.whose_box.currentIndex() == 1
        self.pages.setCurrentIndex(1 if child else 0)
        if self.target is not None and child:
            self.who_edit.setText(self.target.pupil.first_name)
        elif self.target is not None and self.who_edit.text() == self.target.pupil.first_name:
            self.who_edit.clear()

    def views(self) -> FamilyViews | ChildViews:
        if self.whose_box.currentIndex() == 0:
            return FamilyViews(**{q: e.toPlainText().strip() for q, e in self.family_edits.items()})
        faces = tuple(
            (statement, Face(box.currentData()))
            for statement, box in self.child_faces.items()
            if box.currentData() is not None
        )
        return ChildViews(faces, **{b: e.toPlainText().strip() for b, e in self.child_edits.items()})

    def save(self) -> None:
        if self.target is None:
            return
        plan_id = self.plan_box.currentData()
        try:
            self.service.record_typed(self.target, self.views(), self.who_edit.text(), plan_id)
        except InvalidInput as exc:
            self.message.setText(str(exc))
            return
        emit(self.recorded, plan_id)
        self.message.setText(self.tr("Saved. Type the next code."))
        for edit in (*self.family_edits.values(), *self.child_edits.values()):
            edit.clear()
        for box in self.child_faces.values():
            box.setCurrentIndex(0)
        self.code_edit.clear()
        self.who_edit.clear()
        self.code_edit.setFocus()
        self._set_ready(False)
