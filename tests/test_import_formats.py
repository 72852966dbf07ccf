"""Reading MIS files: each realistic file in tests/data/imports gives the documented result (docs/imports.md).

These tests read files only; tests/test_import_school.py imports them into a real school.
"""

import datetime as dt
from pathlib import Path

import pytest

from desktop.domain.families import Relationship
from desktop.domain.pupils import SenStatus
from desktop.services.imports import codes, csv_mapping
from desktop.services.imports.detect import (
    DateOrder,
    date_evidence,
    decide_date_order,
    decode,
    parse_date,
    sniff_dialect,
)
from desktop.services.imports.model import DatesAmbiguous, ImportRefused, ParsedSource, SourceFormat
from desktop.services.imports.sources import ReadOptions, detect_format, load_files, read_source

DATA = Path(__file__).parent / "data" / "imports"


def read(*parts: str, **options: object) -> ParsedSource:
    return read_source(load_files([DATA.joinpath(*parts)]), ReadOptions(**options))  # type: ignore[arg-type]


def by_name(source: ParsedSource) -> dict[str, object]:
    return {p.legal_first_name: p for p in source.pupils}


# Encodings, delimiters and dates
def test_utf8_with_and_without_bom_and_windows_1252_all_read_accents_right() -> None:
    assert decode("Zoë".encode()).text == decode(b"\xef\xbb\xbf" + "Zoë".encode()).text == "Zoë"
    assert decode("Zoë;José".encode("utf-8-sig")).encoding == "UTF-8 with BOM"
    latin = decode("François,Zoë,José".encode("cp1252"))
    assert (latin.text, latin.encoding) == ("François,Zoë,José", "Windows-1252")
    assert decode("Ωμέγα".encode("utf-16")).text == "Ωμέγα"


def test_delimiters_are_sniffed_with_fallbacks() -> None:
    assert sniff_dialect("a;b;c\n1;2;3\n").delimiter == ";"
    assert sniff_dialect("a\tb\tc\n1\t2\t3\n").delimiter == "\t"
    assert sniff_dialect("Forename,Surname\nZoë,\n").delimiter == ","
    assert sniff_dialect("Name\nZoë\n").delimiter == ","


def test_day_first_and_month_first_are_told_apart_by_any_number_over_12() -> None:
    uk = date_evidence([("line 2", "03/04/2019"), ("line 3", "25/12/2018")])
    us = date_evidence([("line 2", "03/04/2019"), ("line 3", "12/25/2018")])
    assert uk.order is DateOrder.DAY_FIRST and us.order is DateOrder.MONTH_FIRST
    assert parse_date("03/04/2019", DateOrder.DAY_FIRST) == dt.date(2019, 4, 3)
    assert parse_date("03/04/2019", DateOrder.MONTH_FIRST) == dt.date(2019, 3, 4)
    assert parse_date("2019-04-03", DateOrder.MONTH_FIRST) == dt.date(2019, 4, 3)
    assert parse_date("20190403", DateOrder.MONTH_FIRST) == dt.date(2019, 4, 3)
    assert parse_date("2019/4/3", DateOrder.MONTH_FIRST) == dt.date(2019, 4, 3)
    assert parse_date("3 April 2019", DateOrder.MONTH_FIRST) == dt.date(2019, 4, 3)
    assert parse_date("03-Apr-2019", DateOrder.MONTH_FIRST) == dt.date(2019, 4, 3)
    assert parse_date("03.04.19", DateOrder.DAY_FIRST) == dt.date(2019, 4, 3)
    assert parse_date("2019-04-03T00:00:00", DateOrder.DAY_FIRST) == dt.date(2019, 4, 3)


