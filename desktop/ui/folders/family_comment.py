"""The family's comment on a folder: how it is shown, and typing in one that came back on paper.

Comments written in the app arrive by sync; the dialog is for the families who asked for paper.
"""

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.families import FamilyMember
from desktop.domain.linkbook import Method
from desktop.domain.work_folders import FolderStatus, WorkFolder
from desktop.ui.folders.bidi import isolate
from desktop.ui.folders.folder_tasks import FolderTasks, OnError, OnFolder


def comment_summary(folder: WorkFolder) -> str:
    """The comment as the folder view shows it: who wrote it, when, whether on paper, and the words."""
    comment = folder.family_comment
    if comment is None:
        if folder.status is FolderStatus.SENT:
            return QCoreApplication.translate("FamilyComment", "At home: no comment from the family yet.")
        return QCoreApplication.translate("FamilyComment", "No comment from the family yet.")
    how = (
        QCoreApplication.translate("FamilyComment", "on paper")
        if comment.method is Method.PAPER
        else QCoreApplication.translate("FamilyComment", "in the app")
    )
    return QCoreApplication.translate("FamilyComment", "From home, {how}: {who}, {when}\n“{text}”").format(
        how=how,
        who=isolate(comment.by_name),
        when=QLocale().toString(comment.at, "d MMM yyyy HH:mm"),  # type: ignore[call-overload]  # takes a datetime
        text=isolate(comment.text),
    )


class FamilyCommentDialog(QDialog):
    """Who wrote it and what it says; Save is refused, with a word why, until both are there."""

    def __init__(self, folder_title: str, family: list[FamilyMember], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comment from home, on paper"))
        self.setAccessibleName(self.tr("Comment from home, on paper"))
        about = QLabel(folder_title)
        about.setAccessibleName(self.tr("Folder"))
        about.setWordWrap(True)
        self.who = QComboBox()
        self.who.setEditable(True)
        self.who.setAccessibleName(self.tr("Who wrote it"))
        for member in family:
            self.who.addItem(member.name, member.id)
        if (who_edit := self.who.lineEdit()) is not None:
            who_edit.setAccessibleName(self.tr("Who wrote it"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("familyCommentText")
        self.text.setAccessibleName(self.tr("What the family wrote"))
        self.text.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        for caption, field in ((self.tr("&From"), self.who), (self.tr("&Comment"), self.text)):
            label = QLabel(caption)
            label.setAccessibleName(caption.replace("&", ""))
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.problem.hide()
        self.text.setFocus()

    @property
    def author_name(self) -> str:
        return self.who.currentText().strip()

    @property
    def comment_text(self) -> str:
        return self.text.toPlainText().strip()

    def _accept(self) -> None:
        if not self.author_name:
            self._problem(self.tr("Say who wrote the comment."))
        elif not self.comment_text:
            self._problem(self.tr("Type what the family wrote on the comment page."))
        else:
            self.accept()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def ask_for_paper_comment(
    parent: QWidget, tasks: FolderTasks, folder: WorkFolder, title: str, on_saved: OnFolder, on_error: OnError
) -> None:
    """Read who is in the family (a task), ask for the comment (window-modal), then save it (a task)."""

    def ask(family: list[FamilyMember]) -> None:
        dialog = FamilyCommentDialog(title, family, parent)
        dialog.setObjectName("familyCommentDialog")
        dialog.accepted.connect(
            lambda: tasks.add_paper_comment(
                folder, dialog.comment_text, dialog.author_name, on_saved, on_error
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    tasks.family(folder.pupil_id, ask, on_error)
