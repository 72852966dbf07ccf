"""Home learning: a teacher sets a task with guidance; it goes home on paper in the family's language and
comes back by a typed reply code or a scan; the teacher sees who has done it. Real SQLCipher files, real
PDFs read back as text and as pictures."""

import datetime as dt
import re
from pathlib import Path

import pypdfium2
import pytest

from desktop.domain.access import Actor, FamilyRole
from desktop.domain.calendar import Period
from desktop.domain.linkbook import Method
from desktop.domain.paper_returns import ReturnStatus
from desktop.domain.pupils import Pupil
from desktop.domain.school import SchoolClass, StaffRole
from desktop.printing.home_learning import slip_ref
from desktop.printing.page_areas import AreaKind
from desktop.services.audit_log import AuditLogService
from desktop.services.context import ServiceContext
from desktop.services.erasure import ErasureService
from desktop.services.home_learning import HomeLearningService, guidance_lines
from desktop.services.paper_returns.filing import HOME_LEARNING_ON_PAPER, PaperReturnService
from desktop.services.paper_returns.reading import read_page
from desktop.services.print_packs import PrintPackService
from desktop.store.errors import InvalidInput
from tests.conftest import TODAY
from tests.paper_scans import rasterise, scribble, spoil, tick
from tests.test_paper_returns_filing import _layout, scan_file

WEEK = Period.week_of(TODAY.date())
DUE = TODAY.date() + dt.timedelta(days=5)
CODE = re.compile(r"\d{2}W\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}")
GUIDANCE = ("help_own_first", "way_everyday_things", "stuck_tell_teacher")


def pupils(school: dict[str, object]) -> list[Pupil]:
    return school["pupils"]  # type: ignore[return-value]


def set_fractions(context: ServiceContext, school: dict[str, object], group: tuple[str, ...] = ()):
    oak: SchoolClass = school["class"]  # type: ignore[assignment]
    return HomeLearningService(context).set_task(
        oak.id,
        "Share 12 grapes fairly between 3 plates",
        DUE,
        group,
        details="Draw the plates and the grapes.",
        minutes=20,
        guidance=GUIDANCE,
        together=True,
    )


