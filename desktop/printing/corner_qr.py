"""QR codes encoded fast: the same symbols as reportlab's encoder, at a tenth of its cost or less.

Every returnable page of a school's batch carries its own corner code (13,000 different symbols), and
reportlab's encoder spends about 2 ms on each: it rebuilds the Reed-Solomon generator polynomial, the
symbol's fixed patterns and the order of its data modules for every code. Those depend only on the
version, so they are made once per version here (by reportlab's encoder itself) and each code costs only
its own bits: the data codewords (reportlab's segment writer), their error correction (table lookups in
GF(256)), and placing the bits on a copy of the version's frame. Corner codes use mask 0.

Each pack's reply code (1,500 different symbols a school) is drawn with the best of the eight masks, as
reportlab's QRCode.make() chooses it: eight trial symbols scored by its penalty rules, which cost it about
3 ms a code. Here each trial is the version's frame for that mask over the same data bits, scored by the
same rules on the symbol as one integer (best_mask_rows).
"""

import re
from functools import lru_cache
from itertools import groupby, zip_longest

from reportlab.graphics.barcode import qrencoder

_LEVEL = qrencoder.QRErrorCorrectLevel.M
_MASK = 0
Modules = tuple[tuple[bool, ...], ...]


def corner_modules(value: str) -> Modules:
    """The value's QR code at level M with mask pattern 0: module for module what reportlab's
    QRCode.makeImpl(False, 0) draws for the version its calculate_version picks."""
    rows = corner_rows(value)
    size = len(rows)
    return tuple(tuple(bool(row >> column & 1) for column in range(size)) for row in rows)


def corner_rows(value: str) -> tuple[int, ...]:
    """The same symbol as corner_modules, a row at a time: bit c of a row is its module in column c.

    The symbol is one integer, a bit per module: the version's fixed patterns and the mask over its data
    modules (made once), with each data codeword's bits placed by a table of the version (a codeword's
    256 values and where their bits go), so a code costs a lookup per codeword instead of a step per bit.
    """
    version, size, data = _data_bits(value)
    return _rows(_fixed(version, _MASK, False) ^ data, size)


def best_mask_rows(value: str) -> tuple[int, ...]:
    """The value's QR code at level M as reportlab's QRCode.make() draws it, rows as in corner_rows: the
    mask whose trial symbol (format information left light) has the fewest penalty points, the first of
    equals (QRCode.getBestMaskPattern and QRUtil.getLostPoint)."""
    version, size, data = _data_bits(value)
    best, lowest = 0, 0
    for mask in range(8):
        points = _lost_points(_fixed(version, mask, True) ^ data, size)
        if mask == 0 or points < lowest:
            best, lowest = mask, points
    return _rows(_fixed(version, best, False) ^ data, size)


def _rows(symbol: int, size: int) -> tuple[int, ...]:
    full = (1 << size) - 1
    return tuple((symbol >> (row * size)) & full for row in range(size))


def _data_bits(value: str) -> tuple[int, int, int]:
    """The value's version, the symbol's size, and its codewords' bits placed (before any mask)."""
    code = qrencoder.QRCode(None, _LEVEL)
    code.addData(value)
    version = _version(code)
    size, placed, blocks = _version_tables(version)
    buffer = _Bits()
    for segment in code.dataList:
        segment.write(buffer, version)
    data = 0
    for word, table in zip(_codewords(buffer, blocks), placed, strict=False):
        data ^= table[word]
    return version, size, data


_VERSIONS: dict[tuple[tuple[type, int], ...], int] = {}


def _version(code: qrencoder.QRCode) -> int:
    """reportlab's calculate_version for the code, kept for each kind and length of its segments (all that
    it looks at): a school's corner codes are all of one or two lengths."""
    key = tuple((type(segment), len(segment)) for segment in code.dataList)
    found = _VERSIONS.get(key)
    if found is None:
        if len(_VERSIONS) >= 1024:
            _VERSIONS.clear()
        found = _VERSIONS[key] = code.calculate_version()
    return found


@lru_cache(maxsize=8)
def _version_tables(version: int) -> tuple[int, tuple[tuple[int, ...], ...], tuple[tuple[int, int], ...]]:
    """A version's size; for each data codeword, the bits each of its 256 values sets; and its
    error-correction blocks."""
    positions, blocks = _version_layout(version)
    size = version * 4 + 17
    placed: list[tuple[int, ...]] = []
    for first in range(0, len(positions) - 7, 8):
        bits = [1 << (row * size + column) for row, column in positions[first : first + 8]]
        table = [0] * 256
        for value in range(1, 256):
            low = value & -value  # the lowest set bit; bit 7 of the codeword is placed first
            table[value] = table[value ^ low] | bits[7 - low.bit_length() + 1]
        placed.append(tuple(table))
    return size, tuple(placed), blocks


@lru_cache(maxsize=8)
def _version_layout(version: int) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """A version's data modules in placing order (row, column) and its error-correction blocks (data
    codewords, total codewords)."""
    code = qrencoder.QRCode(version, _LEVEL)
    code.addData("0")
    code.makeImpl(False, _MASK)  # sets the symbol's size, which the data modules' order depends on
    positions = tuple((row, column) for column, row in code.dataPosIterator())
    blocks = tuple(
        (block.dataCount, block.totalCount) for block in qrencoder.QRRSBlock.getRSBlocks(version, _LEVEL)
    )
    return positions, blocks


