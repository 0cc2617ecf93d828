#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

class QPainter;

namespace clusterdesk {

// A spider (radar) chart of percentages, one axis per section, drawn with QPainter so it stays vector in
// a PDF. The desktop app draws its own with Qt Charts; this one is for printouts.
struct RadarSeries {
    QString name;
    std::vector<double> values; // 0..100, one per axis
    QColor color;
    bool dashed = false;
};

struct RadarChartData {
    QStringList axes;
    std::vector<RadarSeries> series;
};

// Paints into rect with font as the base for labels; needs at least three axes (draws nothing otherwise).
void paintRadarChart(QPainter& painter, const QRectF& rect, const RadarChartData& data, const QFont& font);

} // namespace clusterdesk
