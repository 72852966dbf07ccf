"""The fast encoder draws exactly the symbols reportlab's own encoder draws (corner codes with mask 0, reply
codes with the mask reportlab chooses as best of the eight), so a page's codes read back the same (and
printed pages do not change)."""

import random
import string

import pytest
from reportlab.graphics.barcode import qrencoder

from desktop.printing.blocks import qr_modules
from desktop.printing.corner_qr import corner_modules, qr_path


def reportlab_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    count = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(count)) for r in range(count))


def corner_payloads(count: int) -> list[str]:
    rng = random.Random(20)
    alphabet = string.ascii_uppercase + string.digits

    def part(length: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(length))

    return [
        f"LB1:{part(5)}-{part(4)}-{part(4)}:{rng.randint(1, 3)}:{rng.choice([1, 2, 9, 12, 101, 901, 999])}"
        for _ in range(count)
    ]


def test_corner_codes_match_reportlab_module_for_module() -> None:
    for payload in corner_payloads(300):
        assert corner_modules(payload) == reportlab_modules(payload), payload


@pytest.mark.parametrize(
    "value", ["", "7", "0123456789", "HELLO WORLD", "Zażółć gęślą jaźń", "مرحبا", "x" * 120]
)
def test_other_texts_and_sizes_match_reportlab(value: str) -> None:
    """Numeric, alphanumeric and byte segments, and versions past the corner codes' own."""
    assert corner_modules(value) == reportlab_modules(value)


def test_path_covers_exactly_the_dark_modules() -> None:
    modules = corner_modules("LB1:26W47-K7QF-2XM9:1:3")
    size = len(modules)
    count = size + 4
    painted = set()
    operators = qr_path(modules, count, 2).split()
    assert operators[0] == "n"
    for i in range(1, len(operators), 5):
        x, y, width, height, op = operators[i : i + 5]
        assert op == "re" and height == "1"
        row = count - 2 - 1 - int(y)
        painted |= {(row, int(x) - 2 + k) for k in range(int(width))}
    dark = {(r, c) for r in range(size) for c in range(size) if modules[r][c]}
    assert painted == dark


def reportlab_best_mask_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    count = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(count)) for r in range(count))


def reply_codes(count: int) -> list[str]:
    rng = random.Random(47)
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

    def part(length: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(length))

    return [
        f"{rng.randint(24, 40)}{rng.choice('WM')}{rng.randint(1, 52):02d}-{part(4)}-{part(4)}"
        for _ in range(count)
    ]


def test_reply_codes_match_reportlab_with_the_mask_it_chooses() -> None:
    """Each pack's reply code is drawn with the mask reportlab's encoder picks as best of the eight."""
    for value in reply_codes(400):
        assert qr_modules(value) == reportlab_best_mask_modules(value), value


@pytest.mark.parametrize(
    "value",
    [
        "",
        "7",
        "0123456789" * 9,
        "HELLO WORLD",
        "Zażółć gęślą jaźń",
        "مرحبا",
        "x" * 120,
        "linkbook-enrol:" + "Q" * 300,
        "x" * 1000,
    ],
)
def test_other_texts_and_versions_match_reportlab_with_the_mask_it_chooses(value: str) -> None:
    """Numeric, alphanumeric and byte segments, and versions with version information (7 and up)."""
    assert qr_modules(value) == reportlab_best_mask_modules(value)
