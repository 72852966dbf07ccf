"""Choosing the folder period: this week or this month, and stepping to earlier or later ones."""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.calendar import Period, PeriodKind
from desktop.ui.signals import emit


def period_caption(period: Period) -> str:
    """'week of 16 Nov 2026' or 'November 2026', in the user's language, for headings."""
    locale = QLocale()
    if period.kind is PeriodKind.WEEK:
        day = locale.toString(QDate(period.start), "d MMM yyyy")
        return QCoreApplication.translate("PeriodBar", "week of {day}").format(day=day)
    return locale.toString(QDate(period.start), "MMMM yyyy")


def step(period: Period, by: int) -> Period:
    """The period `by` weeks or months before (negative) or after this one."""
    if period.kind is PeriodKind.WEEK:
        return Period.week_of(period.start + dt.timedelta(weeks=by))
    month = period.start.month - 1 + by
    return Period.month_of(dt.date(period.start.year + month // 12, month % 12 + 1, 1))


class PeriodBar(QWidget):
    """Emits changed(Period) whenever the kind of folder or the period changes."""

    changed = Signal(object)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.period = Period.week_of(today)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind.setAccessibleName(self.tr("Folders for"))
        self.kind.addItem(self.tr("A week"), PeriodKind.WEEK)
        self.kind.addItem(self.tr("A month"), PeriodKind.MONTH)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        kind_label = QLabel(self.tr("&Folders for"))
        kind_label.setAccessibleName(self.tr("Folders for"))
        kind_label.setBuddy(self.kind)
        self.earlier = QPushButton(self.tr("◀ &Earlier"))
        self.earlier.setAccessibleName(self.tr("Earlier period"))
        self.earlier.clicked.connect(lambda: self.set_period(step(self.period, -1)))
        self.caption = QLabel()
        self.caption.setObjectName("periodCaption")
        self.caption.setAccessibleName(self.tr("Period"))
        self.later = QPushButton(self.tr("&Later ▶"))
        self.later.setAccessibleName(self.tr("Later period"))
        self.later.clicked.connect(lambda: self.set_period(step(self.period, 1)))
        self.now = QPushButton(self.tr("&Now"))
        self.now.setAccessibleName(self.tr("This week or month"))
        self.now.clicked.connect(self._now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (kind_label, self.kind, self.earlier, self.caption, self.later, self.now):
            layout.addWidget(widget)
        self._show()

    def set_period(self, period: Period) -> None:
        if period == self.period:
            return
        self.period = period
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.kind.blockSignals(False)
        self._show()
        emit(self.changed, period)

    def _kind_chosen(self, _index: int) -> None:
        kind = PeriodKind(self.kind.currentData())
        within = self._today if self.period.contains(self._today) else self.period.start
        self.set_period(Period.week_of(within) if kind is PeriodKind.WEEK else Period.month_of(within))

    def _now(self) -> None:
        kind = self.period.kind
        self.set_period(
            Period.week_of(self._today) if kind is PeriodKind.WEEK else Period.month_of(self._today)
        )

    def _show(self) -> None:
        self.caption.setText(period_caption(self.period))
