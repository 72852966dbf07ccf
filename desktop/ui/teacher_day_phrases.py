"""The teacher's day's quick phrases: Ctrl+1…9 or a click types one, and the phrase bank edits them."""

from desktop.services.phrase_translations import PhraseTranslationService
from desktop.services.phrases import QuickPhrase
from desktop.ui.phrase_bank import PhraseBankDialog
from desktop.ui.teacher_day_base import TeacherDayBase


class DayPhrases(TeacherDayBase):
    """The phrase panel beside the entry, and the phrase bank dialog."""

    def insert_numbered_phrase(self, number: int) -> None:
        phrase = self.phrase_panel.numbered(number)
        if phrase is not None:
            self._phrase_chosen(phrase)

    def _phrase_chosen(self, phrase: object) -> None:
        if isinstance(phrase, QuickPhrase):
            self.editor.insert_phrase(phrase.text, phrase.section)

    def open_phrase_bank(self) -> PhraseBankDialog:
        dialog = PhraseBankDialog(self.context, self.runner, self)
        dialog.bank_changed.connect(self._reload_phrases)
        dialog.finished.connect(lambda _result: self._back_to_typing())
        dialog.setModal(True)
        dialog.show()
        self.phrase_dialog = dialog
        return dialog

    def _reload_phrases(self) -> None:
        school_class = self.school_class
        class_id = school_class.id if school_class else None
        self._tasks.run(
            self.tr("Loading quick phrases"),
            lambda _s: self._phrases.phrases(class_id),
            self.phrase_panel.set_phrases,
        )
        self._show_translation_tasks()

    def _show_translation_tasks(self) -> None:
        """Under the phrases: those the class's families need in a language they have none in yet."""
        class_id = self.school_class.id if self.school_class else None
        service = PhraseTranslationService(self.context)
        self._tasks.run(
            self.tr("Finding phrases to translate"),
            lambda _s: service.tasks(class_id),
            self.phrase_panel.set_tasks,
        )

    def _back_to_typing(self) -> None:
        """After a dialog, the keys belong to the entry again."""
        self.activateWindow()
        if self.editor.pupil is not None:
            self.editor.focus_field()

    # Class note
