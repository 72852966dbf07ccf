"""Import benchmark: a 1,500-pupil Common Transfer File (with contacts) into an empty school.

The lead calls `import_ctf_seconds(work_dir)` from tests/bench/__main__.py; `python -m tests.bench.imports`
runs it alone. The time covers what a person waits for: reading and checking the file, the preview, and
the one durable transaction that writes classes, pupils, families, audit events and outside ids.
"""

import argparse
import random
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from xml.sax.saxutils import escape

import sqlcipher3

from desktop.domain.access import Actor
from desktop.domain.school import School, StaffRole
from desktop.services.context import ServiceContext
from desktop.services.imports.codes import with_check_letter
from desktop.services.imports.plan import Step
from desktop.services.imports.service import ImportService
from desktop.services.imports.sources import ReadOptions
from desktop.services.school import SchoolService
from desktop.store.vault import Vault
from tests.bench.measure import Result

TARGET_SECONDS = 10.0
PASSPHRASE = "bench school, not for real children"
_FIRST = [
    "Zofia",
    "Amina",
    "Gurpreet",
    "Ionuț",
    "Hodan",
    "Kavya",
    "Mariana",
    "Oisín",
    "Fatima",
    "Ayaan",
    "Chidi",
    "Yusuf",
    "Priya",
    "Mateus",
    "Nadia",
    "Tomasz",
    "Èfé",
    "Mariam",
    "Jakub",
    "Yasmin",
    "Zainab",
    "Ștefan",
    "Siobhán",
    "Dariusz",
    "Leila",
    "Kofi",
    "Ana",
    "Mehmet",
    "Wei",
    "Dmytro",
]
_LAST = [
    "Wiśniewska",
    "Hassan",
    "Sandhu",
    "Popescu",
    "Warsame",
    "Subramanian",
    "Gonçalves",
    "Ní_Bhriain",
    "Qureshi",
    "Chowdhury",
    "Okafor",
    "Demir",
    "Natarajan",
    "Oliveira",
    "Haddad",
    "Nowak",
    "Adébáyọ̀",
    "Bakr",
    "Kowalski",
    "Ahmed",
    "Ali",
    "Ionescu",
    "O'Connell",
    "Karimi",
]
_LANGUAGES = ("ENG", "POL", "URD", "PNJ", "BNG", "SOM", "ARA", "GUJ", "POR", "TAM", "RUM", "TUR", "ENB")
_YEARS = ("R", "1", "2", "3", "4", "5", "6")


def synthetic_ctf(pupils: int, seed: int = 3) -> bytes:
    """A CTF 25 of invented pupils, two contacts each; every fifth pupil is the previous one's sibling."""
    rng = random.Random(seed)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<CTfile><Header>'
        "<DocumentName>Common Transfer File</DocumentName>"
        "<CTFversion>25.0</CTFversion><DateTime>2026-07-17T09:00:00</DateTime><DocumentQualifier>full"
        "</DocumentQualifier><SourceSchool><LEA>888</LEA><Estab>1234</Estab><SchoolName>Bench Infant School"
        "</SchoolName></SourceSchool><DestSchool><LEA>926</LEA><Estab>2041</Estab></DestSchool></Header>"
        "<CTFpupilData>"
    ]
    family = ("", "")
    last = ""
    for n in range(pupils):
        first = rng.choice(_FIRST)
        surname = rng.choice(_LAST).replace("_", " ")
        year = _YEARS[n % len(_YEARS)]
        born_year = 2026 - (0 if year == "R" else int(year)) - 5
        if n % 5 != 4:
            family = (rng.choice(_FIRST), f"07700 9{n:05d}")
            last = surname
        mother, phone = family
        out.append(
            f"<Pupil><UPN>{with_check_letter(f'9262041{n:05d}')}</UPN><Surname>{escape(last)}</Surname>"
            f"<Forename>{escape(first)}</Forename>"
            f"<DOB>{born_year}-{rng.randint(1, 8):02d}-{rng.randint(1, 28):02d}</DOB>"
            f"<Sex>{rng.choice('FM')}</Sex><BasicDetails><NCyearActual>{year}</NCyearActual><Languages>"
            f"<Type><LanguageType>F</LanguageType><Language>{rng.choice(_LANGUAGES)}</Language></Type>"
            f"</Languages></BasicDetails><SENhistory><SEN><StartDate>2024-09-04</StartDate><SENprovision>"
            f"{rng.choice('NNNNNKKE')}</SENprovision></SEN></SENhistory><Contacts>"
            f"<Contact><Order>1</Order><Title>Mrs</Title><Surname>{escape(last)}</Surname><Forename>"
            f"{escape(mother)}</Forename><Relationship>PAM</Relationship><Responsibility>true</Responsibility>"
            f"<Phones><Phone><TelephoneType>M</TelephoneType><PhoneNo>{phone}</PhoneNo></Phone></Phones>"
            f"<Email>parent{n}@example.org</Email></Contact>"
            f"<Contact><Order>2</Order><Surname>{escape(last)}</Surname><Forename>Sam</Forename>"
            f"<Relationship>PAF</Relationship><Responsibility>true</Responsibility><Phones><Phone>"
            f"<TelephoneType>H</TelephoneType><PhoneNo>01632 9{n:05d}</PhoneNo></Phone></Phones></Contact>"
            "</Contacts></Pupil>"
        )
    out.append("</CTFpupilData></CTfile>\n")
    return "".join(out).encode("utf-8")


