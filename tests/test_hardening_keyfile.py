"""The key file under attack: absurd Argon2 settings, settings edited with the checksum redone, old files."""

import base64
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.cli import main
from desktop.store import keyfile
from desktop.store.errors import KeyFileDamaged, KeyFileTampered, WrongPassphrase
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE


def rewrite(path: Path, change: dict[str, Any], kdf_change: dict[str, Any] | None = None) -> None:
    """Edit the key file as an attacker would: change fields, then recompute the checksum."""
    body = json.loads(path.read_bytes())
    del body["checksum"]
    body.update(change)
    body["kdf"].update(kdf_change or {})
    canonical = json.dumps(body, sort_keys=True).encode()
    path.write_text(json.dumps({**body, "checksum": hashlib.sha256(canonical).hexdigest()}))


@pytest.mark.parametrize(
    ("kdf_change", "named"),
    [
        ({"memory_kib": 4 * 2**20}, "memory_kib"),
        ({"memory_kib": 2**40}, "memory_kib"),
        ({"iterations": 10**9}, "iterations"),
        ({"iterations": 0}, "iterations"),
        ({"lanes": -1}, "lanes"),
        ({"lanes": 2**24}, "lanes"),
        ({"iterations": True}, "iterations"),
        ({"memory_kib": "65536"}, "memory_kib"),
        ({"salt": ""}, "salt"),
        ({"salt": "%%%"}, "salt"),
    ],
)
def test_out_of_bounds_argon2_settings_are_a_damaged_key_file_not_a_memory_error(
    vault: Vault, data_dir: Path, kdf_change: dict[str, Any], named: str
) -> None:
    vault.close()
    rewrite(Vault.key_path(data_dir), {}, kdf_change)
    with pytest.raises(KeyFileDamaged, match=f"is damaged .*{named}") as caught:
        Vault.unlock(data_dir, PASSPHRASE)
    assert "Restore the school from a backup" in str(caught.value)


@pytest.mark.parametrize(
    ("change", "kdf_change"),
    [
        ({}, {"iterations": 2}),
        ({}, {"memory_kib": 8192}),
        ({}, {"lanes": 1}),
        ({"demo": True}, {}),
        ({"vault_id": "0" * 32}, {}),
    ],
)
def test_edited_settings_with_a_recomputed_checksum_are_reported_as_tampering(
    vault: Vault, data_dir: Path, change: dict[str, Any], kdf_change: dict[str, Any]
) -> None:
    vault.close()
    rewrite(Vault.key_path(data_dir), change, kdf_change)
    with pytest.raises(KeyFileTampered, match="passphrase is right, but the file's settings"):
        Vault.unlock(data_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, "Kwiaty w maju, 8 rano")


def test_the_command_line_says_tampered_and_exits_as_damage(
    vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    rewrite(Vault.key_path(data_dir), {}, {"iterations": 4})
    monkeypatch.setenv("LINKBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["check", "--data-dir", str(data_dir)]) == 4
    assert "were changed after Linkbook wrote it" in capsys.readouterr().err


def old_format_key_file(path: Path, key: bytes, passphrase: str) -> None:
    """keys.json as the first format wrote it: the settings as associated data, no check."""
    salt = os.urandom(16)
    kdf = {"salt": base64.b64encode(salt).decode(), "iterations": 3, "lanes": 4, "memory_kib": 65536}
    vault_id = os.urandom(16).hex()
    nonce = os.urandom(12)
    wrapping = Argon2id(salt=salt, length=32, iterations=3, lanes=4, memory_cost=65536).derive(
        passphrase.encode()
    )
    aad = json.dumps([1, vault_id, kdf], sort_keys=True).encode()
    body = {
        "format": 1,
        "vault_id": vault_id,
        "kdf": kdf,
        "nonce": base64.b64encode(nonce).decode(),
        "wrapped_key": base64.b64encode(AESGCM(wrapping).encrypt(nonce, key, aad)).decode(),
        "demo": False,
        "in_keychain": False,
    }
    canonical = json.dumps(body, sort_keys=True).encode()
    path.write_text(json.dumps({**body, "checksum": hashlib.sha256(canonical).hexdigest()}, indent=2))


def test_a_first_format_key_file_still_opens_and_is_upgraded_at_unlock(vault: Vault, data_dir: Path) -> None:
    key = vault.raw_key
    vault.close()
    path = Vault.key_path(data_dir)
    old_format_key_file(path, key, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, "Kwiaty w maju, 8 rano")
    assert json.loads(path.read_bytes())["format"] == 1, "a failed unlock writes nothing"
    Vault.unlock(data_dir, PASSPHRASE).close()
    upgraded = json.loads(path.read_bytes())
    assert upgraded["format"] == keyfile.FORMAT == 2 and upgraded["check"]
    reopened = Vault.unlock(data_dir, PASSPHRASE)
    assert reopened.raw_key == key
    reopened.close()
    rewrite(path, {}, {"iterations": 2})
    with pytest.raises(KeyFileTampered):
        Vault.unlock(data_dir, PASSPHRASE)
