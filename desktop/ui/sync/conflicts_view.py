"""Two (or more) versions of one text side by side, each in full, with the lines that differ marked.

An agreement's versions are turned into the lines of the printed document (desktop/ui/agreements/diff.py)
and paired up by `diff_lines`. Each column shows its own version whole; a line the other version lacks
is marked "only in this text:", a line the other version words differently "worded differently:", each
as a word as well as a colour, so the difference reads the same to someone who cannot tell the colours
apart and to a screen reader. Under each column: keep this text, or start a combined text from it.
"""

from __future__ import annotations

import enum
import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreements import Party
from desktop.ui.agreements.diff import Change, Labels, content_lines, diff_lines
from desktop.ui.agreements.diff_view import COLOURS
from desktop.ui.agreements.rows_editor import DATE_FORMAT
from desktop.ui.signals import emit
from desktop.ui.sync.conflicts_model import ConflictSubject


class Mark(enum.StrEnum):
    SAME = "same"
    ONLY_HERE = "only here"
    WORDED_DIFFERENTLY = "worded differently"


@dataclass(frozen=True, slots=True)
class MarkedLine:
    mark: Mark
    text: str


def diff_labels() -> Labels:
    """The line labels the version history uses (same words, same translations)."""

    translate = QCoreApplication.translate
    return Labels(
        party={
            Party.SCHOOL: translate("DiffView", "School"),
            Party.FAMILY: translate("DiffView", "Family"),
            Party.PUPIL: translate("DiffView", "Pupil"),
        },
        target=translate("DiffView", "Target"),
        review_by=translate("DiffView", "review by"),
        progress=translate("DiffView", "progress"),
        outcome=translate("DiffView", "Outcome"),
        provision=translate("DiffView", "Provision"),
        all_about_me=translate("DiffView", "What people like and admire about me"),
        important_to_me=translate("DiffView", "What is important to me"),
        how_to_support_me=translate("DiffView", "How best to support me"),
        review_date=translate("DiffView", "Review the whole document by"),
        format_date=lambda day: QDate(day).toString(DATE_FORMAT),
    )


def version_lines(subject: ConflictSubject, index: int, labels: Labels) -> list[str]:
    """One version as the lines a person compares: a document's printed lines, or the text's own lines."""
    content = subject.contents[index] if index < len(subject.contents) else None
    if subject.is_document and content is not None:
        return content_lines(content, labels)
    return [line for line in subject.conflict.versions[index].splitlines() if line.strip()]


def marked_pair(first: list[str], second: list[str]) -> tuple[list[MarkedLine], list[MarkedLine]]:
    """Both versions in full, in order, each line marked against the other version."""
    left: list[MarkedLine] = []
    right: list[MarkedLine] = []
    for line in diff_lines(first, second):
        if line.change is Change.SAME:
            left.append(MarkedLine(Mark.SAME, line.text))
            right.append(MarkedLine(Mark.SAME, line.text))
        elif line.change is Change.REMOVED:
            left.append(MarkedLine(Mark.ONLY_HERE, line.text))
        elif line.change is Change.ADDED:
            right.append(MarkedLine(Mark.ONLY_HERE, line.text))
        else:
            left.append(MarkedLine(Mark.WORDED_DIFFERENTLY, line.before))
            right.append(MarkedLine(Mark.WORDED_DIFFERENTLY, line.text))
    return left, right


def marked_columns(versions: list[list[str]]) -> list[list[MarkedLine]]:
    """Each version marked against the other (with three or more: the first against the second, each
    later one against the first)."""
    if len(versions) < 2:
        return [[MarkedLine(Mark.SAME, line) for line in lines] for lines in versions]
    first, second = marked_pair(versions[0], versions[1])
    columns = [first, second]
    for lines in versions[2:]:
        columns.append(marked_pair(versions[0], lines)[1])
    return columns


def differences(columns: list[list[MarkedLine]]) -> int:
    """Places where the texts differ: a line worded differently counts once, not once per text."""
    only = sum(1 for column in columns for line in column if line.mark is Mark.ONLY_HERE)
    worded = [sum(1 for line in column if line.mark is Mark.WORDED_DIFFERENTLY) for column in columns]
    return only + max(worded, default=0)


def column_html(lines: list[MarkedLine]) -> str:
    """A column as HTML: the marked lines carry a word and a colour; the others are plain."""
    words = {
        Mark.ONLY_HERE: QCoreApplication.translate("ConflictsView", "only in this text:"),
        Mark.WORDED_DIFFERENTLY: QCoreApplication.translate("ConflictsView", "worded differently:"),
    }
    colours = {Mark.ONLY_HERE: COLOURS[Change.ADDED], Mark.WORDED_DIFFERENTLY: COLOURS[Change.CHANGED]}
    if not lines:
        empty = QCoreApplication.translate("ConflictsView", "(This text is empty.)")
        return f"<p><i>{html.escape(empty)}</i></p>"
    rows = []
    for line in lines:
        if line.mark is Mark.SAME:
            rows.append(f"<tr><td>{html.escape(line.text)}</td></tr>")
        else:
            style = f' style="background-color:{colours[line.mark]}; color:black"'
            rows.append(
                f"<tr><td{style}><b>{html.escape(words[line.mark])}</b> {html.escape(line.text)}</td></tr>"
            )
    return '<table width="100%" cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


