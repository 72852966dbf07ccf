"""A chart of a pupil's marks over time, drawn with QPainter (QtCharts is not in PySide6-Essentials).

Only marks with their own scale are drawn, as percentages; each topic is a series with its own colour and
marker shape (so the chart still reads in greyscale and for colour-blind eyes), joined in date order.
The chart follows the system font and palette. For keyboard and screen-reader users it takes focus, Left
and Right step through the marks, and its accessible description says what the chart shows and which
mark is chosen; the progress screen also lists the same figures in a table.
"""

import datetime as dt
import enum
import itertools

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.folders.marks import MarkRecord

SERIES_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
"""Okabe and Ito's palette, told apart by people with the common colour-vision deficiencies."""

_INSET = 14
"""Pixels between the axes and the first and last marks, so no marker sits on an axis."""


class Marker(enum.Enum):
    CIRCLE = 0
    SQUARE = 1
    TRIANGLE = 2
    DIAMOND = 3


class MarksChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marksChart")
        self.setAccessibleName(self.tr("Chart of marks over time"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 12)
        self._records: list[MarkRecord] = []
        self._topics: list[str] = []
        self.current = -1
        self._describe()

    # Data

    def set_records(self, records: list[MarkRecord]) -> None:
        """Chart the records that have a percentage; the others are the screen's to list."""
        self._records = sorted((r for r in records if r.percent is not None), key=lambda r: r.day)
        self._topics = sorted({r.subject for r in self._records}, key=str.casefold)
        self.current = -1
        self._describe()
        self.update()

    @property
    def records(self) -> list[MarkRecord]:
        return list(self._records)

    def clear(self) -> None:
        self.set_records([])

    def colour_of(self, topic: str) -> QColor:
        return QColor(SERIES_COLOURS[self._topics.index(topic) % len(SERIES_COLOURS)])

    def marker_of(self, topic: str) -> Marker:
        return Marker(self._topics.index(topic) % len(Marker))

    # Geometry

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 40, height * 16)

    def plot_area(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("100%") + 14
        top = metrics.height() * 2.6
        bottom = metrics.height() * 1.8
        return QRectF(left, top, max(10.0, self.width() - left - 16), max(10.0, self.height() - top - bottom))

    def _span(self) -> tuple[dt.date, int]:
        first, last = self._records[0].day, self._records[-1].day
        if first == last:
            first -= dt.timedelta(days=3)
            last += dt.timedelta(days=3)
        return first, (last - first).days

    def point_of(self, index: int) -> QPointF:
        """Where the index-th charted mark is drawn, in widget coordinates."""
        area = self.plot_area()
        record = self._records[index]
        first, span = self._span()
        inner = area.adjusted(_INSET, 0, -_INSET, 0)
        x = inner.left() + inner.width() * (record.day - first).days / span
        y = area.bottom() - area.height() * (record.percent or 0) / 100
        return QPointF(x, y)

    # Keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves: dict[int, int] = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Home: -len(self._records),
        }
        if event.key() == Qt.Key.Key_End:
            self._choose(len(self._records) - 1)
        elif event.key() in moves and self._records:
            start = (
                self.current if self.current >= 0 else (-1 if moves[event.key()] > 0 else len(self._records))
            )
            self._choose(start + moves[event.key()])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _choose(self, index: int) -> None:
        if not self._records:
            return
        self.current = max(0, min(len(self._records) - 1, index))
        self._describe()
        self.update()

    # Words

    def describe_record(self, record: MarkRecord) -> str:
        day = QLocale().toString(QDate(record.day), "d MMM yyyy")
        topic = record.subject or self.tr("no topic")
        return self.tr("{day}, {topic}, {title}: {mark} ({percent}%)").format(
            day=day, topic=topic, title=record.title, mark=record.mark, percent=round(record.percent or 0)
        )

    def _describe(self) -> None:
        if not self._records:
            self.setAccessibleDescription(self.tr("No marks written as numbers yet."))
            return
        locale = QLocale()
        values = [r.percent or 0 for r in self._records]
        summary = self.tr(
            "Marks on the chart: {count}, from {first} to {last}, in {topics}. "
            "Average {average}%, lowest {low}%, highest {high}%."
        ).format(
            count=len(values),
            first=locale.toString(QDate(self._records[0].day), "d MMM yyyy"),
            last=locale.toString(QDate(self._records[-1].day), "d MMM yyyy"),
            topics=", ".join(t or self.tr("no topic") for t in self._topics),
            average=round(sum(values) / len(values)),
            low=round(min(values)),
            high=round(max(values)),
        )
        if self.current >= 0:
            summary += " " + self.tr("Chosen: {mark}.").format(
                mark=self.describe_record(self._records[self.current])
            )
        else:
            summary += " " + self.tr("Use the Left and Right arrow keys to go through the marks.")
        self.setAccessibleDescription(summary)

    # Drawing

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        area = self.plot_area()
        self._draw_axes(painter, area, text, palette.color(QPalette.ColorRole.Mid))
        if not self._records:
            painter.setPen(text)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No marks written as numbers yet. Marks such as 8/10 or 75% appear here."),
            )
            painter.end()
            return
        self._draw_dates(painter, area, text)
        for topic in self._topics:
            indices = [n for n, r in enumerate(self._records) if r.subject == topic]
            colour = self.colour_of(topic)
            painter.setPen(QPen(colour, 2))
            points = [self.point_of(n) for n in indices]
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            for point in points:
                self._draw_marker(painter, point, self.marker_of(topic), colour)
        self._draw_legend(painter, text)
        if self.current >= 0:
            self._draw_current(painter, area, text)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def _draw_axes(self, painter: QPainter, area: QRectF, text: QColor, grid: QColor) -> None:
        metrics = self.fontMetrics()
        for value in (0, 25, 50, 75, 100):
            y = area.bottom() - area.height() * value / 100
            painter.setPen(QPen(grid, 1, Qt.PenStyle.SolidLine if value in (0, 100) else Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            label = f"{value}%"
            painter.drawText(
                QPointF(area.left() - 8 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1),
                label,
            )

    def _draw_dates(self, painter: QPainter, area: QRectF, text: QColor) -> None:
        metrics = self.fontMetrics()
        first, span = self._span()
        locale = QLocale()
        label_width = metrics.horizontalAdvance("00 MMM") + 16
        count = max(2, min(7, int(area.width() // label_width)))
        painter.setPen(text)
        for n in range(count):
            day = first + dt.timedelta(days=round(span * n / (count - 1)))
            inner = area.adjusted(_INSET, 0, -_INSET, 0)
            x = inner.left() + inner.width() * (day - first).days / span
            label = locale.toString(QDate(day), "d MMM")
            width = metrics.horizontalAdvance(label)
            left = min(max(0.0, x - width / 2), self.width() - width - 2)
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4))
            painter.drawText(QPointF(left, area.bottom() + 6 + metrics.ascent()), label)

    def _draw_marker(self, painter: QPainter, centre: QPointF, marker: Marker, colour: QColor) -> None:
        r = max(4.0, self.fontMetrics().height() / 4)
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        if marker is Marker.CIRCLE:
            painter.drawEllipse(centre, r, r)
        elif marker is Marker.SQUARE:
            painter.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        elif marker is Marker.TRIANGLE:
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(centre.x(), centre.y() - r * 1.2),
                        QPointF(centre.x() + r * 1.2, centre.y() + r),
                        QPointF(centre.x() - r * 1.2, centre.y() + r),
                    ]
                )
            )
        else:
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(centre.x(), centre.y() - r * 1.3),
                        QPointF(centre.x() + r * 1.3, centre.y()),
                        QPointF(centre.x(), centre.y() + r * 1.3),
                        QPointF(centre.x() - r * 1.3, centre.y()),
                    ]
                )
            )

    def _draw_legend(self, painter: QPainter, text: QColor) -> None:
        metrics = self.fontMetrics()
        x, y = self.plot_area().left(), metrics.height() * 0.9
        for topic in self._topics:
            name = topic or self.tr("no topic")
            self._draw_marker(painter, QPointF(x + 6, y), self.marker_of(topic), self.colour_of(topic))
            painter.setPen(text)
            painter.drawText(QPointF(x + 16, y + metrics.ascent() / 2 - 1), name)
            x += 16 + metrics.horizontalAdvance(name) + 18

    def _draw_current(self, painter: QPainter, area: QRectF, text: QColor) -> None:
        point = self.point_of(self.current)
        r = max(4.0, self.fontMetrics().height() / 4) + 5
        painter.setPen(QPen(text, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(point, r, r)
        metrics = self.fontMetrics()
        caption = self.describe_record(self._records[self.current])
        painter.drawText(
            QRectF(area.left(), metrics.height() * 1.4, area.width(), metrics.height() * 1.2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(caption, Qt.TextElideMode.ElideRight, int(area.width())),
        )
