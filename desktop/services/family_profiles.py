"""Family profiles: staff read and keep how to reach each family and what matters to the child.

Sensitive items are shown only to roles with a need to know (desktop/domain/family_profile.py); every
time one is shown its view is written to the audit trail, not once per half hour as other views are:
a sensitive note is the kind of record a school must be able to say who read.
"""

from dataclasses import dataclass, replace

from desktop.domain.access import Capability
from desktop.domain.audit import AuditAction
from desktop.domain.family_profile import FamilyProfile, ShownItem, may_read_sensitive, shown_items
from desktop.domain.languages import language
from desktop.services.context import ServiceContext
from desktop.store.errors import InvalidInput
from desktop.store.repositories.family_reach import FamilyProfiles
from desktop.store.repositories.school import SchoolRepository

MAX_ITEM = 2_000
MAX_ITEMS = 40
ITEM_RECORD = "family_profile_item"
PROFILE_RECORD = "family_profile"


@dataclass(frozen=True, slots=True)
class ProfileView:
    """A profile as the acting person may see it."""

    profile: FamilyProfile
    items: tuple[ShownItem, ...]
    stored: bool
    """False when nothing has been written for this family yet (the profile shown is blank)."""


class FamilyProfileService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.vault = context.vault

    def view(self, pupil_id: str) -> ProfileView:
        """The pupil's family profile; each sensitive item shown to this person is audited as viewed."""
        actor = self.context.actor
        actor.require_staff()
        with self.vault.reading() as session:
            if SchoolRepository(session).pupil(pupil_id) is None:
                raise InvalidInput("That pupil is not in this school.")
            found = FamilyProfiles(session).profile(pupil_id)
        profile = found or FamilyProfile(pupil_id)
        items = shown_items(profile, actor.role)
        read = [item for item in items if item.sensitive and not item.hidden]
        if read:
            with self.vault.writing() as session:
                for item in read:
                    self.context.audit(
                        session, AuditAction.VIEWED, ITEM_RECORD, item.id, pupil_id, "sensitive"
                    )
        if not may_read_sensitive(actor.role):
            # What is hidden stays out of the returned profile too, not only out of the items shown.
            kept = tuple(i for i in profile.items if not i.sensitive)
            profile = replace(profile, items=kept)
        return ProfileView(profile, items, found is not None)

    def save(self, profile: FamilyProfile) -> FamilyProfile:
        """Keep the profile. A person who cannot read the sensitive items keeps them as they were."""
        actor = self.context.actor
        actor.require_staff()
        actor.require(Capability.MANAGE_FAMILIES)
        profile = self._checked(profile)
        with self.vault.writing() as session:
            if SchoolRepository(session).pupil(profile.pupil_id) is None:
                raise InvalidInput("That pupil is not in this school; nothing was saved.")
            store = FamilyProfiles(session)
            before = store.profile(profile.pupil_id)
            if before is not None and not may_read_sensitive(actor.role):
                hidden = tuple(i for i in before.items if i.sensitive)
                profile = replace(profile, items=(*(i for i in profile.items if not i.sensitive), *hidden))
            store.save(profile, self.context.now(), actor.name)
            action = AuditAction.CREATED if before is None else AuditAction.CHANGED
            self.context.audit(session, action, PROFILE_RECORD, profile.pupil_id, profile.pupil_id)
        return profile

    @staticmethod
    def _checked(profile: FamilyProfile) -> FamilyProfile:
        try:
            languages = tuple(dict.fromkeys(language(code).code for code in profile.home_languages))
            interpreter = language(profile.interpreter_language).code if profile.interpreter_language else ""
        except ValueError as exc:
            raise InvalidInput(f"{exc} Nothing was saved.") from None
        items = tuple(replace(i, text=" ".join(i.text.split())) for i in profile.items)
        items = tuple(i for i in items if i.text)
        if len(items) > MAX_ITEMS:
            raise InvalidInput(f"Keep what matters to the child to {MAX_ITEMS} items; nothing was saved.")
        if any(len(i.text) > MAX_ITEM for i in items):
            raise InvalidInput(f"Keep each item under {MAX_ITEM:,} characters; nothing was saved.")
        if len(profile.contact_time) > 200:
            raise InvalidInput("Say when to contact the family in a few words; nothing was saved.")
        return replace(
            profile,
            home_languages=languages,
            interpreter_language=interpreter,
            contact_time=" ".join(profile.contact_time.split()),
            items=items,
        )
