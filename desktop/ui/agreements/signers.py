"""Who is expected to sign a version, and whether each has: the school, every family member with parental
responsibility, and the pupil when the document asks something of them.

Signatures are matched to family members by the name they signed with, because a returned paper copy
carries a name, not a record id; a family signature under a name nobody on file has is still shown,
so nothing recorded goes missing from the list.
"""

from dataclasses import dataclass

from desktop.domain.agreements import Agreement, DocumentKind, DocumentVersion, Party, Signature
from desktop.domain.families import FamilyMember
from desktop.domain.pupils import Pupil


@dataclass(frozen=True, slots=True)
class Signer:
    party: Party
    name: str
    signature: Signature | None = None


def pupil_signs(agreement: Agreement, version: DocumentVersion) -> bool:
    """A pupil signs a home-school agreement, or any version that lists commitments of theirs."""
    return agreement.kind is DocumentKind.AGREEMENT or bool(version.content.commitments_of(Party.PUPIL))


def signers(
    agreement: Agreement,
    version: DocumentVersion,
    pupil: Pupil | None,
    family: list[FamilyMember],
    school_signer: str,
) -> list[Signer]:
    """Everyone who should sign this version, in the order of the signature lines, with their signature."""
    signed = list(version.signatures)

    def take(party: Party, name: str | None = None) -> Signature | None:
        for signature in signed:
            if signature.party is party and (name is None or _same(signature.signer_name, name)):
                signed.remove(signature)
                return signature
        return None

    school = take(Party.SCHOOL)
    result = [Signer(Party.SCHOOL, school.signer_name if school else school_signer, school)]
    for member in sorted(family, key=lambda m: (m.contact_order, m.name.casefold())):
        if member.parental_responsibility:
            result.append(Signer(Party.FAMILY, member.name, take(Party.FAMILY, member.name)))
    if pupil is not None and pupil_signs(agreement, version):
        pupil_signature = take(Party.PUPIL)
        name = pupil_signature.signer_name if pupil_signature else pupil.first_name
        result.append(Signer(Party.PUPIL, name, pupil_signature))
    result += [Signer(s.party, s.signer_name, s) for s in signed]
    return result


def _same(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()
