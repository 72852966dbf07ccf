"""Returned paper benchmark: a scanned stack of a school's returned pages filed, pages per second and
peak memory.

The bench school's classes are printed (all families), each page rasterised at 200 dpi, its first tick
box ticked with a pen, speckled and JPEG-compressed as a copier writes it, and the pages written into
one multi-page PDF (page by page: the stack is never in memory whole). `PaperReturnService.import_files`
then files it. The target is 5 pages a second on the 2-core machine (0.2 s a page), and flat memory:
the process's peak resident memory grows by no more than 150 MB from the tenth page to the last (a
stack that were held whole would grow by 10 MB a page).

`stack_results(context, pages)` is what tests/bench/__main__.py calls with an administrator's context on
the work copy of the bench school (filing writes acknowledgements and attachments).
"""

import io
import tempfile
import time
from pathlib import Path

import pypdfium2
import zxingcpp
from pypdf import PdfReader, PdfWriter

from desktop.domain.calendar import Period
from desktop.printing.page_areas import AreaKind
from desktop.services.context import ServiceContext
from desktop.services.paper_returns.filing import FileProblem, PaperReturnService
from desktop.services.paper_returns.reading import read_page
from desktop.services.paper_returns.scans import PDF_DPI
from desktop.services.print_packs import PackOptions, PrintPackService
from desktop.services.school import SchoolService
from tests.bench.generator import BENCH_TERM_END
from tests.bench.measure import Result
from tests.paper_scans import each_page, spoil, tick

DPI = 200
SECONDS_A_PAGE_TARGET = 0.2
MEMORY_GROWTH_TARGET_MB = 150.0


def peak_memory_mb() -> float:
    """The process's peak resident memory so far (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def write_stack(context: ServiceContext, pages: int, path: Path, period: Period) -> int:
    """A scanned stack of up to `pages` pages of the school's packs, marked; how many pages it has."""
    service = PrintPackService(context)
    writer = PdfWriter()
    written = 0
    for school_class in SchoolService(context).classes():
        if written >= pages:
            break
        rendered = service.class_packs(school_class.id, period, PackOptions(teacher_list=False))
        areas = {page.code: page for page in rendered.returnable}
        for picture in each_page(rendered.pdf, DPI):
            if written >= pages:
                break
            code = read_page(picture).code  # which printed page this is, to tick its box (not timed)
            boxes = [a for a in areas[code].areas if a.kind is AreaKind.TICK] if code in areas else []
            if boxes:
                tick(picture, boxes[0], DPI)
            page = io.BytesIO()
            spoil(picture.convert("L").convert("RGB"), 0, seed=written).save(page, "PDF", resolution=DPI)
            writer.append(PdfReader(io.BytesIO(page.getvalue())))
            written += 1
    with path.open("wb") as handle:
        writer.write(handle)
    return written


def render_and_decode_seconds(path: Path) -> float:
    """The floor of filing: each page of the stack rendered as the app renders it and its codes read."""
    start = time.perf_counter()
    document = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                picture = page.render(scale=PDF_DPI / 72).to_pil()
            finally:
                page.close()
            zxingcpp.read_barcodes(picture.convert("L"))
    finally:
        document.close()
    return time.perf_counter() - start


def stack_results(
    context: ServiceContext, pages: int = 300, period: Period | None = None, verbose: bool = False
) -> list[Result]:
    """The stack filed: seconds a page, and peak memory growth (the week printed: the bench term's last)."""
    period = period or Period.week_of(min(context.today(), BENCH_TERM_END))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stack.pdf"
        count = write_stack(context, pages, path, period)
        service = PaperReturnService(context)
        filed = queued = not_returned = 0
        memory_at_tenth = 0.0
        start = time.perf_counter()
        for done, item in enumerate(service.import_files([path]), start=1):
            if isinstance(item, FileProblem):
                raise RuntimeError(item.message)
            if verbose:
                print(item.line())
            filed += item.status is not None and item.status.value == "filed"
            queued += item.status is not None and item.status.value == "to_review"
            not_returned += item.status is None
            if done == min(10, count):
                memory_at_tenth = peak_memory_mb()
        seconds = time.perf_counter() - start
        floor = render_and_decode_seconds(path)
    growth = peak_memory_mb() - memory_at_tenth
    detail = f"{count} pages at {DPI} dpi: {filed} filed, {queued} to review, {not_returned} not returned"
    return [
        Result(
            "Returned paper: seconds a page filed",
            seconds / max(1, count),
            "s",
            SECONDS_A_PAGE_TARGET,
            detail,
            floor / max(1, count),
            f"pypdfium2 rendering the same pages at {PDF_DPI} dpi and zxing-cpp decoding each whole page, "
            "alone",
        ),
        Result(
            "Returned paper: peak memory growth",
            growth,
            "MB",
            MEMORY_GROWTH_TARGET_MB,
            "VmHWM from the tenth page to the last",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run alone on a small demo school: `python -m tests.bench.paper_returns --pages 12`."""
    import argparse
    import datetime as dt

    from desktop.domain.access import Actor
    from desktop.domain.school import StaffRole
    from desktop.services.demo import build_demo_school
    from desktop.store.vault import Vault

    parser = argparse.ArgumentParser(prog="python -m tests.bench.paper_returns")
    parser.add_argument("--pages", type=int, default=12)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        today = dt.date(2026, 11, 20)
        vault = Vault.create(Path(folder) / "school", "bench passphrase, returned paper")
        try:
            build_demo_school(vault, classes=1, pupils_per_class=10, days=10, today=today, seed=3)
            context = ServiceContext(
                vault, Actor("bench office", StaffRole.ADMIN), clock=lambda: dt.datetime(2026, 11, 20, 16)
            )
            for result in stack_results(context, args.pages, Period.week_of(today), verbose=True):
                verdict = "PASS" if result.passed else "FAIL"
                print(f"{result.name}: {result.value:.3f} {result.unit} (target {result.target}) {verdict}")
                print(f"  {result.detail}")
        finally:
            vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