def test_dates_that_read_both_ways_are_reported_as_ambiguous_so_the_caller_asks() -> None:
    evidence = date_evidence([("line 2", "03/04/2019"), ("line 3", "05/06/2018")])
    assert evidence.ambiguous
    with pytest.raises(DatesAmbiguous, match="--day-first"):
        decide_date_order(evidence, None, "dates of birth")
    assert decide_date_order(evidence, DateOrder.MONTH_FIRST, "dates") is DateOrder.MONTH_FIRST
    tie = date_evidence([("line 2", "13/04/2019"), ("line 3", "04/13/2019")])
    with pytest.raises(DatesAmbiguous, match="mixed"):
        decide_date_order(tie, None, "dates of birth")


def test_impossible_dates_say_what_is_wrong() -> None:
    with pytest.raises(ValueError, match="not a real date"):
        parse_date("31/02/2019", DateOrder.DAY_FIRST)
    with pytest.raises(ValueError, match="missing"):
        parse_date("  ", DateOrder.DAY_FIRST)
    with pytest.raises(ValueError, match="can read"):
        parse_date("next Tuesday", DateOrder.DAY_FIRST)


# Codes
def test_upn_check_letter_is_verified() -> None:
    assert codes.upn(" u926204123001 ") == "U926204123001"
    assert codes.with_check_letter("926204123001") == "U926204123001"
    with pytest.raises(ValueError, match="check letter"):
        codes.upn("A926204123001")
    with pytest.raises(ValueError, match="13 characters"):
        codes.upn("U92620412300")
    assert codes.looks_like_upn("U926204123001") and not codes.looks_like_upn("23001")


@pytest.mark.parametrize(
    ("value", "hint", "expected"),
    [
        ("PAM", "", Relationship.MOTHER),
        ("paf", "", Relationship.FATHER),
        ("STP", "", Relationship.STEP_PARENT),
        ("FOC", "", Relationship.FOSTER_CARER),
        ("GRM", "", Relationship.GRANDPARENT),
        ("REL", "", Relationship.OTHER_RELATIVE),
        ("CAR", "", Relationship.CARER),
        ("Grandmother", "", Relationship.GRANDPARENT),
        ("Step Father", "", Relationship.STEP_PARENT),
        ("parent", "female", Relationship.MOTHER),
        ("Parent", "Mr", Relationship.FATHER),
        ("guardian", "", Relationship.CARER),
        ("relative", "", Relationship.OTHER_RELATIVE),
        ("aide", "", Relationship.OTHER),
    ],
)
def test_relationship_codes_and_words_map_to_the_domain(
    value: str, hint: str, expected: Relationship
) -> None:
    assert codes.relationship(value, hint)[0] is expected


def test_a_guessed_or_unknown_relationship_comes_with_a_note() -> None:
    assert codes.relationship("Parent") == (
        Relationship.CARER,
        "relationship 'Parent' recorded as carer (the file does not say mother or father)",
    )
    relation, note = codes.relationship("XYZ")
    assert relation is Relationship.OTHER and note and "XYZ" in note


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("N", SenStatus.NONE),
        ("k", SenStatus.SEN_SUPPORT),
        ("E", SenStatus.EHC_PLAN),
        ("A", SenStatus.SEN_SUPPORT),
        ("P", SenStatus.SEN_SUPPORT),
        ("S", SenStatus.EHC_PLAN),
        ("SEN Support", SenStatus.SEN_SUPPORT),
        ("EHC Plan", SenStatus.EHC_PLAN),
        ("", SenStatus.NONE),
    ],
)
def test_sen_codes_now_and_before_2014(value: str, expected: SenStatus) -> None:
    assert codes.sen_status(value) is expected


def test_an_unknown_sen_code_is_refused_with_what_is_accepted() -> None:
    with pytest.raises(ValueError, match="N, K or E"):
        codes.sen_status("Q")


def test_languages_are_validated_against_the_dfe_codes_and_unknown_ones_reported() -> None:
    assert codes.language_code("pol") == ("POL", None)
    assert codes.language_code("Polish") == ("POL", None)
    assert codes.language_code("Türkçe") == ("TUR", None)
    assert codes.language_code("ENB")[0] == "ENG"
    assert codes.language_code("BNGS") == ("BNG", "language BNGS recorded as Bengali (BNG)")
    assert codes.language_code("NOT")[0] is None
    code, note = codes.language_code("VIE")
    assert code == "OTH" and note and "'VIE' is not a DfE code" in note


