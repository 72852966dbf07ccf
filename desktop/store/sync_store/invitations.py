"""sync_invitation: the invitations this admin device issued, and what each device that answers is given."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.store.schema_sync import SyncInvitationRow
from sync.enrolment import Invitation


@dataclass(frozen=True, slots=True)
class IssuedInvitation:
    """One of this admin device's invitations, as kept in its vault."""

    invitation: Invitation
    label: str
    class_ids: list[str]
    pupil_ids: list[str]
    used_by: str
    """The device it was approved for; "" while still open."""
    server_pending: bool = False
    """Issued while the server was out of reach; the next sync tells it."""


def _issued(found: Sequence[object]) -> IssuedInvitation:
    encoded, label, class_ids, pupil_ids, used_by, pending = found
    return IssuedInvitation(
        Invitation.from_json(json.loads(str(encoded))),
        str(label),
        json.loads(str(class_ids)),
        json.loads(str(pupil_ids)),
        str(used_by),
        bool(pending),
    )


_t = SyncInvitationRow
_COLUMNS = (_t.invitation, _t.label, _t.class_ids, _t.pupil_ids, _t.device_id, _t.server_pending)


class IssuedInvitations:
    """This admin device's invitations, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._c = session.connection()

    def add(
        self,
        invitation: Invitation,
        label: str,
        class_ids: Sequence[str],
        pupil_ids: Sequence[str],
        *,
        server_pending: bool,
    ) -> None:
        """Keep a new, unused invitation (`server_pending` if the server could not be told of it)."""
        self._c.execute(
            insert(_t).values(
                invitation_id=invitation.invitation_id,
                invitation=json.dumps(invitation.to_json()),
                label=label,
                class_ids=json.dumps(list(class_ids)),
                pupil_ids=json.dumps(list(pupil_ids)),
                device_id="",
                server_pending=server_pending,
            )
        )

    def find(self, invitation_id: str) -> IssuedInvitation | None:
        """The invitation issued here with that id (used or not), or None."""
        found = self._c.execute(select(*_COLUMNS).where(_t.invitation_id == invitation_id)).first()
        return _issued(found) if found is not None else None

    def unused(self) -> list[IssuedInvitation]:
        """The invitations no device has used yet (expired ones included)."""
        return [_issued(found) for found in self._c.execute(select(*_COLUMNS).where(_t.device_id == ""))]

    def waiting_for_server(self) -> list[Invitation]:
        """Unused invitations issued while the server was out of reach."""
        rows = self._c.execute(select(_t.invitation).where(_t.server_pending, _t.device_id == "")).scalars()
        return [Invitation.from_json(json.loads(encoded)) for encoded in rows]

    def server_told(self, invitation_ids: Sequence[str]) -> None:
        """The server now holds these invitations open."""
        if invitation_ids:
            self._c.execute(
                update(_t).where(_t.invitation_id == bindparam("told")).values(server_pending=False),
                [{"told": i} for i in invitation_ids],
            )

    def mark_used(self, invitation_id: str, device_id: str) -> None:
        """The invitation was approved for `device_id`; it works no more."""
        self._c.execute(update(_t).where(_t.invitation_id == invitation_id).values(device_id=device_id))