def import_ctf_seconds(work_dir: Path, pupils: int = 1500) -> Result:
    """Time a CTF of `pupils` into a new, empty school in work_dir (created, and removed afterwards)."""
    data = synthetic_ctf(pupils)
    school_dir = work_dir / "import-bench-school"
    shutil.rmtree(school_dir, ignore_errors=True)
    vault = Vault.create(school_dir, PASSPHRASE)
    try:
        context = ServiceContext(vault, Actor("bench", StaffRole.ADMIN))
        SchoolService(context).set_up(School("Bench Primary", dfe_number="9262041"), [], [])
        service = ImportService(context)
        start = time.perf_counter()
        source = service.read({"bench.xml": data}, ReadOptions())
        read_done = time.perf_counter()
        plan = service.preview(source)
        preview_done = time.perf_counter()
        result = service.apply(plan)
        end = time.perf_counter()
        assert result.added == pupils and not plan.rejections, "the benchmark file must import whole"
        assert plan.count(Step.ADD) == pupils
        floor = parse_and_insert_seconds(data, school_dir, vault.raw_key)
    finally:
        vault.close()
        shutil.rmtree(school_dir, ignore_errors=True)
    detail = (
        f"{pupils:,} pupils, {result.family_added:,} family members, {len(data) / 2**20:.1f} MB: read "
        f"{read_done - start:.1f} s, preview {preview_done - read_done:.1f} s, "
        f"write {end - preview_done:.1f} s"
    )
    return Result("Import a 1,500-pupil CTF", end - start, "s", TARGET_SECONDS, detail).with_floor(
        floor,
        "the same XML parsed with the standard library (ElementTree) and its pupils and contacts written "
        "by a raw SQLCipher executemany in one durable transaction (same key, WAL, synchronous=FULL)",
    )


def parse_and_insert_seconds(data: bytes, folder: Path, key: bytes) -> float:
    """The floor of an import: the file parsed and its rows inserted with nothing of ours around them."""
    path = folder / "floor-import.db"
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute(
            "CREATE TABLE pupil (upn TEXT PRIMARY KEY, surname TEXT, forename TEXT, dob TEXT, sex TEXT, "
            "year TEXT, language TEXT, sen TEXT)"
        )
        connection.execute(
            "CREATE TABLE contact (upn TEXT, ord TEXT, surname TEXT, forename TEXT, relationship TEXT, "
            "phone TEXT, email TEXT)"
        )
        start = time.perf_counter()
        pupils, contacts = [], []
        for pupil in ElementTree.fromstring(data).iter("Pupil"):
            upn = pupil.findtext("UPN")
            pupils.append(
                (
                    upn,
                    pupil.findtext("Surname"),
                    pupil.findtext("Forename"),
                    pupil.findtext("DOB"),
                    pupil.findtext("Sex"),
                    pupil.findtext("BasicDetails/NCyearActual"),
                    pupil.findtext("BasicDetails/Languages/Type/Language"),
                    pupil.findtext("SENhistory/SEN/SENprovision"),
                )
            )
            for contact in pupil.iter("Contact"):
                contacts.append(
                    (
                        upn,
                        contact.findtext("Order"),
                        contact.findtext("Surname"),
                        contact.findtext("Forename"),
                        contact.findtext("Relationship"),
                        contact.findtext("Phones/Phone/PhoneNo"),
                        contact.findtext("Email"),
                    )
                )
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO pupil VALUES (?, ?, ?, ?, ?, ?, ?, ?)", pupils)
        connection.executemany("INSERT INTO contact VALUES (?, ?, ?, ?, ?, ?, ?)", contacts)
        connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.imports", description=__doc__)
    parser.add_argument("--pupils", type=int, default=1500)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        result = import_ctf_seconds(Path(work), args.pupils)
    print(
        f"{result.name}: {result.value:.1f} {result.unit} (target <= {result.target:.0f} {result.unit}) "
        f"{'PASS' if result.passed else 'FAIL'}\n  {result.detail}"
    )
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
