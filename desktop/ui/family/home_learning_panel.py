"""Home learning in the family window: each task for the child, the guidance in the family's language
beside the English, and "we did this" with a comment, sent to school like a reply.

The teacher's own words are shown as written and marked as English; a guidance phrase not yet translated
into the family's language shows its English alone, marked the same way. Tasks are read off the GUI
thread (`Writer.fetch`); marking one done runs as the family member (`Writer.run`) and syncs to school.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from desktop.domain.home_learning import PupilTask
from desktop.domain.linkbook import Method
from desktop.services.context import ServiceContext
from desktop.services.home_learning import HomeLearningService, guidance_lines, label
from desktop.ui.family.cards import Card, CardList, text_label
from desktop.ui.family.writing import Writer, date_time, long_date
from desktop.ui.folders.bidi import isolate


def both(english: str, home: str | None) -> str:
    """The family's language first (what they read), the English under it; English alone if untranslated."""
    return f"{home}\n{english}" if home else english


def pair(home: str | None, english: str) -> str:
    """ "home / English" on one line, each part kept in its own direction; English alone if untranslated."""
    return f"{isolate(home)} / {isolate(english)}" if home else english


def load_tasks(pupil_id: str) -> Callable[[ServiceContext], tuple[list[PupilTask], str]]:
    """Read the child's tasks and the family's language (on a worker thread)."""

    def work(context: ServiceContext) -> tuple[list[PupilTask], str]:
        service = HomeLearningService(context)
        return service.for_pupil(pupil_id), service.language_for(pupil_id)

    return work


class TaskCard(Card):
    """One task: what to do, by when, the guidance, and the family's "done" and comment."""

    def __init__(self, item: PupilTask, language: str, writer: Writer, parent: QWidget | None = None) -> None:
        task, back = item.task, item.back
        super().__init__(task.title, self.tr("Home learning: {title}").format(title=task.title), parent)
        self.item = item
        self.writer = writer
        self.language = language
        in_english = label("in_english", language)
        mark = pair(in_english[1], in_english[0])
        if task.details:
            self.add(text_label(task.details, self.tr("More detail")))
        self.add(text_label(mark, self.tr("Written in English"), 0.95))
        by_english, by_home = label("hand_in_by", language)
        self.add(
            text_label(
                both(
                    f"{by_english}: {long_date(task.due_on)}",
                    f"{by_home}: {long_date(task.due_on)}" if by_home else None,
                ),
                self.tr("By when"),
                bold=True,
            )
        )
        heading = ""
        for line in guidance_lines(task, language):
            if line.heading != heading and line.heading not in ("how_long", "do_together"):
                heading = line.heading
                self.add(
                    text_label(both(*label(line.heading, language)), self.tr("Guidance heading"), bold=True)
                )
            shown = both(line.english, line.home)
            if line.home is None and language.upper() != "ENG":
                shown = f"{line.english} ({in_english[1] or in_english[0]})"
            self.add(text_label(shown, self.tr("Guidance")))
        done_english, done_home = label("we_did_this", language)
        self.done_box = QCheckBox(pair(done_home, done_english))
        self.done_box.setAccessibleName(self.tr("We did this: {title}").format(title=task.title))
        self.done_box.setChecked(back.done)
        self.done_box.setEnabled(not back.done)
        if back.done and back.done_at is not None:
            how = self.tr("on paper") if back.done_method is Method.PAPER else self.tr("in the app")
            self.add(
                text_label(
                    self.tr("Marked done by {name}, {when} ({how})").format(
                        name=isolate(back.done_by), when=isolate(date_time(back.done_at)), how=how
                    ),
                    self.tr("Done"),
                    1.0,
                )
            )
        if back.comment:
            self.add(
                text_label(
                    self.tr("{name} wrote:").format(name=isolate(back.comment_by)) + f"\n{back.comment}",
                    self.tr("Your comment"),
                    1.1,
                )
            )
        comments_english, comments_home = label("your_comments", language)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(self.tr("Your comment on {title}").format(title=task.title))
        self.comment_edit.setPlaceholderText(pair(comments_home, comments_english))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.send_button = QPushButton(self.tr("&Send to school"))
        self.send_button.setAccessibleName(self.tr("Send to school: {title}").format(title=task.title))
        self.send_button.clicked.connect(self.send)
        self.problem = text_label("", self.tr("Problem"), 1.0)
        self.problem.hide()
        self.add(self.done_box)
        self.add(self.comment_edit)
        self.add(self.problem)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def send(self) -> None:
        done = self.done_box.isChecked() and not self.item.back.done
        text = self.comment_edit.toPlainText()
        if not done and not text.strip():
            self.problem.setText(self.tr("Tick “we did this”, or write a comment, first."))
            self.problem.show()
            return
        task_id, pupil_id = self.item.task.id, self.item.back.pupil_id
        actor = self.writer.actor

        def work(context: ServiceContext) -> object:
            return HomeLearningService(context).record_return(
                task_id, pupil_id, done, text, actor.name, Method.DIGITAL, actor.family_member_id
            )

        self.send_button.setEnabled(False)
        self.writer.run(self.tr("Sending to school"), work, self.comment_edit.clear)


class HomeLearningPanel(CardList):
    def __init__(self, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("HomeLearningPanel", "Home learning"),
            QCoreApplication.translate("HomeLearningPanel", "No home learning has been set yet."),
            parent,
        )
        self.writer = writer
        self._pupil_id = ""

    def load(self, pupil_id: str) -> None:
        """Read the child's tasks off the GUI thread, then show them."""
        self._pupil_id = pupil_id
        self.writer.fetch(self.tr("Loading home learning"), load_tasks(pupil_id), self._loaded)

    def _loaded(self, found: tuple[list[PupilTask], str]) -> None:
        tasks, language = found
        if tasks and tasks[0].back.pupil_id != self._pupil_id:
            return
        self.show_tasks(tasks, language)

    def show_tasks(self, tasks: list[PupilTask], language: str) -> None:
        drafts = {c.item.task.id: c.comment_edit.toPlainText() for c in self.task_cards()}
        cards = [TaskCard(t, language, self.writer) for t in tasks]
        self.set_cards(list(cards))
        for card in cards:
            if drafts.get(card.item.task.id):
                card.comment_edit.setPlainText(drafts[card.item.task.id])

    def task_cards(self) -> list[TaskCard]:
        return [c for c in self.cards() if isinstance(c, TaskCard)]
