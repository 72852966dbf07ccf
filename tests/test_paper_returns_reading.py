"""Reading returned pages: real packs printed, rasterised at 150 and 300 dpi, turned, and read back."""

import io
import random
from pathlib import Path

import pypdfium2  # type: ignore[import-untyped]
import pytest
from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter

from desktop.printing.layout import Rendered
from desktop.printing.packs import FamilyPack, PackBatch, Recipient, render_packs
from desktop.printing.page_codes import PageCode, parse_page_code
from desktop.services.paper_returns.reading import read_page
from desktop.services.paper_returns.scans import ScanProblem, scanned_pages
from tests.paper_scans import rasterise
from tests.printing_fixtures import page_texts
from tests.test_printing_documents import (
    SCHOOL,
    WEEK,
    sample_agreement,
    sample_folder,
    sample_newsletter,
    sample_week,
)

TURNS = (0, 90, 180, -4, 3, 270, -90, 7)


def family(name: str, code: str, language: str, household: str, documents: tuple[object, ...]) -> FamilyPack:
    recipient = Recipient((f"Parent of {name}",), household, language)
    return FamilyPack(name, "Year 3 Oak", WEEK, recipient, code, documents)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def batch() -> Rendered:
    """A class's packs: a week and the news, a folder, an agreement, and a child with two homes."""
    packs = (
        family("Zofia Wiśniewska", "26W47-K7QF-2XM9", "POL", "", (sample_week(), sample_newsletter())),
        family("Ayaan Chowdhury", "26W47-RQQA-XDC4", "BNG", "", (sample_folder(),)),
        family("Amina Hassan", "26W47-MWMW-WMM7", "ARA", "Flat 2", (sample_agreement(),)),
        family("Amina Hassan", "26W47-MWMW-WMM7", "ENG", "14 Mill Lane", (sample_agreement(),)),
    )
    return render_packs(PackBatch(SCHOOL, "Year 3 Oak, week 2026-W47", packs))


def expected_pages(rendered: Rendered) -> dict[int, PageCode | None]:
    """For each page of the PDF (1-based), the page its corner codes must name (None: not returnable)."""
    texts = page_texts(rendered.pdf)
    codes = ["26W47-K7QF-2XM9", "26W47-RQQA-XDC4", "26W47-MWMW-WMM7", "26W47-MWMW-WMM7"]
    households = [1, 1, 1, 2]
    ends = [*rendered.pack_starts[1:], rendered.pages + 1]
    expected: dict[int, PageCode | None] = {page: None for page in range(1, rendered.pages + 1)}
    for start, end, code, household in zip(rendered.pack_starts, ends, codes, households, strict=True):
        for page in range(start, end):
            text = texts[page - 1]
            # Blank backs and the class news are not sent back.
            if "left blank on purpose" in text or text.lstrip().startswith("Class news"):
                continue
            expected[page] = PageCode(code, household, page - start + 1)
    return expected


def turned(picture: Image.Image, degrees: float) -> Image.Image:
    """The picture turned anticlockwise, as a page lies crooked or sideways on a scanner."""
    if degrees == 0:
        return picture
    return picture.rotate(degrees, expand=True, fillcolor="white", resample=Image.Resampling.BICUBIC)


def angle_between(a: float, b: float) -> float:
    return abs((a - b + 180) % 360 - 180)


@pytest.mark.parametrize("dpi", [150, 300])
def test_every_returnable_page_is_known_with_its_rotation_and_resolution(batch: Rendered, dpi: int) -> None:
    expected = expected_pages(batch)
    returnable = [page for page, code in expected.items() if code is not None]
    assert len(returnable) >= 6 and len(returnable) < batch.pages, "the case is real"
    document = pypdfium2.PdfDocument(batch.pdf)
    try:
        for page, code in expected.items():
            picture = document[page - 1].render(scale=dpi / 72).to_pil()
            turn = TURNS[page % len(TURNS)]
            reading = read_page(turned(picture, turn))
            if code is None:
                assert reading.code is None and reading.problem, f"page {page} is not returnable"
                continue
            assert reading.code is not None, f"page {page} at {dpi} dpi turned {turn}: {reading.problem}"
            assert reading.code == code, f"page {page}"
            assert reading.codes_read == 2, f"page {page}: both corners read"
            assert reading.rotation is not None and angle_between(reading.rotation, turn) < 1.0, (
                f"page {page}: turned {turn}, read {reading.rotation}"
            )
            assert reading.dots_per_inch is not None and abs(reading.dots_per_inch - dpi) < dpi * 0.02
    finally:
        document.close()


