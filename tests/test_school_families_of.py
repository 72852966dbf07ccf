"""A class's families read together (for its packs) are the families read one pupil at a time."""

from desktop.domain.families import Channel, FamilyMember, Relationship
from desktop.services.context import ServiceContext
from desktop.services.school import SchoolService


def test_families_of_a_class_match_each_pupils_family(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    service = SchoolService(senco_context)
    pupils = small_school["pupils"]
    assert isinstance(pupils, list)
    first, second = pupils[0], pupils[1]
    # Two homes for one child, a contact shared by two children, and one child with no family recorded.
    service.save_family_members(
        [
            FamilyMember(
                name="Tomasz Wiśniewski",
                relationship=Relationship.FATHER,
                pupil_ids=(first.id, second.id),
                channel=Channel.PAPER,
                home_language="POL",
                household="Flat 2, Mill Court",
                contact_order=2,
            )
        ]
    )
    lonely = pupils[-1]
    for member in service.family_of(lonely.id):
        service.remove_family_member(member.id, lonely.id)

    ids = [p.id for p in pupils]
    together = service.families_of(ids)

    assert list(together) == ids
    for pupil_id in ids:
        assert together[pupil_id] == service.family_of(pupil_id)
    assert [m.name for m in together[first.id]] == ["Parent of Zofia", "Tomasz Wiśniewski"]
    assert "Tomasz Wiśniewski" in [m.name for m in together[second.id]]
    assert together[lonely.id] == []
