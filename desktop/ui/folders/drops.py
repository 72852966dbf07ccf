"""Which dropped or chosen files can become pieces of work, and a clear word about the ones that cannot.

The check happens twice on purpose: by name as soon as the files arrive (so a dropped .txt is refused at
once, before anything is read), and by content when the file is read inside the task (a .png that is
really something else is refused there too, rather than stored as a photo nobody can open).
"""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QImage

from desktop.domain.work_folders import WorkFolder, WorkItem
from desktop.services.folders import MAX_ATTACHMENT, WorkFolderService
from desktop.store.errors import StoreError
from desktop.ui.folders.thumbnails import thumbnail
from desktop.ui.tasks import TaskState

ACCEPTED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".tif", ".tiff", ".pdf"})
FILE_DIALOG_FILTER = "*.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff *.pdf"

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"%PDF-", "application/pdf"),
)


@dataclass(frozen=True, slots=True)
class SortedFiles:
    """Files that may be added, and one message per file that may not (saying what to do instead)."""

    accepted: tuple[Path, ...]
    refused: tuple[str, ...]


def local_files(mime: QMimeData) -> list[Path]:
    """The local files among dropped URLs (a dragged web link is not a file and is left out)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def sort_files(paths: list[Path]) -> SortedFiles:
    """Accept photos and PDF scans by name; refuse anything else, folders and missing files with a reason."""
    accepted: list[Path] = []
    refused: list[str] = []
    for path in paths:
        if path.is_dir():
            refused.append(
                QCoreApplication.translate(
                    "FolderFiles", "{name} is a folder; open it and drop the photos inside it."
                ).format(name=path.name)
            )
        elif path.suffix.lower() not in ACCEPTED_SUFFIXES:
            refused.append(
                QCoreApplication.translate(
                    "FolderFiles",
                    "{name} is not a photo or a scan. Add photos (PNG, JPEG, GIF, WebP, TIFF) or PDF scans.",
                ).format(name=path.name)
            )
        elif not path.is_file():
            refused.append(
                QCoreApplication.translate(
                    "FolderFiles", "{name} is no longer there; check where it was saved."
                ).format(name=path.name)
            )
        elif path.stat().st_size > MAX_ATTACHMENT:
            refused.append(
                QCoreApplication.translate(
                    "FolderFiles", "{name} is over {mb} MB; photograph or scan it at a lower resolution."
                ).format(name=path.name, mb=MAX_ATTACHMENT // 2**20)
            )
        else:
            accepted.append(path)
    return SortedFiles(tuple(accepted), tuple(refused))


def media_type(data: bytes) -> str | None:
    """The file's type from its first bytes, or None if it is not a photo or PDF we know."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def unreadable_message(name: str) -> str:
    return QCoreApplication.translate(
        "FolderFiles", "{name} does not hold a photo or a PDF, whatever its name says; it was not added."
    ).format(name=name)


def title_from(path: Path) -> str:
    """A first title for a piece of work made from a file: its name, without the dashes cameras add."""
    words = path.stem.replace("_", " ").replace("-", " ").split()
    title = " ".join(words) or path.name
    return title[:1].upper() + title[1:]


@dataclass
class AddedWork:
    """What add_work did: the folder as it now is, the new pieces, messages, and their thumbnails."""

    folder: WorkFolder | None = None
    item_ids: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    thumbnails: dict[str, QImage] = field(default_factory=dict)


def add_work(
    service: WorkFolderService,
    folder_id: str,
    pupil_id: str,
    day: dt.date,
    files: SortedFiles,
    state: TaskState,
) -> AddedWork:
    """Inside a task: store each accepted file and add it to the folder as a piece of work of its own.

    A file the service refuses is reported and skipped; the others still go in, each in its own
    transaction, so a refusal never undoes work already added.
    """
    added = AddedWork(messages=list(files.refused))
    for n, path in enumerate(files.accepted):
        state.check()
        try:
            data = path.read_bytes()
        except OSError:
            added.messages.append(
                QCoreApplication.translate(
                    "FolderFiles", "{name} could not be read; check the file is still there."
                ).format(name=path.name)
            )
            continue
        kind = media_type(data)
        if kind is None:
            added.messages.append(unreadable_message(path.name))
            continue
        try:
            attachment = service.attach(pupil_id, data, path.name, kind)
            item = WorkItem("", title_from(path), day, attachment_ids=(attachment.id,))
            added.folder = service.add_item(folder_id, item)
        except StoreError as exc:
            added.messages.append(str(exc))
            continue
        added.item_ids.append(item.id)
        added.thumbnails[attachment.id] = thumbnail(data)
        state.progress((n + 1) / len(files.accepted))
    return added
