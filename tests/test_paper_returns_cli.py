"""`linkbook slips import`: one line a page, a clear message for a file that cannot be read, a summary."""

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from desktop.domain.linkbook import Method
from desktop.domain.pupils import Pupil
from desktop.printing.page_areas import AreaKind
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from tests.conftest import PASSPHRASE
from tests.paper_scans import spoil, tick
from tests.test_cli import linkbook
from tests.test_paper_returns_filing import of_kind, printed_week, save_week, scan_file


def test_slips_import_files_a_stack_and_says_what_became_of_each_page(
    senco_context: ServiceContext, small_school: dict[str, object], tmp_path: Path, data_dir: Path
) -> None:
    zofia: Pupil = small_school["pupils"][0]  # type: ignore[index]
    entries = save_week(senco_context, zofia)
    pictures, layouts = printed_week(senco_context, zofia, 200)
    first = min(layouts)
    tick(pictures[first - 1], of_kind(layouts[first], AreaKind.TICK)[0], 200)
    stack = scan_file(tmp_path / "stack.pdf", [spoil(p, 0, seed=n) for n, p in enumerate(pictures)])
    locked = tmp_path / "locked.pdf"
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(stack.read_bytes())))
    writer.encrypt("secret")
    with locked.open("wb") as handle:
        writer.write(handle)

    result = linkbook(
        "slips", "import", "--data-dir", str(data_dir), str(locked), str(stack), passphrase=PASSPHRASE
    )

    assert result.returncode == 2, result.stderr
    assert "locked.pdf: not imported: locked.pdf is protected by a password" in result.stderr
    lines = result.stdout.splitlines()
    returnable, blank = len(layouts), len(pictures) - len(layouts)
    assert len(lines) == len(pictures) + 1
    assert (
        lines[first - 1]
        == f"page {first}: filed: Zofia Wiśniewska, link book Mon 16 Nov (ticked read), read: yes"
    )
    assert sum(": filed: Zofia Wiśniewska, " in line for line in lines) == returnable
    assert sum(": not a returned page: a blank page" in line for line in lines) == blank
    assert lines[-1] == f"{returnable} filed, 0 to review, {blank} not returned pages"
    entry = LinkBookService(senco_context).entry(entries[min(entries)].id)
    assert [a.method for a in entry.acknowledgements] == [Method.PAPER]

    again = linkbook("slips", "import", "--data-dir", str(data_dir), str(tmp_path), passphrase=PASSPHRASE)
    assert again.returncode == 2 and "locked.pdf" in again.stderr, "a folder stands for the files in it"
    assert again.stdout.splitlines()[-1] == lines[-1]
    assert f"{lines[first - 1]} (imported before, unchanged)" in again.stdout.splitlines()
    entry = LinkBookService(senco_context).entry(entries[min(entries)].id)
    assert len(entry.acknowledgements) == 1, "nothing filed twice"
