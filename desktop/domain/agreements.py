"""Home-school agreements and support plans: versioned documents tailored to one child and signed."""

import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.domain.ids import new_id
from desktop.domain.linkbook import Method


class Party(enum.StrEnum):
    """Who makes a commitment or signs."""

    SCHOOL = "school"
    FAMILY = "family"
    PUPIL = "pupil"


class DocumentKind(enum.StrEnum):
    AGREEMENT = "agreement"
    SUPPORT_PLAN = "support_plan"
    ONE_PAGE_PROFILE = "one_page_profile"


class VersionStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    SUPERSEDED = "superseded"


@dataclass(frozen=True, slots=True)
class Commitment:
    party: Party
    text: str


@dataclass(frozen=True, slots=True)
class Target:
    text: str
    review_date: dt.date | None = None
    progress: str = ""


@dataclass(frozen=True, slots=True)
class Signature:
    signer_name: str
    party: Party
    method: Method
    signed_on: dt.date


@dataclass(frozen=True, slots=True)
class Provision:
    """Support put in place: who does what, how often."""

    what: str
    who: str
    how_often: str


@dataclass(frozen=True, slots=True)
class ProfileSections:
    """A one-page profile, in the child's voice."""

    all_about_me: str = ""
    important_to_me: str = ""
    how_to_support_me: str = ""


@dataclass(frozen=True, slots=True)
class DocumentContent:
    """What one version of an agreement or support plan says."""

    commitments: tuple[Commitment, ...] = ()
    targets: tuple[Target, ...] = ()
    profile: ProfileSections = field(default_factory=ProfileSections)
    outcomes: tuple[str, ...] = ()
    provision: tuple[Provision, ...] = ()
    review_date: dt.date | None = None

    def commitments_of(self, party: Party) -> tuple[Commitment, ...]:
        return tuple(c for c in self.commitments if c.party is party)

    def searchable_text(self) -> str:
        parts = [c.text for c in self.commitments] + [t.text for t in self.targets]
        parts += [self.profile.all_about_me, self.profile.important_to_me, self.profile.how_to_support_me]
        parts += list(self.outcomes) + [f"{p.what} {p.who} {p.how_often}" for p in self.provision]
        return "\n".join(p for p in parts if p.strip())


@dataclass(frozen=True, slots=True)
class AgreementTemplate:
    """A school's starting point for a kind of document."""

    title: str
    kind: DocumentKind
    content: DocumentContent
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class DocumentVersion:
    number: int
    content: DocumentContent
    status: VersionStatus
    created_at: dt.datetime
    created_by: str
    change_note: str = ""
    signatures: tuple[Signature, ...] = ()
    id: str = field(default_factory=new_id)

    def signature_of(self, party: Party) -> Signature | None:
        return next((s for s in self.signatures if s.party is party), None)


@dataclass(frozen=True, slots=True)
class Agreement:
    """One child's tailored agreement, support plan or one-page profile, with every version kept."""

    pupil_id: str
    kind: DocumentKind
    title: str
    versions: tuple[DocumentVersion, ...]
    template_id: str | None = None
    id: str = field(default_factory=new_id)

    @property
    def current(self) -> DocumentVersion:
        return self.versions[-1]

    @property
    def status(self) -> VersionStatus:
        return self.current.status

    @property
    def review_date(self) -> dt.date | None:
        """The earliest date anything in the current version is due for review."""
        content = self.current.content
        dates = [t.review_date for t in content.targets if t.review_date] + (
            [content.review_date] if content.review_date else []
        )
        return min(dates) if dates else None
