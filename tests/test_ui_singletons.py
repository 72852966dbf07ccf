"""A day of clicks must not wear out Python's None or True (PySide6 6.12 on Python 3.11)."""

import os
import subprocess
import sys
import textwrap

# What a long day asks of Qt, compressed: far more calls of methods that return nothing, emits and
# disconnects than the few thousand spare references a small process starts with.
A_LONG_DAY = textwrap.dedent(
    """
    import desktop.ui
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Pinger(QObject):
        ping = Signal()

    app = QApplication([])
    label = QLabel()
    pinger = Pinger()
    for _ in range(200_000):
        label.setText("Mood: settled")
        label.setEnabled(True)
    for _ in range(20_000):
        pinger.ping.connect(app.processEvents)
        pinger.ping.disconnect(app.processEvents)
    print("still here")
    """
)


def test_the_app_outlives_a_long_day_of_qt_calls() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", A_LONG_DAY], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "still here"
