"""Photos and scans sync: a picture added on one device shows, byte for byte, on another, through the
school's server or a shared folder, and neither ever holds the picture in the clear."""

from __future__ import annotations

import io
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.calendar import Period
from desktop.domain.news import NewsItem
from desktop.domain.school import StaffRole
from desktop.domain.work_folders import WorkItem
from desktop.services.folders import WorkFolderService
from desktop.services.news import NewsService
from desktop.services.sync.device import SyncTarget
from sync.protocol import DeviceRole
from tests.conftest import TODAY
from tests.sync_desktop_helpers import DesktopDevice, build_school, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess


def photo_bytes() -> bytes:
    """A PNG of noise: no run of its bytes turns up anywhere by chance."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (48, 32), os.urandom(48 * 32 * 3)).save(buffer, "PNG")
    return buffer.getvalue()


def stored_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def in_the_clear(image: bytes, haystack: bytes) -> bool:
    """The image, or any 64-byte piece of it, in the haystack."""
    return any(image[start : start + 64] in haystack for start in range(0, len(image) - 64, 64))


@pytest.fixture
def school(tmp_path: Path) -> Iterator[dict[str, object]]:
    server = ServerProcess(tmp_path / "server-data").start()
    office = open_device(tmp_path, "office")
    built = build_school(office.context)
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    teacher = open_device(tmp_path, "teacher", StaffRole.CLASS_TEACHER)
    enrol(office, teacher, server.url, DeviceRole.STAFF, class_ids=(built["class"].id,))
    yield {**built, "server": server, "office": office, "teacher": teacher}
    for device in (office, teacher):
        device.vault.close()
    server.stop()


def put_photo_in_folder(device: DesktopDevice, pupil_id: str, image: bytes) -> str:
    folders = WorkFolderService(device.context)
    photo = folders.attach(pupil_id, image, "collage.png")
    folder = folders.open_folder(pupil_id, Period.week_of(TODAY.date()))
    folders.add_item(
        folder.id, WorkItem("Art", "Autumn leaf collage", TODAY.date(), attachment_ids=(photo.id,))
    )
    return photo.id


def test_a_photo_in_a_folder_item_shows_the_same_bytes_on_the_other_device(school) -> None:
    office, teacher, server = school["office"], school["teacher"], school["server"]
    zofia = school["pupils"][0]
    image = photo_bytes()
    photo_id = put_photo_in_folder(teacher, zofia.id, image)

    teacher.sync.sync_once()
    office.sync.sync_once()

    [folder] = WorkFolderService(office.context).for_pupil(zofia.id)
    [item] = folder.items
    assert item.attachment_ids == (photo_id,)
    assert WorkFolderService(office.context).attachment_bytes(photo_id) == image
    # It went through the server, as a sealed file under a hash, never as the picture.
    with sqlite3.connect(server.data_dir / "server.db") as db:
        assert db.execute("SELECT count(*) FROM blobs WHERE complete = 1").fetchone()[0] == 1
    assert not in_the_clear(image, stored_bytes(server.data_dir))
    assert b"collage.png" not in stored_bytes(server.data_dir)
    # A second sync sends and fetches nothing again.
    before = office.scalar("SELECT count(*) FROM sync_blob_sent")
    office.sync.sync_once()
    teacher.sync.sync_once()
    assert office.scalar("SELECT count(*) FROM sync_blob_sent") == before


def test_the_same_photo_twice_travels_once_and_a_deleted_one_leaves_the_other_device(school) -> None:
    office, teacher, server = school["office"], school["teacher"], school["server"]
    zofia = school["pupils"][0]
    image = photo_bytes()
    first = put_photo_in_folder(teacher, zofia.id, image)
    second = WorkFolderService(teacher.context).attach(zofia.id, image, "collage again.png")
    teacher.sync.sync_once()
    office.sync.sync_once()
    with sqlite3.connect(server.data_dir / "server.db") as db:
        assert db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert WorkFolderService(office.context).attachment_bytes(first) == image
    assert WorkFolderService(office.context).attachment_bytes(second.id) == image

    # The office erases the child: the teacher's laptop drops the records and the file with them.
    from desktop.services.erasure import ErasureService

    blob = teacher.vault.blobs.path_of(teacher.vault.blobs.name_for(image))
    assert blob.exists()
    ErasureService(office.context).erase_pupil(zofia.id, "Left the school")
    office.sync.sync_once()
    teacher.sync.sync_once()
    assert teacher.scalar("SELECT count(*) FROM attachment") == 0
    assert not blob.exists()


def test_photos_travel_through_a_shared_folder_too(school, tmp_path: Path) -> None:
    office, teacher = school["office"], school["teacher"]
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    image = photo_bytes()
    photo_id = put_photo_in_folder(teacher, school["pupils"][2].id, image)
    news_image = photo_bytes()
    news = NewsService(office.context)
    picture = news.attach_photo(news_image, "pumpkins.png")
    news.publish(
        NewsItem(
            "Pumpkin carving", "Thank you all!", TODAY.date(), "Ms Dubois", school["class"].id, (picture.id,)
        )
    )

    teacher.sync.sync_once(target=SyncTarget(folder=stick))
    office.sync.sync_once(target=SyncTarget(folder=stick))
    teacher.sync.sync_once(target=SyncTarget(folder=stick))

    assert WorkFolderService(office.context).attachment_bytes(photo_id) == image
    assert WorkFolderService(teacher.context).attachment_bytes(picture.id) == news_image
    on_stick = stored_bytes(stick)
    assert not in_the_clear(image, on_stick) and not in_the_clear(news_image, on_stick)
    assert len(list((stick / "linkbook-sync" / "v1" / "blobs").rglob("*.blob"))) == 2
