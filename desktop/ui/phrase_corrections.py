"""Paper > Correct printed translations: a school fixes the home-language words printed on paper packs.

Choose a language; each printed phrase is listed with its English, the shipped translation and the
school's correction side by side. Choosing a phrase puts it in the editor (right to left for Arabic and
Urdu); as the person types, a preview is rendered by the same printing code as the packs and shown as a
picture, so what they see is what families will get. Save stores the correction for every device of the
school; Reset prints the shipped words again. Reading, saving and rendering run on the task runner, and
their results are dropped if the dialog has been closed meanwhile.
"""

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.languages import LANGUAGES
from desktop.printing.phrase_sample import phrase_sample
from desktop.services.context import ServiceContext
from desktop.services.phrase_corrections import PhraseCorrectionService, PhraseLine
from desktop.store.errors import InvalidInput
from desktop.ui.print_preview import PdfBytes
from desktop.ui.tasks import TaskRunner, TaskState

PREVIEW_DELAY_MS = 300
PREVIEW_DPI = 110
ENGLISH, SHIPPED, CORRECTION = range(3)


class PhraseCorrectionsDialog(QDialog):
    """List, edit, save and reset the school's corrections for one language at a time."""

    def __init__(self, context: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = PhraseCorrectionService(context)
        self.runner = runner
        self.language = ""
        self.lines: list[PhraseLine] = []
        self._preview_generation = 0
        self.setWindowTitle(self.tr("Correct printed translations"))

        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Language"))
        for language in self.service.languages():
            self.language_box.addItem(f"{language.english_name} \u2014 {language.native_name}", language.code)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_box)

        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Printed phrases"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("English"), self.tr("Shipped translation"), self.tr("School's correction")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setAccessibleName(self.tr("Phrase columns"))

        self.english_label = QLabel(self)
        self.english_label.setWordWrap(True)
        self.english_label.setAccessibleName(self.tr("The English phrase"))
        self.shipped_label = QLabel(self)
        self.shipped_label.setWordWrap(True)
        self.shipped_label.setAccessibleName(self.tr("The shipped translation"))
        self.editor = QLineEdit(self)
        self.editor.setAccessibleName(self.tr("The words to print"))
        self.editor.setPlaceholderText(self.tr("Type the words families should read"))
        editor_label = QLabel(self.tr("&Print as:"), self)
        editor_label.setBuddy(self.editor)
        self.save_button = QPushButton(self.tr("&Save correction"), self)
        self.save_button.setAccessibleName(self.tr("Save the correction"))
        self.reset_button = QPushButton(self.tr("&Reset to shipped"), self)
        self.reset_button.setAccessibleName(self.tr("Reset to the shipped translation"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.preview = QLabel(self)
        self.preview.setAccessibleName(self.tr("Preview of the printed phrase"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(200)
        self.preview.setStyleSheet("background: white; border: 1px solid palette(mid);")

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language_box, 1)
        form = QFormLayout()
        english_caption = QLabel(self.tr("English:"), self)
        shipped_caption = QLabel(self.tr("Shipped:"), self)
        form.addRow(english_caption, self.english_label)
        form.addRow(shipped_caption, self.shipped_label)
        form.addRow(editor_label, self.editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 2)
        layout.addLayout(buttons)
        for label in (english_caption, shipped_caption, editor_label, language_label):
            label.setAccessibleName(label.text().replace("&", "").rstrip(":"))

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.render_preview)
        self.language_box.currentIndexChanged.connect(self.load_language)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_line(row))
        self.editor.textEdited.connect(lambda _text: self.preview_timer.start())
        self.editor.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.close_button.clicked.connect(self.reject)
        self._set_editing(False)
        self.resize(960, 820)
        self.load_language()

    # Loading

    def load_language(self) -> None:
        """Read the chosen language's phrases in the background, then fill the table."""
        code = self.language_box.currentData()
        if not code:
            return
        self.language = code
        right_to_left = LANGUAGES[code].right_to_left
        direction = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        self.editor.setLayoutDirection(direction)
        # Leading alignment: Qt puts it on the right when the layout direction is right to left.
        self.editor.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.shipped_label.setLayoutDirection(direction)
        self._set_editing(False)
        self.runner.run(
            self.tr("Reading the printed phrases"),
            lambda _state: self.service.phrases(code),
            lambda lines: self._fill(code, lines),
        )

    def _fill(self, code: str, lines: list[PhraseLine]) -> None:
        if not isValid(self) or code != self.language:
            return  # the person chose another language meanwhile
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            self._set_row(row, line)
        self.table.resizeRowsToContents()
        if lines:
            self.table.setCurrentCell(0, ENGLISH)

    def _set_row(self, row: int, line: PhraseLine) -> None:
        rtl = LANGUAGES[self.language].right_to_left
        cells = (line.english, line.shipped, line.correction.text if line.correction else "")
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column != ENGLISH and rtl:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    # Editing

    def current_line(self) -> PhraseLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _set_editing(self, enabled: bool) -> None:
        for widget in (self.editor, self.save_button, self.reset_button):
            widget.setEnabled(enabled)

    def _show_line(self, row: int) -> None:
        line = self.lines[row] if 0 <= row < len(self.lines) else None
        self._set_editing(line is not None)
        if line is None:
            return
        self.english_label.setText(line.english)
        self.shipped_label.setText(line.shipped or self.tr("(no shipped translation)"))
        self.editor.setText(line.printed)
        self.reset_button.setEnabled(line.correction is not None)
        self.message.clear()
        self.render_preview()

    def save(self) -> None:
        line = self.current_line()
        if line is None:
            return
        code, text = self.language, self.editor.text()
        self._run_change(
            self.tr("Saving the correction"), lambda: self.service.correct(code, line.phrase_id, text)
        )

    def reset(self) -> None:
        line = self.current_line()
        if line is None:
            return
        code = self.language
        self._run_change(
            self.tr("Printing the shipped words again"), lambda: self.service.reset(code, line.phrase_id)
        )

    def _run_change(self, label: str, change: "object") -> None:
        row, code = self.table.currentRow(), self.language
        self._set_editing(False)

        def done(updated: PhraseLine) -> None:
            if not isValid(self) or code != self.language or row >= len(self.lines):
                return
            self.lines[row] = updated
            self._set_row(row, updated)
            self._show_line(row)
            self.message.setText(
                self.tr("Saved: packs print these words from now on.")
                if updated.correction
                else self.tr("The shipped translation prints again.")
            )

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._set_editing(True)
            if isinstance(exc, InvalidInput | PermissionError):
                self.message.setText(str(exc))
            self.editor.setFocus()

        self.runner.run(label, lambda _state: change(), done, on_error=failed)  # type: ignore[operator]  # change is typed object; it is a callable

    # Preview

    def render_preview(self) -> None:
        """Render the phrase as it would print with what is typed now (not yet saved), in the background."""
        line = self.current_line()
        if line is None:
            return
        self._preview_generation += 1
        generation, code, phrase, text = (
            self._preview_generation,
            self.language,
            line.phrase_id,
            self.editor.text(),
        )
        draft = {code: {phrase: " ".join(text.split())}} if text.strip() else {}
        width, height = max(400, self.preview.width() - 4), max(150, self.preview.height() - 4)

        def render(_state: TaskState) -> bytes:
            return phrase_sample(code, phrase, draft)

        def show(pdf: bytes) -> None:
            if not isValid(self) or generation != self._preview_generation:
                return  # a newer preview is on its way
            source = PdfBytes(pdf)
            size = source.document.pagePointSize(0)
            scale = min(width / size.width(), height / size.height())
            image = source.document.render(
                0, QSize(round(size.width() * scale), round(size.height() * scale))
            )
            self.preview.setPixmap(QPixmap.fromImage(image))
            self.preview_pdf = pdf

        self.runner.run(self.tr("Preparing the preview"), render, show)


def open_phrase_corrections(context: ServiceContext, runner: TaskRunner, window: QMainWindow) -> None:
    """Paper > Correct printed translations…"""
    dialog = PhraseCorrectionsDialog(context, runner, window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