def test_year_groups_and_school_years() -> None:
    assert [codes.nc_year(v) for v in ("Year 3", "Y4", "R", "Reception", "N1", "12", "yr 6")] == [
        "3",
        "4",
        "R",
        "R",
        "N1",
        "12",
        "6",
    ]
    with pytest.raises(ValueError, match="National Curriculum"):
        codes.nc_year("Blue")
    today = dt.date(2026, 11, 20)
    assert codes.year_from_birth(dt.date(2018, 9, 1), today) == "3"
    assert codes.year_from_birth(dt.date(2018, 8, 31), today) == "4"
    assert codes.year_from_birth(dt.date(2021, 9, 15), today) == "R"
    assert codes.year_from_birth(dt.date(2022, 10, 1), today) == "N2"


# Any CSV
def test_a_mapping_is_proposed_from_the_many_names_mis_exports_use() -> None:
    mapping = csv_mapping.propose_mapping(
        [
            *("Legal Forename", "Surname", "DOB", "Reg Group", "Year", "SEN Status", "First Language", "UPN"),
            *("Adno", "Priority 1 Contact Email", "Contact 2 Mobile", "Parent1 Relationship", "Notes"),
        ]
    )
    assert mapping == {
        "Legal Forename": "legal_first_name",
        "Surname": "legal_last_name",
        "DOB": "date_of_birth",
        "Reg Group": "class_name",
        "Year": "year_group",
        "SEN Status": "sen_status",
        "First Language": "first_language",
        "UPN": "upn",
        "Adno": "source_id",
        "Priority 1 Contact Email": "contact1_email",
        "Contact 2 Mobile": "contact2_phone",
        "Parent1 Relationship": "contact1_relationship",
    }
    assert (
        csv_mapping.propose_mapping(["First Name", "Date of Birth", "Class"])["First Name"]
        == "legal_first_name"
    )


def test_the_preview_shows_the_first_rows_as_the_mapping_reads_them() -> None:
    table = csv_mapping.read_table(
        (DATA / "csv" / "arbor_class_list.csv").read_bytes(), "arbor_class_list.csv"
    )
    rows = csv_mapping.preview(table, csv_mapping.propose_mapping(table.headers), limit=2)
    assert rows[0]["Legal first name"] == "Zoë" and rows[0]["Date of birth"] == "14/09/2018"
    assert rows[1]["Preferred first name"] == "Pepe" and len(rows) == 2


def test_arbor_class_list_reads_every_pupil_with_contacts() -> None:
    source = read("csv", "arbor_class_list.csv")
    assert source.format is SourceFormat.CSV and not source.rejections
    assert "UTF-8, comma-separated, dates day-first" in source.description
    pupils = by_name(source)
    assert len(pupils) == 10
    jose = pupils["José"]
    assert (jose.legal_last_name, jose.preferred_first_name, jose.date_of_birth) == (
        "Fernández García",
        "Pepe",
        dt.date(2019, 2, 3),
    )
    assert (jose.class_name, jose.year_group, jose.sen_status, jose.first_language) == (
        "3 Kingfishers",
        "3",
        SenStatus.SEN_SUPPORT,
        "SPA",
    )
    daryna = pupils["Дарина"]
    assert daryna.legal_last_name == "Шевченко" and daryna.preferred_first_name == "Daryna"
    zoe = pupils["Zoë"]
    assert [(c.name, c.relationship, c.order) for c in zoe.contacts] == [
        ("Grace Whitfield", Relationship.MOTHER, 1),
        ("Tunde Adeyemi", Relationship.FATHER, 2),
    ]
    assert pupils["Mehmet"].contacts[0].parental_responsibility is False


