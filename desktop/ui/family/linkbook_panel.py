"""The child's link book at home: the school's entries, newest first, with "Reply" and "I have read this".

A reply or an acknowledgement is saved as the family member's own, marked as sent from the app
(Method.DIGITAL), and goes to the outbox with everything else. A reply being typed survives a reload
(after a sync, say): the panel keeps what is in each open reply box and puts it back.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.entry_translations import EntryTranslation
from desktop.domain.linkbook import CLASS_NOTE, AuthorKind, EntryText, LinkBookEntry, Method
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.read_aloud import family_parts
from desktop.ui.family.cards import Card, CardList, text_label
from desktop.ui.family.entry_words import EntryPart, entry_parts
from desktop.ui.family.read_aloud import ReadAloud
from desktop.ui.family.translated import entry_label
from desktop.ui.family.writing import Writer, date_time, long_date, short_date
from desktop.ui.folders.bidi import isolate

TEXT_LABELS: dict[str, object] = {
    CLASS_NOTE: QT_TRANSLATE_NOOP("EntryCard", "For the whole class"),
    EntryText.LEARNING: QT_TRANSLATE_NOOP("EntryCard", "What we learned"),
    EntryText.WINS: QT_TRANSLATE_NOOP("EntryCard", "Wins"),
    EntryText.REMINDERS: QT_TRANSLATE_NOOP("EntryCard", "Reminders"),
    EntryText.NOTE: QT_TRANSLATE_NOOP("EntryCard", "A note from school"),
}
"""How a family sees each text field of an entry (ENTRY_TEXT_FIELDS) headed, untranslated."""


class EntryCard(Card):
    """One day's entry, its thread, and the family's two buttons."""

    def __init__(
        self,
        entry: LinkBookEntry,
        writer: Writer,
        parent: QWidget | None = None,
        translations: Mapping[str, EntryTranslation] | None = None,
        language: str = "ENG",
    ) -> None:
        day = long_date(entry.day)
        super().__init__(day, self.tr("Link book entry for {day}").format(day=day), parent)
        self.entry = entry
        self.writer = writer
        self.language = language
        what = self.tr("What school wrote on {day}").format(day=day)
        self.add(entry_label(self._sections(entry), translations or {}, language, what))
        staff_words = {field: t.text for field, t in (translations or {}).items()}
        self.read_aloud = ReadAloud(entry, writer, lambda e: family_parts(e, language, staff_words))
        self.add(self.read_aloud)
        for reply in entry.replies:
            source = (
                self.tr("from home") if reply.author_kind is AuthorKind.FAMILY else self.tr("from school")
            )
            heading = self.tr("{name}, {source}, {when}:").format(
                name=isolate(reply.author_name), source=source, when=date_time(reply.written_at)
            )
            self.add(
                text_label(
                    f"{heading}\n{isolate(reply.text)}",  # each in its own direction, whatever the window's
                    self.tr("Reply from {name}").format(name=reply.author_name),
                    1.1,
                )
            )
        for ack in entry.acknowledgements:
            line = self.tr("✓ Read by {name} on {day}").format(
                name=ack.by_name, day=short_date(ack.at.date())
            )
            self.add(text_label(line, line, 1.0))

        buttons = QHBoxLayout()
        self.reply_button = QPushButton(self.tr("&Reply"))
        self.reply_button.setAccessibleName(self.tr("Reply to the entry for {day}").format(day=day))
        self.reply_button.clicked.connect(self.open_reply)
        self.read_button = QPushButton(self.tr("I have &read this"))
        self.read_button.setAccessibleName(self.tr("I have read the entry for {day}").format(day=day))
        self.read_button.clicked.connect(self.acknowledge)
        me = writer.actor.family_member_id
        self.read_button.setVisible(not any(a.family_member_id == me for a in entry.acknowledgements))
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.read_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)

        self.reply_box = QWidget()
        box_layout = QVBoxLayout(self.reply_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setAccessibleName(self.tr("Your reply to the entry for {day}").format(day=day))
        self.reply_edit.setPlaceholderText(self.tr("Write to your child's teacher…"))
        self.reply_edit.setTabChangesFocus(True)
        self.send_button = QPushButton(self.tr("&Send reply"))
        self.send_button.setAccessibleName(self.tr("Send the reply"))
        self.send_button.clicked.connect(self.send_reply)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the reply"))
        self.cancel_button.clicked.connect(self.close_reply)
        self.problem = text_label("", self.tr("Problem with the reply"), 1.0)
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        box_layout.addWidget(self.reply_edit)
        box_layout.addWidget(self.problem)
        box_layout.addLayout(row)
        self.reply_box.hide()
        self.add(self.reply_box)

    def _sections(self, entry: LinkBookEntry) -> list[EntryPart]:
        """The texts, phrases in the family's language, then the care sections."""
        titles = {n: QCoreApplication.translate("EntryCard", str(TEXT_LABELS[n])) for n, _t in entry.texts()}
        return entry_parts(entry, self.language, titles, self.tr("The day in detail"))

    def open_reply(self) -> None:
        self.reply_box.show()
        self.reply_edit.setFocus()

    def close_reply(self) -> None:
        self.reply_edit.clear()
        self.problem.hide()
        self.reply_box.hide()
        self.reply_button.setFocus()

    def send_reply(self) -> None:
        text = self.reply_edit.toPlainText()
        if not text.strip():
            self.problem.setText(self.tr("The reply is empty; write something, or press Cancel."))
            self.problem.show()
            self.reply_edit.setFocus()
            return
        actor = self.writer.actor
        entry_id = self.entry.id

        def work(context: ServiceContext) -> object:
            return LinkBookService(context).add_reply(
                entry_id, text, actor.name, AuthorKind.FAMILY, Method.DIGITAL, actor.family_member_id
            )

        self.send_button.setEnabled(False)
        self.writer.run(self.tr("Sending your reply"), work, self.close_reply)

    def acknowledge(self) -> None:
        actor = self.writer.actor
        entry_id = self.entry.id

        def work(context: ServiceContext) -> object:
            return LinkBookService(context).acknowledge(
                entry_id, actor.name, Method.DIGITAL, actor.family_member_id
            )

        self.read_button.setEnabled(False)
        self.writer.run(self.tr("Marking the entry read"), work, lambda: None)

    @property
    def draft(self) -> str:
        """What is typed in an open reply box (kept across a reload)."""
        return self.reply_edit.toPlainText() if self.reply_box.isVisibleTo(self) else ""


class LinkBookPanel(CardList):
    """Every entry of the child's link book, newest first."""

    def __init__(self, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Link book"),
            self.tr("No entries from school yet. Press Sync now to fetch the latest."),
            parent,
        )
        self.writer = writer

    def show_entries(
        self,
        entries: tuple[LinkBookEntry, ...],
        language: str = "ENG",
        translations: Mapping[str, Mapping[str, EntryTranslation]] | None = None,
    ) -> None:
        """The entries as cards: quick phrases in `language` (the family's home language), and each
        entry's staff translations (by entry id) into it."""
        drafts = {c.entry.id: c.draft for c in self.entry_cards() if c.draft}
        found = translations or {}
        cards = [EntryCard(e, self.writer, None, found.get(e.id), language) for e in entries]
        self.set_cards(list(cards))
        for card in cards:
            if card.entry.id in drafts:
                card.open_reply()
                card.reply_edit.setPlainText(drafts[card.entry.id])

    def entry_cards(self) -> list[EntryCard]:
        return [c for c in self.cards() if isinstance(c, EntryCard)]
