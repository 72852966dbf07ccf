"""The quick-phrase bank: the sentences a teacher writes every day, one key press away.

A school starts with a small default bank (seeded the first time anyone asks for it) that teachers then
edit. Phrases are for the whole school, or for one class. Changing the bank is audited like any change to
the school's shared records. Each phrase also has a version in each home language (see
desktop/services/phrase_translations.py); a phrase removed takes its translations with it, while entries
built from it keep their words.
"""

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.drafts import PhraseRepository, PhraseSection, QuickPhrase
from desktop.store.repositories.phrase_translations import PhraseTranslationRepository

__all__ = ["DEFAULT_PHRASES", "MAX_PHRASE", "PhraseSection", "PhraseService", "QuickPhrase"]

MAX_PHRASE = 300

DEFAULT_PHRASES: tuple[tuple[str, PhraseSection], ...] = (
    ("Worked really hard today.", PhraseSection.WINS),
    ("Super reading!", PhraseSection.WINS),
    ("Lovely kind friend today.", PhraseSection.WINS),
    ("Great listening on the carpet.", PhraseSection.WINS),
    ("Please bring PE kit tomorrow.", PhraseSection.REMINDERS),
    ("Please return the reading book.", PhraseSection.REMINDERS),
    ("Spellings test on Friday.", PhraseSection.REMINDERS),
    ("Practised number bonds to 10.", PhraseSection.LEARNING),
    ("Found it hard to settle this afternoon.", PhraseSection.NOTE),
)


def _clean(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidInput("A quick phrase needs some words.")
    if len(cleaned) > MAX_PHRASE:
        raise InvalidInput(f"Keep a quick phrase under {MAX_PHRASE} characters; this one has {len(cleaned)}.")
    return cleaned


class PhraseService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def phrases(self, class_id: str | None = None) -> list[QuickPhrase]:
        """The school's phrases, then the class's own; the defaults are put in the first time."""
        with self.vault.reading() as session:
            repo = PhraseRepository(session)
            if repo.seeded():
                return repo.phrases(class_id)
        with self.vault.writing() as session:
            repo = PhraseRepository(session)
            if not repo.seeded():
                for position, (text, section) in enumerate(DEFAULT_PHRASES):
                    repo.add(QuickPhrase(text, section, position))
                repo.mark_seeded(self.context.now())
            return repo.phrases(class_id)

    def add(self, text: str, section: PhraseSection, class_id: str | None = None) -> QuickPhrase:
        self.context.actor.require(Capability.WRITE_ENTRIES)
        cleaned = _clean(text)
        with self.vault.writing() as session:
            repo = PhraseRepository(session)
            if not repo.seeded():
                repo.mark_seeded(self.context.now())
            phrase = QuickPhrase(cleaned, section, repo.next_position(class_id), class_id)
            repo.add(phrase)
            self.context.audit(session, AuditAction.CREATED, "quick_phrase", phrase.id)
        return phrase

    def edit(self, phrase_id: str, text: str, section: PhraseSection) -> QuickPhrase:
        self.context.actor.require(Capability.WRITE_ENTRIES)
        cleaned = _clean(text)
        with self.vault.writing() as session:
            repo = PhraseRepository(session)
            current = repo.phrase(phrase_id)
            if current is None:
                raise InvalidInput("That quick phrase has been removed; add it again if you need it.")
            changed = QuickPhrase(cleaned, section, current.position, current.class_id, current.id)
            repo.change(changed)
            self.context.audit(session, AuditAction.CHANGED, "quick_phrase", phrase_id)
        return changed

    def remove(self, phrase_id: str) -> None:
        self.context.actor.require(Capability.WRITE_ENTRIES)
        with self.vault.writing() as session:
            PhraseRepository(session).remove(phrase_id)
            PhraseTranslationRepository(session).remove_phrase(phrase_id)
            self.context.audit(session, AuditAction.DELETED, "quick_phrase", phrase_id)

    def reorder(self, ordered_ids: list[str]) -> None:
        """Put the phrases in this order; any not named keep their order after these."""
        self.context.actor.require(Capability.WRITE_ENTRIES)
        with self.vault.writing() as session:
            repo = PhraseRepository(session)
            known = repo.all_ids()
            first = [i for i in dict.fromkeys(ordered_ids) if i in known]
            repo.set_positions(first + [i for i in known if i not in first])
            self.context.audit(session, AuditAction.CHANGED, "quick_phrase", "bank", detail="reordered")