def test_bom_and_semicolons_and_old_codes_from_a_sims_export() -> None:
    source = read("csv", "sims_export_bom_semicolon.csv")
    assert "UTF-8 with BOM, semicolon-separated" in source.description
    pupils = by_name(source)
    assert pupils["Zuzanna"].source_id == "001001" and pupils["Zuzanna"].upn == ""
    assert pupils["Ionuț"].sen_status is SenStatus.SEN_SUPPORT, "old code A (School Action) is SEN support"
    assert pupils["Ama"].first_language == "ENG"
    assert any("ENB" in note for note in pupils["Ama"].notes)
    assert pupils["Ama"].contacts[0].relationship is Relationship.MOTHER, "Parent with title Ms"
    assert pupils["Ibrahim"].year_group == "R" and pupils["Wei"].first_language == "CHI"


def test_windows_1252_file_with_blank_rows_a_month_first_date_and_bad_rows() -> None:
    source = read("csv", "windows1252_messy.csv")
    assert "Windows-1252" in source.description
    assert source.warnings == ("windows1252_messy.csv: 2 blank row(s) skipped.",)
    names = {(p.legal_first_name, p.legal_last_name) for p in source.pupils}
    assert ("Zoë", "Brontë") in names and ("François", "Lefèvre") in names and ("Søren", "Møller") in names
    rejected = {r.where: r.reason for r in source.rejections}
    assert "looks month-first" in rejected["line 8"]
    assert "date of birth is missing" in rejected["line 10"]
    assert "check letter" in rejected["line 11"]


def test_a_file_of_us_dates_is_read_month_first() -> None:
    source = read("csv", "us_month_first.csv")
    assert "dates month-first" in source.description
    assert by_name(source)["Diego"].date_of_birth == dt.date(2019, 2, 3)


def test_ambiguous_dates_stop_the_import_until_the_person_says_which() -> None:
    with pytest.raises(DatesAmbiguous, match="--day-first"):
        read("csv", "ambiguous_dates_tab.csv")
    pupils = by_name(read("csv", "ambiguous_dates_tab.csv", date_order=DateOrder.DAY_FIRST))
    assert pupils["Miriam"].date_of_birth == dt.date(2019, 4, 3)
    pupils = by_name(read("csv", "ambiguous_dates_tab.csv", date_order=DateOrder.MONTH_FIRST))
    assert pupils["Miriam"].date_of_birth == dt.date(2019, 3, 4)


def test_a_missing_required_column_refuses_the_file_and_names_it() -> None:
    with pytest.raises(ImportRefused, match="no column for: date of birth") as refused:
        read("csv", "missing_dob_column.csv")
    assert "UPN, Forename, Surname, Class" in str(refused.value) and "--map" in str(refused.value)


def test_the_person_can_change_the_mapping() -> None:
    with pytest.raises(ImportRefused, match="not a field"):
        read("csv", "arbor_class_list.csv", overrides=("Reg Group=form_tutor",))
    moved = read("csv", "arbor_class_list.csv", overrides=("Reg Group=ignore", "Year Group=ignore"))
    assert all(p.class_name == "" and p.year_group == "" for p in moved.pupils)
    assert moved.mapping is not None and "Reg Group" not in moved.mapping


# School Data Sync
def test_sds_v1_uk_format_with_sections_and_parents() -> None:
    source = read("sds1_uk")
    assert source.format is SourceFormat.SDS1 and source.source_key == "sds"
    pupils = by_name(source)
    amara = pupils["Amara"]
    assert (amara.source_id, amara.upn, amara.date_of_birth) == (
        "23001",
        "K926204123013",
        dt.date(2019, 1, 17),
    )
    assert amara.class_name == "3 Swallows", "the registration section, not the maths set"
    assert amara.contacts[0].name == "Ngozi Okonkwo" and amara.contacts[0].phone == "+447700900401"
    assert any("recorded as carer" in n for n in amara.notes)
    assert pupils["Yusuf"].year_group == "3" and pupils["Priya"].upn == ""
    assert pupils["Priya"].contacts[0].relationship is Relationship.OTHER_RELATIVE
    [inactive] = source.rejections
    assert inactive.where == "Student.csv line 5" and "inactive" in inactive.reason


