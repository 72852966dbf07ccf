"""Text in every script prints shaped and in reading order: proved from the glyphs in the PDF."""

import io

import pytest
import uharfbuzz
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.fonts import Face, font_name, fonts_for
from desktop.printing.resources import resources_dir
from desktop.printing.text import TextStyle, bidi_levels, draw_text, layout, visual_order
from tests.printing_fixtures import Glyph, glyphs


def one_line_pdf(text: str, language: str | None = None, size: float = 18) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    draw_text(canvas, text, TextStyle(size=size, language=language), 40, 780, 515)
    canvas.save()
    return buffer.getvalue()


def harfbuzz_glyphs(text: str, face: Face, rtl: bool) -> list[int]:
    """What HarfBuzz itself draws for the text, in drawing (left-to-right) order."""
    blob = uharfbuzz.Blob.from_file_path(str(resources_dir() / "fonts" / f"Noto{face.value}-Regular.ttf"))
    font = uharfbuzz.Font(uharfbuzz.Face(blob))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
    return [info.codepoint for info in buffer.glyph_infos]


def find_run(drawn: list[int], wanted: list[int], start: int = 0) -> int:
    """Index in drawn where the glyph sequence wanted begins (drawn and wanted in drawing order)."""
    for index in range(start, len(drawn) - len(wanted) + 1):
        if drawn[index : index + len(wanted)] == wanted:
            return index
    raise AssertionError(f"glyphs {wanted} not found in the line {drawn}")


def assert_right_to_left(text: str, language: str, face: Face) -> None:
    """Each word is drawn as HarfBuzz shapes it, the words stand right to left in reading order, and the
    digits of each number stand left to right in their own order."""
    pdf = one_line_pdf(text, language)
    line: list[Glyph] = glyphs(pdf)  # in the order drawn: runs left to right, each as HarfBuzz laid it out
    drawn = [g.gid for g in line]
    positions: list[float] = []
    for word in text.split():
        is_number = word.isdigit()
        shaped_face = face  # digits stay in the face of the text around them, which has them
        expected = harfbuzz_glyphs(word, shaped_face, rtl=not is_number)
        index = find_run(drawn, expected)
        placed = line[index : index + len(expected)]
        if is_number:
            digits = [pdfmetrics.getFont(font_name(shaped_face)).face.charToGlyph[ord(d)] for d in word]
            assert expected == digits, "a number's digits are drawn in their own order"
            xs = [g.x for g in placed]
            assert xs == sorted(xs), "a number's digits stand left to right"
        positions.append(sum(g.x for g in placed) / len(placed))
    assert positions == sorted(positions, reverse=True), f"words not right to left: {positions}"


def test_arabic_line_reads_right_to_left_with_numbers_intact() -> None:
    assert_right_to_left("قرأنا اليوم 12 صفحة من الكتاب في 2026", "ARA", Face.NASKH)


def test_urdu_line_in_nastaliq_reads_right_to_left_with_numbers_intact() -> None:
    assert_right_to_left("آج ہم نے 15 صفحات پڑھے اور 2026 میں", "URD", Face.NASTALIQ)


def test_arabic_letters_are_joined_not_isolated() -> None:
    word = "الكتاب"
    pdf = one_line_pdf(word, "ARA")
    cmap = pdfmetrics.getFont(font_name(Face.NASKH)).face.charToGlyph
    drawn = [g.gid for g in glyphs(pdf)]
    isolated = [cmap[ord(c)] for c in reversed(word)]
    assert drawn == harfbuzz_glyphs(word, Face.NASKH, rtl=True)
    assert drawn != isolated, "the letters were drawn in their isolated forms"


@pytest.mark.parametrize(
    ("text", "face"),
    [
        ("ক্ষমা কিতাব", Face.BENGALI),
        ("ਗੁਰਪ੍ਰੀਤ ਕਿਤਾਬ", Face.GURMUKHI),
        ("ક્ષમા કિતાબ", Face.GUJARATI),
        ("க்ஷேமம் கொடு", Face.TAMIL),
    ],
)
def test_indic_line_is_shaped_as_harfbuzz_says(text: str, face: Face) -> None:
    """Conjuncts and vowel signs: the glyphs drawn are HarfBuzz's, not one glyph per character."""
    pdf = one_line_pdf(text)
    drawn = [g.gid for g in glyphs(pdf)]
    cmap = pdfmetrics.getFont(font_name(face)).face.charToGlyph
    unshaped = [cmap[ord(c)] for c in text]
    assert drawn == harfbuzz_glyphs(text, face, rtl=False)
    assert drawn != unshaped


def test_mixed_line_takes_a_font_per_script_and_never_an_empty_box() -> None:
    text = "Reply from ঋতব্রত's mother, أمينة, and ਗੁਰਪ੍ਰੀਤ: OK (12)"
    pdf = one_line_pdf(text)
    found = glyphs(pdf)
    assert {g.font for g in found} == {
        font_name(Face.LATIN),
        font_name(Face.BENGALI),
        font_name(Face.NASKH),
        font_name(Face.GURMUKHI),
    }
    assert all(g.gid != 0 for g in found), ".notdef (an empty box) was drawn"


def test_shared_characters_stay_with_the_script_around_them() -> None:
    fonts = fonts_for("মা, ১২ বছর")
    assert set(fonts) == {font_name(Face.BENGALI)}
    assert fonts_for("abc - أمينة")[4] == font_name(Face.LATIN)


def test_bidi_levels_and_visual_order() -> None:
    assert bidi_levels("abc", rtl=False) == [0, 0, 0]
    levels = bidi_levels("مرحبا 123 abc", rtl=True)
    assert levels[6:9] == [2, 2, 2]
    assert visual_order([1, 2, 1]) == [2, 1, 0]
    assert visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]


def test_long_text_wraps_within_the_width_in_any_script() -> None:
    style = TextStyle(size=12)
    for text in ("word " * 60, "کلمہ " * 60, "শব্দ " * 60):
        lines = layout(text, style, 200, rtl=None)
        assert len(lines) > 3
        assert all(line.width <= 200 + 0.01 for line in lines)


def test_text_after_raised_marks_sits_on_the_line() -> None:
    # Nastaliq raises some marks with the text rise; the Latin words after them, and the next line, must sit
    # on their own baseline and not print raised (a mood line of a pack in Urdu printed its note raised).
    text = "Lunchtime / دوپہر کے کھانے کا وقت: Unsettled / بے چین — Needed time in the calm room"
    style = TextStyle(size=11, language="URD")

    def latin_tops(first: str | None) -> list[float]:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=True)
        used = draw_text(canvas, first, style, 40, 780, 515) if first else 0.0
        draw_text(canvas, "Afternoon: calm", style, 40, 700 - used, 515)
        canvas.save()
        drawn = glyphs(buffer.getvalue())
        assert not first or font_name(Face.NASTALIQ) in {g.font for g in drawn}
        return [round(g.top, 2) for g in drawn if g.font == font_name(Face.LATIN)]

    after = latin_tops(text)
    first_line = [top for top in after if top < after[0] + 5]
    assert len(first_line) > 30, "the first line's Latin words were all drawn"
    assert set(first_line) == {after[0]}, "every Latin word of the line on one baseline"
    next_line = [top for top in after if top > after[0] + 5]
    used = draw_text(Canvas(io.BytesIO()), text, style, 40, 780, 515)
    alone = latin_tops(None)
    assert [round(top - used, 1) for top in next_line] == [round(top, 1) for top in alone], "not raised"
