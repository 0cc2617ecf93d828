#include "audit/radar_chart_view.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

namespace clusterdesk::ui {

namespace {
const QColor kCompany(0x1e, 0x6f, 0xb3);
const QColor kPeers(0xd0, 0x7a, 0x1e);

// Axis labels are drawn as rich text: long section titles break onto a second line near the middle.
QString wrapped(QString title) {
    constexpr int kLongTitle = 18;
    title = title.toHtmlEscaped();
    if (title.size() <= kLongTitle)
        return title;
    int middle = static_cast<int>(title.size()) / 2;
    int before = title.lastIndexOf(QLatin1Char(' '), middle);
    int after = title.indexOf(QLatin1Char(' '), middle);
    int cut = before < 0 ? after : after < 0 ? before : (middle - before <= after - middle ? before : after);
    if (cut < 0)
        return title;
    return title.left(cut) + QStringLiteral("<br>") + title.mid(cut + 1);
}

QLineSeries* closedLine(const std::vector<double>& values, const QString& name, const QColor& color,
                        bool dashed) {
    auto* series = new QLineSeries;
    series->setName(name);
    for (std::size_t i = 0; i < values.size(); ++i)
        series->append(static_cast<double>(i), values[i]);
    series->append(static_cast<double>(values.size()), values.front());
    QPen pen(color);
    pen.setWidthF(2.5);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}
} // namespace

RadarChartView::RadarChartView(QWidget* parent)
    : QChartView(parent)
    , m_chart(new QPolarChart) {
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 320);
}

void RadarChartView::setData(const QStringList& axes, const std::vector<double>& values,
                             const std::vector<double>& peers, const QString& peersName) {
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_axes = axes;
    if (axes.size() < 3 || values.size() != static_cast<std::size_t>(axes.size())) {
        m_chart->setTitle(tr("The radar chart needs at least three sections with a score."));
        return;
    }
    m_chart->setTitle({});

    auto* angular = new QCategoryAxis;
    angular->setRange(0, axes.size());
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QStringList used;
    for (int i = 0; i < axes.size(); ++i) {
        // Category labels must be unique; two sections of the same title get an invisible difference.
        QString label = wrapped(axes[i]);
        while (used.contains(label))
            label += QChar(0x200B);
        used << label;
        angular->append(label, i);
    }
    auto* radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d"));
    QFont small = radial->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    radial->setLabelsFont(small);
    m_chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    std::vector<QLineSeries*> lines{closedLine(values, tr("This company"), kCompany, false)};
    if (peers.size() == values.size())
        lines.push_back(closedLine(peers, peersName, kPeers, true));
    for (QLineSeries* series : lines) {
        m_chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
    }
    m_chart->legend()->setVisible(true);
}

} // namespace clusterdesk::ui
