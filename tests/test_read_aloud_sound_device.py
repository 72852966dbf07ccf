"""Read aloud picks its output device from Qt's own multimedia backend, not a stand-in: in a child
process whose sound server cannot be reached (PULSE_SERVER names a socket that does not exist, so the
test behaves the same on a computer with speakers), the real QMediaDevices reports no output, the
family's Read aloud says so without synthesising anything, and a sound system that claims an output but
takes the real default device gets the message for a speaker that cannot be opened, after the speech is
made. (A QAudioSink plays only to a device: QtMultimedia has no file or null output to play to, so
real playback is not tested here.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import datetime as dt, json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.domain.linkbook import LinkBookEntry
from desktop.domain.school import StaffRole
from desktop.ui.family.read_aloud import COMPUTER, ReadAloud, SoundSystem, has_audio_output

entry = LinkBookEntry("pupil", dt.date(2026, 11, 20), "t", StaffRole.CLASS_TEACHER,
                      learning="Today we counted Roman coins and made our own coins from clay.")
fetched = []

class Writer:
    def fetch(self, label, work, done):
        fetched.append(label)
        done(work(None))

    def run(self, label, work, done):
        raise AssertionError("nothing is written")

plain = ReadAloud(entry, Writer())
plain.play()
first = {"message": plain.message.text(), "fetched": list(fetched), "playing": plain.playing}
claimed = SoundSystem(has_output=lambda: True, engines=lambda: [], device=COMPUTER.device)
read = ReadAloud(entry, Writer(), sound=claimed)
read.play()
print(json.dumps({
    "outputs": has_audio_output(),
    "default_is_null": COMPUTER.device().isNull(),
    "first": first,
    "second": {"message": read.message.text(), "fetched": len(fetched), "playing": read.playing},
}))
"""


def test_the_real_backend_with_no_sound_server_reports_no_device_and_read_aloud_says_so(
    tmp_path: Path,
) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "PULSE_SERVER": f"unix:{tmp_path / 'no-sound-server'}",
        "PIPEWIRE_REMOTE": str(tmp_path / "no-pipewire"),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["outputs"] is False and seen["default_is_null"] is True, "Qt's backend found no output"
    first = seen["first"]
    assert "No speaker or headphones were found" in first["message"]
    assert first["fetched"] == [] and not first["playing"], "nothing synthesised for a computer without sound"
    second = seen["second"]
    assert second["fetched"] == 1, "the speech was made before a device was asked for"
    assert "could not be played on this computer's speaker or headphones" in second["message"]
    assert not second["playing"]
