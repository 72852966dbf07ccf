"""The background task runner: results and errors come back on the GUI thread; cancel stops work."""

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from desktop.store.errors import WrongPassphrase
from desktop.ui.tasks import Changes, TaskRunner, TaskState, Topic


def test_result_arrives_on_the_gui_thread_with_progress_and_changes(qtbot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}
    progress: list[int] = []
    changes: list[Changes] = []
    runner.progressed.connect(lambda _label, percent: progress.append(percent))
    runner.changed.connect(changes.append)

    def work(state: TaskState) -> int:
        seen["worker"] = threading.get_ident()
        for n in range(1, 101):
            state.progress(n / 100)
            state.progress(n / 100)  # the same percentage twice crosses once
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_in_gui"] = QThread.currentThread() is QApplication.instance().thread()

    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.run("Counting", work, done, Changes(frozenset({Topic.ENTRIES}), frozenset({"p1"})))
    assert seen["result"] == 42
    assert seen["done_in_gui"] is True
    assert seen["worker"] != threading.get_ident()
    assert progress == list(range(1, 101))
    assert changes and changes[0].touches(Topic.ENTRIES, "p1") and not changes[0].touches(Topic.ENTRIES, "p2")
    assert not runner.busy


def test_store_error_reaches_the_person_as_its_message(qtbot) -> None:
    runner = TaskRunner()

    def work(state: TaskState) -> None:
        raise WrongPassphrase()

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.run("Unlocking", work)
    label, message = blocker.args
    assert label == "Unlocking" and "passphrase does not unlock" in message


def test_unexpected_error_says_nothing_was_half_saved_and_quotes_no_data(qtbot, caplog) -> None:
    runner = TaskRunner()

    def work(state: TaskState) -> None:
        raise ValueError("Zofia Wiśniewska's entry")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.run("Saving", work)
    assert "Nothing half-done was saved" in blocker.args[1]
    assert "Zofia" not in blocker.args[1]
    assert "Zofia" not in caplog.text


def test_cancel_stops_the_work_at_its_next_check(qtbot) -> None:
    runner = TaskRunner()
    reached: list[int] = []
    done: list[object] = []

    def work(state: TaskState) -> str:
        for n in range(1000):
            state.check()
            reached.append(n)
            time.sleep(0.005)
        return "finished"

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        handle = runner.run("Printing the school's packs", work, done.append)
        qtbot.waitUntil(lambda: len(reached) > 3, timeout=5000)
        handle.cancel()
    assert done == [], "a cancelled task does not deliver a result"
    assert len(reached) < 1000


def test_thousands_of_signals_do_not_crash_the_app(tmp_path) -> None:
    """PySide6 6.12.0 frees Python's True after a few thousand emits, unless our emit() is used."""
    import subprocess
    import sys

    script = tmp_path / "many_signals.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "from desktop.ui.signals import emit\n"
        "app = QCoreApplication(sys.argv)\n"
        "class Counter(QObject):\n"
        "    ticked = Signal(int)\n"
        "counter = Counter()\n"
        "seen = []\n"
        "counter.ticked.connect(seen.append)\n"
        "for n in range(20_000):\n"
        "    emit(counter.ticked, n)\n"
        "print(len(seen))\n",
        encoding="utf-8",
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "20000"


def test_what_a_task_captured_is_let_go_on_the_gui_thread(qtbot) -> None:
    """A view closed while its task runs: what the task captured (pixmaps, documents, the view itself)
    must not be freed on the worker thread, where Qt forbids touching it."""
    runner = TaskRunner()
    release = threading.Event()
    freed_in: list[int] = []

    class Captured:
        def __del__(self) -> None:
            freed_in.append(threading.get_ident())

    def open_and_close_a_view() -> None:
        captured = Captured()

        def work(state: TaskState) -> str:
            release.wait(5)
            return type(captured).__name__

        runner.run("Loading the pupil's year", work)

    open_and_close_a_view()
    release.set()
    qtbot.waitUntil(lambda: bool(freed_in), timeout=5000)
    assert freed_in == [threading.get_ident()]
