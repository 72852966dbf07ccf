"""A combo box of the school's classes whose choice survives a reload."""

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.school import SchoolClass


class ClassPicker(QComboBox):
    """The school's classes, each item's data its class; refilled quietly, keeping the class chosen."""

    def __init__(self, object_name: str, name: str, parent: QWidget | None = None) -> None:
        """name: what a screen reader calls it, translated by the screen."""
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def chosen(self) -> SchoolClass | None:
        data = self.currentData()
        return data if isinstance(data, SchoolClass) else None

    def refill(self, classes: list[SchoolClass], default: int = 0) -> None:
        """Show these classes, keeping the class that was chosen, else the one at `default`; quietly,
        so that the caller decides what to load next."""
        chosen = self.chosen()
        blocked = self.blockSignals(True)
        try:
            self.clear()
            for school_class in classes:
                self.addItem(school_class.name, school_class)
            ids = [c.id for c in classes]
            self.setCurrentIndex(ids.index(chosen.id) if chosen and chosen.id in ids else default)
        finally:
            self.blockSignals(blocked)

    def choose(self, class_id: str) -> None:
        """Choose the class with this id, if shown (the change is announced as usual)."""
        ids = [self.itemData(n).id for n in range(self.count())]
        if class_id in ids:
            self.setCurrentIndex(ids.index(class_id))

    def choose_named(self, name: str) -> None:
        """Choose the class with this name, if shown (the change is announced as usual)."""
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)

    def forget(self) -> None:
        """Empty the list quietly (the app is locking)."""
        blocked = self.blockSignals(True)
        try:
            self.clear()
        finally:
            self.blockSignals(blocked)


def staff_class_index(classes: list[SchoolClass], staff_id: str | None) -> int:
    """Where the first class this member of staff teaches is in the list, else 0."""
    return next((n for n, c in enumerate(classes) if staff_id and staff_id in c.staff_ids), 0)
