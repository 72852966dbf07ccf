"""Backups: one file holding an encrypted copy of the database, the wrapped key and the attachment blobs.

Nothing in a backup is readable without the school's passphrase. A manifest lists every part with its
SHA-256 and is authenticated with a key derived from the database key, so a truncated or altered backup
is refused before anything is restored. Files are written to a temp name, synced and renamed.
"""

import datetime as dt
import errno
import hashlib
import hmac
import json
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from desktop.services.context import ServiceContext
from desktop.store import keyfile, migrate
from desktop.store.atomic import atomic_writer, fsync_dir
from desktop.store.blobs import BLOB_DIR_NAME
from desktop.store.database import encrypted_copy, is_disk_full
from desktop.store.errors import BackupInvalid, DiskFull, KeyFileDamaged, SchoolAlreadyHere
from desktop.store.repositories.attachments import AttachmentRepository
from desktop.store.vault import Vault, subkey

FORMAT = 1
MANIFEST = "manifest.json"
MAC_PURPOSE = "linkbook backup manifest"
_ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError)
"""What zipfile raises when the bytes of a part (or its header) were changed: a CRC or header mismatch."""


def _seek_past_the_file(exc: OSError) -> bool:
    """A changed header offset makes zipfile seek before the file's start (EINVAL): damage, not the disk."""
    return exc.errno == errno.EINVAL


@dataclass(frozen=True, slots=True)
class BackupSummary:
    path: Path
    size: int
    attachments: int
    schema: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _mac(key: bytes, body: bytes) -> str:
    return hmac.new(subkey(key, MAC_PURPOSE), body, hashlib.sha256).hexdigest()


class BackupService:
    def __init__(self, context: ServiceContext) -> None:
        self.vault = context.vault
        self.context = context

    def backup(self, destination: Path) -> BackupSummary:
        """Write the backup file atomically; an existing file of that name is replaced only on success."""
        try:
            return self._backup(destination)
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            raise DiskFull(
                destination.parent, "the backup was not written (any earlier one is unchanged)"
            ) from None

    def _backup(self, destination: Path) -> BackupSummary:
        vault = self.vault
        with tempfile.TemporaryDirectory(prefix="linkbook-backup-") as scratch:
            db_copy = Path(scratch) / "linkbook.db"
            encrypted_copy(vault.engine, vault.raw_key, db_copy)
            counter = vault.commit_counter()
            with vault.reading() as session:
                blob_names = sorted(AttachmentRepository(session, vault.blobs).referenced_blob_names())
            parts: dict[str, Path] = {
                keyfile.KEY_FILE_NAME: Vault.key_path(vault.data_dir),
                "linkbook.db": db_copy,
            }
            for name in blob_names:
                path = vault.blobs.path_of(name)
                if path.exists():
                    parts[f"{BLOB_DIR_NAME}/{name[:2]}/{name}"] = path
            schema = migrate.current_revision(vault.engine) or ""
            body = json.dumps(
                {
                    "format": FORMAT,
                    "created_at": self.context.now().isoformat(),
                    "schema": schema,
                    "files": {arcname: _sha256(path) for arcname, path in parts.items()},
                },
                sort_keys=True,
            ).encode()
            manifest = json.dumps({"body": body.decode(), "mac": _mac(vault.raw_key, body)}).encode()
            with (
                atomic_writer(destination) as handle,
                zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as archive,
            ):
                archive.writestr(MANIFEST, manifest)
                for arcname, path in parts.items():
                    archive.write(path, arcname)
        vault.note_backup(counter)
        return BackupSummary(destination, destination.stat().st_size, len(parts) - 2, schema)


def restore(backup: Path, data_dir: Path, passphrase: str, *, replace: bool = False) -> Path | None:
    """Restore into data_dir. With replace, the school there is first moved aside (its new name is returned).

    The backup is verified whole (passphrase, manifest MAC, every file's hash) before anything is moved.
    """
    if Vault.exists(data_dir) and not replace:
        raise SchoolAlreadyHere(data_dir)
    try:
        archive = zipfile.ZipFile(backup)
    except (OSError, *_ZIP_DAMAGE) as exc:
        raise BackupInvalid(
            backup, f"it cannot be read as a backup: its table of contents is damaged ({_why(exc)})"
        ) from None
    with archive:
        try:
            outer = json.loads(_part(archive, backup, MANIFEST))
            body = outer["body"].encode()
            mac = str(outer["mac"])
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise BackupInvalid(backup, f"its manifest ({MANIFEST}) is damaged ({_why(exc)})") from None
        try:
            key_file = keyfile.KeyFile.from_bytes(
                _part(archive, backup, keyfile.KEY_FILE_NAME), Path(keyfile.KEY_FILE_NAME)
            )
        except KeyFileDamaged as exc:
            raise BackupInvalid(
                backup, f"its key file ({keyfile.KEY_FILE_NAME}) is damaged ({exc.why})"
            ) from None
        key = keyfile.unwrap(key_file, passphrase)
        if not hmac.compare_digest(_mac(key, body), mac):
            raise BackupInvalid(backup, f"its manifest ({MANIFEST}) is damaged or was altered")
        manifest = json.loads(body)
        staging = Path(tempfile.mkdtemp(prefix=f".{data_dir.name}.restoring-", dir=data_dir.parent))
        try:
            for arcname, digest in manifest["files"].items():
                target = staging / arcname
                if ".." in Path(arcname).parts:
                    raise BackupInvalid(backup, f"it names a file outside the school folder ({arcname})")
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    with archive.open(arcname) as source, target.open("wb") as out:
                        shutil.copyfileobj(source, out)
                except KeyError:
                    raise BackupInvalid(backup, f"{arcname} is missing") from None
                except _ZIP_DAMAGE as exc:
                    raise BackupInvalid(backup, f"{arcname} is damaged ({_why(exc)})") from None
                except OSError as exc:
                    if not _seek_past_the_file(exc):
                        raise
                    raise BackupInvalid(
                        backup, f"{arcname} is damaged (its header points outside the file)"
                    ) from None
                if _sha256(target) != digest:
                    raise BackupInvalid(backup, f"{arcname} is damaged")
            Vault.unlock(staging, passphrase).close()
            moved_aside = None
            if data_dir.exists():
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                moved_aside = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}")
                data_dir.rename(moved_aside)
            staging.rename(data_dir)
            fsync_dir(data_dir.parent)
            return moved_aside
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


def _part(archive: zipfile.ZipFile, backup: Path, arcname: str) -> bytes:
    """One small part of the backup, or BackupInvalid naming it as missing or damaged."""
    try:
        return archive.read(arcname)
    except KeyError:
        raise BackupInvalid(backup, f"{arcname} is missing") from None
    except _ZIP_DAMAGE as exc:
        raise BackupInvalid(backup, f"{arcname} is damaged ({_why(exc)})") from None
    except OSError as exc:
        if not _seek_past_the_file(exc):
            raise
        raise BackupInvalid(backup, f"{arcname} is damaged (its header points outside the file)") from None


def _why(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
