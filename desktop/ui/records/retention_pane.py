"""Retention: the review list of records past their retention period, and erasure of a pupil or of one kind
of their records, each after a confirmation that names what will go.

The review only lists; the administrator decides. Erasure runs on the task runner and, when it is done,
tells every view that pupils changed, so class lists, timelines and folders drop the child at once.
"""

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.pupils import Pupil
from desktop.domain.records import ERASABLE_KINDS, RecordKind, RetentionRule
from desktop.services.erasure import ErasureReceipt, ErasureService
from desktop.services.retention import RetentionService, ReviewItem
from desktop.ui.kit.named import named_button, named_label
from desktop.ui.kit.rows import Row, RowTableModel, row_table
from desktop.ui.kit.task_queue import QueuedTask, TaskQueue
from desktop.ui.records import words
from desktop.ui.records.erase_dialog import EraseDialog
from desktop.ui.records.messages import MessageLabel
from desktop.ui.records.pupil_field import PupilField
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import Changes, TaskState, Topic, describe

ERASED_TOPICS = frozenset(
    {Topic.SCHOOL, Topic.PUPILS, Topic.ENTRIES, Topic.AGREEMENTS, Topic.FOLDERS, Topic.NEWS}
)
"""An erasure can take a pupil, their entries, agreements, folders and photos in class news."""


