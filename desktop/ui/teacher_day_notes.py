"""The teacher's day's notes beside the entries: a class note on every chosen child's entry, and a
staff-only note on one saved entry (it never goes home).
"""

from desktop.domain.staff_notes import StaffNote
from desktop.services.staff_notes import StaffNoteService
from desktop.ui.class_note import ClassNoteDialog
from desktop.ui.staff_note_dialog import StaffNoteDialog
from desktop.ui.tasks import Changes, Topic
from desktop.ui.teacher_day_base import TeacherDayBase


class DayNotes(TeacherDayBase):
    """The class note and the staff-only note."""

    def open_class_note(self) -> ClassNoteDialog | None:
        school_class = self.school_class
        if school_class is None or not self.model.rowCount():
            return None
        dialog = ClassNoteDialog([r.pupil for r in self.model.rows()], self)
        dialog.send_requested.connect(self._send_class_note)
        dialog.finished.connect(lambda _result: self._back_to_typing())
        dialog.setModal(True)
        dialog.show()
        self.class_note_dialog = dialog
        return dialog

    def _send_class_note(self, note: str, pupil_ids: list[str]) -> None:
        school_class, day = self.school_class, self._day
        if school_class is None:
            return
        changes = Changes(frozenset({Topic.ENTRIES}), frozenset(pupil_ids))
        self._tasks.own(changes)

        def done(count: int) -> None:
            self.message_label.show_message(
                self.tr("The class note is on {count} children's entries.").format(count=count)
            )
            self._refresh_rows(set(pupil_ids))

        self._tasks.run(
            self.tr("Sending the class note"),
            lambda _s: self._linkbook.send_class_note(school_class.id, day, note, pupil_ids),
            done,
            changes,
        )

    # Staff-only note

    def open_staff_note(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.entry is None:
            self.message_label.show_message(
                self.tr("Save {name}'s entry first: a staff-only note sits beside a saved entry.").format(
                    name=row.pupil.first_name
                )
            )
            return
        notes, entry_id, name = StaffNoteService(self.context), row.entry.id, row.pupil.first_name

        def loaded(note: StaffNote | None) -> None:
            dialog = StaffNoteDialog(name, note.text if note else "", self)
            self.staff_note_dialog = dialog

            def save() -> None:
                text = dialog.text()
                self._tasks.run(
                    self.tr("Keeping the staff-only note"),
                    lambda _s: notes.save(entry_id, text),
                    lambda _n: self.message_label.show_message(
                        self.tr("Staff-only note kept for {name}; it never goes home.").format(name=name)
                    ),
                )

            dialog.accepted.connect(save)
            dialog.open()

        self._tasks.run(self.tr("Reading the staff-only note"), lambda _s: notes.of_entry(entry_id), loaded)

    # Messages, locking
