"""Shared fixtures: real SQLCipher files in tmp_path, offscreen Qt."""

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.domain.access import Actor  # noqa: E402
from desktop.domain.school import StaffRole  # noqa: E402
from desktop.services.context import ServiceContext  # noqa: E402
from desktop.store.vault import Vault  # noqa: E402

PASSPHRASE = "Kwiaty w maju, 7 rano"
TODAY = dt.datetime(2026, 11, 20, 15, 30)


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
