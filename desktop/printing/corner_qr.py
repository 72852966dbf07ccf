"""Corner codes encoded fast: the same QR symbols as reportlab's encoder with mask 0, at a tenth of its cost.

Every returnable page of a school's batch carries its own corner code (13,000 different symbols), and
reportlab's encoder spends about 2 ms on each: it rebuilds the Reed-Solomon generator polynomial, the
symbol's fixed patterns and the order of its data modules for every code. Those depend only on the
version, so they are made once per version here (by reportlab's encoder itself) and each code costs only
its own bits: the data codewords (reportlab's segment writer), their error correction (table lookups in
GF(256)), and placing the bits on a copy of the version's frame.
"""

from functools import lru_cache
from itertools import groupby

from reportlab.graphics.barcode import qrencoder

_LEVEL = qrencoder.QRErrorCorrectLevel.M
_MASK = 0
Modules = tuple[tuple[bool, ...], ...]


def corner_modules(value: str) -> Modules:
    """The value's QR code at level M with mask pattern 0: module for module what reportlab's
    QRCode.makeImpl(False, 0) draws for the version its calculate_version picks."""
    code = qrencoder.QRCode(None, _LEVEL)
    code.addData(value)
    version = code.calculate_version()
    frame, positions, blocks = _version_frame(version)
    buffer = _Bits()
    for segment in code.dataList:
        segment.write(buffer, version)
    words = _codewords(buffer, blocks)
    rows = [list(row) for row in frame]
    index = 0
    for word in words:
        for shift in (7, 6, 5, 4, 3, 2, 1, 0):
            row, column, masked = positions[index]
            rows[row][column] = bool((word >> shift) & 1) ^ masked
            index += 1
    for row, column, masked in positions[index:]:
        rows[row][column] = masked  # remainder bits: light, then masked like the data
    return tuple(tuple(row) for row in rows)


@lru_cache(maxsize=8)
def _version_frame(
    version: int,
) -> tuple[Modules, tuple[tuple[int, int, bool], ...], tuple[tuple[int, int], ...]]:
    """A version's fixed patterns, its data modules in placing order (row, column, mask bit), and its
    error-correction blocks (data codewords, total codewords)."""
    code = qrencoder.QRCode(version, _LEVEL)
    code.addData("0")
    code.makeImpl(False, _MASK)
    mask = qrencoder.QRUtil.getMask(_MASK)
    positions = tuple((row, column, bool(mask(row, column))) for column, row in code.dataPosIterator())
    frame = tuple(tuple(bool(dark) for dark in row) for row in code.modules)
    blocks = tuple(
        (block.dataCount, block.totalCount) for block in qrencoder.QRRSBlock.getRSBlocks(version, _LEVEL)
    )
    return frame, positions, blocks


class _Bits:
    """reportlab's QRBitBuffer held as one integer: its segment writers call put, bit by bit there."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, number: int, length: int) -> None:
        self.value = (self.value << length) | (number & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # reportlab's name
        self.put(int(bit), 1)

    def getLengthInBits(self) -> int:  # reportlab's name
        return self.length

    @property
    def buffer(self) -> list[int]:
        """The bits as bytes, the last one filled with zeros on the right."""
        padded = self.value << (-self.length % 8)
        return list(padded.to_bytes((self.length + 7) // 8, "big"))


def _codewords(buffer: _Bits, blocks: tuple[tuple[int, int], ...]) -> list[int]:
    """Data codewords padded as the standard says, then interleaved with their error correction
    (as reportlab's QRCode.createData and createBytes)."""
    capacity = sum(data for data, _ in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"code length overflow. ({buffer.getLengthInBits()} > {capacity})")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = (0xEC, 0x11)
    data = list(buffer.buffer)
    for i in range(capacity // 8 - len(data)):
        data.append(pads[i % 2])
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    offset = 0
    for data_count, total in blocks:
        block = data[offset : offset + data_count]
        offset += data_count
        data_blocks.append(block)
        ec_blocks.append(_remainder(block, total - data_count))
    words: list[int] = []
    for group in (data_blocks, ec_blocks):
        longest = max(len(block) for block in group)
        for i in range(longest):
            words += [block[i] for block in group if i < len(block)]
    return words


def _remainder(data: list[int], count: int) -> list[int]:
    """The Reed-Solomon error correction codewords of a block: data * x^count mod the generator."""
    exp, log = _tables()
    generator = _generator(count)
    remainder = [*data, *([0] * count)]
    for i in range(len(data)):
        coefficient = remainder[i]
        if coefficient:
            shift = log[coefficient]
            for j, term in enumerate(generator, start=i + 1):
                remainder[j] ^= exp[(term + shift) % 255]
    return remainder[len(data) :]


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Powers of 2 in GF(256) and their logarithms (reportlab's QRMath tables)."""
    exp = tuple(qrencoder.QRMath.gexp(i) for i in range(255))
    log = [0] * 256
    for i, value in enumerate(exp):
        log[value] = i
    return exp, tuple(log)


@lru_cache(maxsize=16)
def _generator(count: int) -> tuple[int, ...]:
    """The generator polynomial of degree count, as the logarithms of its coefficients after the leading 1."""
    polynomial = qrencoder.QRUtil.getErrorCorrectPolynomial(count)
    _, log = _tables()
    return tuple(log[polynomial.get(i)] for i in range(1, polynomial.getLength()))


def qr_path(modules: Modules, count: int, quiet: int = 2) -> str:
    """The dark modules as PDF path operators, a rectangle per run of dark modules in a row, in a form of
    count by count units with `quiet` light modules round the symbol: the text reportlab's path.rect
    writes for the same integer rectangles, without its number formatting on each of a page's runs."""
    rects = ["n"]  # a new path, as canvas.beginPath() starts one
    for row, cells in enumerate(modules):
        top = count - quiet - row - 1
        column = quiet
        for dark, run in groupby(cells):
            width = len(list(run))
            if dark:
                rects.append(f"{column} {top} {width} 1 re")
            column += width
    return " ".join(rects)
