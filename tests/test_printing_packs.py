"""Class packs from a real (encrypted) demo school: hand-out order, new sheets, reply codes that come back."""

import io
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from desktop.domain.calendar import Period
from desktop.domain.families import Channel, FamilyMember, Relationship
from desktop.domain.linkbook import Method
from desktop.printing.agreement import AgreementSheet
from desktop.printing.folder import WorkFolderSheet
from desktop.printing.home_learning import HomeLearningSlips
from desktop.printing.newsletter import Newsletter
from desktop.printing.packs import pack_count_pages
from desktop.printing.page_codes import parse_page_code
from desktop.printing.week import LinkBookWeek
from desktop.services.context import ServiceContext
from desktop.services.linkbook import LinkBookService
from desktop.services.print_packs import PackOptions, PrintPackService, households
from desktop.services.reply_codes import (
    MistypedCode,
    ReplyCodeService,
    UnknownCode,
    check_character,
    make_code,
    normalise,
    parse,
)
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from tests import printing_fixtures
from tests.printing_fixtures import DEMO_WEEK, PASSPHRASE, needs_poppler, page_texts, render_page

demo_context = printing_fixtures.demo_context
demo_vault = printing_fixtures.demo_vault

WEEK = Period.parse(DEMO_WEEK)


@pytest.fixture
def oak(demo_context: ServiceContext) -> str:
    return SchoolService(demo_context).classes()[0].id


def test_class_pack_starts_every_pack_on_a_front_page_in_register_order(
    demo_context: ServiceContext, oak: str
) -> None:
    rendered = PrintPackService(demo_context).class_packs(oak, WEEK, PackOptions(folders=True))
    pages = page_texts(rendered.pdf)
    assert len(pages) == rendered.pages and rendered.pages % 2 == 0
    assert "Packs to hand out" in pages[0]
    assert all(start % 2 == 1 for start in rendered.pack_starts), rendered.pack_starts
    assert all(count % 2 == 0 for count in pack_count_pages(rendered))
    # Surnames: the demo's Latin surnames read back as text; shaped Tamil or Bengali names do not.
    register = [p.last_name for p in SchoolService(demo_context).pupils(oak)]
    handed_out = [next(n for n in register if n in pages[start - 1]) for start in rendered.pack_starts]
    assert handed_out == sorted(handed_out, key=register.index)
    assert set(handed_out) == set(register)
    teacher_list = pages[0] + pages[1]
    for surname in register:
        assert surname in teacher_list


@pytest.mark.parametrize("period", [WEEK, Period.parse("2026-11")], ids=["week", "month"])
def test_a_class_read_together_gives_each_child_the_packs_printed_for_them_alone(
    demo_context: ServiceContext, period: Period
) -> None:
    service = PrintPackService(demo_context)
    school = SchoolService(demo_context)
    everything = PackOptions(folders=True, agreements=True)
    for school_class in school.classes():
        batch = service.class_batch(school_class.id, period, everything)
        one_by_one = [
            pack
            for pupil in school.pupils(school_class.id)
            for pack in service.pupil_batch(pupil.id, period, everything).packs
        ]
        assert list(batch.packs) == one_by_one
    # The demo school has every kind of record a pack carries: the comparison covers them all.
    every = [
        doc
        for c in school.classes()
        for p in service.class_batch(c.id, period, everything).packs
        for doc in p.documents
    ]
    weeks = [doc for doc in every if isinstance(doc, LinkBookWeek)]
    assert any(entry and not entry.sections.is_empty for week in weeks for _day, entry in week.days)
    assert any(week.translations for week in weeks)
    assert any(entry and entry.phrases for week in weeks for _day, entry in week.days)
    assert {HomeLearningSlips, WorkFolderSheet, AgreementSheet, Newsletter} <= {type(doc) for doc in every}


def test_paper_only_leaves_out_families_who_use_the_app(demo_context: ServiceContext, oak: str) -> None:
    service = PrintPackService(demo_context)
    everyone = service.class_batch(oak, WEEK, PackOptions())
    paper = service.class_batch(oak, WEEK, PackOptions(paper_only=True))
    assert 0 < len(paper.packs) < len(everyone.packs)
    assert all(p.recipient.wants_paper for p in paper.packs)


def test_two_households_get_two_packs() -> None:
    mum = FamilyMember(
        "Sadia Begum",
        Relationship.MOTHER,
        ("p",),
        channel=Channel.PAPER,
        home_language="BNG",
        household="Brick Lane",
    )
    dad = FamilyMember(
        "Rahim Uddin",
        Relationship.FATHER,
        ("p",),
        channel=Channel.APP,
        home_language="ENG",
        household="Mile End Road",
        contact_order=2,
        large_print=True,
    )
    both = households([mum, dad], paper_only=False)
    assert [(r.names, r.language, r.large_print) for r in both] == [
        (("Sadia Begum",), "BNG", False),
        (("Rahim Uddin",), "ENG", True),
    ]
    assert [r.names for r in households([mum, dad], paper_only=True)] == [("Sadia Begum",)]
    same_home = households(
        [
            mum,
            FamilyMember("Nani", Relationship.GRANDPARENT, ("p",), household="brick lane", contact_order=2),
        ],
        False,
    )
    assert len(same_home) == 1 and same_home[0].names == ("Sadia Begum", "Nani")