def column_plain(lines: list[MarkedLine]) -> str:
    """The same column as a screen reader reads it (the browser's accessible description)."""
    words = {
        Mark.SAME: "",
        Mark.ONLY_HERE: QCoreApplication.translate("ConflictsView", "only in this text:") + " ",
        Mark.WORDED_DIFFERENTLY: QCoreApplication.translate("ConflictsView", "worded differently:") + " ",
    }
    return "\n".join(words[line.mark] + line.text for line in lines)


def version_caption(number: int, total: int) -> str:
    """'Text 1: the earlier edit', …; the plan shows the last one until someone chooses."""
    if number == 1:
        return QCoreApplication.translate("ConflictsView", "Text 1: the earlier edit")
    if number == total:
        return QCoreApplication.translate(
            "ConflictsView", "Text {number}: the later edit (shown in the plan until you choose)"
        ).format(number=number)
    return QCoreApplication.translate("ConflictsView", "Text {number}").format(number=number)


class VersionColumn(QFrame):
    """One version: its caption, its full text with the differences marked, and what to do with it."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.caption.font())
        font.setBold(True)
        self.caption.setFont(font)
        self.browser = QTextBrowser()
        self.browser.setObjectName(f"conflictText{number}")
        self.browser.setAccessibleName(self.tr("Text {number}, in full").format(number=number))
        self.browser.setOpenLinks(False)
        self.keep_button = QPushButton(self.tr("Keep text &{number}").format(number=number))
        self.keep_button.setObjectName(f"keepText{number}")
        self.keep_button.setAccessibleName(self.tr("Keep text {number}").format(number=number))
        self.keep_button.setAutoDefault(False)
        self.combine_button = QPushButton(
            self.tr("Combine, starting from text {number}…").format(number=number)
        )
        self.combine_button.setObjectName(f"combineFrom{number}")
        self.combine_button.setAccessibleName(
            self.tr("Edit a combined text, starting from text {number}").format(number=number)
        )
        self.combine_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.combine_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)

    def show_lines(self, caption: str, lines: list[MarkedLine]) -> None:
        self.caption.setText(caption)
        self.caption.setAccessibleName(caption)
        self.browser.setHtml(column_html(lines))
        self.browser.setAccessibleDescription(column_plain(lines))

    def clear(self) -> None:
        self.caption.clear()
        self.browser.clear()
        self.browser.setAccessibleDescription("")


class CompareView(QWidget):
    """Every version of one conflict side by side; says how many lines differ."""

    keep_requested = Signal(int)
    """The index (0-based) of the version to keep."""
    combine_requested = Signal(int)
    """The index of the version to start a combined text from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("conflictSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What differs"))
        self.columns: list[VersionColumn] = []
        self.lines: list[list[MarkedLine]] = []
        self._row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(self._row, 1)

    def show_subject(self, subject: ConflictSubject) -> None:
        total = len(subject.conflict.versions)
        labels = diff_labels()
        self.lines = marked_columns([version_lines(subject, n, labels) for n in range(total)])
        while len(self.columns) < total:
            column = VersionColumn(len(self.columns) + 1)
            index = len(self.columns)
            column.keep_button.clicked.connect(lambda _=False, i=index: emit(self.keep_requested, i))
            column.combine_button.clicked.connect(lambda _=False, i=index: emit(self.combine_requested, i))
            self.columns.append(column)
            self._row.addWidget(column, 1)
        for index, column in enumerate(self.columns):
            column.setVisible(index < total)
            if index < total:
                column.show_lines(version_caption(index + 1, total), self.lines[index])
        count = differences(self.lines)
        if count:
            text = self.tr(
                "%n line(s) differ. Each is marked in the text that has it: “only in this text” or "
                "“worded differently”.",
                "",
                count,
            )
        else:
            text = self.tr("The texts say the same; keep either.")
        self.summary.setText(text)

    def other_lines_html(self, index: int) -> str:
        """Every version but one, captioned, for the combined-text editor to copy from."""
        total = len(self.lines)
        parts = []
        for number, lines in enumerate(self.lines):
            if number != index:
                caption = html.escape(version_caption(number + 1, total))
                parts.append(f"<p><b>{caption}</b></p>{column_html(lines)}")
        return "".join(parts)

    def clear(self) -> None:
        self.lines = []
        self.summary.clear()
        for column in self.columns:
            column.clear()
