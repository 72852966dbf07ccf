"""The teacher's day keeps what is typed as a draft: a couple of idle seconds after the last key, at least
every ten seconds while typing goes on, and whenever the teacher moves on.
"""

import datetime as dt
from dataclasses import replace

from desktop.domain.linkbook import LinkBookEntry, own_texts
from desktop.services.drafts import EntryDraft
from desktop.ui.teacher_day_base import TeacherDayBase


class DayDrafts(TeacherDayBase):
    """Keeping (or forgetting) the shown child's draft."""

    def _edited(self) -> None:
        self._dirty = True
        self._idle_timer.start()
        if not self._longest_timer.isActive():
            self._longest_timer.start()
        row = self.current_row()
        if row is not None and row.draft is None:
            self.editor.set_state_text(self.tr("Typing…"))

    def _snapshot(self) -> EntryDraft | None:
        pupil_id = self._shown_pupil
        if pupil_id is None or self.editor.pupil is None:
            return None
        return self.editor.current_draft(pupil_id, self._day, self._drafts.author_key)

    def keep_draft(self) -> None:
        """Keep what is typed for the shown child (the autosave); cheap, and a no-op if nothing changed."""
        self._idle_timer.stop()
        self._longest_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        draft = self._snapshot()
        number = self.model.row_of(draft.pupil_id) if draft is not None else None
        row = self.model.row_at(number) if number is not None else None
        if draft is None or row is None:
            return
        if same_text(draft, row.entry):
            self.model.replace_row(replace(row, draft=None))
            if row.draft is not None:
                day, pupil_id = draft.day, draft.pupil_id
                self._tasks.run(
                    self.tr("Forgetting a draft"),
                    lambda _s: self._drafts.discard(pupil_id, day),
                    key=f"draft:{pupil_id}",
                )
        else:
            self.model.replace_row(replace(row, draft=draft))

            def done(stored: EntryDraft) -> None:
                if self._shown_pupil == stored.pupil_id and not self._dirty:
                    self.editor.set_state_text(
                        self.tr("Draft kept at {time}").format(
                            time=(stored.updated_at or dt.datetime.now()).strftime("%H:%M")
                        )
                    )

            self._tasks.run(
                self.tr("Keeping a draft"),
                lambda _s: self._drafts.save_draft(draft),
                done,
                key=f"draft:{draft.pupil_id}",
            )
        self._update_progress()

    def _leave_pupil(self) -> None:
        self.keep_draft()

    # Saving


def same_text(draft: EntryDraft, entry: LinkBookEntry | None) -> bool:
    """Whether the draft says nothing the saved entry (or an empty page) does not already say."""
    if entry is None:
        return draft.is_blank
    return (own_texts(draft), draft.sections) == (own_texts(entry), entry.sections)
