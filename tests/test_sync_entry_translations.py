"""A staff translation travels like the entry it belongs to: made on a teaching assistant's computer, it
reaches the family's own device through a real server and shows in the family window beside the English,
with who translated it; only that child's family gets it, and an edit of the entry takes it off the
family's screen until it is translated again.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.services.entry_translations import EntryTranslationService
from desktop.services.linkbook import LinkBookService
from desktop.services.sync.device import SyncTarget
from desktop.ui.family.identity import family_actor
from desktop.ui.family.window import FamilyWindow
from sync.protocol import DeviceRole
from tests.conftest import TODAY
from tests.sync_desktop_helpers import build_school, day, enrol, found_admin, open_device
from tests.sync_helpers import ServerProcess
from tests.ui_checks import visible_text

ENGLISH = "Zofia read her Roman coins book to the class."
POLISH = "Zofia przeczytała klasie swoją książkę o rzymskich monetach."
WAIT_MS = 20_000


def test_a_translation_made_on_a_staff_device_reaches_only_that_familys_window(
    qtbot, tmp_path: Path, server: ServerProcess
) -> None:
    office = open_device(tmp_path, "office")
    school = build_school(office.context)
    zofia, gurpreet = school["pupils"][0], school["pupils"][3]
    linkbook = LinkBookService(office.context)
    entry = linkbook.save_entry(
        LinkBookEntry(zofia.id, day(), "t", StaffRole.CLASS_TEACHER, wins=ENGLISH, note="PE on Monday.")
    )
    linkbook.save_entry(
        LinkBookEntry(gurpreet.id, day(), "t", StaffRole.CLASS_TEACHER, wins="Counted in fives.")
    )
    found_admin(office, SyncTarget(server_url=server.url))
    office.sync.sync_once()
    assistant = open_device(tmp_path, "assistant", StaffRole.TEACHING_ASSISTANT, "Ewa Nowak")
    enrol(office, assistant, server.url, DeviceRole.STAFF, class_ids=(school["class"].id,))
    family = open_device(tmp_path, "family")
    enrol(office, family, server.url, DeviceRole.FAMILY, pupil_ids=(zofia.id,))
    other_family = open_device(tmp_path, "other-family")
    enrol(office, other_family, server.url, DeviceRole.FAMILY, pupil_ids=(gurpreet.id,))

    # The assistant works through the Polish list on their own computer, then syncs.
    service = EntryTranslationService(assistant.context)
    assert [w.entry.id for w in service.wanted("POL")] == [entry.id]
    service.translate(entry.id, "wins", "POL", POLISH, english=ENGLISH)
    assert [w.wanted for w in service.wanted("POL")] == [("note",)]
    assistant.sync.sync_once()
    family.sync.sync_once()
    other_family.sync.sync_once()
    office.sync.sync_once()

    assert family.scalar("SELECT text FROM entry_translation WHERE entry_id = ?", entry.id) == POLISH
    assert family.scalar("SELECT translator_name FROM entry_translation") == "Ewa Nowak"
    assert other_family.scalar("SELECT count(*) FROM entry_translation") == 0
    assert office.scalar("SELECT text FROM entry_translation") == POLISH

    window = FamilyWindow(family.vault, family_actor(family.vault), clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.pages) and window.pages[0].records is not None, timeout=WAIT_MS)
    shown = visible_text(window)
    assert ENGLISH in shown and POLISH in shown
    assert "Translated by Ewa Nowak" in shown
    assert shown.count("English · po angielsku") == 2  # the wins and the untranslated note
    qtbot.wait(300)  # the cards' layout settles before the picture is taken
    window.grab().save(str(tmp_path / "family-translated.png"))

    # The teacher changes the entry: the family sees the new English, and no longer the old translation.
    linkbook.save_entry(replace(entry, wins="Zofia read her Roman coins book to the whole school."))
    office.sync.sync_once()
    family.sync.sync_once()
    window.pages[0].records = None
    window.load()
    qtbot.waitUntil(lambda: bool(window.pages) and window.pages[0].records is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "whole school" in visible_text(window), timeout=WAIT_MS)
    shown = visible_text(window)
    assert POLISH not in shown and "Translated by" not in shown
    before = EntryTranslationService(assistant.context).wanted("POL")
    assert [(w.wanted, w.out_of_date) for w in before] == [(("note",), ())]  # the edit has not arrived
    assistant.sync.sync_once()
    again = EntryTranslationService(assistant.context).wanted("POL")
    assert [(w.entry.id, w.wanted, w.out_of_date) for w in again] == [(entry.id, ("wins", "note"), ("wins",))]
    window.close()
