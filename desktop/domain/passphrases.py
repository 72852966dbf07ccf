"""What makes a passphrase good enough to guard children's records: length, words, and zxcvbn's estimate.

zxcvbn (Dropbox's estimator, kept up on PyPI) scores 0 to 4 by how many guesses a passphrase would take
against dictionaries, names, dates, keyboard patterns and repeats; 3 means "safely unguessable" for an
attacker with a copy of the key file and a fast machine, which is the attack the key file must stand.
"""

from dataclasses import dataclass

MIN_LENGTH = 10
MIN_WORDS = 4
MIN_SCORE = 3
SCORED_CHARACTERS = 72
"""zxcvbn refuses longer input; the first 72 characters of a longer passphrase are scored."""


@dataclass(frozen=True, slots=True)
class PassphraseVerdict:
    """Whether a passphrase is accepted, zxcvbn's score (0 to 4), what is wrong and what would help."""

    acceptable: bool
    score: int
    problem: str = ""
    suggestion: str = ""

    @property
    def message(self) -> str:
        """The problem and the suggestion as one message for a person (empty when acceptable)."""
        return " ".join(part for part in (self.problem, self.suggestion) if part)


def assess(passphrase: str, known_words: tuple[str, ...] = ()) -> PassphraseVerdict:
    """Judge a new passphrase. known_words (the school's name, the person's) count as easy to guess."""
    if not passphrase.strip():
        return PassphraseVerdict(False, 0, "A passphrase cannot be empty or only spaces.", _SENTENCE)
    from zxcvbn import zxcvbn  # its word lists take a moment to load: only when a passphrase is chosen

    result = zxcvbn(passphrase[:SCORED_CHARACTERS], user_inputs=[w for w in known_words if w.strip()])
    score = int(result["score"])
    feedback = result["feedback"]
    suggestion = " ".join(
        part for part in (feedback.get("warning", ""), *feedback.get("suggestions", ())) if part
    )
    if len(passphrase) < MIN_LENGTH and len(passphrase.split()) < MIN_WORDS:
        return PassphraseVerdict(
            False,
            min(score, 1),
            f"Too short: use at least {MIN_LENGTH} characters or {MIN_WORDS} words.",
            _SENTENCE,
        )
    if score < MIN_SCORE:
        return PassphraseVerdict(False, score, "Too easy to guess.", suggestion or _SENTENCE)
    return PassphraseVerdict(True, score, "", suggestion)


_SENTENCE = "A short sentence of four or five words that only you would make up is best."


class WeakPassphrase(ValueError):
    """A new passphrase the school may not use; str() says why and what would be better."""

    def __init__(self, verdict: PassphraseVerdict) -> None:
        super().__init__(verdict.message)
        self.verdict = verdict


def require_strong(passphrase: str, known_words: tuple[str, ...] = ()) -> None:
    """WeakPassphrase unless assess() accepts the passphrase."""
    verdict = assess(passphrase, known_words)
    if not verdict.acceptable:
        raise WeakPassphrase(verdict)
