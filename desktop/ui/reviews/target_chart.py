"""Each target's progress over a plan's reviews, drawn with QPainter like the marks chart.

The reviews run left to right, evenly spaced (a plan has a handful, a term or so apart); the three
heights are "not yet", "partly" and "met". Each target is a series with its own colour and marker shape,
nudged a little up or down so lines that agree do not hide each other. The legend lists the targets by
number beside their marker. For screen-reader users the accessible description says each target's
progress in words, review by review; the history table beside it holds the same.
"""

import datetime as dt
import itertools

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.plan_reviews import Progress, TargetLine
from desktop.ui.folders.progress_chart import SERIES_COLOURS, Marker

LEVELS = (Progress.NOT_YET, Progress.PARTLY, Progress.MET)


def draw_marker(painter: QPainter, centre: QPointF, marker: Marker, colour: QColor, r: float) -> None:
    """A filled circle, square, triangle or diamond: the series still tell apart in greyscale."""
    painter.setPen(QPen(colour.darker(130), 1))
    painter.setBrush(colour)
    x, y = centre.x(), centre.y()
    if marker is Marker.CIRCLE:
        painter.drawEllipse(centre, r, r)
    elif marker is Marker.SQUARE:
        painter.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif marker is Marker.TRIANGLE:
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r * 1.2), QPointF(x + r * 1.2, y + r), QPointF(x - r * 1.2, y + r)])
        )
    else:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - r * 1.3),
                    QPointF(x + r * 1.3, y),
                    QPointF(x, y + r * 1.3),
                    QPointF(x - r * 1.3, y),
                ]
            )
        )


def progress_words(progress: Progress) -> str:
    return {
        Progress.MET: QCoreApplication.translate("TargetChart", "Met"),
        Progress.PARTLY: QCoreApplication.translate("TargetChart", "Partly"),
        Progress.NOT_YET: QCoreApplication.translate("TargetChart", "Not yet"),
    }[progress]


class TargetChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetChart")
        self.setAccessibleName(self.tr("Chart of each target's progress at each review"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 14)
        self._lines: list[TargetLine] = []
        self._days: list[dt.date] = []
        self._describe()

    def set_lines(self, lines: list[TargetLine]) -> None:
        self._lines = list(lines)
        self._days = sorted({day for line in lines for day, _ in line.points})
        self._describe()
        self.update()

    @property
    def lines(self) -> list[TargetLine]:
        return list(self._lines)

    def clear(self) -> None:
        self.set_lines([])

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 40, height * 20)

    # Geometry

    def _legend_height(self) -> float:
        return self.fontMetrics().height() * 1.4 * max(1, len(self._lines)) + 8

    def plot_area(self) -> QRectF:
        metrics = self.fontMetrics()
        left = max(metrics.horizontalAdvance(progress_words(p)) for p in LEVELS) + 16
        top = metrics.height() * 1.2
        bottom = metrics.height() * 2 + self._legend_height()
        return QRectF(left, top, max(10.0, self.width() - left - 24), max(10.0, self.height() - top - bottom))

    def point_of(self, series: int, day_index: int, progress: Progress) -> QPointF:
        area = self.plot_area()
        inner = area.adjusted(30, 0, -30, 0)
        count = len(self._days)
        x = inner.center().x() if count == 1 else inner.left() + inner.width() * day_index / (count - 1)
        step = area.height() / (len(LEVELS) - 1)
        nudge = (series - (len(self._lines) - 1) / 2) * min(6.0, step / (2 * max(1, len(self._lines))))
        return QPointF(x, area.bottom() - step * progress.score + nudge)

    def _radius(self) -> float:
        return max(4.0, self.fontMetrics().height() / 4)

    # Words

    def _describe(self) -> None:
        if not self._lines:
            self.setAccessibleDescription(self.tr("No reviews yet: each target's progress appears here."))
            return
        locale = QLocale()
        parts = []
        for n, line in enumerate(self._lines, start=1):
            steps = ", ".join(
                self.tr("{day}: {progress}").format(
                    day=locale.toString(QDate(day), "d MMM yyyy"), progress=progress_words(progress).lower()
                )
                for day, progress in line.points
            )
            parts.append(
                self.tr("Target {number}, {target}: {steps}.").format(
                    number=n, target=line.target, steps=steps
                )
            )
        self.setAccessibleDescription(" ".join(parts))

    # Drawing

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        area = self.plot_area()
        self._draw_levels(painter, area, text, palette.color(QPalette.ColorRole.Mid))
        if not self._lines:
            painter.setPen(text)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No reviews yet. Each target's progress (met, partly, not yet) appears here."),
            )
            painter.end()
            return
        self._draw_days(painter, area, text)
        for series, line in enumerate(self._lines):
            colour = QColor(SERIES_COLOURS[series % len(SERIES_COLOURS)])
            points = [self.point_of(series, self._days.index(day), progress) for day, progress in line.points]
            painter.setPen(QPen(colour, 2))
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            for point in points:
                draw_marker(painter, point, Marker(series % len(Marker)), colour, self._radius())
        self._draw_legend(painter, area, text)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def _draw_levels(self, painter: QPainter, area: QRectF, text: QColor, grid: QColor) -> None:
        metrics = self.fontMetrics()
        step = area.height() / (len(LEVELS) - 1)
        for progress in LEVELS:
            y = area.bottom() - step * progress.score
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            label = progress_words(progress)
            painter.drawText(
                QPointF(area.left() - 8 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1),
                label,
            )

    def _draw_days(self, painter: QPainter, area: QRectF, text: QColor) -> None:
        metrics = self.fontMetrics()
        locale = QLocale()
        painter.setPen(text)
        for n, day in enumerate(self._days):
            x = self.point_of(0, n, Progress.NOT_YET).x()
            label = self.tr("Review {day}").format(day=locale.toString(QDate(day), "d MMM yyyy"))
            width = metrics.horizontalAdvance(label)
            left = min(max(0.0, x - width / 2), self.width() - width - 2)
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4))
            painter.drawText(QPointF(left, area.bottom() + 6 + metrics.ascent()), label)

    def _draw_legend(self, painter: QPainter, area: QRectF, text: QColor) -> None:
        metrics = self.fontMetrics()
        y = area.bottom() + metrics.height() * 2.2 + metrics.height() * 0.6
        width = int(self.width() - area.left() - 40)
        for series, line in enumerate(self._lines):
            colour = QColor(SERIES_COLOURS[series % len(SERIES_COLOURS)])
            draw_marker(
                painter, QPointF(area.left() + 6, y), Marker(series % len(Marker)), colour, self._radius()
            )
            painter.setPen(text)
            caption = metrics.elidedText(f"{series + 1}. {line.target}", Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(area.left() + 18, y + metrics.ascent() / 2 - 1), caption)
            y += metrics.height() * 1.4
