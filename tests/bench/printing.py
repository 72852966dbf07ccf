"""Printing benchmarks: a class's weekly packs, pages per second beside reportlab's raw canvas, and a
whole school's packs with progress and cancel.

`printing_results(context)` is what tests/bench/__main__.py calls with a teacher's context on the bench
school; `school_packs_result(context)` is the long one (a 1,500-pupil school). Run alone:
`python -m tests.bench.printing [--school]` works on the cached bench school (see tests/bench/__main__.py).
"""

import io
import os
import statistics
import sys
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.access import Actor
from desktop.domain.calendar import Period
from desktop.domain.school import StaffRole
from desktop.printing.fonts import Face, font_name
from desktop.printing.packs import render_packs
from desktop.services.context import ServiceContext
from desktop.services.print_packs import PackOptions, PrintPackService
from desktop.services.school import SchoolService
from tests.bench.generator import BENCH_TERM_END
from tests.bench.measure import Result

CLASS_TARGET_S = 3.0
SCHOOL_TARGET_S = 20.0
"""Issue 20: the school's packs in 20 s or less using both cores."""


def bench_week(context: ServiceContext) -> Period:
    """The last full week of the bench school's term."""
    return Period.week_of(min(context.today(), BENCH_TERM_END))


def class_pack_result(context: ServiceContext, runs: int = 3) -> tuple[Result, float, str]:
    """A class's weekly packs for every family (gather + render), median of runs; also pages per second."""
    service = PrintPackService(context)
    school_class = SchoolService(context).classes()[0]
    period = bench_week(context)
    options = PackOptions()
    render_packs(service.class_batch(school_class.id, period, options))  # fonts loaded, caches warm
    seconds: list[float] = []
    pages = 0
    packs = 0
    for _ in range(runs):
        start = time.perf_counter()
        batch = service.class_batch(school_class.id, period, options)
        rendered = render_packs(batch)
        seconds.append(time.perf_counter() - start)
        pages, packs = rendered.pages, len(batch.packs)
    median = statistics.median(seconds)
    pupils = len(SchoolService(context).pupils(school_class.id))
    sample = render_packs(service.class_batch(school_class.id, period, options)).pdf
    detail = f"{pupils} pupils, {packs} packs, {pages} pages; {runs} runs"
    return (
        Result("Class weekly packs (all families)", median, "s", CLASS_TARGET_S, detail),
        pages / median,
        _first_page_text(sample),
    )


def _first_page_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return reader.pages[min(2, len(reader.pages) - 1)].extract_text() or ""


def raw_canvas_pages_per_second(text: str, pages: int = 200) -> float:
    """reportlab at its plainest: the same text drawn line by line with drawString, in the same font."""
    font = font_name(Face.LATIN)
    lines = [line for line in text.splitlines() if line.strip()]
    start = time.perf_counter()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    for _ in range(pages):
        y = 800.0
        canvas.setFont(font, 11)
        for line in lines:
            canvas.drawString(45, y, line)
            y -= 15
        canvas.showPage()
    canvas.save()
    return pages / (time.perf_counter() - start)


def printing_results(context: ServiceContext) -> list[Result]:
    """The class pack time beside its floor: reportlab's raw canvas drawing the same pages' text."""
    result, ours, text = class_pack_result(context)
    raw = raw_canvas_pages_per_second(text)
    pages = result.value * ours
    detail = f"{result.detail}; {ours:,.0f} pages/s (reportlab raw canvas, same text: {raw:,.0f} pages/s)"
    return [
        Result(result.name, result.value, result.unit, result.target, detail).with_floor(
            pages / raw, RAW_CANVAS_FLOOR
        )
    ]


RAW_CANVAS_FLOOR = (
    "reportlab's raw canvas drawing as many pages of the same text (a pack page's) with drawString, same font"
)


def school_packs_result(context: ServiceContext, workers: int | None = None) -> Result:
    """Every class's weekly packs for every family as one PDF (what the app and `linkbook print` make),
    classes rendered in worker processes, with progress; beside it, reportlab's raw canvas drawing a page's
    text on one core in the same run (the school's target, 20 s for about 13,000 pages, is about 1.2 times
    that floor's pages per second with two cores). The CPU seconds of this process (gathering, recording,
    joining) and of the workers (rendering) say how busy both cores were on a machine shared with others."""
    service = PrintPackService(context)
    period = bench_week(context)
    shown = [-1]

    def progress(fraction: float) -> None:
        tenth = int(fraction * 10)
        if tenth != shown[0]:
            shown[0] = tenth
            print(f"  school packs {fraction:4.0%}", file=sys.stderr, flush=True)

    before = os.times()
    start = time.perf_counter()
    made = service.school_pdf(period, PackOptions(), progress=progress, workers=workers)
    seconds = time.perf_counter() - start
    after = os.times()
    summary = made.summary
    ours = summary.pages / seconds if seconds else 0.0
    raw = raw_canvas_pages_per_second(_first_page_text(made.pdf)) if made.pdf else 0.0
    here = after.user + after.system - before.user - before.system
    workers_cpu = after.children_user + after.children_system - before.children_user - before.children_system
    detail = (
        f"{summary.classes} classes, {summary.packs:,} packs, {summary.pages:,} pages, "
        f"{len(made.pdf or b'') / 1e6:,.0f} MB; {ours:,.0f} pages/s "
        f"(reportlab raw canvas, same text, one core: {raw:,.0f} pages/s); "
        f"CPU {here:.1f} s here, {workers_cpu:.1f} s in workers"
    )
    result = Result("School weekly packs (all families)", seconds, "s", SCHOOL_TARGET_S, detail)
    if not raw:
        return result
    return result.with_floor(summary.pages / raw, RAW_CANVAS_FLOOR + " (on one core; the packs use both)")


def _context_for(data_dir: Path, passphrase: str) -> ServiceContext:
    from desktop.store.vault import Vault

    vault = Vault.unlock(data_dir, passphrase)
    return ServiceContext(vault, Actor("bench", StaffRole.ADMIN))


if __name__ == "__main__":
    import shutil

    from tests.bench.__main__ import CACHE, PASSPHRASE, _cached_school

    big = "--school" in sys.argv
    source, _record, _made = _cached_school(*((1500, 190, 1) if big else (60, 20, 1)))
    work = CACHE / "work-printing"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source, work)  # printing is audited: never write to the cached school
    context = _context_for(work, PASSPHRASE)
    try:
        for result in printing_results(context):
            print(f"{result.name}: {result.value:.2f} {result.unit} (target {result.target}) {result.detail}")
        if big:
            result = school_packs_result(context)
            print(f"{result.name}: {result.value:.1f} {result.unit} (target {result.target}) {result.detail}")
    finally:
        context.vault.close()
        shutil.rmtree(work, ignore_errors=True)
