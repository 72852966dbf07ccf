"""Two versions of one document side by side in time: what was added, removed or changed.

Each line carries a word ("added:", "removed:", "changed:") as well as a colour, so the difference
reads the same to someone who cannot tell the colours apart, to a screen reader and on a grey printout.
"""

import datetime as dt
import html

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain.agreements import Agreement, DocumentVersion, Party
from desktop.ui.agreements.diff import Change, DiffLine, Labels, content_lines, count, diff_lines
from desktop.ui.agreements.rows_editor import DATE_FORMAT
from desktop.ui.kit.named import named_label

COLOURS = {
    Change.ADDED: "#d7f5dd",
    Change.REMOVED: "#fbdada",
    Change.CHANGED: "#fdefc8",
}


class DiffView(QWidget):
    """Choose two versions; see the lines that differ, marked in words and colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._versions: list[DocumentVersion] = []
        self.before = QComboBox()
        self.before.setAccessibleName(self.tr("Compare version"))
        self.after = QComboBox()
        self.after.setAccessibleName(self.tr("With version"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("versionDiff")
        self.browser.setAccessibleName(self.tr("Changes between the versions"))
        self.summary = named_label("")
        self.summary.setAccessibleName(self.tr("Summary of changes"))
        self.unchanged = QCheckBox(self.tr("Show &unchanged lines"))
        self.unchanged.setAccessibleName(self.tr("Show unchanged lines"))
        self.unchanged.toggled.connect(self._redraw)
        self.before.currentIndexChanged.connect(self._redraw)
        self.after.currentIndexChanged.connect(self._redraw)
        choose = QHBoxLayout()
        choose.addWidget(named_label(self.tr("&Compare version"), self.before))
        choose.addWidget(self.before)
        choose.addWidget(named_label(self.tr("&with version"), self.after))
        choose.addWidget(self.after)
        choose.addStretch(1)
        choose.addWidget(self.unchanged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)

    def labels(self) -> Labels:
        return Labels(
            party={
                Party.SCHOOL: self.tr("School"),
                Party.FAMILY: self.tr("Family"),
                Party.PUPIL: self.tr("Pupil"),
            },
            target=self.tr("Target"),
            review_by=self.tr("review by"),
            progress=self.tr("progress"),
            outcome=self.tr("Outcome"),
            provision=self.tr("Provision"),
            all_about_me=self.tr("What people like and admire about me"),
            important_to_me=self.tr("What is important to me"),
            how_to_support_me=self.tr("How best to support me"),
            review_date=self.tr("Review the whole document by"),
            format_date=lambda day: QDate(day).toString(DATE_FORMAT),
        )

    def show_agreement(self, agreement: Agreement) -> None:
        """Offer every version; start with the one before the latest against the latest."""
        self._versions = list(agreement.versions)
        for combo in (self.before, self.after):
            combo.blockSignals(True)
            combo.clear()
            for version in self._versions:
                combo.addItem(self.tr("Version {number}").format(number=version.number), version.number)
            combo.blockSignals(False)
        self.before.setCurrentIndex(max(0, len(self._versions) - 2))
        self.after.setCurrentIndex(len(self._versions) - 1)
        self._redraw()

    def compare(self, before: int, after: int) -> None:
        """Compare two version numbers."""
        self.before.setCurrentIndex(self.before.findData(before))
        self.after.setCurrentIndex(self.after.findData(after))

    def lines(self) -> list[DiffLine]:
        first, second = self._chosen()
        if first is None or second is None:
            return []
        labels = self.labels()
        return diff_lines(content_lines(first.content, labels), content_lines(second.content, labels))

    def _chosen(self) -> tuple[DocumentVersion | None, DocumentVersion | None]:
        by_number = {v.number: v for v in self._versions}
        return by_number.get(self.before.currentData()), by_number.get(self.after.currentData())

    def _redraw(self) -> None:
        first, second = self._chosen()
        if first is None or second is None:
            self.browser.clear()
            self.summary.clear()
            return
        lines = self.lines()
        totals = count(lines)
        if first.number == second.number:
            self.summary.setText(self.tr("Choose two different versions to see what changed."))
        elif not (totals[Change.ADDED] or totals[Change.REMOVED] or totals[Change.CHANGED]):
            self.summary.setText(self.tr("The two versions say the same."))
        else:
            self.summary.setText(
                self.tr(
                    "From version {a} to version {b}: {added} added, {removed} removed, {changed} changed."
                ).format(
                    a=first.number,
                    b=second.number,
                    added=totals[Change.ADDED],
                    removed=totals[Change.REMOVED],
                    changed=totals[Change.CHANGED],
                )
            )
        self.browser.setHtml(self._html(first, second, lines))

    def _html(self, first: DocumentVersion, second: DocumentVersion, lines: list[DiffLine]) -> str:
        words = {
            Change.ADDED: self.tr("added:"),
            Change.REMOVED: self.tr("removed:"),
            Change.CHANGED: self.tr("changed:"),
            Change.SAME: self.tr("unchanged:"),
        }
        parts = [f"<p>{html.escape(self._note(first))}<br>{html.escape(self._note(second))}</p>"]
        parts.append('<table width="100%" cellspacing="0" cellpadding="4">')
        shown = [line for line in lines if self.unchanged.isChecked() or line.change is not Change.SAME]
        for line in shown:
            colour = COLOURS.get(line.change)
            style = f' style="background-color:{colour}; color:black"' if colour else ' style="color:#555"'
            word = f"<b>{html.escape(words[line.change])}</b>"
            if line.change is Change.REMOVED:
                body = f"<s>{html.escape(line.text)}</s>"
            elif line.change is Change.CHANGED:
                was = html.escape(self.tr("was:"))
                now = html.escape(self.tr("now:"))
                body = f"{was} <s>{html.escape(line.before)}</s><br>{now} {html.escape(line.text)}"
            else:
                body = html.escape(line.text)
            parts.append(f"<tr><td{style}>{word} {body}</td></tr>")
        parts.append("</table>")
        return "".join(parts)

    def _note(self, version: DocumentVersion) -> str:
        made = QDate(
            version.created_at.date() if isinstance(version.created_at, dt.datetime) else version.created_at
        )
        return self.tr("Version {number} ({when}, {who}): {note}").format(
            number=version.number,
            when=made.toString(DATE_FORMAT),
            who=version.created_by,
            note=version.change_note or self.tr("no note"),
        )

    def clear(self) -> None:
        self._versions = []
        for combo in (self.before, self.after):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.browser.clear()
        self.summary.clear()
