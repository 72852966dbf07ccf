"""sync_scope: whose records each scope holds (the school, a class, a pupil, staff only), and who gets which;
sync_scope_kind: the kinds that grants said the scopes given to this device are.

A scope's subject never leaves the device: the server knows scopes by their ids only.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.store.schema import ClassRow, PupilRow
from desktop.store.schema_sync import SyncScopeKindRow, SyncScopeRow

_t = SyncScopeRow
_k = SyncScopeKindRow


@dataclass(frozen=True, slots=True)
class ScopeSubject:
    """A scope and whose records it holds: kind "school", "class", "pupil" or "staff" (a class's or the
    school's staff-only records), and that one's id."""

    scope_id: str
    kind: str
    subject_id: str


class Scopes:
    """This device's scopes, in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._c = session.connection()

    def pupils_of(self, scope_ids: Collection[str]) -> frozenset[str]:
        """The ids of the pupils whose scopes these are (scopes of a class or the school count none)."""
        if not scope_ids:
            return frozenset()
        found = self._c.execute(
            select(_t.subject_id).where(_t.kind == "pupil", _t.scope_id.in_(list(scope_ids)))
        ).scalars()
        return frozenset(found)

    def parents_first(self, scope_ids: Sequence[str]) -> list[str]:
        """The scopes in the order to pull them so that rows rarely wait for a parent row: the school's,
        then the classes', the pupils' and the staff-only ones, then those whose kind is not known here
        yet (in their given order). A joining device knows the kinds from the grants (`granted`)."""
        rank = {"school": 0, "class": 1, "pupil": 2, "staff": 3}
        kinds = self.kinds()
        return sorted(scope_ids, key=lambda s: rank.get(kinds.get(s, ""), len(rank)))

    def kinds(self, scope_ids: Collection[str] | None = None) -> dict[str, str]:
        """Scope id -> kind, of every scope (or of these) whose kind is known here: from its records
        (sync_scope), or else from the grant that gave it."""
        if scope_ids is None:
            kinds = dict(self._c.execute(select(_k.scope_id, _k.kind)).all())
            kinds.update(self._c.execute(select(_t.scope_id, _t.kind)).all())
            return kinds
        wanted = list(scope_ids)
        kinds = {}
        for table in (_k, _t):
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                found = self._c.execute(select(table.scope_id, table.kind).where(table.scope_id.in_(chunk)))
                kinds.update(found.all())
        return kinds

    def granted(self, kinds: Mapping[str, str]) -> None:
        """Keep the kinds that grants said these scopes are (the scopes' records say it again later)."""
        if kinds:
            self._c.execute(
                sqlite_insert(_k).on_conflict_do_nothing(),
                [{"scope_id": scope_id, "kind": kind} for scope_id, kind in kinds.items()],
            )

    def unannounced(self) -> list[ScopeSubject]:
        """Scopes made here that the server (and the staff devices of their class) has not been told of."""
        rows = self._c.execute(select(_t.scope_id, _t.kind, _t.subject_id).where(_t.announced.is_(False)))
        return [ScopeSubject(*r) for r in rows]

    def mark_announced(self, scope_ids: Sequence[str]) -> None:
        if scope_ids:
            self._c.execute(
                update(_t).where(_t.scope_id == bindparam("announced_id")).values(announced=True),
                [{"announced_id": s} for s in scope_ids],
            )

    def pupil_classes(self) -> dict[str, str]:
        """Pupil id -> class id, for the whole school."""
        return {
            pupil: class_id for pupil, class_id in self._c.execute(select(PupilRow.id, PupilRow.class_id))
        }

    def school_has(self, class_ids: Collection[str], pupil_ids: Collection[str]) -> bool:
        """Whether every one of these classes and pupils is in this school."""
        classes = set(self._c.execute(select(ClassRow.id)).scalars())
        pupils = set(self._c.execute(select(PupilRow.id)).scalars())
        return not (set(class_ids) - classes or set(pupil_ids) - pupils)

    def for_staff(self, class_ids: Sequence[str]) -> list[str]:
        """A staff device's scopes: the school, its classes and their pupils, and the staff-only scopes of
        the school and its classes, sorted."""
        pupils = self._c.execute(select(PupilRow.id).where(PupilRow.class_id.in_(list(class_ids)))).scalars()
        staff = [("staff", "school"), *(("staff", c) for c in class_ids)]
        return sorted(self._scopes_of(list(class_ids), list(pupils)) + self._found(staff))

    def for_family(self, pupil_ids: Sequence[str]) -> list[str]:
        """A family device's scopes: the school, its children and their classes (for news), sorted."""
        classes = self._c.execute(
            select(PupilRow.class_id).distinct().where(PupilRow.id.in_(list(pupil_ids)))
        ).scalars()
        return self._scopes_of(list(classes), list(pupil_ids))

    def _scopes_of(self, class_ids: list[str], pupil_ids: list[str]) -> list[str]:
        wanted = [
            ("school", "school"),
            *(("class", c) for c in class_ids),
            *(("pupil", p) for p in pupil_ids),
        ]
        return self._found(wanted)

    def _found(self, wanted: list[tuple[str, str]]) -> list[str]:
        query = select(_t.scope_id).where(_t.kind == bindparam("kind"), _t.subject_id == bindparam("subject"))
        scopes = []
        for kind, subject in wanted:
            found = self._c.execute(query, {"kind": kind, "subject": subject}).scalar()
            if found is not None:
                scopes.append(found)
        return sorted(scopes)
