"""Several PDFs this program made joined into one, page for page, without reading their pages again.

A school's batch is a PDF per class, rendered in worker processes; pypdf joined them by parsing and
rewriting every object of 13,000 pages in the calling process (about half a millisecond a page, as much
as gathering the packs' data). reportlab writes each object whole, in number order at the offsets its
cross-reference table gives, so here each object is copied as it is under a new number (past the objects
before it): only the references in its dictionary ("12 0 R") change, never a stream's bytes. Each part's
page tree hangs under one new root; its own catalogue and document information are left out (null).

A PDF laid out otherwise (not one cross-reference section from object 0, objects out of order) raises
NotJoinable: the caller joins those another way.
"""

import re
from dataclasses import dataclass, field

_START = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SECTION = re.compile(rb"xref\s+0 (\d+)\s+")
_TRAILER_REFS = re.compile(rb"/(Root|Info) (\d+) 0 R")
_REFERENCE = re.compile(rb"(\d+) 0 R\b")
_HEADER = re.compile(rb"%PDF-(\d\.\d)")
_PAGES = re.compile(rb"/Pages (\d+) 0 R")
_COUNT = re.compile(rb"/Count (\d+)")
_ENTRY = 20
"""Bytes in one cross-reference entry: 10-digit offset, space, 5-digit generation, space, n or f, EOL."""
_FIRST = 4
"""Objects 1 to 3 are the joined document's page tree root, catalogue and information."""


class NotJoinable(ValueError):
    """A PDF not laid out as reportlab writes them."""


def _renumbered(head: bytes, shift: int) -> bytes:
    return _REFERENCE.sub(lambda found: b"%d 0 R" % (int(found[1]) + shift), head)


@dataclass
class JoinedPdf:
    """PDFs added one after another become one document: `add` each, then `pdf`."""

    title: str
    _objects: list[bytes] = field(default_factory=list)
    """The joined objects from number _FIRST on, each as written ("n 0 obj ... endobj")."""
    _kids: list[int] = field(default_factory=list)
    _pages: int = 0
    _version: bytes = b"1.4"

    def add(self, pdf: bytes) -> None:
        """Append every page of pdf."""
        start = _START.search(pdf[-64:])
        header = _HEADER.match(pdf)
        if start is None or header is None:
            raise NotJoinable("no cross-reference table at the end")
        table = int(start[1])
        section = _SECTION.match(pdf, table)
        if section is None:
            raise NotJoinable("the cross-reference table is not one section from object 0")
        count = int(section[1])
        entries = pdf[section.end() : section.end() + count * _ENTRY]
        offsets = [int(entries[i * _ENTRY : i * _ENTRY + 10]) for i in range(1, count)]
        if any(entries[i * _ENTRY + 17 : i * _ENTRY + 18] != b"n" for i in range(1, count)):
            raise NotJoinable("an object is missing")
        trailer = dict((name, int(number)) for name, number in _TRAILER_REFS.findall(pdf, section.end()))
        if b"Root" not in trailer or offsets != sorted(offsets):
            raise NotJoinable("no catalogue, or objects out of order")
        shift = _FIRST + len(self._objects) - 1
        ends = [*offsets[1:], table]
        left_out = {trailer[b"Root"], trailer.get(b"Info")}
        root: int | None = None
        joined: list[bytes] = []
        for number, (begin, end) in enumerate(zip(offsets, ends, strict=True), start=1):
            body = pdf[begin:end]
            opening = b"%d 0 obj" % number
            if not body.startswith(opening):
                raise NotJoinable(f"object {number} is not where the table says")
            if number in left_out:
                if number == trailer[b"Root"]:
                    found = _PAGES.search(body)
                    if found is None:
                        raise NotJoinable("the catalogue names no page tree")
                    root = int(found[1])
                joined.append(b"%d 0 obj\nnull\nendobj\n" % (number + shift))
                continue
            cut = body.find(b"stream", len(opening))
            head, tail = (body, b"") if cut < 0 else (body[:cut], body[cut:])
            joined.append(b"%d 0 obj" % (number + shift) + _renumbered(head[len(opening) :], shift) + tail)
        if root is None:
            raise NotJoinable("no page tree")
        index = root - 1
        tree = joined[index]
        pages = _COUNT.search(tree)
        if pages is None:
            raise NotJoinable("the page tree does not count its pages")
        inside = tree.index(b"<<") + 2
        joined[index] = tree[:inside] + b"\n/Parent 1 0 R" + tree[inside:]
        self._objects += joined
        self._kids.append(root + shift)
        self._pages += int(pages[1])
        self._version = max(self._version, header[1])

    @property
    def pages(self) -> int:
        return self._pages

    def pdf(self) -> bytes:
        """The joined document."""
        kids = " ".join(f"{kid} 0 R" for kid in self._kids)
        title = self.title.encode("utf-16-be").hex().upper().encode()
        first = [
            f"1 0 obj\n<<\n/Count {self._pages} /Kids [ {kids} ] /Type /Pages\n>>\nendobj\n".encode(),
            b"2 0 obj\n<<\n/PageMode /UseNone /Pages 1 0 R /Type /Catalog\n>>\nendobj\n",
            b"3 0 obj\n<<\n/Creator (Linkbook) /Producer (Linkbook) /Title <FEFF%s>\n>>\nendobj\n" % title,
        ]
        out = bytearray(b"%PDF-" + self._version + b"\n%\x93\x8c\x8b\x9e\n")
        offsets: list[int] = []
        for part in (*first, *self._objects):
            offsets.append(len(out))
            out += part
        table = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<<\n/Info 3 0 R /Root 2 0 R /Size %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (
            len(offsets) + 1,
            table,
        )
        return bytes(out)
