"""The school's passphrase after it is set: is it still good enough, and changing it."""

from desktop.domain.passphrases import assess
from desktop.store import keyfile
from desktop.store.vault import Vault


def needs_strengthening(vault: Vault, passphrase: str) -> bool:
    """Whether the passphrase just used to unlock is weaker than a new one may be (demo schools aside)."""
    return not vault.demo and not assess(passphrase).acceptable


def change_passphrase(vault: Vault, old: str, new: str) -> None:
    """Re-wrap the school's key under a new passphrase (WeakPassphrase or WrongPassphrase if not)."""
    keyfile.change_passphrase(Vault.key_path(vault.data_dir), old, new)
