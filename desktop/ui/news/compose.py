"""Writing a piece of class news, with photos and a date for families' calendars.

The form holds what is being written and says what is missing before anything is published; the screen
publishes it through the news service. Photos are chosen with the system's file dialog and read only when
publishing, on the task runner.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.accessibility import name_spin_box
from desktop.ui.item_list import ItemList


@dataclass(frozen=True, slots=True)
class EventDraft:
    title: str
    day: dt.date
    time: dt.time | None
    place: str


@dataclass(frozen=True, slots=True)
class NewsDraft:
    """What the form holds: news (title and text, maybe photos) and/or a date, ready to publish."""

    title: str
    body: str
    photos: tuple[Path, ...]
    event: EventDraft | None

    @property
    def has_news(self) -> bool:
        return bool(self.title or self.body or self.photos)


class NewsComposer(QWidget):
    """The news being written, and the date to go with it."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._photos: list[Path] = []
        self._build()

    def _build(self) -> None:
        self.title_field = QLineEdit()
        self.title_field.setAccessibleName(self.tr("News title"))
        self.title_field.setPlaceholderText(self.tr("e.g. Our trip to the museum"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("News text"))
        self.body_edit.setPlaceholderText(self.tr("What families should know, in a few sentences"))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(self.fontMetrics().height() * 5)

        self.photo_list = ItemList()
        self.photo_list.setAccessibleName(self.tr("Photos to publish"))
        self.photo_list.setMaximumHeight(self.fontMetrics().height() * 4)
        self.add_photos_button = QPushButton(self.tr("Add p&hotos…"))
        self.add_photos_button.setAccessibleName(self.tr("Add photos"))
        self.add_photos_button.clicked.connect(self.choose_photos)
        self.remove_photo_button = QPushButton(self.tr("Remo&ve photo"))
        self.remove_photo_button.setAccessibleName(self.tr("Remove the chosen photo"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.add_photos_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        photos_row = QHBoxLayout()
        photos_row.addWidget(self.photo_list, 1)
        photos_row.addLayout(photo_buttons)

        self.event_box = QCheckBox(self.tr("Add a &date for families' calendars"))
        self.event_box.setAccessibleName(self.tr("Add a date for families' calendars"))
        self.event_box.toggled.connect(self._event_toggled)
        self.event_title_field = QLineEdit()
        self.event_title_field.setAccessibleName(self.tr("What is happening"))
        self.event_title_field.setPlaceholderText(self.tr("e.g. Class assembly"))
        self.event_date = QDateEdit()
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("ddd d MMM yyyy")
        name_spin_box(self.event_date, self.tr("Date"))
        self.timed_box = QCheckBox(self.tr("At a &time"))
        self.timed_box.setAccessibleName(self.tr("At a set time"))
        self.event_time = QTimeEdit()
        self.event_time.setDisplayFormat("HH:mm")
        name_spin_box(self.event_time, self.tr("Time"))
        self.timed_box.toggled.connect(self.event_time.setEnabled)
        when_row = QHBoxLayout()
        when_row.addWidget(self.event_date)
        when_row.addWidget(self.timed_box)
        when_row.addWidget(self.event_time)
        when_row.addStretch(1)
        self.place_field = QLineEdit()
        self.place_field.setAccessibleName(self.tr("Place"))
        self.place_field.setPlaceholderText(self.tr("e.g. the school hall"))
        self.event_panel = QWidget()
        event_form = QFormLayout(self.event_panel)
        event_form.setContentsMargins(0, 0, 0, 0)
        self._row(event_form, self.tr("&What"), self.event_title_field)
        self._row(event_form, self.tr("W&hen"), self.event_date, when_row)
        self._row(event_form, self.tr("Whe&re"), self.place_field)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, self.tr("&Title"), self.title_field)
        self._row(form, self.tr("Te&xt"), self.body_edit)
        self._row(form, self.tr("Photos"), self.photo_list, photos_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.event_box)
        layout.addWidget(self.event_panel)
        self.clear()

    def _row(self, form: QFormLayout, caption: str, buddy: QWidget, field: object | None = None) -> None:
        label = QLabel(caption)
        label.setBuddy(buddy)
        label.setAccessibleName(caption.replace("&", "") + self.tr(" (caption)"))
        form.addRow(label, field if field is not None else buddy)  # type: ignore[call-overload]  # a widget or a layout

    def _event_toggled(self, on: bool) -> None:
        self.event_panel.setVisible(on)
        if on:
            self.event_title_field.setFocus()

    # Photos

    def choose_photos(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos to the news"),
            str(Path.home()),
            self.tr("Photos (*.png *.jpg *.jpeg *.gif *.webp)"),
        )
        self.add_photos([Path(p) for p in paths])

    def add_photos(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self._photos:
                self._photos.append(path)
                self.photo_list.add(path.name, str(path))
        self._enable()

    def remove_photo(self) -> None:
        row = self.photo_list.currentRow()
        if 0 <= row < len(self._photos):
            del self._photos[row]
            self.photo_list.items.removeRow(row)
        self._enable()

    def _enable(self) -> None:
        self.remove_photo_button.setEnabled(bool(self._photos))

    # The draft

    def draft(self) -> NewsDraft:
        event = None
        if self.event_box.isChecked():
            day = self.event_date.date().toPython()
            time = self.event_time.time().toPython() if self.timed_box.isChecked() else None
            assert isinstance(day, dt.date)
            event = EventDraft(
                self.event_title_field.text().strip(),
                day,
                time if isinstance(time, dt.time) else None,
                self.place_field.text().strip(),
            )
        return NewsDraft(
            self.title_field.text().strip(), self.body_edit.toPlainText().strip(), tuple(self._photos), event
        )

    def problem(self) -> tuple[str, QWidget] | None:
        """What to put right before publishing, and the field to go to; None when it can go out."""
        draft = self.draft()
        if not draft.has_news and draft.event is None:
            return self.tr("Write a title and the news, or add a date, then publish."), self.title_field
        if draft.has_news and not draft.title:
            return self.tr("Give the news a title: families see it first."), self.title_field
        if draft.has_news and not draft.body:
            return self.tr("Write the news itself under the title."), self.body_edit
        if draft.event is not None and not draft.event.title:
            return self.tr("Say what is happening on that date, e.g. Class assembly."), self.event_title_field
        if draft.event is not None and draft.event.day < self.today:
            return self.tr("That date has passed. Choose today or a day to come."), self.event_date
        return None

    def clear(self) -> None:
        """An empty form (after publishing, and when the app locks)."""
        self.title_field.clear()
        self.body_edit.clear()
        self._photos.clear()
        self.photo_list.clear()
        self.event_box.setChecked(False)
        self.event_panel.hide()
        self.event_title_field.clear()
        self.place_field.clear()
        self.event_date.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.timed_box.setChecked(False)
        self.event_time.setTime(QTime(9, 0))
        self.event_time.setEnabled(False)
        self._enable()

    def is_empty(self) -> bool:
        draft = self.draft()
        return not draft.has_news and not self.event_title_field.text().strip()
