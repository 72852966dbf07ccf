"""Step 3: what the import would do, before anything is written.

Counts first, then a tree the keyboard can walk: pupils to add (and into which class), to change (each
field old -> new), unchanged, family members, classes to create, every rejected row with its line and
reason, and the notes. Pupils whose file names no class go to the default class chosen here, or by
year group. The files are read and compared on the task runner: a 1,500-pupil CTF takes a second or two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizard,
)

from desktop.services.imports.detect import DateOrder
from desktop.services.imports.family import Step
from desktop.services.imports.model import DatesAmbiguous
from desktop.ui.accessibility import caption
from desktop.ui.import_wizard.base import ImportPage, error_text, message_label
from desktop.ui.import_wizard.draft import Previewed, make_preview
from desktop.ui.import_wizard.files_page import DELIMITER_WORDS, tr_wizard
from desktop.ui.import_wizard.host import WizardHost

if TYPE_CHECKING:
    from desktop.services.imports.plan import ImportPlan

SHOWN_PER_GROUP = 500
"""A tree of 1,500 rows is still quick; beyond this a group says how many more there are."""
BY_YEAR = ""


class PreviewPage(ImportPage):
    """Read, compare, show; Import (the commit button) goes on to write it."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check what will happen"))
        self.setSubTitle(self.tr("Nothing has been saved yet. An import adds and changes; it never deletes."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Summary"))

        self.class_combo = QComboBox()
        self.class_combo.setAccessibleName(self.tr("Class for pupils the file puts in none"))
        self.class_combo.activated.connect(self._class_chosen)
        self.class_caption = caption(
            self.tr("Pupils the file puts in no &class go to"), self.class_combo, False
        )
        class_row = QHBoxLayout()
        class_row.addWidget(self.class_caption)
        class_row.addWidget(self.class_combo, 1)

        self.tree = QTreeWidget()
        self.tree.setObjectName("importPreview")
        self.tree.setAccessibleName(self.tr("What the import will do"))
        self.tree.setHeaderLabels([self.tr("Pupil, family member or row"), self.tr("Details")])
        self.tree.header().setAccessibleName(self.tr("Preview columns"))
        self.tree.setColumnWidth(0, 320)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._show_detail)
        self.tree_caption = caption(self.tr("&Details"), self.tree)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("The chosen line in full"))

        self.message = message_label()
        self.message.setAccessibleName(self.tr("Why the files cannot be imported"))
        self.day_first_button = QPushButton(self.tr("Read them da&y first (UK)"))
        self.day_first_button.setAccessibleName(self.tr("Read the dates day first"))
        self.day_first_button.clicked.connect(lambda: self._dates_chosen(DateOrder.DAY_FIRST))
        self.month_first_button = QPushButton(self.tr("Read them mo&nth first (US)"))
        self.month_first_button.setAccessibleName(self.tr("Read the dates month first"))
        self.month_first_button.clicked.connect(lambda: self._dates_chosen(DateOrder.MONTH_FIRST))
        date_row = QHBoxLayout()
        date_row.addWidget(self.day_first_button)
        date_row.addWidget(self.month_first_button)
        date_row.addStretch(1)
        self._show_date_buttons(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(class_row)
        layout.addWidget(self.tree_caption)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)
        layout.addLayout(date_row)
        layout.addWidget(self.busy_bar)
        layout.addStretch(0)  # takes the room only while there is no tree to show

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self, keep_source: bool = False) -> None:
        """Read the files (unless only the default class changed) and make the preview again."""
        draft = self.draft
        if not keep_source:
            draft.source = None
        draft.plan = None
        self.tree.clear()
        self.summary.setText(self.tr("Reading the files and comparing them with the school…"))
        self.message.hide()
        self._show_date_buttons(False)
        self._show_results(False)
        service, school = self.import_wizard.service, self.import_wizard.school
        files, options = draft.files_to_read(), draft.read_options()
        default_class, source = draft.default_class, draft.source
        self.run(
            self.tr("Preparing the import preview"),
            lambda: make_preview(service, school, files, options, default_class, source),
            self._previewed,
            self._failed,
        )

    def _class_chosen(self) -> None:
        self.draft.default_class = self.class_combo.currentData() or None
        self.refresh(keep_source=True)

    def _dates_chosen(self, order: DateOrder) -> None:
        self.draft.date_order = order
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("Nothing can be imported from these files yet."))
        if isinstance(exc, DatesAmbiguous):
            self.message.setText(
                self.tr(
                    "Every date of birth in these files reads both ways (03/04/2018 could be 3 April or "
                    "4 March). Say which the files use."
                )
            )
            self._show_date_buttons(True)
            self.day_first_button.setFocus()
        else:
            self.message.setText(
                self.tr(
                    "{problem}\n\nGo Back to choose other files or columns, or correct the file and "
                    "choose it again."
                ).format(problem=error_text(exc))
            )
        self.message.show()
        self._complete_changed()

    def _show_results(self, shown: bool) -> None:
        """The class choice and the tree, shown only when there is a preview to show."""
        for widget in (self.tree_caption, self.tree, self.detail, self.class_caption, self.class_combo):
            widget.setVisible(shown)

    def _show_date_buttons(self, shown: bool) -> None:
        self.day_first_button.setVisible(shown)
        self.month_first_button.setVisible(shown)

    def _previewed(self, previewed: Previewed) -> None:
        draft = self.draft
        draft.source, draft.plan, draft.classes = previewed.source, previewed.plan, previewed.classes
        plan = previewed.plan
        self._show_results(True)
        self._fill_classes(previewed)
        self.summary.setText(self._summary(plan))
        self._fill_tree(plan)
        if not plan.has_work:
            self.message.setText(
                self.tr("Nothing to import: the school already holds everything in these files.")
            )
            self.message.show()
        self._complete_changed()

    def _fill_classes(self, previewed: Previewed) -> None:
        needed = any(not pupil.class_name for pupil in previewed.source.pupils)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("By year group (a class for each year, made if needed)"), BY_YEAR)
        for school_class in previewed.classes:
            self.class_combo.addItem(school_class.name, school_class.name)
        index = self.class_combo.findData(self.draft.default_class or BY_YEAR)
        self.class_combo.setCurrentIndex(max(0, index))
        self.class_combo.setVisible(needed)
        self.class_caption.setVisible(needed)

    def _summary(self, plan: ImportPlan) -> str:
        lines = [
            self.tr("Read: {description}.").format(description=self._description(plan)),
            self.tr(
                "Pupils: {added} to add, {changed} to change, {unchanged} unchanged; {left} in the school "
                "but not in the files are left alone."
            ).format(
                added=plan.count(Step.ADD),
                changed=plan.count(Step.CHANGE),
                unchanged=plan.count(Step.UNCHANGED),
                left=plan.left_alone,
            ),
            self.tr("Family members: {added} to add, {changed} to change.").format(
                added=plan.family_count(Step.ADD), changed=plan.family_count(Step.CHANGE)
            ),
        ]
        if plan.new_classes:
            lines.append(
                self.tr("Classes to create: {names}.").format(
                    names=", ".join(c.name for c in plan.new_classes)
                )
            )
        if self.class_combo.isVisible() and any("--class" in r.reason for r in plan.rejections):
            lines.append(
                self.tr(
                    "Pupils rejected for want of a class: choose their class below, and they will be added."
                )
            )
        if plan.rejections:
            lines.append(
                self.tr(
                    "{count} row(s) will not be imported: see Rejected below for the line and why."
                ).format(count=len(plan.rejections))
            )
        return "\n".join(lines)

    def _description(self, plan: ImportPlan) -> str:
        """What was read; for a CSV, as the person chose to read it (the service sees a rewritten copy)."""
        draft = self.draft
        source = plan.source
        if not draft.is_csv or draft.table is None or source.day_first is None:
            return source.description
        return self.tr("{name}: CSV, {encoding}, {delimiter}, dates {order}").format(
            name=draft.table.name,
            encoding=draft.encoding,
            delimiter=tr_wizard(DELIMITER_WORDS[draft.delimiter]),
            order=self.tr("day first") if source.day_first else self.tr("month first"),
        )

    def _fill_tree(self, plan: ImportPlan) -> None:
        self.tree.clear()

        def group(title: str, count: int, expanded: bool = False) -> QTreeWidgetItem | None:
            if not count:
                return None
            item = QTreeWidgetItem(self.tree, [title.format(count=count), ""])
            item.setFirstColumnSpanned(True)
            item.setExpanded(expanded)
            return item

        def leaf(parent: QTreeWidgetItem, first: str, second: str = "") -> QTreeWidgetItem:
            item = QTreeWidgetItem(parent, [first, second])
            item.setToolTip(1, second)
            return item

        def more(parent: QTreeWidgetItem, total: int) -> None:
            if total > SHOWN_PER_GROUP:
                leaf(parent, self.tr("… and {n} more").format(n=total - SHOWN_PER_GROUP))

        rejected = group(self.tr("Rejected, not imported ({count})"), len(plan.rejections), True)
        if rejected is not None:
            for rejection in plan.rejections[:SHOWN_PER_GROUP]:
                leaf(rejected, rejection.where, rejection.reason)
            more(rejected, len(plan.rejections))
        steps = {kind: [s for s in plan.pupils if s.kind is kind] for kind in Step}
        added = group(self.tr("Pupils to add ({count})"), len(steps[Step.ADD]), True)
        if added is not None:
            for step in steps[Step.ADD][:SHOWN_PER_GROUP]:
                name = f"{step.pupil.legal_first_name} {step.pupil.legal_last_name}"
                leaf(
                    added,
                    name,
                    self.tr("{where}, into {class_name}").format(
                        where=step.where, class_name=step.class_name
                    ),
                )
            more(added, len(steps[Step.ADD]))
        changed = group(self.tr("Pupils to change ({count})"), len(steps[Step.CHANGE]), True)
        if changed is not None:
            for step in steps[Step.CHANGE][:SHOWN_PER_GROUP]:
                name = f"{step.pupil.legal_first_name} {step.pupil.legal_last_name}"
                item = leaf(changed, name, "; ".join(str(c) for c in step.changes))
                for change in step.changes:
                    leaf(item, change.label, f"{change.old or '–'} → {change.new or '–'}")
            more(changed, len(steps[Step.CHANGE]))
        unchanged = group(self.tr("Pupils unchanged ({count})"), len(steps[Step.UNCHANGED]))
        if unchanged is not None:
            for step in steps[Step.UNCHANGED][:SHOWN_PER_GROUP]:
                leaf(unchanged, f"{step.pupil.legal_first_name} {step.pupil.legal_last_name}", step.where)
            more(unchanged, len(steps[Step.UNCHANGED]))
        classes = group(self.tr("Classes to create ({count})"), len(plan.new_classes), True)
        if classes is not None:
            for school_class in plan.new_classes:
                leaf(classes, school_class.name, self.tr("year {year}").format(year=school_class.year_group))
        family = [s for s in plan.family if s.kind is not Step.UNCHANGED]
        members = group(self.tr("Family members to add or change ({count})"), len(family))
        if members is not None:
            for member_step in family[:SHOWN_PER_GROUP]:
                what = (
                    self.tr("to add")
                    if member_step.kind is Step.ADD
                    else "; ".join(str(c) for c in member_step.changes)
                )
                leaf(members, member_step.member.name, what)
            more(members, len(family))
        notes = group(self.tr("Notes ({count})"), len(plan.notes))
        if notes is not None:
            for note in plan.notes[:SHOWN_PER_GROUP]:
                where, _, text = note.partition(": ")
                leaf(notes, where, text) if text else leaf(notes, note)
            more(notes, len(plan.notes))
        if (first := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(first.child(0) if first.childCount() else first)  # type: ignore[arg-type]  # it has one

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        """The chosen line in full, wrapped: a rejection's reason says what to do, and is often long."""
        if item is None or not item.text(1):
            self.detail.clear()
            return
        self.detail.setText(f"{item.text(0)}: {item.text(1)}")

    def ready(self) -> bool:
        plan = self.draft.plan
        return plan is not None and plan.has_work

    def forget(self) -> None:
        self.cancel()
        self.tree.clear()
        self.detail.clear()
        self.summary.clear()
        self.class_combo.clear()
        self.message.clear()
