"""Editing what one version of an agreement, support plan or one-page profile says.

Commitments are typed one per line, a box for each party, because that is how they read on paper and how
the version history compares them. Targets and provision are small tables. The sections a kind of
document uses are shown; a section the kind does not use appears only if it already holds something, so
nothing written is hidden or dropped when the document is saved.
"""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import (
    Commitment,
    DocumentContent,
    DocumentKind,
    Party,
    ProfileSections,
    Provision,
    Target,
)
from desktop.ui.accessibility import name_spin_box
from desktop.ui.agreements.rows_editor import DATE_FORMAT, RowsEditor
from desktop.ui.kit.named import named_label


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class ContentEditor(QWidget):
    """The title and every section of a document; content() reads back what is typed."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setObjectName("documentTitle")
        self.title.setAccessibleName(self.tr("Title"))

        self.commitments: dict[Party, QPlainTextEdit] = {}
        for party, name in (
            (Party.SCHOOL, self.tr("The school will")),
            (Party.FAMILY, self.tr("The family will")),
            (Party.PUPIL, self.tr("The pupil will")),
        ):
            edit = self._text_box(name)
            edit.setPlaceholderText(self.tr("One commitment on each line"))
            self.commitments[party] = edit

        default_review = today + dt.timedelta(weeks=6)
        self.targets = RowsEditor(
            self.tr("Targets"),
            [self.tr("Target"), self.tr("Review by"), self.tr("Progress")],
            [1],
            self.tr("Add a target"),
            self.tr("Remove the target"),
            default_review,
        )
        self.outcomes = self._text_box(self.tr("Outcomes"))
        self.outcomes.setPlaceholderText(self.tr("One outcome on each line"))
        self.provision = RowsEditor(
            self.tr("Provision"),
            [self.tr("Support"), self.tr("Who"), self.tr("How often")],
            [],
            self.tr("Add provision"),
            self.tr("Remove the provision"),
            default_review,
        )
        self.all_about_me = self._text_box(self.tr("What people like and admire about me"))
        self.important_to_me = self._text_box(self.tr("What is important to me"))
        self.how_to_support_me = self._text_box(self.tr("How best to support me"))

        self.has_review_date = QCheckBox(self.tr("Review the whole document &by"))
        self.has_review_date.setAccessibleName(self.tr("Review the whole document by a date"))
        self.review_date = QDateEdit(QDate(default_review))
        self.review_date.setDisplayFormat(DATE_FORMAT)
        self.review_date.setCalendarPopup(True)
        name_spin_box(self.review_date, self.tr("Review date"))
        self.has_review_date.toggled.connect(self.review_date.setEnabled)
        self.review_date.setEnabled(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, caption, field in (
            ("title", self.tr("T&itle:"), self.title),
            ("school", self.tr("The sch&ool will:"), self.commitments[Party.SCHOOL]),
            ("family", self.tr("The famil&y will:"), self.commitments[Party.FAMILY]),
            ("pupil", self.tr("The p&upil will:"), self.commitments[Party.PUPIL]),
            ("outcomes", self.tr("&Outcomes:"), self.outcomes),
            ("provision", self.tr("Provisio&n:"), self.provision),
            ("targets", self.tr("Tar&gets:"), self.targets),
            ("admire", self.tr("What people lik&e and admire about me:"), self.all_about_me),
            ("important", self.tr("&What is important to me:"), self.important_to_me),
            ("support", self.tr("How best to support me:"), self.how_to_support_me),
        ):
            buddy = field.table if isinstance(field, RowsEditor) else field
            label = named_label(caption, buddy)
            form.addRow(label, field)
            self._rows[key] = (label, field)
        review = QHBoxLayout()
        review.addWidget(self.has_review_date)
        review.addWidget(self.review_date)
        review.addStretch(1)
        form.addRow(review)

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._read_only = False

    def _text_box(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(lines * 4)
        edit.setMaximumHeight(lines * 8)
        return edit

    def show_document(self, title: str, kind: DocumentKind, content: DocumentContent) -> None:
        """Fill every field from the document, and show the sections its kind uses or that hold text."""
        self.title.setText(title)
        for party, edit in self.commitments.items():
            edit.setPlainText("\n".join(c.text for c in content.commitments_of(party)))
        self.targets.set_rows([[t.text, t.review_date, t.progress] for t in content.targets])
        self.outcomes.setPlainText("\n".join(content.outcomes))
        self.provision.set_rows([[p.what, p.who, p.how_often] for p in content.provision])
        self.all_about_me.setPlainText(content.profile.all_about_me)
        self.important_to_me.setPlainText(content.profile.important_to_me)
        self.how_to_support_me.setPlainText(content.profile.how_to_support_me)
        self.has_review_date.setChecked(content.review_date is not None)
        if content.review_date is not None:
            self.review_date.setDate(QDate(content.review_date))
        uses = {
            DocumentKind.AGREEMENT: {"school", "family", "pupil", "targets"},
            DocumentKind.SUPPORT_PLAN: {"outcomes", "provision", "targets"},
            DocumentKind.ONE_PAGE_PROFILE: {"admire", "important", "support"},
        }[kind]
        holds = {
            "school": bool(content.commitments_of(Party.SCHOOL)),
            "family": bool(content.commitments_of(Party.FAMILY)),
            "pupil": bool(content.commitments_of(Party.PUPIL)),
            "outcomes": bool(content.outcomes),
            "provision": bool(content.provision),
            "targets": bool(content.targets),
            "admire": bool(content.profile.all_about_me),
            "important": bool(content.profile.important_to_me),
            "support": bool(content.profile.how_to_support_me),
        }
        for key, (label, field) in self._rows.items():
            shown = key == "title" or key in uses or holds[key]
            label.setVisible(shown)
            field.setVisible(shown)

    def content(self) -> DocumentContent:
        """What the fields say now, as a version's content."""
        commitments = tuple(
            Commitment(party, line) for party, edit in self.commitments.items() for line in _lines(edit)
        )
        targets = tuple(
            Target(str(text), date if isinstance(date, dt.date) else None, str(progress))
            for text, date, progress in self.targets.rows()
            if text
        )
        provision = tuple(
            Provision(str(what), str(who), str(often)) for what, who, often in self.provision.rows()
        )
        profile = ProfileSections(
            self.all_about_me.toPlainText().strip(),
            self.important_to_me.toPlainText().strip(),
            self.how_to_support_me.toPlainText().strip(),
        )
        review: dt.date | None = (
            self.review_date.date().toPython()  # type: ignore[assignment]  # QDate.toPython() gives a date
            if self.has_review_date.isChecked()
            else None
        )
        return DocumentContent(
            commitments=commitments,
            targets=targets,
            profile=profile,
            outcomes=tuple(_lines(self.outcomes)),
            provision=provision,
            review_date=review,
        )

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.title.setReadOnly(read_only)
        for edit in (
            *self.commitments.values(),
            self.outcomes,
            self.all_about_me,
            self.important_to_me,
            self.how_to_support_me,
        ):
            edit.setReadOnly(read_only)
        self.targets.set_read_only(read_only)
        self.provision.set_read_only(read_only)
        self.has_review_date.setEnabled(not read_only)
        self.review_date.setReadOnly(read_only)

    def clear(self) -> None:
        self.title.clear()
        for edit in (
            *self.commitments.values(),
            self.outcomes,
            self.all_about_me,
            self.important_to_me,
            self.how_to_support_me,
        ):
            edit.clear()
        self.targets.clear()
        self.provision.clear()
        self.has_review_date.setChecked(False)