def test_sds_v1_us_samples_with_sis_id_columns_read_too() -> None:
    student = (
        "SIS ID,School SIS ID,First Name,Last Name,Username,Grade,Birthdate\n"
        "9001,1,Lena,Fischer,lf,3,4/2/2019\n9002,1,Omar,Saleh,os,3,11/23/2018\n"
    )
    source = read_source({"Student.csv": student.encode()}, ReadOptions(format=SourceFormat.SDS1))
    assert by_name(source)["Lena"].date_of_birth == dt.date(2019, 4, 2), "month-first, told by 11/23"


def test_sds_v1_needs_its_required_columns() -> None:
    with pytest.raises(ImportRefused, match="'Birthdate'"):
        read_source({"Student.csv": b"ID,First Name,Last Name\n1,A,B\n"}, ReadOptions())


def test_sds_v2_1_users_roles_demographics_relationships_and_classes() -> None:
    source = read("sds2")
    assert source.format is SourceFormat.SDS2
    pupils = by_name(source)
    assert set(pupils) == {"Nadia", "Tomasz", "Èfé", "Mariam"}, "guardians are contacts, not pupils"
    nadia = pupils["Nadia"]
    assert (nadia.source_id, nadia.date_of_birth, nadia.year_group, nadia.class_name) == (
        "s-5001",
        dt.date(2017, 11, 2),
        "4",
        "4 Herons",
    )
    assert nadia.contacts[0].relationship is Relationship.MOTHER, "parent + demographics sex female"
    assert pupils["Tomasz"].contacts[0].relationship is Relationship.FATHER
    assert pupils["Èfé"].legal_last_name == "Adébáyọ̀"
    assert pupils["Èfé"].contacts[0].relationship is Relationship.CARER
    assert pupils["Mariam"].contacts[0].parental_responsibility is False


def test_sds_v2_1_without_demographics_is_refused() -> None:
    files = load_files([DATA / "sds2"])
    del files["demographics.csv"]
    with pytest.raises(ImportRefused, match=r"demographics\.csv"):
        read_source(files, ReadOptions())


def test_formats_are_detected_from_the_files() -> None:
    assert detect_format(load_files([DATA / "sds1_uk"])) is SourceFormat.SDS1
    assert detect_format(load_files([DATA / "sds2"])) is SourceFormat.SDS2
    assert detect_format(load_files([DATA / "ctf" / "ctf25_full.xml"])) is SourceFormat.CTF
    assert detect_format(load_files([DATA / "csv" / "arbor_class_list.csv"])) is SourceFormat.CSV


# Common Transfer File
def test_ctf_23_with_ctfversion_gender_and_basic_details() -> None:
    source = read("ctf", "ctf23_joiners_from_sims.xml")
    assert "Common Transfer File 23.0 from Hillside Infant School" in source.description
    assert not source.warnings and not source.rejections
    yasmin = by_name(source)["Yasmin"]
    assert (yasmin.upn, yasmin.date_of_birth, yasmin.year_group) == (
        "K888123422001",
        dt.date(2019, 2, 14),
        "2",
    )
    assert (yasmin.sen_status, yasmin.first_language, yasmin.home_language) == (
        SenStatus.SEN_SUPPORT,
        "URD",
        "URD",
    )
    mother, father = yasmin.contacts
    assert (mother.name, mother.relationship, mother.parental_responsibility) == (
        "Sadia Ahmed",
        Relationship.MOTHER,
        True,
    )
    assert mother.phone == "07700 900601", "the mobile before the home phone"
    assert mother.email == "sadia.ahmed@example.org" and father.phone == "01632 960102"
    assert by_name(source)["Jakub"].preferred_first_name == "Kuba"


