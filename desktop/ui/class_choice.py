"""A combo box of the school's classes whose choice survives a reload."""

from PySide6.QtWidgets import QComboBox

from desktop.domain.school import SchoolClass


def chosen_class(combo: QComboBox) -> SchoolClass | None:
    """The class chosen in a combo box filled by refill_classes."""
    data = combo.currentData()
    return data if isinstance(data, SchoolClass) else None


def refill_classes(combo: QComboBox, classes: list[SchoolClass]) -> None:
    """Put the classes in the combo box (each item's data is its class), keeping the class that was
    chosen, else the first; quietly, so that the caller decides what to load next."""
    chosen = chosen_class(combo)
    blocked = combo.blockSignals(True)
    try:
        combo.clear()
        for school_class in classes:
            combo.addItem(school_class.name, school_class)
        ids = [c.id for c in classes]
        combo.setCurrentIndex(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
    finally:
        combo.blockSignals(blocked)
