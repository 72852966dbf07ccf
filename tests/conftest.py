"""Shared fixtures: real SQLCipher files in tmp_path, offscreen Qt."""

import datetime as dt
import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.domain.access import Actor
from desktop.domain.school import StaffRole
from desktop.services.context import ServiceContext
from desktop.store.vault import Vault

if TYPE_CHECKING:
    from tests.sync_helpers import ServerProcess

PASSPHRASE = "Kwiaty w maju, 7 rano"
TODAY = dt.datetime(2026, 11, 20, 15, 30)


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_main_thread() -> Iterator[None]:
    """As in the app (desktop/ui/gc_guard.py): no cycle collection on a worker thread, where it could
    destroy a Qt object a test left in a cycle; every test's cycles are collected after it, here."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def server(tmp_path: Path) -> Iterator["ServerProcess"]:
    """A real `linkbook-server` process on 127.0.0.1 with its own data folder, for one test."""
    from tests.sync_helpers import ServerProcess

    process = ServerProcess(tmp_path / "server-data").start()
    yield process
    process.stop()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "school"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    opened = Vault.create(data_dir, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def senco_context(vault: Vault) -> ServiceContext:
    """A SENCO at 15:30 on Friday 20 November 2026."""
    return ServiceContext(vault, Actor("Mrs Adebayo-Kowalska", StaffRole.SENCO), clock=lambda: TODAY)


PUPIL_NAMES = [
    ("Zofia", "Wiśniewska", "", "POL"),
    ("Ayaan", "Chowdhury", "ঋতব্রত", "BNG"),
    ("Amina", "Hassan", "أمينة", "ARA"),
    ("Gurpreet", "Sandhu", "ਗੁਰਪ੍ਰੀਤ", "PNJ"),
    ("Ionuț", "Popescu", "", "RUM"),
    ("Hodan", "Warsame", "", "SOM"),
    ("Kavya", "Subramanian", "காவ்யா", "TAM"),
    ("Mariana", "Gonçalves", "", "POR"),
    ("Oisín", "Ní Bhriain", "", "ENG"),
    ("Fatima", "Qureshi", "فاطمہ", "URD"),
]


@pytest.fixture
def small_school(senco_context: ServiceContext) -> dict[str, object]:
    """A school with one class of ten pupils (names in several scripts), each with a parent."""
    from desktop.domain.families import Channel, FamilyMember, Relationship
    from desktop.domain.pupils import Pupil, SenStatus
    from desktop.domain.school import School, SchoolClass, StaffMember
    from desktop.services.school import SchoolService

    teacher = StaffMember("Mr Okonkwo-Jones", StaffRole.CLASS_TEACHER)
    oak = SchoolClass("Year 3 Oak", "3", staff_ids=(teacher.id,))
    service = SchoolService(senco_context)
    service.set_up(School("Riverside Primary"), [teacher], [oak])
    pupils = [
        Pupil(
            legal_first_name=first,
            legal_last_name=last,
            preferred_first_name=preferred,
            date_of_birth=dt.date(2018, 1 + n, 3 + n),
            class_id=oak.id,
            upn=f"A{n:012d}",
            first_language=lang,
            sen_status=SenStatus.SEN_SUPPORT if n % 4 == 0 else SenStatus.NONE,
        )
        for n, (first, last, preferred, lang) in enumerate(PUPIL_NAMES)
    ]
    service.save_pupils(pupils)
    parents = [
        FamilyMember(
            name=f"Parent of {p.first_name}",
            relationship=Relationship.MOTHER,
            pupil_ids=(p.id,),
            channel=Channel.PAPER if n % 3 == 0 else Channel.APP,
            home_language=p.first_language,
        )
        for n, p in enumerate(pupils)
    ]
    service.save_family_members(parents)
    return {"class": oak, "teacher": teacher, "pupils": pupils, "parents": parents}


@pytest.fixture(autouse=True)
def _default_locale_kept() -> Iterator[None]:
    """A test that chooses the app's language (which sets Qt's default locale) leaves it as it found it."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)
