"""The teacher's day saves an entry: the safeguarding words check first, then the save as a task, the
next child still to do, the register's progress, and rows another view changed.
"""

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from desktop.domain.linkbook import LinkBookEntry, own_texts
from desktop.domain.safeguarding import concern_words
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.services.drafts import EntryDraft
from desktop.services.linkbook import PupilDay
from desktop.services.safeguarding import SafeguardingService
from desktop.ui.day_models import EntryState, RegisterRow
from desktop.ui.tasks import Changes, TaskState, Topic
from desktop.ui.teacher_day_base import TeacherDayBase


class DaySaving(TeacherDayBase):
    """Saving and moving on, and keeping the register's rows and progress up to date."""

    def save_and_next(self) -> None:
        """Save the shown child's entry (as a task) and move to the next child still to do."""
        row = self.current_row()
        draft = self._snapshot()
        if row is None or draft is None:
            return
        self._idle_timer.stop()
        self._longest_timer.stop()
        self._dirty = False
        name = row.pupil.first_name
        if draft.is_blank and not row.saved:
            if row.draft is not None:
                self.model.replace_row(replace(row, draft=None))
                self._tasks.run(
                    self.tr("Forgetting a draft"),
                    lambda _s: self._drafts.discard(draft.pupil_id, draft.day),
                    quiet=True,
                )
            self.message_label.show_message(
                self.tr("Nothing was written for {name}, so nothing was saved.").format(name=name)
            )
            if self._next_to_do():
                self._focus_first_field()
            return
        found = concern_words(own_texts(draft), self._concern_words)
        if found:
            self._warn_concern(row, draft, found)
            return
        self._save_row(row, draft)

    def _words_known(self, words: tuple[str, ...]) -> None:
        self._concern_words = words

    def _warn_concern(self, row: RegisterRow, draft: EntryDraft, found: tuple[str, ...]) -> None:
        """Words that suggest a safeguarding concern: say where a concern goes; the teacher chooses."""
        guard = SafeguardingService(self.context)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Before this goes home"), "", parent=self)
        box.setText(
            self.tr(
                "These words may suggest a safeguarding concern: {words}.\n\nA concern goes to the "
                "Designated Safeguarding Lead by the school's procedure, not into the link book, which the "
                "family reads.\n\nGo on only if this is not a concern (a grazed knee in the playground is "
                "first aid)."
            ).format(words=", ".join(f"“{w}”" for w in found))
        )
        back = box.addButton(self.tr("&Go back and edit"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(back)
        box.setAccessibleName(self.tr("Safeguarding warning"))
        pupil_id = row.pupil.id

        def chosen(button: object) -> None:
            went_on = button is not back
            self.concern_box = None
            self._tasks.run(
                self.tr("Recording the safeguarding warning"),
                lambda _s: guard.record_choice(pupil_id, found, went_on),
            )
            if went_on:
                self._save_row(row, draft)
            else:
                self._dirty = True
                self.editor.focus_field()

        box.buttonClicked.connect(chosen)
        self.concern_box = box
        box.open()

    def _save_row(self, row: RegisterRow, draft: EntryDraft) -> None:
        name = row.pupil.first_name
        entry = entry_from(row, draft, self.context)
        self.model.replace_row(replace(row, draft=draft))
        changes = Changes(frozenset({Topic.ENTRIES}), frozenset({row.pupil.id}))
        self._tasks.own(changes)
        self._saving.add(row.pupil.id)

        def done(saved: LinkBookEntry) -> None:
            self._saving.discard(saved.pupil_id)
            number = self.model.row_of(saved.pupil_id)
            current = self.model.row_at(number) if number is not None else None
            if current is None or number is None or saved.day != self._day:
                return
            still_typing = self._shown_pupil == saved.pupil_id and self._dirty
            self.model.replace_row(
                replace(current, entry=saved, draft=current.draft if still_typing else None)
            )
            if self._shown_pupil == saved.pupil_id and not still_typing:
                self._show_state(self.model.row_at(number) or current)
            self._update_progress()

        def failed(_exc: BaseException) -> None:
            self._saving.discard(draft.pupil_id)
            self._tasks.run(
                self.tr("Keeping a draft"),
                lambda _s: self._drafts.save_draft(draft),
                key=f"draft:{draft.pupil_id}",
                quiet=True,
            )

        self._tasks.run(
            self.tr("Saving {name}'s entry").format(name=name),
            lambda _s: self._drafts.save_entry(entry),
            done,
            changes,
            after_error=failed,
        )
        self.message_label.hide_message()
        self._say_if_not_a_school_day()
        if self._next_to_do():
            self._focus_first_field()  # the next child's entry starts at its first field

    def _next_to_do(self) -> bool:
        """Move to the next child still to do; False (and a message) when everyone has an entry."""
        count = self.model.rowCount()
        current = self.register_view.currentIndex().row()
        for step in range(1, count):
            number = (current + step) % count
            candidate = self.model.row_at(number)
            if (
                candidate is not None
                and candidate.pupil.id not in self._saving
                and candidate.state
                in (
                    EntryState.NOT_STARTED,
                    EntryState.CLASS_NOTE,
                    EntryState.DRAFT,
                )
            ):
                self.move(number - current)
                return True
        name = self.school_class.name if self.school_class else ""
        self.message_label.show_message(
            self.tr("Everyone in {name} has an entry for this day.").format(name=name)
        )
        return False

    def _update_progress(self) -> None:
        counts = self.model.counts()
        total = self.model.rowCount()
        saved = counts[EntryState.SAVED] + counts[EntryState.CHANGED]
        drafts = counts[EntryState.DRAFT]
        text = self.tr("{saved} of {total} written").format(saved=saved, total=total)
        if drafts:
            text += self.tr(" · {drafts} drafts").format(drafts=drafts)
        self.progress_label.setText(text if total else "")

    def _changed_elsewhere(self, changes: object) -> None:
        """Another view changed entries (a reply typed in, a class note): refresh those rows only."""
        if not self._tasks.from_elsewhere(changes):
            return
        assert isinstance(changes, Changes)
        if Topic.ENTRIES not in changes.topics:
            return
        ours = {r.pupil.id for r in self.model.rows()}
        wanted = ours if not changes.pupil_ids else ours & changes.pupil_ids
        if wanted:
            self._refresh_rows(wanted)

    def _refresh_rows(self, pupil_ids: set[str]) -> None:
        school_class, day = self.school_class, self._day
        if school_class is None:
            return

        def work(_state: TaskState) -> list[PupilDay]:
            return [d for d in self._linkbook.class_day(school_class.id, day) if d.pupil.id in pupil_ids]

        def done(days: list[PupilDay]) -> None:
            if day != self._day:
                return
            for pupil_day in days:
                number = self.model.row_of(pupil_day.pupil.id)
                current = self.model.row_at(number) if number is not None else None
                if current is None:
                    continue
                self.model.replace_row(replace(current, entry=pupil_day.entry))
                if self._shown_pupil == pupil_day.pupil.id:
                    self.editor.show_class_note(pupil_day.entry.class_note if pupil_day.entry else "")
                    self._show_state(replace(current, entry=pupil_day.entry))
            self._update_progress()

        self._tasks.run(self.tr("Refreshing the register"), work, done)

    # Phrases


def entry_from(row: RegisterRow, draft: EntryDraft, context: ServiceContext) -> LinkBookEntry:
    actor = context.actor
    assert isinstance(actor.role, StaffRole)  # the teacher's day is for staff only
    base = row.entry or LinkBookEntry(
        pupil_id=row.pupil.id, day=draft.day, author_id=actor.staff_id or actor.name, author_role=actor.role
    )
    return replace(
        base,
        learning=draft.learning,
        wins=draft.wins,
        reminders=draft.reminders,
        note=draft.note,
        sections=draft.sections,
    )
