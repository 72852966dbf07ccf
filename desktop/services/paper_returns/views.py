"""Reading a returned views form: the faces the child ticked, and which answers were written by hand.

The forms (desktop/printing/views_form.py) record each box with a ref `views:<plan id>:<who>:<what>`:
the family's four writing areas, the child's face boxes (the face in the area's phrase) and the child's
three writing areas. A statement with one face ticked gives that face; none, no answer; two or more, or
an unsure mark, and the page waits for a person (a child who changed their mind should be asked, not
guessed). Handwriting is not read: each area written in is cut out and kept as a picture beside the
views, and the answer's text says so.
"""

from dataclasses import dataclass, field

from PIL import Image

from desktop.domain.review_views import (
    CHILD_BOXES,
    FAMILY_QUESTIONS,
    ChildViews,
    Face,
    FamilyViews,
    ViewsFrom,
)
from desktop.printing.page_areas import Area, AreaKind
from desktop.services.paper_returns.marks import Mark, PageTransform, has_writing, read_tick

VIEWS_REF = "views"
WRITTEN_ON_PAPER = "Handwritten on the returned form (kept as a picture beside these views)."


class UnsureViews(Exception):
    """The form's marks cannot be read with certainty; the message says why, for the person reviewing."""


@dataclass(slots=True)
class ViewsOnPaper:
    """One plan's views as read from one page: who answered, the faces ticked, the areas written in."""

    agreement_id: str
    given_by: ViewsFrom
    faces: dict[str, Face] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)
    """The questions or boxes written in (phrase ids of the domain's lists)."""

    def views(self) -> FamilyViews | ChildViews:
        if self.given_by is ViewsFrom.FAMILY:
            return FamilyViews(**{q: WRITTEN_ON_PAPER for q in FAMILY_QUESTIONS if q in self.written})
        return ChildViews(
            faces=tuple(self.faces.items()), **{b: WRITTEN_ON_PAPER for b in CHILD_BOXES if b in self.written}
        )

    @property
    def empty(self) -> bool:
        return not self.faces and not self.written

    def words(self) -> str:
        who = "family's views" if self.given_by is ViewsFrom.FAMILY else "child's views"
        parts = []
        if self.faces:
            parts.append(f"{len(self.faces)} faces ticked")
        if self.written:
            parts.append(f"{len(self.written)} answers written")
        return f"{who} ({', '.join(parts)})"


def is_views_ref(ref: str) -> bool:
    return ref.partition(":")[0] == VIEWS_REF


def read_views(areas: tuple[Area, ...], grey: Image.Image, transform: PageTransform) -> list[ViewsOnPaper]:
    """Every plan's views on the page (those with nothing marked left out)."""
    found: dict[tuple[str, str], ViewsOnPaper] = {}
    ticked: dict[tuple[str, str, str], list[Face]] = {}
    for area in areas:
        if not is_views_ref(area.ref):
            continue
        _kind, agreement_id, who, what = area.ref.split(":", 3)
        views = found.setdefault((agreement_id, who), ViewsOnPaper(agreement_id, ViewsFrom(who)))
        if area.kind is AreaKind.TICK:
            mark = read_tick(grey, transform, area)
            if mark is Mark.UNSURE:
                raise UnsureViews(
                    f"unsure mark by a face on the child's views form ({what.replace('_', ' ')})"
                )
            if mark is Mark.TICKED:
                ticked.setdefault((agreement_id, who, what), []).append(Face(area.phrase))
        elif area.kind is AreaKind.REPLY and has_writing(grey, transform, area):
            views.written.append(what)
    for (agreement_id, who, statement), faces in ticked.items():
        if len(faces) > 1:
            raise UnsureViews(
                f"more than one face ticked on the child's views form ({statement.replace('_', ' ')})"
            )
        found[(agreement_id, who)].faces[statement] = faces[0]
    return [v for v in found.values() if not v.empty]
