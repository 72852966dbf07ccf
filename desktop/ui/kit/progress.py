"""Progress bars: one that follows a task runner, and a thin one that only says "working"."""

from PySide6.QtWidgets import QProgressBar, QWidget

from desktop.ui.tasks import TaskRunner


class TaskProgressBar(QProgressBar):
    """Shows the running task's name and percentage while it reports progress; hidden once it ends."""

    def __init__(self, runner: TaskRunner, name: str, parent: QWidget | None = None) -> None:
        """name: what a screen reader calls it, translated by the window."""
        super().__init__(parent)
        self.setAccessibleName(name)
        self.hide()
        runner.progressed.connect(self._progressed)
        runner.finished.connect(lambda _label: self.hide())
        runner.failed.connect(lambda _label, _message: self.hide())

    def _progressed(self, label: str, percent: int) -> None:
        self.setFormat(f"{label} %p%")
        self.setValue(percent)
        self.show()


def busy_bar(name: str, height: int | None = None, parent: QWidget | None = None) -> QProgressBar:
    """A hidden bar that moves without a percentage, named for what it waits on; show it while busy."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    if height is not None:
        bar.setMaximumHeight(height)
    bar.setAccessibleName(name)
    bar.hide()
    return bar