@lru_cache(maxsize=64)
def _fixed(version: int, mask: int, test: bool) -> int:
    """A version's fixed patterns and format information for the mask (light in a trial symbol, as
    reportlab's makeImpl(test=True) leaves it), with the mask over every data module (the remainder bits
    after the codewords are light, then masked like the data)."""
    code = qrencoder.QRCode(version, _LEVEL)
    code.addData("0")
    code.makeImpl(test, mask)
    size = version * 4 + 17
    fixed = 0
    for row, cells in enumerate(code.modules):
        for column, dark in enumerate(cells):
            if dark:
                fixed |= 1 << (row * size + column)
    flips = qrencoder.QRUtil.getMask(mask)
    for row, column in _version_layout(version)[0]:
        fixed &= ~(1 << (row * size + column))  # the data "0" the frame was made with
        if flips(row, column):
            fixed |= 1 << (row * size + column)
    return fixed


_FINDER_LIKE = (True, False, True, True, True, False, True, False, False, False, False)
"""The run reportlab's third penalty rule looks for (dark, light, three dark, light, dark, four light)."""


def _lost_points(symbol: int, size: int) -> int:
    """reportlab's QRUtil.getLostPoint for a symbol held as one integer (bit row * size + column).

    Rule 1: each run of five or more same modules in a row or column, its length less 2. Rule 2: 3 for
    each 2x2 block of one colour. Rule 3: 40 for each finder-like run in a row, starting at least 11
    modules before the row's end (reportlab compares a column, a tuple, with its pattern, a list, so
    columns never match). Rule 4: 10 for each 5 % the dark modules are away from half.
    """
    cells = size * size
    every = (1 << cells) - 1
    starts_within = _starts_within(size)
    same_right = ~(symbol ^ (symbol >> 1)) & starts_within[1]
    same_below = ~(symbol ^ (symbol >> size)) & (1 << (cells - size)) - 1
    points = 0
    for same, step in ((same_right, 1), (same_below, size)):
        fives = same & (same >> step) & (same >> 2 * step) & (same >> 3 * step)
        first_fives = fives & ~(same << step)
        points += fives.bit_count() + 2 * first_fives.bit_count()
    same_diagonal = ~(symbol ^ (symbol >> (size + 1)))
    points += 3 * (same_right & same_below & same_diagonal).bit_count()
    found = starts_within[11]
    inverse = ~symbol & every
    for offset, dark in enumerate(_FINDER_LIKE):
        found &= (symbol if dark else inverse) >> offset
    points += 40 * found.bit_count()
    dark_percent = 100 * symbol.bit_count() // cells
    points += 10 * (abs(dark_percent - 50) // 5)
    return points


@lru_cache(maxsize=8)
def _starts_within(size: int) -> dict[int, int]:
    """Where along a row the penalty rules look, as a mask of the symbol: at 1, every column but the last
    (a module and the one to its right); at 11, where a finder-like run may start (reportlab's rule 3
    stops one column before the last place an 11-module run would fit)."""
    found: dict[int, int] = {}
    for length, last in ((1, size - 2), (11, size - 12)):
        row = (1 << (last + 1)) - 1 if last >= 0 else 0
        found[length] = sum(row << (r * size) for r in range(size))
    return found


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
        if len(group) == 1:
            words += group[0]
            continue
        for column in zip_longest(*group):
            words += [word for word in column if word is not None]
    return words


def _remainder(data: list[int], count: int) -> list[int]:
    """The Reed-Solomon error correction codewords of a block: data * x^count mod the generator.

    Divided a codeword at a time as a shift register held in one integer (its first byte the highest):
    each step shifts in a zero and adds the generator times the byte leaving, read from a table."""
    multiples = _generator_multiples(count)
    top = 8 * (count - 1)
    mask = (1 << (8 * count)) - 1
    remainder = 0
    for word in data:
        remainder = ((remainder << 8) & mask) ^ multiples[word ^ (remainder >> top)]
    return list(remainder.to_bytes(count, "big"))


@lru_cache(maxsize=16)
def _generator_multiples(count: int) -> tuple[int, ...]:
    """The generator's coefficients after its leading 1 times each value of GF(256), as integers of count
    bytes (the first coefficient in the highest byte)."""
    exp, log = _tables()
    generator = _generator(count)
    multiples = [0]
    for value in range(1, 256):
        shift = log[value]
        multiples.append(int.from_bytes(bytes(exp[(term + shift) % 255] for term in generator), "big"))
    return tuple(multiples)


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


def rows_path(rows: tuple[int, ...], count: int, quiet: int = 2) -> str:
    """qr_path's text for a symbol given as corner_rows: the same rectangles in the same order, each
    row's written once per process (a corner code's rows are mostly its version's fixed patterns)."""
    top = count - quiet
    return "n " + " ".join(
        filter(None, (_row_path(row, top - index - 1, quiet) for index, row in enumerate(rows)))
    )


_RUN = re.compile("1+")


@lru_cache(maxsize=8192)
def _row_path(row: int, top: int, quiet: int) -> str:
    cells = f"{row:b}"[::-1]  # column 0 first
    return " ".join(f"{quiet + m.start()} {top} {m.end() - m.start()} 1 re" for m in _RUN.finditer(cells))