class RetentionPane(QWidget):
    def __init__(
        self, host: ScreenHost, on_erased: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.on_erased = on_erased
        self.retention = RetentionService(host.context)
        self.erasure = ErasureService(host.context)
        self._queue = TaskQueue(host.runner, self)
        self._pupils: dict[str, Pupil] = {}
        self._rules: dict[RecordKind, RetentionRule] = {}
        self._closed = False
        self.dialog: EraseDialog | None = None
        self._build()

    def _build(self) -> None:
        self.model = RowTableModel(
            [
                self.tr("Pupil"),
                self.tr("Records"),
                self.tr("How many"),
                self.tr("Dated"),
                self.tr("Due for deletion since"),
                self.tr("Kept for"),
            ],
            self,
        )
        self.view = row_table(self.tr("Records due for deletion"), self.model)
        self.view.setObjectName("retentionReview")
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable())
        self.erase_due_button = named_button(self.tr("&Erase the records due…"))
        self.erase_due_button.setObjectName("eraseDue")
        self.erase_due_button.clicked.connect(self.erase_chosen)
        self.pupil_field = PupilField(self.tr("Pupil to erase"))
        self.pupil_field.setObjectName("erasePupilName")
        self.pupil_field.setPlaceholderText(self.tr("type part of a name or a UPN"))
        self.pupil_field.chosen.connect(lambda _p: self._enable())
        self.pupil_field.textChanged.connect(lambda _t: self._enable())
        self.erase_pupil_button = named_button(self.tr("Erase this &pupil…"))
        self.erase_pupil_button.setObjectName("erasePupil")
        self.erase_pupil_button.clicked.connect(self.erase_pupil)
        self.pupil_field.returnPressed.connect(self.erase_pupil)
        due_row = QHBoxLayout()
        due_row.addStretch(1)
        due_row.addWidget(self.erase_due_button)
        pupil_row = QHBoxLayout()
        pupil_row.addWidget(
            named_label(
                self.tr("Erase a pupil who has left, or whose family asked for erasure, &now:"),
                self.pupil_field,
            )
        )
        pupil_row.addWidget(self.pupil_field, 1)
        pupil_row.addWidget(self.erase_pupil_button)
        self.nothing_due = QLabel(self.tr("Nothing is due for deletion today."))
        self.nothing_due.setAccessibleName(self.tr("Nothing is due for deletion today."))
        self.nothing_due.hide()
        self.message = MessageLabel("retentionMessage", self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            named_label(
                self.tr(
                    "Records past their retention period (periods from the IRMS toolkit for schools, unless "
                    "the school set its own). Nothing is erased until you say so:"
                ),
                self.view,
            )
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.nothing_due)
        layout.addLayout(due_row)
        layout.addWidget(self.message)
        layout.addLayout(pupil_row)
        self._enable()

    # Tasks

    def _run(
        self,
        label: str,
        work: Callable[[TaskState], object],
        done: Callable[[object], None],
        changes: Changes | None = None,
    ) -> None:
        def on_done(result: object) -> None:
            if not self._closed:
                done(result)

        def on_error(exc: BaseException) -> None:
            if not self._closed:
                self.message.show_text(describe(exc), error=True)

        self._queue.submit(QueuedTask(label, work, on_done, changes or Changes(), on_error))

    @property
    def busy(self) -> bool:
        return not self._queue.idle

    # The review

    def set_pupils(self, pupils: list[Pupil]) -> None:
        self._pupils = {p.id: p for p in pupils}
        self.pupil_field.set_pupils(pupils)
        self._enable()

    def reload(self) -> None:
        self._closed = False
        retention = self.retention

        def read(_state: TaskState) -> tuple[list[ReviewItem], dict[RecordKind, RetentionRule]]:
            return retention.review(), retention.rules()

        self._run(self.tr("Reviewing records due for deletion"), read, self._show)  # type: ignore[arg-type]  # _run takes Callable[[object], None]

    def _show(self, found: tuple[list[ReviewItem], dict[RecordKind, RetentionRule]]) -> None:
        items, self._rules = found
        rows = []
        for item in items:
            dated = ""
            if item.oldest and item.newest:
                dated = self.tr("{first} to {last}").format(
                    first=words.day(item.oldest), last=words.day(item.newest)
                )
            elif item.newest:
                dated = self.tr("up to {last}").format(last=words.day(item.newest))
            rule = self._rules.get(item.kind)
            rows.append(
                Row(
                    (
                        item.pupil_name or self.tr("(the school's own records)"),
                        words.record_kind_name(item.kind),
                        str(item.count),
                        dated,
                        words.day(item.due_since),
                        words.years(rule.years) if rule else "",
                    ),
                    item,
                    tooltip=rule.source if rule else "",
                )
            )
        self.model.set_rows(rows)
        self.nothing_due.setVisible(not rows)
        self._enable()

    def chosen(self) -> ReviewItem | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        item = self.chosen()
        erasable = (
            item is not None
            and item.pupil_id in self._pupils
            and (item.kind in ERASABLE_KINDS or item.kind is RecordKind.PUPIL_RECORD)
        )
        self.erase_due_button.setEnabled(erasable)
        self.erase_due_button.setToolTip(
            self.tr("The audit log and the register of requests are not pruned yet.")
            if item is not None and item.pupil_id is None
            else ""
        )
        self.erase_pupil_button.setEnabled(bool(self.pupil_field.text().strip()))

    # Erasing

    def erase_chosen(self) -> EraseDialog | None:
        item = self.chosen()
        if item is None or item.pupil_id not in self._pupils:
            return None
        kind = None if item.kind is RecordKind.PUPIL_RECORD else item.kind
        reason = self.tr("Retention period over")
        return self._ask(self._pupils[item.pupil_id], kind, reason)

    def erase_pupil(self) -> EraseDialog | None:
        self.pupil_field.settle()
        pupil = self.pupil_field.pupil
        if pupil is None:
            self.message.show_text(
                self.pupil_field.problem or self.tr("Type the name of the pupil to erase."), error=True
            )
            self.pupil_field.setFocus()
            return None
        return self._ask(pupil, None, "")

    def _ask(self, pupil: Pupil, kind: RecordKind | None, reason: str) -> EraseDialog | None:
        if self._closed:
            return None
        dialog = EraseDialog(pupil, kind, reason, self)
        dialog.accepted.connect(lambda: self._erase(pupil, kind, dialog.reason))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _erase(self, pupil: Pupil, kind: RecordKind | None, reason: str) -> None:
        erasure, pupil_id = self.erasure, pupil.id

        def erase(state: TaskState) -> ErasureReceipt:
            state.progress(0.05)
            if kind is None:
                receipt = erasure.erase_pupil(pupil_id, reason)
            else:
                receipt = erasure.erase_records(pupil_id, kind, reason, due_only=True)
            state.progress(1.0)
            return receipt

        def erased(receipt: object) -> None:
            assert isinstance(receipt, ErasureReceipt)
            counts = ", ".join(f"{n} {what.replace('_', ' ')}" for what, n in receipt.entry.counts.items())
            if kind is None:
                text = self.tr("{pupil} is erased ({counts}). Make a new backup now.")
            else:
                text = self.tr("Erased {pupil}'s records that were due ({counts}). Make a new backup now.")
            self.message.show_text(text.format(pupil=pupil.display_name, counts=counts or "—"))
            if kind is None:
                self.pupil_field.clear_choice()
            self.on_erased(pupil_id)

        self.message.show_text(self.tr("Erasing…"))
        changes = Changes(ERASED_TOPICS, frozenset({pupil_id}))
        self._run(self.tr("Erasing records"), erase, erased, changes)

    # Locking

    def forget(self) -> None:
        self._closed = True
        if self.dialog is not None:
            self.dialog.reject()
        self.model.clear()
        self.nothing_due.hide()
        self._pupils = {}
        self.pupil_field.set_pupils([])
        self.pupil_field.clear_choice()
        self.message.hide_text()
        self._enable()
