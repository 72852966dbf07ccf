"""Class news and events: what a class has told its families this half-term, writing more, and printing it.

The lists show the half-term around today (from the school's calendar): news for the class and for the
whole school, and the dates families need. Publishing runs on the task runner: photos are read and stored
encrypted, then the news and its date are saved. Whatever the service refuses (a missing title, a photo
rule) comes back as its own message, and the form keeps what was written so nothing is lost. The class
newsletter is rendered in the background and shown in the print preview.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar import Period
from desktop.domain.news import NewsItem, SchoolEvent
from desktop.domain.school import SchoolClass
from desktop.services.news import NewsService
from desktop.services.print_packs import PrintPackService
from desktop.services.school import SchoolService
from desktop.store.errors import InvalidInput
from desktop.ui.item_list import ItemList
from desktop.ui.kit.class_picker import ClassPicker, staff_class_index
from desktop.ui.kit.message_bar import MessageBar
from desktop.ui.kit.settle import settle
from desktop.ui.kit.task_queue import ScreenTasks
from desktop.ui.news.compose import NewsComposer, NewsDraft
from desktop.ui.print_preview import PrintPreviewDialog
from desktop.ui.screens import Screen, ScreenHost
from desktop.ui.tasks import Changes, TaskState, Topic


def short_date(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


class NewsScreen(Screen):
    screenshot_name = "news"

    def __init__(self, host: ScreenHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newsScreen")
        self.host = host
        self.news = NewsService(host.context)
        self.school = SchoolService(host.context)
        self._tasks = ScreenTasks(
            host.runner, lambda text: self.message_label.show_message(text, error=True), self
        )
        self._items: list[NewsItem] = []
        self._events: list[SchoolEvent] = []
        self._half_term: tuple[dt.date, dt.date] | None = None
        self.preview: PrintPreviewDialog | None = None
        self._build()
        host.runner.changed.connect(self._changed_elsewhere)
        self.load_classes()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("NewsScreen", "Class news")

    # Building

    def _build(self) -> None:
        self.class_box = ClassPicker("newsClass", self.tr("Class"))
        self.class_box.currentIndexChanged.connect(lambda _row: self.load_published())
        class_caption = QLabel(self.tr("&Class"))
        class_caption.setAccessibleName(self.tr("Class (caption)"))
        class_caption.setBuddy(self.class_box)
        self.half_term_label = QLabel()
        self.half_term_label.setAccessibleName(self.tr("This half-term"))
        top = QHBoxLayout()
        top.addWidget(class_caption)
        top.addWidget(self.class_box)
        top.addSpacing(16)
        top.addWidget(self.half_term_label, 1)

        self.news_list = ItemList()
        self.news_list.setObjectName("publishedNews")
        self.news_list.setAccessibleName(self.tr("News published this half-term"))
        self.news_list.currentRowChanged.connect(self._news_chosen)
        news_caption = QLabel(self.tr("&News this half-term"))
        news_caption.setAccessibleName(self.tr("News this half-term (caption)"))
        news_caption.setBuddy(self.news_list)
        _emphasise(news_caption)
        self.news_text = QLabel()
        self.news_text.setObjectName("newsText")
        self.news_text.setWordWrap(True)
        self.news_text.setTextFormat(Qt.TextFormat.PlainText)
        self.news_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.news_text.setAccessibleName(self.tr("The chosen news"))
        self.events_list = ItemList()
        self.events_list.setObjectName("publishedEvents")
        self.events_list.setAccessibleName(self.tr("Dates this half-term"))
        events_caption = QLabel(self.tr("&Dates this half-term"))
        events_caption.setAccessibleName(self.tr("Dates this half-term (caption)"))
        events_caption.setBuddy(self.events_list)
        _emphasise(events_caption)

        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Newsletter for"))
        self.period_box.addItem(self.tr("This week"), "week")
        self.period_box.addItem(self.tr("This month"), "month")
        self.print_button = QPushButton(self.tr("&Print the newsletter…"))
        self.print_button.setAccessibleName(self.tr("Print the class newsletter"))
        self.print_button.clicked.connect(self.print_newsletter)
        print_row = QHBoxLayout()
        print_row.addWidget(self.period_box)
        print_row.addWidget(self.print_button)
        print_row.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 6, 6, 12)
        left_layout.addWidget(news_caption)
        left_layout.addWidget(self.news_list, 2)
        left_layout.addWidget(self.news_text)
        left_layout.addWidget(events_caption)
        left_layout.addWidget(self.events_list, 1)
        left_layout.addLayout(print_row)

        self.composer = NewsComposer(self.host.context.today())
        self.publish_button = QPushButton(self.tr("&Publish"))
        self.publish_button.setAccessibleName(self.tr("Publish to the class's families"))
        self.publish_button.clicked.connect(self.publish)
        self.message_label = MessageBar("newsMessage", self.tr("Message"))
        publish_row = QHBoxLayout()
        publish_row.addWidget(self.message_label, 1)
        publish_row.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        write_box = QGroupBox(self.tr("Write to the class's families"))
        write_layout = QVBoxLayout(write_box)
        write_layout.addWidget(self.composer)
        write_layout.addLayout(publish_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 6, 12, 12)
        right_layout.addWidget(write_box)
        right_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # Tasks

    def _changed_elsewhere(self, changes: object) -> None:
        if not self._tasks.from_elsewhere(changes):
            return
        assert isinstance(changes, Changes)
        if Topic.SCHOOL in changes.topics:
            self.load_classes()
        elif Topic.NEWS in changes.topics:
            self.load_published()

    # Reading

    def load_classes(self) -> None:
        school, news, today = self.school, self.news, self.host.context.today()

        def work(_state: TaskState) -> tuple[list[SchoolClass], tuple[dt.date, dt.date]]:
            return school.classes(), news.half_term(today)

        self._tasks.run(self.tr("Loading classes"), work, self._show_classes)

    def _show_classes(self, result: tuple[list[SchoolClass], tuple[dt.date, dt.date]]) -> None:
        classes, self._half_term = result
        first, last = self._half_term
        self.half_term_label.setText(
            self.tr("This half-term: {first} to {last}").format(
                first=short_date(first), last=f"{short_date(last)} {last.year}"
            )
        )
        self.class_box.refill(classes, staff_class_index(classes, self.host.context.actor.staff_id))
        if not classes:
            self.message_label.show_message(
                self.tr("This school has no classes yet. Import a class list to add them.")
            )
        self._enable()
        self.load_published()

    def chosen_class(self) -> SchoolClass | None:
        return self.class_box.chosen()

    def select_class(self, name: str) -> None:
        self.class_box.choose_named(name)

    def load_published(self) -> None:
        school_class, half_term = self.chosen_class(), self._half_term
        if school_class is None or half_term is None:
            self._show_published(([], []))
            return
        news, class_id = self.news, school_class.id
        first, last = half_term

        def work(_state: TaskState) -> tuple[list[NewsItem], list[SchoolEvent]]:
            return news.news(class_id, first, last), news.events(class_id, first, last)

        def done(result: tuple[list[NewsItem], list[SchoolEvent]]) -> None:
            current = self.chosen_class()
            if current is not None and current.id == class_id:
                self._show_published(result)

        self._tasks.run(self.tr("Loading the news"), work, done)

    def _show_published(self, result: tuple[list[NewsItem], list[SchoolEvent]]) -> None:
        self._items, self._events = result
        self.news_list.blockSignals(True)
        self.news_list.clear()
        for item in self._items:
            self.news_list.add(self._news_line(item), item.id)
        self.news_list.blockSignals(False)
        self.news_text.clear()
        self.news_text.setVisible(False)
        self.events_list.clear()
        for event in self._events:
            self.events_list.add(self._event_line(event), event.id)
        if not self._items:
            self.news_list.add(self.tr("Nothing published this half-term yet."))
        if not self._events:
            self.events_list.add(self.tr("No dates this half-term yet."))
        self._enable()

    def _news_line(self, item: NewsItem) -> str:
        parts = [short_date(item.published_on), item.title]
        if item.class_id is None:
            parts.append(self.tr("whole school"))
        if item.attachment_ids:
            count = len(item.attachment_ids)
            parts.append(self.tr("1 photo") if count == 1 else self.tr("{count} photos").format(count=count))
        parts.append(item.author_name)
        return " · ".join(parts)

    def _event_line(self, event: SchoolEvent) -> str:
        when = short_date(event.starts_on) + (f", {event.starts_at:%H:%M}" if event.starts_at else "")
        parts = [when, event.title]
        if event.location:
            parts.append(event.location)
        if event.class_id is None:
            parts.append(self.tr("whole school"))
        return " · ".join(parts)

    def _news_chosen(self, row: int) -> None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        self.news_text.setText(item.body if item else "")
        self.news_text.setVisible(item is not None)

    # Writing

    def publish(self) -> None:
        school_class = self.chosen_class()
        if school_class is None or self._tasks.closed:
            return
        problem = self.composer.problem()
        if problem is not None:
            message, field = problem
            self.message_label.show_message(message, error=True)
            field.setFocus()
            return
        draft = self.composer.draft()
        news, context, class_id = self.news, self.host.context, school_class.id

        def work(state: TaskState) -> NewsDraft:
            attachment_ids = []
            for path in draft.photos:
                state.check()
                try:
                    data = path.read_bytes()
                except OSError as exc:
                    raise InvalidInput(
                        QCoreApplication.translate(
                            "NewsScreen",
                            "{name} could not be read ({problem}). Check that it is still there, "
                            "or remove it from the news; nothing was published.",
                        ).format(name=path.name, problem=exc.strerror or type(exc).__name__)
                    ) from None
                attachment_ids.append(news.attach_photo(data, path.name).id)
            if draft.has_news:
                news.publish(
                    NewsItem(
                        draft.title,
                        draft.body,
                        context.today(),
                        context.actor.name,
                        class_id,
                        tuple(attachment_ids),
                    )
                )
            if draft.event is not None:
                event = draft.event
                news.add_event(SchoolEvent(event.title, event.day, "", event.time, event.place, class_id))
            return draft

        def done(published: NewsDraft) -> None:
            self.composer.clear()
            what = published.title if published.has_news else published.event.title if published.event else ""
            self.message_label.show_message(
                self.tr("Published “{title}” to {class_name}'s families.").format(
                    title=what, class_name=school_class.name
                )
            )
            self.load_published()

        changes = Changes(frozenset({Topic.NEWS}))
        self._tasks.own(changes)
        self.message_label.show_message(self.tr("Publishing…"))
        self._tasks.run(self.tr("Publishing news"), work, done, changes)

    # Printing

    def newsletter_period(self) -> Period:
        today = self.host.context.today()
        return Period.month_of(today) if self.period_box.currentData() == "month" else Period.week_of(today)

    def print_newsletter(self) -> None:
        school_class = self.chosen_class()
        if school_class is None:
            return
        service, class_id, period = (
            PrintPackService(self.host.context),
            school_class.id,
            self.newsletter_period(),
        )

        def work(_state: TaskState) -> bytes:
            return service.class_newsletter(class_id, period)

        def done(pdf: bytes) -> None:
            title = self.tr("{class_name} newsletter, {period}").format(
                class_name=school_class.name, period=self.period_box.currentText().lower()
            )
            self.preview = PrintPreviewDialog(pdf, title, self)
            self.preview.finished.connect(self._preview_closed)
            self.preview.open()

        self._tasks.run(self.tr("Preparing the newsletter"), work, done)

    def _preview_closed(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview = None

    # State shown

    def _enable(self) -> None:
        has_class = self.chosen_class() is not None
        for widget in (self.publish_button, self.print_button, self.composer):
            widget.setEnabled(has_class)

    @property
    def busy(self) -> bool:
        return not self._tasks.idle

    def forget(self) -> None:
        """Drop what the lists and the form show (the app is locking). News names children at times."""
        self._tasks.closed = True
        if self.preview is not None:
            self.preview.close()
            self._preview_closed()
        self._items, self._events = [], []
        for widget in (self.class_box, self.news_list, self.events_list):
            widget.blockSignals(True)
            widget.clear()
        self.news_text.clear()
        self.half_term_label.clear()
        self.composer.clear()
        self.message_label.hide_message()

    def prepare_screenshot(self) -> None:
        """The first class's half-term, a piece of news opened, and a few words being written."""
        settle(self.host.runner, lambda: self.busy)
        if self._items:
            self.news_list.setCurrentRow(0)
        self.composer.title_field.setText("Harvest festival")
        self.composer.body_edit.setPlainText(
            "Thank you for the tins and packets: the food bank collected 212 items on Friday."
        )


def _emphasise(label: QLabel) -> None:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)


def create(host: ScreenHost) -> Screen:
    return NewsScreen(host)


SCREEN = NewsScreen
