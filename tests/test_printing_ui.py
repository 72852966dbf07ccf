"""The app's side of paper: preview, printing to a real CUPS queue, and typing in a paper reply."""

import io
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.domain.calendar import Period
from desktop.domain.linkbook import Method
from desktop.printing.page_codes import parse_page_code
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.print_packs import PackOptions, PrintPackService
from desktop.services.reply_codes import ReplyCodeService
from desktop.services.school import SchoolService
from desktop.ui.paper_reply import PaperReplyDialog
from desktop.ui.print_preview import PrintPreviewDialog, print_pdf
from tests import printing_fixtures
from tests.printing_fixtures import DEMO_WEEK, needs_poppler, render_page

demo_context = printing_fixtures.demo_context
demo_vault = printing_fixtures.demo_vault

QUEUE = "LinkbookPDF"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
WEEK = Period.parse(DEMO_WEEK)


@pytest.fixture
def pupil_pack(demo_context: ServiceContext) -> tuple[bytes, str]:
    """One pupil's week (the first on the register) and the reply code printed on it."""
    pupil = SchoolService(demo_context).pupils()[0]
    pdf = PrintPackService(demo_context).pupil_week(pupil.id, WEEK, PackOptions(teacher_list=False))
    return pdf, ReplyCodeService(demo_context).code_for(pupil.id, WEEK)


def test_preview_shows_every_page(qtbot, pupil_pack: tuple[bytes, str]) -> None:
    pdf, _ = pupil_pack
    dialog = PrintPreviewDialog(pdf, "Week 47")
    qtbot.addWidget(dialog)
    assert dialog.source.pages == len(PdfReader(io.BytesIO(pdf)).pages)
    assert str(dialog.source.pages) in dialog.pages_label.text()
    assert dialog.print_button.accessibleName() == "Print"


def cups_pdf_out_dir() -> Path:
    """Where cups-pdf writes (its Out setting); ${HOME} is the submitting user's home."""
    text = CUPS_PDF_CONF.read_text()
    match = re.search(r"^Out\s+(.+)$", text, re.MULTILINE)
    out = match[1].strip() if match else "/var/spool/cups-pdf/${USER}"
    return Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", Path.home().name))


def queue_ready() -> bool:
    if shutil.which("lpstat") is None or not CUPS_PDF_CONF.exists():
        return False
    return subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode == 0


@needs_poppler
@pytest.mark.skipif(not queue_ready(), reason="no LinkbookPDF queue (tests/setup.d/printing.sh sets it up)")
def test_a_pack_printed_through_qt_to_a_real_cups_queue_comes_out_whole(
    qapp, pupil_pack: tuple[bytes, str]
) -> None:
    pdf, code = pupil_pack
    info = next((p for p in QPrinterInfo.availablePrinters() if p.printerName() == QUEUE), None)
    assert info is not None, "Qt does not see the CUPS queue"
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setResolution(150)
    title = f"linkbook-test-{uuid.uuid4().hex[:12]}"
    printer.setDocName(title)
    out_dir = cups_pdf_out_dir()
    pages = print_pdf(pdf, printer)
    deadline = time.monotonic() + 90
    printed = b""
    found: list[Path] = []
    while time.monotonic() < deadline:
        found = sorted(out_dir.glob(f"{title}*.pdf")) if out_dir.exists() else []
        if found:
            data = found[0].read_bytes()
            if data.rstrip().endswith(b"%%EOF") and data == printed:
                break  # whole, and no longer growing
            printed = data
        time.sleep(0.5)
    assert found, f"cups-pdf wrote nothing to {out_dir} within 90 s"
    found[0].unlink()
    assert len(PdfReader(io.BytesIO(printed)).pages) == pages
    decoded = [r.text for r in zxingcpp.read_barcodes(render_page(printed, 1, dpi=100))]
    # The corner codes naming the page (see test_paper_returns_reading) are left aside here.
    reply_codes = [text for text in decoded if parse_page_code(text) is None]
    assert reply_codes == [code], "the printed page's QR code does not carry the pack's reply code"


def test_typing_a_code_opens_the_week_and_saves_a_paper_reply(qtbot, demo_context: ServiceContext) -> None:
    pupil = SchoolService(demo_context).pupils()[2]
    code = ReplyCodeService(demo_context).code_for(pupil.id, WEEK)
    dialog = PaperReplyDialog(demo_context)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("nonsense")
    dialog.find()
    assert "is not a reply code" in dialog.message.text()
    assert not dialog.save_button.isEnabled()

    dialog.code_edit.setText(code.lower().replace("-", " "))
    dialog.find()
    assert pupil.display_name in dialog.message.text()
    assert dialog.code_edit.text() == code
    assert dialog.day_box.count() > 0 and dialog.save_button.isEnabled()
    entry_id = dialog.day_box.currentData()
    dialog.who_box.setEditText("Ngozi Adeyemi")
    dialog.reply_edit.setPlainText("Thank you, she loved it.")
    dialog.read_box.setChecked(True)
    with qtbot.waitSignal(dialog.recorded, timeout=2000) as signal:
        dialog.save()
    assert signal.args == [entry_id]
    stored = LinkBookService(demo_context).entry(entry_id)
    assert stored.replies[-1].text == "Thank you, she loved it."
    assert stored.replies[-1].method is Method.PAPER
    assert any(a.by_name == "Ngozi Adeyemi" and a.method is Method.PAPER for a in stored.acknowledgements)
    assert "Saved" in dialog.message.text()