def test_ctf_24_with_ctfversion_in_other_case_and_sex() -> None:
    source = read("ctf", "ctf24_from_another_supplier.xml")
    assert "Common Transfer File 24.0" in source.description
    minh = by_name(source)["Minh Anh"]
    assert (minh.legal_last_name, minh.year_group, minh.first_language) == ("Nguyễn", "2", "OTH")
    assert any("'VIE' is not a DfE code" in n for n in minh.notes), "unknown language reported, not dropped"
    tobi = by_name(source)["Tobi"]
    assert tobi.contacts[0].relationship is Relationship.FOSTER_CARER
    assert tobi.contacts[0].parental_responsibility is False


def test_ctf_25_latest_sen_and_languages_by_type_and_contact_order() -> None:
    source = read("ctf", "ctf25_full.xml")
    zainab = by_name(source)["Zainab"]
    assert zainab.sen_status is SenStatus.EHC_PLAN, "the provision with the latest start date"
    assert (zainab.first_language, zainab.home_language) == ("ARA", "SOM")
    assert (zainab.preferred_last_name, zainab.legal_last_name) == ("Ali", "Mohammed Ali")
    assert sorted((c.order, c.name) for c in zainab.contacts) == [
        (1, "Hawa Ali"),
        (2, "Abdirahman Mohammed Ali"),
        (3, "Sahra Warsame"),
    ]
    granny = next(c for c in zainab.contacts if c.order == 3)
    assert (granny.relationship, granny.parental_responsibility) == (Relationship.GRANDPARENT, False)
    assert by_name(source)["Ștefan"].sen_status is SenStatus.EHC_PLAN, "old code S (statement) is an EHC plan"


def test_messy_ctf_rejects_each_bad_pupil_with_its_line_and_reason() -> None:
    source = read("ctf", "ctf25_messy.xml")
    reasons = {r.where: r.reason for r in source.rejections}
    assert "check letter" in reasons["line 41, pupil 3"]
    assert "date of birth is missing" in reasons["line 48, pupil 4"]
    siobhan = by_name(source)["Siobhán"]
    assert siobhan.sen_status is SenStatus.SEN_SUPPORT, "old code P (School Action Plus)"
    assert siobhan.contacts[0].relationship is Relationship.OTHER
    assert any("'XYZ'" in n for n in siobhan.notes) and any("'GLE'" in n for n in siobhan.notes)


def test_a_ctf_declaring_entities_is_not_parsed() -> None:
    with pytest.raises(ImportRefused, match="entities"):
        read("ctf", "ctf_with_entities.xml")


def test_xml_that_is_not_a_ctf_or_is_broken_is_refused_plainly() -> None:
    from desktop.services.imports import ctf

    with pytest.raises(ImportRefused, match="not well-formed"):
        ctf.read({"broken.xml": b"<CTfile><Header></CTfile>"})
    with pytest.raises(ImportRefused, match="not a Common Transfer File"):
        ctf.read({"other.xml": b"<?xml version='1.0'?><Invoice/>"})


def test_a_ctf_for_another_school_or_version_warns() -> None:
    from desktop.services.imports import ctf

    data = (DATA / "ctf" / "ctf25_full.xml").read_bytes().replace(b"<CTFversion>25.0", b"<CTFversion>21.0")
    source = ctf.read({"old.xml": data}, school_number="9991234")
    assert any("version 21.0" in w for w in source.warnings)
    assert any("addressed to school 926/2041" in w for w in source.warnings)


def test_excel_unicode_text_and_sep_lines_are_read() -> None:
    utf16 = "Forename\tSurname\tDOB\nŁucja\tNowak\t2019-05-02\n".encode("utf-16")
    [lucja] = read_source({"unicode.txt.csv": utf16}, ReadOptions()).pupils
    assert (lucja.legal_first_name, lucja.date_of_birth) == ("Łucja", dt.date(2019, 5, 2))
    told = b"sep=;\r\nForename;Surname;DOB\r\nAmir;Karimi;2018-11-30\r\n"
    source = read_source({"excel.csv": told}, ReadOptions())
    assert [p.where for p in source.pupils] == ["line 3"] and "semicolon-separated" in source.description
