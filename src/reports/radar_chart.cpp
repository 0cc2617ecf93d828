#include "reports/radar_chart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace clusterdesk {

namespace {
QPointF pointAt(const QPointF& centre, double radius, int axis, int axes) {
    // The first axis points straight up; the others follow clockwise.
    double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * axis / axes;
    return centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
}
} // namespace

void paintRadarChart(QPainter& painter, const QRectF& rect, const RadarChartData& data, const QFont& font) {
    const int axes = static_cast<int>(data.axes.size());
    if (axes < 3)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

    QFont labelFont = font;
    QFontMetricsF metrics(labelFont, painter.device());
    const double legendHeight = metrics.height() * 1.6;
    const double labelWidth =
        std::min(rect.width() * 0.22, metrics.horizontalAdvance(QString(24, QChar('n'))));
    QRectF plot = rect.adjusted(labelWidth, metrics.height() * 2.4, -labelWidth,
                                -metrics.height() * 2.4 - legendHeight);
    const double radius = std::min(plot.width(), plot.height()) / 2;
    const QPointF centre = plot.center();
    const double unit = radius / 200; // line widths scale with the chart

    // Rings every 20 %, spokes, and the ring values along the first spoke.
    QPen gridPen(QColor(190, 190, 190), unit * 1.5);
    painter.setPen(gridPen);
    painter.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= 5; ++ring) {
        QPolygonF polygon;
        for (int a = 0; a < axes; ++a)
            polygon << pointAt(centre, radius * ring / 5, a, axes);
        painter.drawPolygon(polygon);
    }
    for (int a = 0; a < axes; ++a)
        painter.drawLine(centre, pointAt(centre, radius, a, axes));
    QFont small = labelFont;
    small.setPointSizeF(labelFont.pointSizeF() * 0.75);
    painter.setFont(small);
    painter.setPen(QColor(120, 120, 120));
    for (int ring = 1; ring <= 5; ++ring) {
        QPointF at = pointAt(centre, radius * ring / 5, 0, axes);
        painter.drawText(QRectF(at.x() + unit * 6, at.y() - metrics.height(), labelWidth, metrics.height()),
                         Qt::AlignLeft | Qt::AlignBottom, QString::number(ring * 20) + " %");
    }

    // Axis labels outside the outer ring, aligned away from the centre.
    painter.setFont(labelFont);
    painter.setPen(Qt::black);
    for (int a = 0; a < axes; ++a) {
        QPointF at = pointAt(centre, radius + metrics.height() * 1.1, a, axes);
        double dx = at.x() - centre.x();
        double dy = at.y() - centre.y();
        int horizontal =
            std::abs(dx) < radius * 0.15 ? Qt::AlignHCenter : (dx > 0 ? Qt::AlignLeft : Qt::AlignRight);
        int vertical =
            std::abs(dy) < radius * 0.15 ? Qt::AlignVCenter : (dy > 0 ? Qt::AlignTop : Qt::AlignBottom);
        double boxHeight = metrics.height() * 2.2;
        QRectF box(0, 0, labelWidth, boxHeight);
        if (horizontal == Qt::AlignLeft)
            box.moveLeft(at.x());
        else if (horizontal == Qt::AlignRight)
            box.moveRight(at.x());
        else
            box.moveLeft(at.x() - labelWidth / 2);
        if (vertical == Qt::AlignTop)
            box.moveTop(at.y());
        else if (vertical == Qt::AlignBottom)
            box.moveBottom(at.y());
        else
            box.moveTop(at.y() - boxHeight / 2);
        painter.drawText(box, horizontal | vertical | Qt::TextWordWrap, data.axes[a]);
    }

    // The series, then a legend centred under the chart.
    const double swatch = metrics.horizontalAdvance(QStringLiteral("nnnn"));
    const double gap = metrics.horizontalAdvance(QStringLiteral("n"));
    double legendWidth = 0;
    for (const auto& series : data.series)
        legendWidth += swatch + gap + metrics.horizontalAdvance(series.name) + 3 * gap;
    double legendX = rect.center().x() - legendWidth / 2;
    const double legendY = rect.bottom() - legendHeight / 2;
    for (const auto& series : data.series) {
        QPolygonF polygon;
        for (int a = 0; a < axes; ++a) {
            double value =
                a < static_cast<int>(series.values.size()) ? std::clamp(series.values[a], 0.0, 100.0) : 0;
            polygon << pointAt(centre, radius * value / 100, a, axes);
        }
        QPen pen(series.color, unit * (series.dashed ? 3 : 4));
        if (series.dashed)
            pen.setStyle(Qt::DashLine);
        QColor fill = series.color;
        fill.setAlpha(series.dashed ? 0 : 60);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawPolygon(polygon);

        painter.drawLine(QPointF(legendX, legendY), QPointF(legendX + swatch, legendY));
        painter.setPen(Qt::black);
        double textWidth = metrics.horizontalAdvance(series.name) + gap;
        painter.drawText(QRectF(legendX + swatch + gap, legendY - legendHeight / 2, textWidth, legendHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, series.name);
        legendX += swatch + gap + textWidth + 2 * gap;
    }
    painter.restore();
}

} // namespace clusterdesk