def pdf_text(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def test_the_printed_slip_shows_the_task_and_polish_guidance_beside_the_english_and_files_by_typed_code(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    zofia = pupils(small_school)[0]
    task = set_fractions(senco_context, small_school)

    pdf = PrintPackService(senco_context).pupil_week(zofia.id, WEEK)
    pages = pdf_text(pdf)
    (slip,) = [p for p in pages if "Share 12 grapes" in p]
    flat = " ".join(slip.split())
    for english, polish in (
        ("Home learning", "Nauka w domu"),
        ("Let your child try on their own first.", "Niech dziecko najpierw spróbuje samo."),
        (
            "Use everyday things: food, coins, shopping.",
            "Użyjcie codziennych rzeczy: jedzenia, monet, zakupów.",
        ),
        ("If your child is stuck", "Jeśli dziecko utknie"),
        ("Do this together", "Zróbcie to razem"),
        ("About 20 minutes", "Około 20 min."),
        ("We did this", "Zrobiliśmy to"),
        ("Your comments", "Wasze uwagi"),
    ):
        assert english in flat and polish in flat, (english, polish)
    assert "Draw the plates and the grapes." in flat
    assert "in English / po angielsku" in flat, "the teacher's own words are marked as English"
    assert "By: Wednesday 25 November 2026" in flat and "Termin: 25.11.2026" in flat

    # The reply code printed on the slip's page names Zofia and the week.
    (code,) = set(CODE.findall(slip))
    found = HomeLearningService(senco_context).open_paper_return(code)
    assert found.pupil.id == zofia.id and found.period == WEEK
    assert [t.task.id for t in found.tasks] == [task.id]

    back = HomeLearningService(senco_context).record_return(
        task.id, zofia.id, True, "Zofia did it with real grapes", "Parent of Zofia", Method.PAPER
    )
    assert back.done and back.done_method is Method.PAPER
    (progress,) = HomeLearningService(senco_context).for_class(task.class_id)
    assert [p.id for p in progress.done] == [zofia.id]
    assert zofia.id not in [p.id for p in progress.not_done] and len(progress.not_done) == 9
    assert [(p.id, b.comment) for p, b in progress.comments] == [(zofia.id, "Zofia did it with real grapes")]
    office = ServiceContext(senco_context.vault, Actor("Office", StaffRole.ADMIN), clock=lambda: TODAY)
    trail = [line.event for line in AuditLogService(office).page(page_size=500).lines]
    assert any(e.record_kind == "home_learning_pupil" and e.pupil_id == zofia.id for e in trail)
    assert sum(e.record_kind == "home_learning_task" for e in trail) == 10, "set for each pupil, audited"


def test_a_scanned_slip_files_its_tick_and_comment_to_the_task(
    senco_context: ServiceContext, small_school: dict[str, object], tmp_path: Path
) -> None:
    amina = pupils(small_school)[2]  # an Arabic-reading family: the slip is printed right to left beside
    task = set_fractions(senco_context, small_school, (amina.id,))
    pdf = PrintPackService(senco_context).pupil_week(amina.id, WEEK)
    pictures = rasterise(pdf, 200)
    marked = []
    for picture in pictures:
        code = read_page(picture).code
        if code is None:
            continue
        layout = _layout(senco_context, code.reply_code, code.household, code.page)
        areas = [a for a in layout.areas if a.ref == slip_ref(task.id)]
        for area in areas:
            if area.kind is AreaKind.TICK:
                tick(picture, area, 200)
            else:
                scribble(picture, area, 200)
        if areas:
            marked.append(picture)
    assert len(marked) == 1, "one slip, on one page, with its tick box and comment lines recorded"

    report = PaperReturnService(senco_context).import_report(
        [scan_file(tmp_path / "slip.png", [spoil(marked[0], 2, seed=3)])]
    )

    assert report.filed == 1 and report.to_review == 0, [p.line() for p in report.pages]
    assert report.pages[0].what == "home-learning slip (ticked done, comment written)"
    (progress,) = HomeLearningService(senco_context).for_class(task.class_id)
    ((who, back),) = progress.pupils
    assert who.id == amina.id and back.done and back.done_method is Method.PAPER
    assert back.comment == HOME_LEARNING_ON_PAPER and back.done_by == f"Parent of {amina.first_name}"
    (kept,) = PaperReturnService(senco_context).for_pupil(amina.id)
    assert kept.status is ReturnStatus.FILED
    assert [c[1] for c in kept.cuttings] == ["reply"], "the handwritten comment is kept as a picture"


def test_guidance_reaches_each_family_in_their_language_and_untranslated_words_stay_english(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    task = set_fractions(senco_context, small_school)
    bengali = guidance_lines(task, "BNG")
    assert [line.heading for line in bengali] == [
        "how_long",
        "do_together",
        "how_much_help",
        "ways_to_help",
        "if_stuck",
    ]
    assert bengali[2].english == "Let your child try on their own first."
    assert bengali[2].home == "প্রথমে আপনার সন্তানকে নিজে চেষ্টা করতে দিন।"
    assert bengali[0].home == "প্রায় 20 মিনিট"
    assert all(line.home is None for line in guidance_lines(task, "LIT")), "no Lithuanian file: English"
    assert all(line.home is None for line in guidance_lines(task, "ENG"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "  "}, "task is empty"),
        ({"due_on": TODAY.date() - dt.timedelta(days=1)}, "has passed"),
        ({"minutes": 500}, "between 0 and"),
        ({"guidance": ("help_own_first", "be_strict")}, "Unknown guidance be_strict"),
        ({"pupil_ids": ("not-a-pupil",)}, "not in this class"),
    ],
)
def test_a_task_with_bad_input_is_refused_and_nothing_is_saved(
    senco_context: ServiceContext, small_school: dict[str, object], change: dict[str, object], message: str
) -> None:
    oak: SchoolClass = small_school["class"]  # type: ignore[assignment]
    arguments: dict[str, object] = {"class_id": oak.id, "title": "Read to someone", "due_on": DUE} | change
    with pytest.raises(InvalidInput, match=message):
        HomeLearningService(senco_context).set_task(**arguments)  # type: ignore[arg-type]
    assert HomeLearningService(senco_context).for_class(oak.id) == []


def test_a_family_marks_only_their_own_child_and_only_in_their_own_name(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    zofia, ayaan = pupils(small_school)[:2]
    parent = small_school["parents"][0]  # type: ignore[index]
    task = set_fractions(senco_context, small_school)
    at_home = ServiceContext(
        senco_context.vault,
        Actor(parent.name, FamilyRole.FAMILY_MEMBER, family_member_id=parent.id, pupil_ids=(zofia.id,)),
        clock=lambda: TODAY,
    )
    service = HomeLearningService(at_home)
    assert service.language_for(zofia.id) == "POL"
    with pytest.raises(PermissionError):
        service.record_return(task.id, ayaan.id, True, "", parent.name, Method.DIGITAL, parent.id)
    with pytest.raises(PermissionError):
        service.record_return(task.id, zofia.id, True, "", "Someone else", Method.DIGITAL, parent.id)
    with pytest.raises(InvalidInput, match="Tick that it was done"):
        service.record_return(task.id, zofia.id, False, "  ", parent.name, Method.DIGITAL, parent.id)
    with pytest.raises(PermissionError):
        service.set_task(task.class_id, "Homework from home", DUE)
    back = service.record_return(task.id, zofia.id, True, "Łatwe!", parent.name, Method.DIGITAL, parent.id)
    assert back.done and back.comment == "Łatwe!" and back.done_method is Method.DIGITAL
    assert [t.back.done for t in service.for_pupil(zofia.id)] == [True]


def test_erasing_a_pupil_erases_their_familys_home_learning_returns(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    zofia = pupils(small_school)[0]
    task = set_fractions(senco_context, small_school)
    HomeLearningService(senco_context).record_return(
        task.id, zofia.id, True, "Zofia loved it", "Parent of Zofia", Method.PAPER
    )
    office = ServiceContext(senco_context.vault, Actor("Office", StaffRole.ADMIN), clock=lambda: TODAY)
    ErasureService(office).erase_pupil(zofia.id, "left the school, records transferred")
    (progress,) = HomeLearningService(senco_context).for_class(task.class_id)
    assert zofia.id not in {p.id for p, _ in progress.pupils} and len(progress.pupils) == 9
    with senco_context.vault.reading() as session:
        left = (
            session.connection()
            .exec_driver_sql("SELECT count(*) FROM home_learning_pupil WHERE pupil_id = ?", (zofia.id,))
            .scalar()
        )
    assert left == 0, "the family's comment went with the child"


def test_a_family_marking_home_learning_done_counts_as_hearing_from_them(
    senco_context: ServiceContext, small_school: dict[str, object]
) -> None:
    from desktop.services.reach import ReachService

    zofia, ayaan = pupils(small_school)[:2]
    task = set_fractions(senco_context, small_school)
    HomeLearningService(senco_context).record_return(
        task.id, zofia.id, True, "", "Parent of Zofia", Method.PAPER, at=dt.datetime(2026, 11, 19, 18)
    )
    HomeLearningService(senco_context).record_return(
        task.id,
        ayaan.id,
        False,
        "Za trudne",
        "Parent of Ayaan",
        Method.DIGITAL,
        at=dt.datetime(2026, 11, 20, 8),
    )
    by_id = {r.pupil_id: r for r in ReachService(senco_context).reach(task.class_id)}
    assert by_id[zofia.id].reached and by_id[zofia.id].channel.value == "paper"
    assert by_id[zofia.id].last_contact == dt.date(2026, 11, 19)
    assert by_id[ayaan.id].reached and by_id[ayaan.id].channel.value == "app"
    assert not by_id[pupils(small_school)[2].id].reached


def test_an_unsure_mark_on_a_slip_waits_for_a_person_and_nothing_is_filed(
    senco_context: ServiceContext, small_school: dict[str, object], tmp_path: Path
) -> None:
    from tests.paper_scans import dot

    kavya = pupils(small_school)[6]
    task = set_fractions(senco_context, small_school, (kavya.id,))
    for picture in rasterise(PrintPackService(senco_context).pupil_week(kavya.id, WEEK), 200):
        code = read_page(picture).code
        if code is None:
            continue
        layout = _layout(senco_context, code.reply_code, code.household, code.page)
        boxes = [a for a in layout.areas if a.ref == slip_ref(task.id) and a.kind is AreaKind.TICK]
        if boxes:
            dot(picture, boxes[0], 200)
            break
    report = PaperReturnService(senco_context).import_report([scan_file(tmp_path / "faint.png", [picture])])
    (page,) = report.pages
    assert page.status is ReturnStatus.TO_REVIEW and "unsure mark in the “We did this” box" in page.reason
    (progress,) = HomeLearningService(senco_context).for_class(task.class_id)
    assert progress.done == [] and progress.comments == []


def test_every_home_language_has_every_guidance_phrase_marked_unchecked() -> None:
    import json

    from desktop.domain.home_learning import GUIDANCE as SHIPPED
    from desktop.domain.home_learning import LABELS
    from desktop.printing.guidance import guidance_languages
    from desktop.printing.resources import resources_dir

    assert guidance_languages() == sorted(
        ["POL", "URD", "PNJ", "BNG", "SOM", "ARA", "GUJ", "POR", "TAM", "RUM", "WEL"]
    )
    for code in guidance_languages():
        data = json.loads((resources_dir() / "guidance" / f"{code.lower()}.json").read_text(encoding="utf-8"))
        assert data["checked_by_native_speaker"] is False, code
        phrases = data["phrases"]
        assert set(phrases) == set(SHIPPED) | set(LABELS), code
        assert all(text.strip() for text in phrases.values()), code
        assert "{minutes}" in phrases["minutes"], code
        english = {**{k: v for k, (_kind, v) in SHIPPED.items()}, **LABELS}
        assert all(phrases[k] != english[k] for k in phrases), f"{code}: an untranslated phrase"
