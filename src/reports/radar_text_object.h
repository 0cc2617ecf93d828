#pragma once

#include "reports/radar_chart.h"

#include <QFont>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

namespace clusterdesk {

// Lets a QTextDocument carry a radar chart inline, painted as vectors when the document is drawn.
class RadarTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kType = QTextFormat::UserObject + 1;

    RadarTextObject(RadarChartData data, QSizeF size, QFont font)
        : m_data(std::move(data))
        , m_size(size)
        , m_font(std::move(font)) {}

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat&) override { return m_size; }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat&) override {
        paintRadarChart(*painter, rect, m_data, m_font);
    }

private:
    RadarChartData m_data;
    QSizeF m_size;
    QFont m_font;
};

} // namespace clusterdesk
