"""The guard before an entry goes home: a warning when its words suggest a safeguarding concern.

Concerns go to the Designated Safeguarding Lead by the school's procedure, not into the link book. The
teacher may go on (a grazed knee in the playground is first aid); the warning and the choice made are both
in the audit trail, naming the words found, never the entry's text.
"""

from collections.abc import Iterable

from desktop.domain.audit import AuditAction
from desktop.domain.safeguarding import MAX_WORD_LENGTH, MAX_WORDS, concern_words, tidy_word_list
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.staff_notes import ConcernWords

RECORD_KIND = "safeguarding_warning"
WARNING = (
    "These words may suggest a safeguarding concern: {words}. A concern goes to the Designated "
    "Safeguarding Lead by the school's procedure, not into the link book, which the family reads. "
    "Go on only if this is not a concern (a grazed knee in the playground is first aid)."
)


class SafeguardingService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def words(self) -> tuple[str, ...]:
        """The school's list (the shipped one until the school edits it)."""
        self.context.actor.require_staff()
        with self.vault.reading() as session:
            return ConcernWords(session).words()

    def set_words(self, words: Iterable[str]) -> tuple[str, ...]:
        """Replace the school's list (the admin or SENCO, who answer for safeguarding procedure)."""
        actor = self.context.actor
        actor.require_staff()
        if actor.role not in (StaffRole.ADMIN, StaffRole.SENCO):
            raise PermissionError(
                "Only the school's admin or SENCO may change the list; nothing was changed."
            )
        tidy = tidy_word_list(words)
        if not tidy:
            raise InvalidInput("The list cannot be empty: the warning would never show. Nothing was changed.")
        if len(tidy) > MAX_WORDS or any(len(w) > MAX_WORD_LENGTH for w in tidy):
            raise InvalidInput(
                f"Keep the list to {MAX_WORDS} words or phrases of up to {MAX_WORD_LENGTH} characters; "
                "nothing was changed."
            )
        with self.vault.writing() as session:
            ConcernWords(session).set_words(tidy)
            self.context.audit(
                session, AuditAction.CHANGED, "concern_words", "school", None, f"{len(tidy)} words"
            )
        return tidy

    def check(self, texts: Iterable[str]) -> tuple[str, ...]:
        """The listed words found in what is about to go home (none: no warning)."""
        return concern_words(texts, self.words())

    def warning(self, found: tuple[str, ...]) -> str:
        return WARNING.format(words=", ".join(f"“{w}”" for w in found))

    def record_choice(self, pupil_id: str, found: tuple[str, ...], went_on: bool) -> None:
        """Audit that the warning was shown for these words, and whether the teacher went on."""
        self.context.actor.require_staff()
        choice = "went on" if went_on else "went back to edit"
        with self.vault.writing() as session:
            self.context.audit(
                session,
                AuditAction.VIEWED,
                RECORD_KIND,
                pupil_id,
                pupil_id,
                f"warned for {', '.join(found)}; {choice}",
            )
