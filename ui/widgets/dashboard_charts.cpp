#include "widgets/dashboard_charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace clusterdesk::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DashboardCharts", text);
}

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

// A value axis from 0 that ends on a whole number a little above the largest bar, with whole-number ticks.
QValueAxis* countAxis(double largest) {
    auto* axis = new QValueAxis;
    double top = std::max(1.0, largest);
    int step = top <= 10 ? 1 : top <= 50 ? 5 : top <= 100 ? 10 : top <= 500 ? 50 : 100;
    axis->setRange(0, step * std::ceil((top + 0.01) / step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}
} // namespace

int supportMeasures(const OutputFigures& figures) {
    int total = 0;
    for (const auto& [kind, count] : figures.supportMeasures)
        total += count;
    return total;
}

QChart* funnelChart(const FunnelFigures& funnel, const std::function<void(int)>& onClick) {
    QChart* chart = newChart(tr(QT_TRANSLATE_NOOP("DashboardCharts", "The funnel: companies reached")));
    auto* set = new QBarSet(tr(QT_TRANSLATE_NOOP("DashboardCharts", "Companies")));
    *set << funnel.informed << funnel.visited << funnel.enhanced;
    set->setLabelColor(Qt::black);
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append({tr(QT_TRANSLATE_NOOP("DashboardCharts", "1 Informed")),
                        tr(QT_TRANSLATE_NOOP("DashboardCharts", "2 Visited")),
                        tr(QT_TRANSLATE_NOOP("DashboardCharts", "3 Enhanced"))});
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis* values = countAxis(funnel.informed * 1.15);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->hide();
    QObject::connect(set, &QBarSet::clicked, chart, [onClick](int index) { onClick(index); });
    return chart;
}

QChart* quarterComparisonChart(const OutputFigures& current, const OutputFigures& previous,
                               const QString& currentLabel, const QString& previousLabel,
                               const std::function<void(OutputCategory)>& onClick) {
    QChart* chart =
        newChart(tr(QT_TRANSLATE_NOOP("DashboardCharts", "Outputs: this quarter and the one before")));
    // Horizontal bars are drawn from the bottom up: the lists are reversed so Seminars comes first.
    auto figures = [](const OutputFigures& f) {
        QList<qreal> values{qreal(f.seminars),
                            qreal(f.seminarCompanies),
                            qreal(f.visits),
                            qreal(f.recommendations),
                            qreal(supportMeasures(f)),
                            qreal(f.agreements),
                            qreal(f.fundingApplications),
                            qreal(f.certifications)};
        std::reverse(values.begin(), values.end());
        return values;
    };
    auto* before = new QBarSet(previousLabel);
    before->append(figures(previous));
    before->setColor(QColor(0xb0, 0xbe, 0xc5));
    auto* now = new QBarSet(currentLabel);
    now->append(figures(current));
    now->setColor(QColor(0x1e, 0x6f, 0xb3));
    auto* series = new QHorizontalBarSeries;
    series->append(before);
    series->append(now);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    QStringList names{tr(QT_TRANSLATE_NOOP("DashboardCharts", "Seminars")),
                      tr(QT_TRANSLATE_NOOP("DashboardCharts", "Companies at seminars")),
                      tr(QT_TRANSLATE_NOOP("DashboardCharts", "Visits")),
                      tr(QT_TRANSLATE_NOOP("DashboardCharts", "Recommendations")),
                      tr(QT_TRANSLATE_NOOP("DashboardCharts", "Enhanced support")),
                      tr(QT_TRANSLATE_NOOP("DashboardCharts", "Agreements")),
                      tr(QT_TRANSLATE_NOOP("DashboardCharts", "Funding applications")),
                      tr(QT_TRANSLATE_NOOP("DashboardCharts", "Certifications"))};
    std::reverse(names.begin(), names.end());
    categories->append(names);
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    categories->setLabelsFont(small);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    qreal largest = 0;
    for (QBarSet* set : {before, now})
        for (int i = 0; i < set->count(); ++i)
            largest = std::max(largest, set->at(i));
    QValueAxis* values = countAxis(largest);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    for (QBarSet* set : {before, now})
        QObject::connect(set, &QBarSet::clicked, chart, [onClick, last = set->count() - 1](int index) {
            onClick(static_cast<OutputCategory>(last - index));
        });
    return chart;
}

QChart* budgetChart(const std::vector<ClusterOutput>& clusters, const std::function<void(int)>& onClick) {
    QChart* chart =
        newChart(tr(QT_TRANSLATE_NOOP("DashboardCharts", "Budget used so far (% of each cluster's)")));
    auto* days = new QBarSet(tr(QT_TRANSLATE_NOOP("DashboardCharts", "Expert days")));
    auto* euros = new QBarSet(tr(QT_TRANSLATE_NOOP("DashboardCharts", "Euros")));
    days->setColor(QColor(0x2e, 0x7d, 0x32));
    euros->setColor(QColor(0xef, 0x8f, 0x00));
    auto* categories = new QBarCategoryAxis;
    qreal largest = 100;
    auto percent = [](double used, const std::optional<double>& budget) {
        return budget && *budget > 0 ? 100.0 * used / *budget : 0.0;
    };
    for (const auto& c : clusters) {
        *days << percent(c.figures.expertDays, c.budgetDays);
        *euros << percent(c.figures.costEur, c.budgetEur);
        largest = std::max({largest, days->at(days->count() - 1), euros->at(euros->count() - 1)});
        categories->append(QString::fromStdString(c.name));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(days);
    series->append(euros);
    // Values on bars this thin would overlap; the axis gives the scale and Effort & budget the figures.
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, largest > 100 ? std::ceil(largest / 25) * 25 : 100);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(25);
    values->setLabelFormat(QStringLiteral("%d %"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    for (QBarSet* set : {days, euros})
        QObject::connect(set, &QBarSet::clicked, chart, [onClick](int index) { onClick(index); });
    return chart;
}

} // namespace clusterdesk::ui
