"""A field to find a pupil by typing part of their name, in any script, or their UPN.

A school of 1,500 pupils is too long for a drop-down list: the person types, the completer offers the
names that contain what was typed, and leaving the field (or pressing Return) settles on the one pupil
meant, or says plainly why none was chosen.
"""

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.domain.pupils import Pupil
from desktop.ui.signals import emit


class PupilField(QLineEdit):
    """Emits chosen(Pupil | None) when what is typed settles on a pupil (None: the field was emptied)."""

    chosen = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setClearButtonEnabled(True)
        self._pupils: list[Pupil] = []
        self._labels: dict[str, Pupil] = {}
        self._pupil: Pupil | None = None
        self.problem = ""
        """Why the text typed chose no pupil ('' when it did, or when the field is empty)."""
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda _text: self.settle())
        self.setCompleter(completer)
        self.editingFinished.connect(self.settle)

    def set_pupils(self, pupils: list[Pupil]) -> None:
        """The pupils to choose from; the one chosen stays chosen if still among them."""
        self._pupils = sorted(pupils, key=lambda p: p.sort_key)
        names = [p.display_name for p in self._pupils]
        self._labels = {}
        for pupil in self._pupils:
            label = pupil.display_name
            if names.count(label) > 1 and pupil.upn:
                label = f"{label} · {pupil.upn}"
            self._labels[label] = pupil
        self._names.setStringList(list(self._labels))
        if self._pupil is not None and all(p.id != self._pupil.id for p in self._pupils):
            self.clear_choice()

    @property
    def pupil(self) -> Pupil | None:
        return self._pupil

    def choose(self, pupil: Pupil | None) -> None:
        """Show this pupil as chosen (or none), as if typed."""
        label = next((text for text, p in self._labels.items() if pupil and p.id == pupil.id), "")
        self.setText(label if pupil else "")
        self.settle()

    def clear_choice(self) -> None:
        self.clear()
        self._pupil = None
        self.problem = ""

    def settle(self) -> None:
        """Resolve the text to one pupil and announce it if the choice changed."""
        text = " ".join(self.text().split())
        found, self.problem = self._resolve(text)
        if found is not None and self.text() != self._label_of(found):
            self.blockSignals(True)
            self.setText(self._label_of(found))
            self.blockSignals(False)
        changed = (found.id if found else None) != (self._pupil.id if self._pupil else None)
        self._pupil = found
        if changed or self.problem:
            emit(self.chosen, found)

    def _label_of(self, pupil: Pupil) -> str:
        return next((text for text, p in self._labels.items() if p.id == pupil.id), pupil.display_name)

    def _resolve(self, text: str) -> tuple[Pupil | None, str]:
        if not text:
            return None, ""
        folded = text.casefold()
        for label, pupil in self._labels.items():
            if label.casefold() == folded:
                return pupil, ""
        exact = [
            p
            for p in self._pupils
            if folded
            in {
                p.display_name.casefold(),
                f"{p.legal_first_name} {p.legal_last_name}".casefold(),
                (p.upn or "").casefold(),
            }
        ]
        if len(exact) == 1:
            return exact[0], ""
        matches = exact or [
            p
            for p in self._pupils
            if folded in p.display_name.casefold()
            or folded in f"{p.legal_first_name} {p.legal_last_name}".casefold()
        ]
        if len(matches) == 1:
            return matches[0], ""
        if not matches:
            return None, self.tr("No pupil on roll is called “{text}”; type part of a name or a UPN.").format(
                text=text
            )
        return None, self.tr(
            "{count} pupils match “{text}”; type more of the name, or choose one from the list."
        ).format(count=len(matches), text=text)
