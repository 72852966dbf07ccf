"""Step 1: choose the files (dialog, folder, or drop them on the page) and check what Linkbook found.

The format, and for a CSV the encoding and delimiter, are detected on the task runner and shown in
combo boxes the person may change: a wrong guess is corrected here, before any column is mapped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from desktop.services.imports.csv_mapping import CsvTable
from desktop.services.imports.model import SourceFormat
from desktop.store.repositories.import_mappings import ColumnMapping
from desktop.ui.accessibility import caption
from desktop.ui.import_wizard.base import ImportPage, error_text, message_label
from desktop.ui.import_wizard.draft import DELIMITERS, ENCODINGS, FilesRead, read_files, read_table
from desktop.ui.import_wizard.host import MAPPING_PAGE, PREVIEW_PAGE, WizardHost
from desktop.ui.translate import QT_TRANSLATE_NOOP

FORMAT_LABELS = {
    SourceFormat.CSV: QT_TRANSLATE_NOOP("ImportWizard", "CSV class list (any MIS)"),
    SourceFormat.SDS1: QT_TRANSLATE_NOOP("ImportWizard", "School Data Sync v1 (Student.csv …)"),
    SourceFormat.SDS2: QT_TRANSLATE_NOOP("ImportWizard", "School Data Sync v2.1 (users.csv, roles.csv …)"),
    SourceFormat.CTF: QT_TRANSLATE_NOOP("ImportWizard", "Common Transfer File (CTF XML)"),
}
DELIMITER_LABELS = {
    ",": QT_TRANSLATE_NOOP("ImportWizard", "Comma ( , )"),
    ";": QT_TRANSLATE_NOOP("ImportWizard", "Semicolon ( ; )"),
    "\t": QT_TRANSLATE_NOOP("ImportWizard", "Tab"),
    "|": QT_TRANSLATE_NOOP("ImportWizard", "Bar ( | )"),
}
DELIMITER_WORDS = {
    ",": QT_TRANSLATE_NOOP("ImportWizard", "comma-separated"),
    ";": QT_TRANSLATE_NOOP("ImportWizard", "semicolon-separated"),
    "\t": QT_TRANSLATE_NOOP("ImportWizard", "tab-separated"),
    "|": QT_TRANSLATE_NOOP("ImportWizard", "bar-separated"),
}
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportWizard", "Class lists and transfer files (*.csv *.txt *.xml *.ctf);;All files (*)"
)


def tr_wizard(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class FilesPage(ImportPage):
    """Choose files; see (and correct) their format, encoding and delimiter."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the files to import"))
        self.setSubTitle(
            self.tr(
                "A class list your MIS exported as CSV, a School Data Sync set, or a Common Transfer "
                "File. Choose them, or drop them on this page. Nothing is saved until the last step."
            )
        )
        self.setAcceptDrops(True)
        self.paths: list[Path] = []

        self.file_list = QListWidget()
        self.file_list.setObjectName("importFileList")
        self.file_list.setAccessibleName(self.tr("Files to import"))
        self.file_list.setAccessibleDescription(self.tr("Press Delete to take the chosen file off the list"))
        self.file_list.setMinimumHeight(90)
        self.file_list.setMaximumHeight(220)
        files_caption = caption(self.tr("F&iles"), self.file_list)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.file_list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self._remove_current)

        self.choose_button = QPushButton(self.tr("Choose &files…"))
        self.choose_button.setAccessibleName(self.tr("Choose files"))
        self.choose_button.clicked.connect(self._choose_files)
        self.folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.folder_button.setAccessibleName(self.tr("Choose a folder"))
        self.folder_button.setToolTip(self.tr("A folder of School Data Sync files: every .csv in it"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen file"))
        self.remove_button.clicked.connect(self._remove_current)
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.found_label.setTextFormat(Qt.TextFormat.PlainText)
        self.found_label.setAccessibleName(self.tr("What Linkbook found"))

        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        for kind, label in FORMAT_LABELS.items():
            self.format_combo.addItem(tr_wizard(label), kind)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setAccessibleName(self.tr("Encoding"))
        for name in ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setAccessibleName(self.tr("Delimiter"))
        for delimiter in DELIMITERS:
            self.delimiter_combo.addItem(tr_wizard(DELIMITER_LABELS[delimiter]), delimiter)
        self.format_combo.activated.connect(self._format_chosen)
        self.encoding_combo.activated.connect(self._csv_reading_chosen)
        self.delimiter_combo.activated.connect(self._csv_reading_chosen)
        form = QFormLayout()
        form.addRow(caption(self.tr("F&ormat"), self.format_combo, bold=False), self.format_combo)
        self.encoding_caption = caption(self.tr("&Encoding"), self.encoding_combo, bold=False)
        form.addRow(self.encoding_caption, self.encoding_combo)
        self.delimiter_caption = caption(self.tr("&Delimiter"), self.delimiter_combo, bold=False)
        form.addRow(self.delimiter_caption, self.delimiter_combo)

        self.message = message_label()
        self.message.setAccessibleName(self.tr("Problem with the files"))

        layout = QVBoxLayout(self)
        layout.addWidget(files_caption)
        layout.addWidget(self.file_list)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.found_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        self._show_detected()

    # choosing

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the files to import"), "", tr_wizard(FILE_FILTER)
        )
        if names:
            self.add_paths([Path(name) for name in names])

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of School Data Sync files"))
        if name:
            self.add_paths([Path(name)])

    def add_paths(self, paths: list[Path]) -> None:
        """Add files (or a folder) to the list and read them again, all together."""
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
        self._paths_changed()

    def _remove_current(self) -> None:
        row = self.file_list.currentRow()
        if 0 <= row < len(self.paths):
            del self.paths[row]
            self._paths_changed()

    def _paths_changed(self) -> None:
        self.file_list.clear()
        for path in self.paths:
            self.file_list.addItem(str(path))
        self.remove_button.setEnabled(bool(self.paths))
        self.draft.forget()
        self._read(None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # reading

    def _format_chosen(self) -> None:
        self._read(self.format_combo.currentData())

    def _read(self, format: SourceFormat | None) -> None:
        self.message.hide()
        if not self.paths:
            self.cancel()
            self._show_detected()
            return
        service = self.import_wizard.service
        paths = list(self.paths)
        self.run(
            self.tr("Reading the files"),
            lambda: read_files(service, paths, format),
            self._files_read,
            self._failed,
        )

    def _files_read(self, read: FilesRead) -> None:
        draft = self.draft
        draft.forget()
        draft.files = read.files
        draft.detected_format = draft.format = read.format
        if read.table is not None:
            draft.detected_encoding = draft.encoding = read.table.encoding
            draft.detected_delimiter = draft.delimiter = read.table.delimiter
        draft.table = read.table
        draft.remembered = read.remembered
        self._show_detected()

    def _csv_reading_chosen(self) -> None:
        draft = self.draft
        if not draft.is_csv or not draft.files:
            return
        draft.encoding = self.encoding_combo.currentData()
        draft.delimiter = self.delimiter_combo.currentData()
        draft.table = None
        self.message.hide()
        service = self.import_wizard.service
        choice = draft.csv_choice()
        self.run(
            self.tr("Reading the class list"),
            lambda: read_table(service, choice),
            self._table_read,
            self._failed,
        )

    def _table_read(self, read: tuple[CsvTable, ColumnMapping | None]) -> None:
        self.draft.table, self.draft.remembered = read
        self.draft.mapping = {}
        self._show_detected()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
        self.message.show()
        self._show_detected()

    def _show_detected(self) -> None:
        draft = self.draft
        known = bool(draft.files) and draft.format is not None
        self.format_combo.setEnabled(known)
        if known:
            self.format_combo.setCurrentIndex(self.format_combo.findData(draft.format))
        csv_known = known and draft.is_csv and draft.table is not None
        for widget in (
            self.encoding_combo,
            self.delimiter_combo,
            self.encoding_caption,
            self.delimiter_caption,
        ):
            widget.setVisible(not known or draft.is_csv)
            widget.setEnabled(csv_known or bool(draft.encoding))
        if draft.encoding:
            self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(draft.encoding))
            self.delimiter_combo.setCurrentIndex(self.delimiter_combo.findData(draft.delimiter))
        if not self.paths:
            self.found_label.setText(self.tr("No files chosen yet."))
        elif not known:
            self.found_label.setText("")
        elif csv_known:
            table = draft.table
            assert table is not None
            self.found_label.setText(
                self.tr(
                    "{name}: {format}, {encoding}, {delimiter}, {rows} rows. Change any of these if "
                    "they are wrong."
                ).format(
                    name=table.name,
                    format=self.format_combo.currentText(),
                    encoding=table.encoding if draft.encoding == draft.detected_encoding else draft.encoding,
                    delimiter=tr_wizard(DELIMITER_WORDS[draft.delimiter]),
                    rows=len(table.rows),
                )
            )
        else:
            self.found_label.setText(
                self.tr("{count} file(s): {format}. Change it if it is wrong.").format(
                    count=len(draft.files), format=self.format_combo.currentText()
                )
            )
        self._complete_changed()

    def ready(self) -> bool:
        draft = self.draft
        return (
            bool(draft.files) and draft.format is not None and (not draft.is_csv or draft.table is not None)
        )

    def nextId(self) -> int:
        return MAPPING_PAGE if self.draft.is_csv else PREVIEW_PAGE

    def forget(self) -> None:
        self.cancel()
        self.paths = []
        self.file_list.clear()
        self.found_label.clear()
        self.message.clear()
