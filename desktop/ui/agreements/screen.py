"""The SENCO's screen: pupils and their agreements, reviews falling due, and the school's templates.

On the left, three pages: a pupil (chosen from a class, found by typing part of a name) with their
agreements, plans and profiles and a template to tailor a copy from; the reviews due in the weeks ahead
(one by default) and those overdue; the library of school templates. On the right, the document open (see
document.py). Lists load in the background and reload when a task says agreements changed.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import (
    Agreement,
    AgreementTemplate,
    DocumentContent,
    DocumentKind,
    VersionStatus,
)
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass
from desktop.services.agreements import AgreementService
from desktop.services.context import ServiceContext
from desktop.services.plan_reviews import PlanReviewService
from desktop.services.school import SchoolService
from desktop.ui.agreements import words
from desktop.ui.agreements.document import DocumentPanel
from desktop.ui.agreements.reviews import Review, ReviewsPage, read_reviews
from desktop.ui.kit.class_picker import ClassPicker
from desktop.ui.kit.named import named_button, named_label
from desktop.ui.kit.rows import Row, RowTableModel, row_table
from desktop.ui.kit.settle import settle
from desktop.ui.screens import Screen, ScreenHost
from desktop.ui.tasks import Changes, TaskRunner, TaskState, Topic, describe


class AgreementsScreen(Screen):
    screenshot_name = "agreements"

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementsScreen")
        self.context = context
        self.runner = runner
        self._generation = 0
        self.pupil: Pupil | None = None
        self._pending_open: str | None = None
        self._quiet = False
        """Set while a list's selection is put back, so putting it back does not count as a choice."""

        self.class_choice = ClassPicker("agreementClass", self.tr("Class"))
        self.pupil_filter = QLineEdit()
        self.pupil_filter.setObjectName("pupilFilter")
        self.pupil_filter.setAccessibleName(self.tr("Find a pupil"))
        self.pupil_filter.setPlaceholderText(self.tr("Type part of a name"))
        self.pupil_filter.setClearButtonEnabled(True)
        for clear in self.pupil_filter.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the search"))
        self.pupil_model = RowTableModel([self.tr("Pupil")], self)
        self.pupil_proxy = QSortFilterProxyModel(self)
        self.pupil_proxy.setSourceModel(self.pupil_model)
        self.pupil_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.pupil_view = row_table(self.tr("Pupils"), self.pupil_model)
        self.pupil_view.setObjectName("agreementPupils")
        self.pupil_view.setModel(self.pupil_proxy)
        self.pupil_view.horizontalHeader().hide()
        self.agreement_model = RowTableModel(
            [self.tr("Document"), self.tr("Version"), self.tr("Review by")], self
        )
        self.agreement_view = row_table(self.tr("Agreements and plans"), self.agreement_model)
        self.agreement_view.setObjectName("pupilAgreements")
        self.template_choice = QComboBox()
        self.template_choice.setObjectName("tailorTemplate")
        self.template_choice.setAccessibleName(self.tr("Template to tailor"))
        self.tailor_button = named_button(self.tr("&Tailor a copy"))
        self.tailor_button.setObjectName("tailorButton")

        self.pupil_filter.textChanged.connect(self._filter_pupils)
        self.pupil_filter.returnPressed.connect(self._first_match)
        self.class_choice.currentIndexChanged.connect(self._class_chosen)
        self.pupil_view.selectionModel().currentRowChanged.connect(self._pupil_chosen)
        self.agreement_view.selectionModel().currentRowChanged.connect(self._agreement_chosen)
        self.agreement_view.activated.connect(lambda index: self._agreement_chosen(index, QModelIndex()))
        self.tailor_button.clicked.connect(self.tailor)

        pupils_page = QWidget()
        pupils_layout = QVBoxLayout(pupils_page)
        row = QHBoxLayout()
        row.addWidget(named_label(self.tr("C&lass:"), self.class_choice))
        row.addWidget(self.class_choice, 1)
        pupils_layout.addLayout(row)
        pupils_layout.addWidget(named_label(self.tr("&Find a pupil:"), self.pupil_filter))
        pupils_layout.addWidget(self.pupil_filter)
        pupils_layout.addWidget(self.pupil_view, 2)
        self.agreements_caption = named_label(self.tr("Agreements and plans:"), self.agreement_view)
        pupils_layout.addWidget(self.agreements_caption)
        pupils_layout.addWidget(self.agreement_view, 1)
        tailor_row = QHBoxLayout()
        tailor_row.addWidget(named_label(self.tr("Fro&m template:"), self.template_choice))
        tailor_row.addWidget(self.template_choice, 1)
        tailor_row.addWidget(self.tailor_button)
        pupils_layout.addLayout(tailor_row)

        self.template_model = RowTableModel([self.tr("Template"), self.tr("Kind")], self)
        self.template_view = row_table(self.tr("School templates"), self.template_model)
        self.template_view.setObjectName("templateView")
        self.template_view.selectionModel().currentRowChanged.connect(self._template_chosen)
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(self.tr("Kind of new template"))
        for kind in DocumentKind:
            self.new_kind.addItem(words.kind_name(kind), kind)
        self.new_template_button = named_button(self.tr("&Add a template"))
        self.new_template_button.setObjectName("newTemplate")
        self.new_template_button.clicked.connect(self.new_template)
        templates_page = QWidget()
        templates_layout = QVBoxLayout(templates_page)
        templates_layout.addWidget(named_label(self.tr("The school's &templates:"), self.template_view))
        templates_layout.addWidget(self.template_view, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(named_label(self.tr("&Kind:"), self.new_kind))
        new_row.addWidget(self.new_kind, 1)
        new_row.addWidget(self.new_template_button)
        templates_layout.addLayout(new_row)

        self.document = DocumentPanel(context, runner)
        self.reviews = ReviewsPage(self._review_chosen)
        self.reviews.weeks_changed.connect(lambda _weeks: self.load_reviews())
        self.pages = QTabWidget()
        self.pages.setObjectName("agreementPages")
        self.pages.setAccessibleName(self.tr("Pupils, reviews and templates"))
        self.pages.addTab(pupils_page, self.tr("Pupils"))
        self.pages.addTab(self.reviews, self.tr("Reviews due"))
        self.pages.addTab(templates_page, self.tr("School templates"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setAccessibleName(self.tr("Lists and the open document"))
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.document)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 840])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        runner.changed.connect(self._changed)
        self.load()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AgreementsScreen", "Agreements and plans")

    # Loading

    def _run(self, label: str, work: Callable[[TaskState], Any], done: Callable[[Any], None]) -> None:
        """Run a read; its result is dropped if the screen was emptied (locked) meanwhile."""
        generation = self._generation

        def finished(result: Any) -> None:
            if generation == self._generation:
                done(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.document.message.setText(describe(exc))

        self.runner.run(label, work, finished, on_error=failed)

    def load(self) -> None:
        """Classes, templates and reviews due; the first class's pupils follow."""
        school = SchoolService(self.context)
        self._run(self.tr("Reading the classes"), lambda _s: school.classes(), self._show_classes)
        self.load_templates()
        self.load_reviews()

    def load_templates(self) -> None:
        agreements = AgreementService(self.context)
        self._run(self.tr("Reading the templates"), lambda _s: agreements.templates(), self._show_templates)

    def load_reviews(self) -> None:
        reviews = PlanReviewService(self.context)
        school = SchoolService(self.context)
        weeks = self.reviews.weeks.value()

        def read(_state: TaskState) -> list[Review]:
            return read_reviews(reviews, school, weeks)

        self._run(self.tr("Reading the reviews due"), read, self._show_reviews)

    def _show_classes(self, classes: list[SchoolClass]) -> None:
        self.class_choice.refill(classes)
        self._class_chosen(self.class_choice.currentIndex())

    def _class_chosen(self, index: int) -> None:
        chosen = self.class_choice.chosen() if index >= 0 else None
        if chosen is None:
            self.pupil_model.clear()
            return
        school = SchoolService(self.context)
        self._run(self.tr("Reading the class"), lambda _s: school.pupils(chosen.id), self._show_pupils)

    def _show_pupils(self, pupils: list[Pupil]) -> None:
        ordered = sorted(pupils, key=lambda p: p.sort_key)
        self.pupil_model.set_rows(
            Row((p.display_name,), p, tooltip=p.legal_first_name + " " + p.legal_last_name) for p in ordered
        )
        if self.pupil is not None:
            self._select_pupil(self.pupil.id)

    def _select_pupil(self, pupil_id: str) -> bool:
        source_row = self.pupil_model.row_of(lambda p: p.id == pupil_id)
        if source_row < 0:
            return False
        index = self.pupil_proxy.mapFromSource(self.pupil_model.index(source_row, 0))
        if index.isValid():
            self.pupil_view.setCurrentIndex(index)
        return index.isValid()

    def _filter_pupils(self, text: str) -> None:
        self.pupil_proxy.setFilterFixedString(text.strip())
        if self.pupil_proxy.rowCount() == 1:
            self.pupil_view.setCurrentIndex(self.pupil_proxy.index(0, 0))

    def _first_match(self) -> None:
        if self.pupil_proxy.rowCount():
            self.pupil_view.setCurrentIndex(self.pupil_proxy.index(0, 0))
            self.pupil_view.setFocus()

    def _pupil_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.pupil_proxy.mapToSource(current) if current.isValid() else QModelIndex()
        pupil = self.pupil_model.item_at(source.row()) if source.isValid() else None
        if pupil is None or self._quiet:
            return
        if self.pupil is not None and self.pupil.id == pupil.id:
            self._show_pupil(pupil)
            return
        self.document.leave(lambda: self._show_pupil(pupil), self._reselect_pupil)

    def _reselect_pupil(self) -> None:
        """The person stayed with the open document: the list shows the pupil they were on again."""
        self._quiet = True
        try:
            if self.pupil is None or not self._select_pupil(self.pupil.id):
                self.pupil_view.setCurrentIndex(QModelIndex())
        finally:
            self._quiet = False

    def _show_pupil(self, pupil: Pupil) -> None:
        if self.pupil is None or self.pupil.id != pupil.id:
            self.agreement_model.clear()
        self.pupil = pupil
        self._reselect_pupil()
        self.agreements_caption.setText(
            self.tr("{name}'s agreements and plans:").format(name=pupil.display_name)
        )
        self.load_agreements()

    def load_agreements(self) -> None:
        if self.pupil is None:
            return
        pupil_id = self.pupil.id
        agreements = AgreementService(self.context)

        def shown(found: list[Agreement]) -> None:
            if self.pupil is not None and self.pupil.id == pupil_id:
                self._show_agreements(found)

        self._run(self.tr("Reading the pupil's agreements"), lambda _s: agreements.for_pupil(pupil_id), shown)

    def _show_agreements(self, found: list[Agreement]) -> None:
        opened = self.document.opened.agreement.id if self.document.opened else None
        self.agreement_model.set_rows(
            Row(
                (
                    a.title,
                    self.tr("{number}, {status}").format(
                        number=a.current.number, status=words.status_name(a.status)
                    ),
                    words.day(a.review_date) if a.review_date else "",
                ),
                a,
                tooltip=words.kind_name(a.kind),
            )
            for a in sorted(found, key=lambda a: (a.kind.value, a.title))
        )
        wanted = self._pending_open or opened
        self._pending_open = None
        row = self.agreement_model.row_of(lambda a: a.id == wanted) if wanted else -1
        if row >= 0:
            self.agreement_view.selectionModel().blockSignals(True)
            self.agreement_view.selectRow(row)
            self.agreement_view.selectionModel().blockSignals(False)

    def _agreement_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        agreement = self.agreement_model.item_at(current.row()) if current.isValid() else None
        if agreement is not None and not self._quiet:
            self._open_agreement(agreement.id, self._reselect_agreement)

    def _review_chosen(self, agreement_id: str) -> None:
        self._open_agreement(agreement_id, None)

    def _open_agreement(self, agreement_id: str, stay: Callable[[], None] | None) -> None:
        """Open the agreement, once the changes in the one open are saved or discarded."""
        opened = self.document.opened
        if opened is not None and opened.agreement.id == agreement_id:
            return  # already open: reading it again would put back what is saved over what is typed
        self.document.leave(lambda: self.document.open_agreement(agreement_id), stay)

    def _reselect_agreement(self) -> None:
        opened = self.document.opened
        row = self.agreement_model.row_of(lambda a: a.id == opened.agreement.id) if opened else -1
        self._quiet = True
        try:
            if row >= 0:
                self.agreement_view.selectRow(row)
            else:
                self.agreement_view.setCurrentIndex(QModelIndex())
        finally:
            self._quiet = False

    def _show_templates(self, templates: list[AgreementTemplate]) -> None:
        chosen = self.template_choice.currentData()
        self.template_model.set_rows(Row((t.title, words.kind_name(t.kind)), t) for t in templates)
        self.template_choice.clear()
        for template in templates:
            self.template_choice.addItem(
                self.tr("{title} ({kind})").format(title=template.title, kind=words.kind_name(template.kind)),
                template.id,
            )
        if chosen is not None and self.template_choice.findData(chosen) >= 0:
            self.template_choice.setCurrentIndex(self.template_choice.findData(chosen))

    def _show_reviews(self, reviews: list[Review]) -> None:
        count = self.reviews.show_reviews(reviews, self.context.today())
        self.pages.setTabText(1, self.tr("Reviews due ({count})").format(count=count))

    # Acting

    def _template_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        template = self.template_model.item_at(current.row()) if current.isValid() else None
        if template is None or self._quiet:
            return
        shown = self.document.template
        if shown is not None and shown.id == template.id:
            return
        self.document.leave(lambda: self.document.open_template(template), self._reselect_template)

    def _reselect_template(self) -> None:
        shown = self.document.template
        row = self.template_model.row_of(lambda t: t.id == shown.id) if shown else -1
        self._quiet = True
        try:
            if row >= 0:
                self.template_view.selectRow(row)
            else:
                self.template_view.setCurrentIndex(QModelIndex())
        finally:
            self._quiet = False

    def new_template(self) -> None:
        """A new template of the chosen kind, opened ready to type its title."""
        self.document.leave(self._new_template)

    def _new_template(self) -> None:
        kind = DocumentKind(self.new_kind.currentData())
        template = AgreementTemplate(
            self.tr("New template: {kind}").format(kind=words.kind_name(kind)), kind, DocumentContent()
        )
        self.template_view.clearSelection()
        self.document.open_template(template, new=True)
        self.document.editor.title.setFocus()
        self.document.editor.title.selectAll()

    def tailor(self) -> None:
        """A draft copy of the chosen template for the chosen pupil, opened ready to edit."""
        self.document.leave(self._tailor)

    def _tailor(self) -> None:
        template_id = self.template_choice.currentData()
        if self.pupil is None or template_id is None:
            self.document.message.setText(self.tr("Choose a pupil and a template first."))
            return
        pupil = self.pupil
        service = AgreementService(self.context)
        generation = self._generation

        def work(_state: TaskState) -> Agreement:
            return service.tailor(template_id, pupil.id)

        def done(agreement: Agreement) -> None:
            if generation != self._generation:
                return
            self._pending_open = agreement.id
            self.document.open_agreement(agreement.id, then=self._tailored)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.document.message.setText(describe(exc))

        self.runner.run(
            self.tr("Tailoring a copy"),
            work,
            done,
            changes=Changes(frozenset({Topic.AGREEMENTS}), frozenset({pupil.id})),
            on_error=failed,
        )

    def _tailored(self) -> None:
        self.document.message.setText(
            self.tr("A draft copy for this pupil: change what needs changing, save it, then make it active.")
        )
        self.document.tabs.setCurrentIndex(0)
        self.document.editor.title.setFocus()

    def _changed(self, changes: Changes) -> None:
        if Topic.AGREEMENTS not in changes.topics:
            if Topic.PUPILS in changes.topics or Topic.SCHOOL in changes.topics:
                self.load()
            return
        if not changes.pupil_ids:
            self.load_templates()
        if self.pupil is not None and changes.touches(Topic.AGREEMENTS, self.pupil.id):
            self.load_agreements()
        self.load_reviews()

    # Screen

    def forget(self) -> None:
        self._generation += 1
        self.pupil = None
        self._pending_open = None
        self.document.forget()
        self.pupil_filter.clear()
        self.pupil_model.clear()
        self.agreement_model.clear()
        self.agreements_caption.setText(self.tr("Agreements and plans:"))
        self.reviews.clear()
        self.pages.setTabText(1, self.tr("Reviews due"))
        self.template_model.clear()
        self.template_choice.clear()
        self.class_choice.clear()

    def prepare_screenshot(self) -> None:
        """Open an agreement in force with two versions, at its version history (for `make screenshots`)."""
        agreements = AgreementService(self.context)
        for pupil in SchoolService(self.context).pupils():
            for agreement in agreements.for_pupil(pupil.id):
                if len(agreement.versions) == 2 and agreement.status is VersionStatus.ACTIVE:
                    settle(self.runner)
                    self.pupil = pupil
                    self.class_choice.choose(pupil.class_id)
                    settle(self.runner)
                    self._select_pupil(pupil.id)
                    settle(self.runner)
                    self.document.open_agreement(
                        agreement.id, then=lambda: self.document.tabs.setCurrentIndex(2)
                    )
                    settle(self.runner)
                    return


def create(host: ScreenHost) -> AgreementsScreen:
    return AgreementsScreen(host.context, host.runner)


SCREEN = AgreementsScreen
