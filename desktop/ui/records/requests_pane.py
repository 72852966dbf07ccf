"""The register of requests for a child's records: what was asked, by whom, when it is due, how it ended.

The due date is counted by the service from the day the request arrived (never typed). Overdue requests
are shown in bold on red and say so in words. Answering starts with "Export this pupil's records…": the
subject-access zip is written on the task runner to a file the person picks, and its name is offered
when the request is marked answered.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.pupils import Pupil
from desktop.domain.records import RecordsRequest, RequestKind, RequestStatus
from desktop.services.records_requests import RequestsService
from desktop.services.subject_access import SubjectAccessExport, SubjectAccessService
from desktop.ui.accessibility import name_spin_box
from desktop.ui.kit.named import named_button, named_label
from desktop.ui.kit.progress import busy_bar
from desktop.ui.kit.rows import Row, RowTableModel, row_table
from desktop.ui.kit.task_queue import QueuedTask, TaskQueue
from desktop.ui.records import words
from desktop.ui.records.messages import MessageLabel
from desktop.ui.records.pupil_field import PupilField
from desktop.ui.records.request_dialogs import CloseRequestDialog
from desktop.ui.screens import ScreenHost
from desktop.ui.tasks import TaskState, describe

OVERDUE_BACKGROUND = "#f8d7da"
DUE_COLUMN = 4
LEFT_COLUMN = 6


class RequestsPane(QWidget):
    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.service = RequestsService(host.context)
        self.exporter = SubjectAccessService(host.context)
        self._queue = TaskQueue(host.runner, self)
        self._pupils: dict[str, Pupil] = {}
        self._requests: list[RecordsRequest] = []
        self._exported: dict[str, str] = {}
        """The file name of the last export made for each request (offered when marking it answered)."""
        self._closed = False
        self.dialog: CloseRequestDialog | None = None
        self._build()

    def _build(self) -> None:
        self.model = RowTableModel(
            [
                self.tr("Received"),
                self.tr("Pupil"),
                self.tr("Who asked"),
                self.tr("Kind"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Days left, or how it ended"),
            ],
            self,
        )
        self.view = row_table(self.tr("Requests"), self.model)
        self.view.setObjectName("requestsRegister")
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable())
        self.export_button = named_button(self.tr("E&xport this pupil's records…"))
        self.export_button.setObjectName("exportPupil")
        self.export_button.clicked.connect(self.export_records)
        self.answer_button = named_button(self.tr("Mark a&nswered…"))
        self.answer_button.clicked.connect(lambda: self.close_request(refuse=False))
        self.refuse_button = named_button(self.tr("Re&fuse…"))
        self.refuse_button.clicked.connect(lambda: self.close_request(refuse=True))
        self.progress = busy_bar(self.tr("Export progress"))
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.progress)
        actions.addStretch(1)
        actions.addWidget(self.answer_button)
        actions.addWidget(self.refuse_button)

        self.pupil_field = PupilField(self.tr("Pupil the request is about"))
        self.pupil_field.setObjectName("requestPupil")
        self.pupil_field.setPlaceholderText(self.tr("type part of a name or a UPN"))
        self.requester_field = QLineEdit()
        self.requester_field.setObjectName("requester")
        self.requester_field.setAccessibleName(self.tr("Who asked"))
        self.requester_field.setPlaceholderText(self.tr("their name, and how they are related to the child"))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("requestKind")
        self.kind_box.setAccessibleName(self.tr("Kind of request"))
        for kind in RequestKind:
            self.kind_box.addItem(words.request_kind_name(kind), kind.value)
        today = QDate(self.host.context.today())
        self.received_field = QDateEdit(today)
        self.received_field.setObjectName("requestReceived")
        self.received_field.setMaximumDate(today)
        self.received_field.setCalendarPopup(True)
        self.received_field.setDisplayFormat("d MMM yyyy")
        name_spin_box(self.received_field, self.tr("Received on"))
        self.add_button = named_button(self.tr("A&dd the request"))
        self.add_button.setObjectName("addRequest")
        self.add_button.clicked.connect(self.add_request)
        self.requester_field.returnPressed.connect(self.add_request)
        new_box = QGroupBox(self.tr("A new request"))
        form = QGridLayout(new_box)
        form.addWidget(named_label(self.tr("Pup&il:"), self.pupil_field), 0, 0)
        form.addWidget(self.pupil_field, 0, 1)
        form.addWidget(named_label(self.tr("&Who asked:"), self.requester_field), 0, 2)
        form.addWidget(self.requester_field, 0, 3)
        form.addWidget(named_label(self.tr("&Kind:"), self.kind_box), 1, 0)
        form.addWidget(self.kind_box, 1, 1)
        form.addWidget(named_label(self.tr("R&eceived:"), self.received_field), 1, 2)
        received_row = QHBoxLayout()
        received_row.addWidget(self.received_field)
        received_row.addStretch(1)
        received_row.addWidget(self.add_button)
        form.addLayout(received_row, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)

        self.message = MessageLabel("requestsMessage", self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            named_label(self.tr("&Requests for a child's records, the oldest due first:"), self.view)
        )
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(new_box)
        self._enable()

    # Tasks

    def _run(
        self,
        label: str,
        work: Callable[[TaskState], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue work behind this pane's earlier reads and writes; results land only while open."""

        def on_done(result: object) -> None:
            if not self._closed:
                done(result)

        def on_error(exc: BaseException) -> None:
            if failed is not None:
                failed(exc)
            if not self._closed:
                self.message.show_text(describe(exc), error=True)

        self._queue.submit(QueuedTask(label, work, on_done, on_error=on_error))

    @property
    def busy(self) -> bool:
        return not self._queue.idle

    # The register

    def set_pupils(self, pupils: list[Pupil]) -> None:
        self._pupils = {p.id: p for p in pupils}
        self.pupil_field.set_pupils(pupils)
        if self._requests:
            self._show(self._requests)

    def reload(self, select_id: str | None = None) -> None:
        """Read the register again; keep the request chosen, or choose select_id."""
        self._closed = False
        service = self.service

        def read(_state: TaskState) -> list[RecordsRequest]:
            return service.requests()

        self._run(
            self.tr("Reading the register of requests"), read, lambda found: self._show(found, select_id)
        )

    def _show(self, requests: list[RecordsRequest], select_id: str | None = None) -> None:
        self._requests = requests
        chosen = self.chosen()
        wanted = select_id or (chosen.id if chosen else None)
        today = self.host.context.today()
        rows = []
        ordered = sorted(requests, key=lambda r: (r.status is not RequestStatus.OPEN, r.due_on))
        for request in ordered:
            left, overdue = words.days_left(request.due_on, today, request.status)
            if request.status is RequestStatus.ANSWERED and request.answered_on:
                left = self.tr("answered {day}").format(day=words.day(request.answered_on))
                if request.export_file:
                    left += f" · {request.export_file}"
            elif request.status is RequestStatus.REFUSED:
                left = self.tr("refused: {reason}").format(reason=request.refusal_reason)
            rows.append(
                Row(
                    (
                        words.day(request.received_on),
                        self.pupil_name(request),
                        request.requester,
                        words.request_kind_name(request.kind),
                        words.day(request.due_on),
                        words.status_name(request.status),
                        left,
                    ),
                    request,
                    tooltip=self.tr("Answer by {day}").format(day=words.long_day(request.due_on)),
                    emphasis=overdue,
                    background=OVERDUE_BACKGROUND if overdue else "",
                )
            )
        self.model.set_rows(rows)
        row = self.model.row_of(lambda r: r.id == wanted)
        if row >= 0:
            self.view.selectRow(row)
        self._enable()

    def pupil_name(self, request: RecordsRequest) -> str:
        pupil = self._pupils.get(request.pupil_id or "")
        return pupil.display_name if pupil else self.tr("(erased, or no longer on roll)")

    def chosen(self) -> RecordsRequest | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select_request(self, request_id: str) -> None:
        row = self.model.row_of(lambda r: r.id == request_id)
        if row >= 0:
            self.view.selectRow(row)

    def _enable(self) -> None:
        request = self.chosen()
        on_roll = request is not None and (request.pupil_id or "") in self._pupils
        is_open = request is not None and request.status is RequestStatus.OPEN
        self.export_button.setEnabled(on_roll and self.progress.isHidden())
        self.answer_button.setEnabled(is_open)
        self.refuse_button.setEnabled(is_open)

    # A new request

    def add_request(self) -> None:
        if self._closed:
            return
        self.pupil_field.settle()
        pupil = self.pupil_field.pupil
        if pupil is None:
            self.message.show_text(
                self.pupil_field.problem or self.tr("Type the name of the pupil the request is about."),
                error=True,
            )
            self.pupil_field.setFocus()
            return
        requester = self.requester_field.text()
        kind = RequestKind(self.kind_box.currentData())
        received = self.received_field.date().toPython()
        service = self.service

        def add(_state: TaskState) -> RecordsRequest:
            return service.add(pupil.id, requester, kind, received)  # type: ignore[arg-type]  # a date

        def added(request: RecordsRequest) -> None:
            self.requester_field.clear()
            self.pupil_field.clear_choice()
            self.message.show_text(
                self.tr("Entered the request about {pupil}; answer it by {day}.").format(
                    pupil=pupil.display_name, day=words.long_day(request.due_on)
                )
            )
            self.reload(select_id=request.id)

        self._run(self.tr("Entering a request"), add, added)

    # Export and closing

    def export_records(self) -> None:
        request = self.chosen()
        if request is None or self._closed or request.pupil_id not in self._pupils:
            return
        path = self.choose_export_file(request)
        if path is None:
            return
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        pupil = self._pupils[request.pupil_id]
        exporter = self.exporter

        def export(state: TaskState) -> SubjectAccessExport:
            state.progress(0.05)
            done = exporter.export(pupil.id, path)
            state.progress(1.0)
            return done

        def exported(done: SubjectAccessExport) -> None:
            self.progress.hide()
            self._exported[request.id] = path.name
            self.message.show_text(
                self.tr(
                    "Wrote {file}: {entries} entries, {agreements} agreements and plans, {folders} folders, "
                    "{files} files, {events} audit events. Hand it over, delete your copy, then mark the "
                    "request answered."
                ).format(
                    file=str(path),
                    entries=done.entries,
                    agreements=done.agreements,
                    folders=done.folders,
                    files=done.attachments,
                    events=done.audit_events,
                )
            )
            self._enable()

        def failed(_exc: BaseException) -> None:
            self.progress.hide()
            self._enable()

        self.progress.show()
        self._enable()
        self.message.show_text(
            self.tr("Writing everything held about {pupil}…").format(pupil=pupil.display_name)
        )
        self._run(self.tr("Exporting a pupil's records"), export, exported, failed)

    def choose_export_file(self, request: RecordsRequest) -> Path | None:
        """Ask where to write the zip; the suggested name does not name the child."""
        suggested = Path.home() / f"records-request-{request.received_on.isoformat()}.zip"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export this pupil's records"),
            str(suggested),
            self.tr("Zip files (*.zip)"),
        )
        return Path(name) if name else None

    def close_request(self, *, refuse: bool) -> CloseRequestDialog | None:
        request = self.chosen()
        if request is None or request.status is not RequestStatus.OPEN or self._closed:
            return None
        dialog = CloseRequestDialog(
            request,
            self.pupil_name(request),
            self.host.context.today(),
            refuse=refuse,
            file_name=self._exported.get(request.id, ""),
            parent=self,
        )
        dialog.accepted.connect(lambda: self._close(request, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _close(self, request: RecordsRequest, dialog: CloseRequestDialog) -> None:
        text, day, refusing, service = dialog.text, dialog.day, dialog.refusing, self.service

        def close(_state: TaskState) -> RecordsRequest:
            if refusing:
                return service.refuse(request.id, text, day)
            return service.answer(request.id, Path(text).name, day)

        def closed(done: RecordsRequest) -> None:
            state = words.status_name(done.status)
            self.message.show_text(
                self.tr("The request from {requester} is {state}.").format(
                    requester=done.requester, state=state
                )
            )
            self.reload()

        self._run(self.tr("Closing a request"), close, closed)

    # Locking

    def forget(self) -> None:
        self._closed = True
        if self.dialog is not None:
            self.dialog.reject()
        self.model.clear()
        self._pupils = {}
        self._requests = []
        self._exported = {}
        self.pupil_field.set_pupils([])
        self.pupil_field.clear_choice()
        self.requester_field.clear()
        self.message.hide_text()
        self.progress.hide()
        self._enable()