@needs_poppler
def test_qr_code_on_each_pack_decodes_to_its_reply_code_which_finds_the_pupil(
    demo_context: ServiceContext, oak: str
) -> None:
    rendered = PrintPackService(demo_context).class_packs(oak, WEEK, PackOptions(paper_only=True))
    codes = ReplyCodeService(demo_context)
    start = rendered.pack_starts[0]
    picture = render_page(rendered.pdf, start, dpi=100)
    decoded = [result.text for result in zxingcpp.read_barcodes(picture)]
    reply_codes = [text for text in decoded if parse_page_code(text) is None]
    assert len(reply_codes) == 1
    code = reply_codes[0]
    assert code in page_texts(rendered.pdf)[start - 1]
    match = codes.lookup(code)
    assert match.period == WEEK
    assert match.pupil.display_name in page_texts(rendered.pdf)[start - 1]


def test_reply_codes_catch_typing_mistakes_and_unknown_codes(demo_context: ServiceContext) -> None:
    codes = ReplyCodeService(demo_context)
    pupil = SchoolService(demo_context).pupils()[3]
    code = codes.code_for(pupil.id, WEEK)
    assert code.startswith("26W47-") and len(code) == 15
    assert codes.lookup(code).pupil.id == pupil.id
    assert codes.lookup(code.lower().replace("-", " ")).pupil.id == pupil.id
    assert codes.lookup(code.replace("0", "O").replace("1", "l")).pupil.id == pupil.id
    compact = normalise(code)
    for position in range(5, len(compact)):
        wrong = "Z" if compact[position] != "Z" else "Y"
        with pytest.raises(MistypedCode):
            parse(compact[:position] + wrong + compact[position + 1 :])
    # Luhn mod 32 catches every swap of two neighbours but one: "0" with "Z" (values 0 and 31), as Luhn
    # mod 10 misses 09 and 90. Every other swap in the code's body and check character is caught.
    for position in range(5, len(compact) - 1):
        pair = compact[position : position + 2]
        if pair[0] == pair[1] or set(pair) == {"0", "Z"}:
            continue
        swapped = compact[:position] + pair[::-1] + compact[position + 2 :]
        with pytest.raises(MistypedCode):
            parse(swapped)
    with pytest.raises(MistypedCode, match="is not a reply code"):
        codes.lookup("hello")
    other_school = make_code(b"another school's key" * 2, pupil.id, WEEK)
    with pytest.raises(UnknownCode, match="No pupil on roll"):
        codes.lookup(other_school)
    assert check_character("26W4700000") in "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def test_a_paper_reply_typed_from_its_code_lands_on_the_right_entry(demo_context: ServiceContext) -> None:
    codes = ReplyCodeService(demo_context)
    pupil = SchoolService(demo_context).pupils()[5]
    target = codes.open_paper_reply(codes.code_for(pupil.id, WEEK))
    assert target.pupil.id == pupil.id and target.entries
    assert all(WEEK.contains(e.day) for e in target.entries)
    entry = target.entries[-1]
    writer = target.family[0].name if target.family else "Mrs Kowalczyk"
    codes.record_paper_reply(entry.id, "Dziękujemy! Wszystko dobrze.", writer, acknowledged=True)
    stored = LinkBookService(demo_context).entry(entry.id)
    assert stored.replies[-1].text == "Dziękujemy! Wszystko dobrze."
    assert stored.replies[-1].method is Method.PAPER
    assert stored.replies[-1].recorded_by == demo_context.actor.name
    assert any(a.method is Method.PAPER and a.by_name == writer for a in stored.acknowledgements)


def test_print_command_writes_a_class_pack(demo_vault: Vault, tmp_path: Path) -> None:
    data_dir = demo_vault.data_dir
    out = tmp_path / "oak.pdf"
    script = (
        "import sys, desktop.cli as cli; cli.COMMAND_MODULES = ('desktop.commands.printing',); "
        "sys.exit(cli.main(sys.argv[1:]))"
    )
    classes = subprocess.run(
        [sys.executable, "-c", script, "list", "classes", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env={"LINKBOOK_PASSPHRASE": PASSPHRASE, "PATH": ""},
        timeout=120,
    )
    assert classes.returncode == 0, classes.stderr
    name = classes.stdout.splitlines()[0]
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "print",
            "--data-dir",
            str(data_dir),
            "--class",
            name,
            "--week",
            DEMO_WEEK,
            "--paper-only",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env={"LINKBOOK_PASSPHRASE": PASSPHRASE, "PATH": ""},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "packs for" in result.stdout
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) % 2 == 0
    bad = subprocess.run(
        [sys.executable, "-c", script, "print", "--data-dir", str(data_dir), "--class", name, "-o", str(out)],
        capture_output=True,
        text=True,
        env={"LINKBOOK_PASSPHRASE": PASSPHRASE, "PATH": ""},
        timeout=120,
    )
    assert bad.returncode == 2 and "--week" in bad.stderr
