"""Work folders sent home: each piece of work with the teacher's feedback and thumbnails, and the family's
comment.

Only folders the school has sent home appear (the service hides drafts from a family member). The
comment is the family member's, from the app; it replaces an earlier one, as on the paper slip. Photos
are decoded off the GUI thread; a photo that has not reached this device yet says so instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from desktop.domain.calendar import Period, PeriodKind
from desktop.domain.linkbook import Method
from desktop.domain.work_folders import WorkFolder, WorkItem
from desktop.services.context import ServiceContext
from desktop.services.folders import WorkFolderService
from desktop.store.errors import StoreError
from desktop.ui.family.cards import Card, CardList, rich_label, text_label
from desktop.ui.family.writing import Writer, date_time, long_date
from desktop.ui.folders.thumbnails import thumbnail


def period_name(period: Period) -> str:
    if period.kind is PeriodKind.WEEK:
        return QCoreApplication.translate("FolderCard", "Week beginning {day}").format(
            day=long_date(period.start)
        )
    month = QLocale().standaloneMonthName(period.start.month)
    return f"{month} {period.start.year}"


def _read_thumbnail(attachment_id: str) -> Callable[[ServiceContext], QImage | None]:
    def work(context: ServiceContext) -> QImage | None:
        try:
            data = WorkFolderService(context).attachment_bytes(attachment_id)
        except (KeyError, OSError, StoreError):  # attachments do not travel by sync yet
            return None
        image = thumbnail(data)
        return None if image.isNull() else image

    return work


class FolderCard(Card):
    def __init__(self, folder: WorkFolder, writer: Writer, parent: QWidget | None = None) -> None:
        title = period_name(folder.period)
        super().__init__(title, self.tr("Work folder: {period}").format(period=title), parent)
        self.folder = folder
        self.writer = writer
        for item in folder.items:
            self._add_item(item)
        if folder.family_comment is not None:
            comment = folder.family_comment
            said = self.tr("{name} wrote, {when}:").format(name=comment.by_name, when=date_time(comment.at))
            self.add(text_label(f"{said}\n{comment.text}", self.tr("The family's comment"), 1.1))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(
            self.tr("Your comment on the folder for {period}").format(period=title)
        )
        self.comment_edit.setPlaceholderText(self.tr("What did you and your child think of this work?"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.send_button = QPushButton(self.tr("Send &comment"))
        self.send_button.setAccessibleName(
            self.tr("Send the comment on the folder for {period}").format(period=title)
        )
        self.send_button.clicked.connect(self.send_comment)
        self.problem = text_label("", self.tr("Problem with the comment"), 1.0)
        self.problem.hide()
        self.add(self.comment_edit)
        self.add(self.problem)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def _add_item(self, item: WorkItem) -> None:
        heading = f"{item.subject}: {item.title}" if item.subject else item.title
        parts = [(heading, item.feedback), (self.tr("Mark"), item.mark)]
        if not item.feedback.strip():
            parts[0] = (heading, " ")
        self.add(rich_label(parts, self.tr("Work: {title}").format(title=item.title)))
        if not item.attachment_ids:
            return
        row = QHBoxLayout()
        for attachment_id in item.attachment_ids:
            picture = QLabel(self.tr("Loading the photo…"))
            picture.setAccessibleName(self.tr("Photo of {title}").format(title=item.title))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row.addWidget(picture)
            self.writer.fetch(
                self.tr("Loading photos"), _read_thumbnail(attachment_id), self._shower(picture)
            )
        row.addStretch(1)
        self.layout_.addLayout(row)

    def _shower(self, picture: QLabel) -> Callable[[QImage | None], None]:
        def show(image: QImage | None) -> None:
            try:
                if image is None:
                    picture.setText(self.tr("This photo has not reached this device yet."))
                else:
                    picture.setPixmap(QPixmap.fromImage(image))
            except RuntimeError:  # the card was closed (locked or reloaded) before the photo came
                pass

        return show

    def send_comment(self) -> None:
        text = self.comment_edit.toPlainText()
        if not text.strip():
            self.problem.setText(self.tr("The comment is empty; write something first."))
            self.problem.show()
            self.comment_edit.setFocus()
            return
        folder_id = self.folder.id
        name = self.writer.actor.name

        def work(context: ServiceContext) -> object:
            return WorkFolderService(context).add_family_comment(folder_id, text, name, Method.DIGITAL)

        self.send_button.setEnabled(False)
        self.writer.run(self.tr("Sending your comment"), work, self.comment_edit.clear)


class FoldersPanel(CardList):
    def __init__(self, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Work folders"), self.tr("No work folders have come home yet."), parent)
        self.writer = writer

    def show_folders(self, folders: tuple[WorkFolder, ...]) -> None:
        drafts = {c.folder.id: c.comment_edit.toPlainText() for c in self.folder_cards()}
        cards = [FolderCard(f, self.writer) for f in folders]
        self.set_cards(list(cards))
        for card in cards:
            if drafts.get(card.folder.id):
                card.comment_edit.setPlainText(drafts[card.folder.id])

    def folder_cards(self) -> list[FolderCard]:
        return [c for c in self.cards() if isinstance(c, FolderCard)]