def noisy_scan(picture: Image.Image, turn: float, seed: int) -> Image.Image:
    """A grey scan: turned, a little blurred, speckled, and JPEG-compressed."""
    rng = random.Random(seed)
    grey = turned(picture.convert("L"), turn).filter(ImageFilter.GaussianBlur(0.6))
    pixels = grey.load()
    assert pixels is not None
    for _ in range(grey.width * grey.height // 400):
        x, y = rng.randrange(grey.width), rng.randrange(grey.height)
        pixels[x, y] = rng.choice((0, 90, 255))
    buffer = io.BytesIO()
    grey.save(buffer, "JPEG", quality=55)
    return Image.open(io.BytesIO(buffer.getvalue()))


def test_a_copier_scan_pdf_of_noisy_crooked_pages_is_read_page_by_page(
    batch: Rendered, tmp_path: Path
) -> None:
    expected = expected_pages(batch)
    pages = [p for p, code in expected.items() if code is not None][:5]
    document = pypdfium2.PdfDocument(batch.pdf)
    try:
        scans = [
            noisy_scan(document[p - 1].render(scale=200 / 72).to_pil(), (-3, 2, 180, 90, -6)[i], p)
            for i, p in enumerate(pages)
        ]
    finally:
        document.close()
    path = tmp_path / "copier.pdf"
    scans[0].save(path, "PDF", resolution=200, save_all=True, append_images=scans[1:])
    read = [(scan.number, read_page(scan.picture)) for scan in scanned_pages(path)]
    assert [number for number, _ in read] == list(range(1, len(pages) + 1))
    for (number, reading), page in zip(read, pages, strict=True):
        code = expected[page]
        assert reading.code is not None and code is not None, f"scan page {number}: {reading.problem}"
        assert reading.code == code


def test_pictures_png_jpeg_and_multi_page_tiff_are_read(batch: Rendered, tmp_path: Path) -> None:
    expected = expected_pages(batch)
    pages = [p for p, code in expected.items() if code is not None][:3]
    document = pypdfium2.PdfDocument(batch.pdf)
    try:
        pictures = [document[p - 1].render(scale=150 / 72).to_pil().convert("RGB") for p in pages]
    finally:
        document.close()
    pictures[0].save(tmp_path / "one.png")
    pictures[1].rotate(90, expand=True).save(tmp_path / "two.jpg", quality=70)
    pictures[0].save(tmp_path / "all.tif", save_all=True, append_images=pictures[1:], compression="tiff_lzw")
    for name, wanted in (("one.png", pages[:1]), ("two.jpg", pages[1:2]), ("all.tif", pages)):
        found = [read_page(scan.picture).code for scan in scanned_pages(tmp_path / name)]
        assert found == [expected[p] for p in wanted], name


def test_a_page_without_corner_codes_says_so() -> None:
    blank = Image.new("RGB", (1240, 1754), "white")
    reading = read_page(blank)
    assert reading.code is None and reading.problem == "no page code could be read"


def test_corner_codes_of_two_different_pages_on_one_scan_are_not_trusted(batch: Rendered) -> None:
    expected = expected_pages(batch)
    first, second = [p for p, code in expected.items() if code is not None][:2]
    document = pypdfium2.PdfDocument(batch.pdf)
    try:
        a = document[first - 1].render(scale=150 / 72).to_pil()
        b = document[second - 1].render(scale=150 / 72).to_pil()
    finally:
        document.close()
    # The bottom half of the second page laid over the first: its bottom-right code names another page.
    a.paste(b.crop((0, b.height // 2, b.width, b.height)), (0, a.height // 2))
    reading = read_page(a)
    assert reading.code is None and "different pages" in reading.problem


def test_unreadable_files_get_a_clear_message(batch: Rendered, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(batch.pdf[:2000])
    text = tmp_path / "notes.txt"
    text.write_text("not a scan")
    locked = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(batch.pdf)))
    writer.encrypt("secret-office-password")
    with locked.open("wb") as handle:
        writer.write(handle)
    for path, words in (
        (empty, "is empty"),
        (broken, "scan it again"),
        (text, "neither a PDF nor"),
        (locked, "password"),
        (tmp_path / "missing.pdf", "is not a file"),
    ):
        with pytest.raises(ScanProblem, match=words):
            list(scanned_pages(path))


def test_a_reply_code_alone_is_not_taken_for_a_page_code() -> None:
    assert parse_page_code("26W47-K7QF-2XM9") is None
    assert parse_page_code("LB1:26W47-K7QF-2XM9:1:3") == PageCode("26W47-K7QF-2XM9", 1, 3)
    assert parse_page_code(PageCode("26W47-K7QF-2XM9", 2, 11).payload) == PageCode("26W47-K7QF-2XM9", 2, 11)


def test_one_corner_is_enough_to_know_the_page_and_roughly_how_it_lies(batch: Rendered) -> None:
    """A page folded or torn at one corner is still known, its turn from that code's orientation."""
    expected = expected_pages(batch)
    page = next(p for p, code in expected.items() if code is not None)
    document = pypdfium2.PdfDocument(batch.pdf)
    try:
        picture = document[page - 1].render(scale=150 / 72).to_pil().convert("RGB")
    finally:
        document.close()
    # White over the bottom-right corner code, as if that corner were folded under.
    picture.paste((255, 255, 255), (picture.width - 120, picture.height - 120, picture.width, picture.height))
    for turn in (0, 90, 180, -5):
        reading = read_page(turned(picture, turn))
        assert reading.code == expected[page] and reading.codes_read == 1
        assert reading.rotation is not None and angle_between(reading.rotation, turn) <= 2
        assert reading.dots_per_inch is None


def test_two_scans_read_at_the_same_time_give_each_its_own_pages(batch: Rendered, tmp_path: Path) -> None:
    """The office imports one stack while another is read (a second window, the command line): pdfium is
    not thread-safe, so each file's pages still come out whole, in order, and the right ones."""
    import threading

    alone = {p: picture.tobytes() for p, picture in enumerate(rasterise(batch.pdf, 100), start=1)}
    (tmp_path / "a.pdf").write_bytes(batch.pdf)
    (tmp_path / "b.pdf").write_bytes(batch.pdf)
    read: dict[str, list[tuple[int, bytes]]] = {}

    def read_file(name: str) -> None:
        read[name] = [
            (scan.number, scan.picture.convert("RGB").tobytes())
            for scan in scanned_pages(tmp_path / name, dpi=100)
        ]

    threads = [threading.Thread(target=read_file, args=(name,)) for name in ("a.pdf", "b.pdf")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name in ("a.pdf", "b.pdf"):
        assert [number for number, _ in read[name]] == list(alone)
        assert all(picture == alone[number] for number, picture in read[name]), name
