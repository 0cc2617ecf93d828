#include "reports/report_charts.h"

#include "reports/figure_format.h"
#include "reports/report_fonts.h"

#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <array>
#include <cmath>

namespace clusterdesk {

namespace {
const QColor kInk(0x1e, 0x1e, 0x1e);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kSeries[] = {QColor(0x1f, 0x4e, 0x79), QColor(0x5b, 0x9b, 0xd5), QColor(0xe0, 0x8a, 0x1e),
                          QColor(0x4e, 0x9a, 0x3a)};
const QColor kFunnel[] = {QColor(0xa9, 0xc8, 0xe6), QColor(0x5b, 0x9b, 0xd5), QColor(0x1f, 0x4e, 0x79)};

// Device pixels per typographic point: the same chart at 96 dpi on screen and 600 dpi in a PDF.
qreal pointSize(const QPainter& painter) {
    return painter.device()->logicalDpiY() / 72.0;
}

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// Writes the title at the top of area and returns what is left below it.
QRectF drawTitle(QPainter& p, const QRectF& area, const QString& title) {
    const qreal pt = pointSize(p);
    p.setFont(reportFont(8, true));
    p.setPen(QColor(0x1f, 0x4e, 0x79));
    const QRectF line(area.left(), area.top(), area.width(), 12 * pt);
    p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, title);
    return area.adjusted(0, 14 * pt, 0, 0);
}

// The smallest "round" step (1, 2, 2.5 or 5 times a power of ten) that covers value in `steps` steps.
qreal niceStep(qreal value, int steps, bool integral) {
    const qreal raw = std::max(value / steps, integral ? 1.0 : 1e-9);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (qreal m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const qreal step = m * magnitude;
        if (step >= raw && (!integral || std::floor(step) == step))
            return step;
    }
    return 10 * magnitude;
}

void drawLegend(QPainter& p, const QRectF& line, const std::vector<std::pair<QString, QColor>>& entries,
                bool dashedLast = false) {
    const qreal pt = pointSize(p);
    p.setFont(reportFont(6.5));
    qreal x = line.left();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& [name, color] = entries[i];
        const qreal mid = line.center().y();
        if (dashedLast && i + 1 == entries.size()) {
            p.setPen(QPen(color, 1.2 * pt, Qt::DashLine));
            p.drawLine(QPointF(x, mid), QPointF(x + 8 * pt, mid));
        } else {
            p.fillRect(QRectF(x, mid - 3 * pt, 8 * pt, 6 * pt), color);
        }
        p.setPen(kInk);
        const qreal width = p.fontMetrics().horizontalAdvance(name);
        p.drawText(QRectF(x + 10 * pt, line.top(), width + 2 * pt, line.height()), Qt::AlignVCenter, name);
        x += 10 * pt + width + 9 * pt;
    }
}

// Horizontal grid lines with their values on the left; returns the plot area right of the axis.
QRectF drawValueAxis(QPainter& p, const QRectF& area, qreal top, qreal step, const QString& suffix) {
    const qreal pt = pointSize(p);
    p.setFont(reportFont(6));
    auto label = [&](qreal v) { return qs(printedFigure(v, FigureKind::Days)) + suffix; };
    const QString widest = label(top);
    const qreal axis = p.fontMetrics().horizontalAdvance(widest) + 4 * pt;
    const QRectF plot = area.adjusted(axis, 0, 0, 0);
    for (qreal v = 0; v <= top + step / 2; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        p.setPen(QPen(v == 0 ? kMuted : kGrid, 0.5 * pt));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(area.left(), y - 5 * pt, axis - 3 * pt, 10 * pt), Qt::AlignRight | Qt::AlignVCenter,
                   label(v));
    }
    return plot;
}

int sumOf(const std::map<std::string, int>& counts) {
    int sum = 0;
    for (const auto& [key, count] : counts)
        sum += count;
    return sum;
}
} // namespace

void drawFunnelChart(QPainter& p, const QRectF& area, const FunnelFigures& funnel) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal pt = pointSize(p);
    const QRectF r = drawTitle(p, area, "Funnel at the end of the period");
    const int values[] = {funnel.informed, funnel.visited, funnel.enhanced};
    const QString names[] = {"Informed", "Visited", "Enhanced support"};
    const qreal rowHeight = r.height() / 3;
    const qreal barHeight = rowHeight * 0.62;
    const QRectF bars(r.left(), r.top(), r.width() * 0.48, r.height());
    const qreal largest = std::max(values[0], std::max(values[1], std::max(values[2], 1)));
    QRectF previous;
    for (int i = 0; i < 3; ++i) {
        qreal width = bars.width() * values[i] / largest;
        if (values[i] > 0)
            width = std::max(width, 3 * pt);
        const qreal top = r.top() + i * rowHeight + (rowHeight - barHeight) / 2;
        const QRectF bar(bars.center().x() - width / 2, top, width, barHeight);
        if (i > 0 && previous.width() > 0) {
            // The narrowing between two stages, so the bars read as one funnel.
            QPolygonF neck;
            neck << previous.bottomLeft() << previous.bottomRight() << bar.topRight() << bar.topLeft();
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xe8, 0xee, 0xf4));
            p.drawPolygon(neck);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(kFunnel[i]);
        if (values[i] > 0)
            p.drawRoundedRect(bar, 1.5 * pt, 1.5 * pt);
        else {
            p.setPen(QPen(kMuted, 0.5 * pt, Qt::DotLine));
            p.drawLine(QPointF(bars.left(), bar.center().y()), QPointF(bars.right(), bar.center().y()));
        }
        previous = bar;

        const QRectF text(bars.right() + 6 * pt, r.top() + i * rowHeight, r.right() - bars.right() - 6 * pt,
                          rowHeight);
        p.setPen(kInk);
        p.setFont(reportFont(11, true));
        const QString count = qs(printedFigure(values[i], FigureKind::Count));
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, count);
        const qreal countWidth = p.fontMetrics().horizontalAdvance(count) + 4 * pt;
        p.setFont(reportFont(7));
        QString caption = names[i];
        if (i > 0 && values[i - 1] > 0)
            caption += "\n" +
                       QString::fromStdString(
                           printedFigure(static_cast<double>(values[i]) / values[i - 1], FigureKind::Ratio)) +
                       " of " + names[i - 1].toLower();
        p.drawText(text.adjusted(countWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, caption);
    }
    p.restore();
}

void drawOutputsByQuarterChart(QPainter& p, const QRectF& area,
                               const std::vector<ReportScope::Quarter>& quarters) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal pt = pointSize(p);
    QRectF r = drawTitle(p, area, "Outputs by quarter");
    const std::vector<std::pair<QString, QColor>> series = {{"Seminar companies", kSeries[0]},
                                                            {"Visits", kSeries[1]},
                                                            {"Audits", kSeries[2]},
                                                            {"Support measures", kSeries[3]}};
    drawLegend(p, QRectF(r.left(), r.top(), r.width(), 9 * pt), series);
    r.adjust(0, 13 * pt, 0, -11 * pt);

    std::vector<std::array<int, 4>> values;
    int largest = 0;
    for (const auto& q : quarters) {
        const auto& f = q.figures;
        values.push_back({f.seminarCompanies, f.visits, sumOf(f.audits), sumOf(f.supportMeasures)});
        for (int v : values.back())
            largest = std::max(largest, v);
    }
    const qreal step = niceStep(std::max(largest, 4), 4, true);
    // A step of headroom above the tallest bar: its value is written above it, clear of the legend.
    const qreal top = step * (std::floor(largest / step) + 1);
    const QRectF plot = drawValueAxis(p, r, top, step, {});
    if (quarters.empty()) {
        p.restore();
        return;
    }
    const qreal group = plot.width() / static_cast<qreal>(quarters.size());
    const qreal bar = group * 0.78 / 4;
    // Values above the bars when every one fits over its bar; otherwise they are read off the axis.
    p.setFont(reportFont(5.5));
    bool labelsFit = true;
    for (const auto& quarter : values)
        for (int v : quarter)
            labelsFit = labelsFit && p.fontMetrics().horizontalAdvance(QString::number(v)) <= bar * 0.85;
    for (std::size_t q = 0; q < quarters.size(); ++q) {
        const qreal left = plot.left() + q * group + group * 0.11;
        for (int s = 0; s < 4; ++s) {
            const int v = values[q][static_cast<std::size_t>(s)];
            const qreal height = plot.height() * v / top;
            const QRectF rect(left + s * bar, plot.bottom() - height, bar * 0.92, height);
            p.fillRect(rect, series[static_cast<std::size_t>(s)].second);
            if (v > 0 && labelsFit) {
                p.setPen(kInk);
                p.drawText(QRectF(rect.left() - bar, rect.top() - 8 * pt, bar * 3, 8 * pt),
                           Qt::AlignHCenter | Qt::AlignBottom, QString::number(v));
            }
        }
        p.setPen(kInk);
        p.setFont(reportFont(6.5));
        p.drawText(QRectF(plot.left() + q * group, plot.bottom() + 2 * pt, group, 9 * pt), Qt::AlignCenter,
                   qs(quarters[q].label));
    }
    p.restore();
}

void drawBudgetBurnChart(QPainter& p, const QRectF& area, const ReportScope& scope) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal pt = pointSize(p);
    const bool daysBudget = scope.budgetDays && *scope.budgetDays > 0;
    const bool eurBudget = scope.budgetEur && *scope.budgetEur > 0;
    const bool asShare = daysBudget || eurBudget;
    QRectF r = drawTitle(p, area,
                         asShare ? "Budget burn: expert days and cost since 1 January, share of the budget"
                                 : "Expert days since 1 January (no budget recorded)");

    // Cumulative values at the end of each month, as a share of the budget (or in days without one).
    std::vector<qreal> days{0}, euros{0};
    for (const auto& m : scope.effortByMonth) {
        days.push_back(days.back() + m.days);
        euros.push_back(euros.back() + m.costEur);
    }
    auto scaled = [](std::vector<qreal> values, qreal budget) {
        for (auto& v : values)
            v = v / budget * 100.0;
        return values;
    };
    std::vector<std::pair<QString, QColor>> legend;
    std::vector<std::pair<std::vector<qreal>, QColor>> lines;
    if (daysBudget) {
        lines.push_back({scaled(days, *scope.budgetDays), kSeries[0]});
        legend.push_back(
            {"Expert days (budget " + qs(printedFigure(*scope.budgetDays, FigureKind::Days)) + ")",
             kSeries[0]});
    }
    if (eurBudget) {
        lines.push_back({scaled(euros, *scope.budgetEur), kSeries[2]});
        legend.push_back(
            {"Cost (budget " + qs(printedFigure(*scope.budgetEur, FigureKind::Euro)) + " EUR)", kSeries[2]});
    }
    if (!asShare) {
        lines.push_back({days, kSeries[0]});
        legend.push_back({"Expert days", kSeries[0]});
    }
    if (asShare)
        legend.push_back({"Even pace over the year", kMuted});
    drawLegend(p, QRectF(r.left(), r.top(), r.width(), 9 * pt), legend, asShare);
    r.adjust(0, 13 * pt, -4 * pt, -11 * pt);

    qreal largest = asShare ? 100.0 : 1.0;
    for (const auto& [values, color] : lines)
        for (qreal v : values)
            largest = std::max(largest, v);
    const qreal step =
        asShare ? (largest > 100 ? niceStep(largest, 4, true) : 25.0) : niceStep(largest, 4, false);
    const qreal top = step * std::ceil(largest / step - 1e-9);
    const QRectF plot = drawValueAxis(p, r, top, step, asShare ? QString("\u00a0%") : QString());

    auto at = [&](std::size_t month, qreal value) {
        return QPointF(plot.left() + plot.width() * static_cast<qreal>(month) / 12.0,
                       plot.bottom() - plot.height() * value / top);
    };
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    p.setFont(reportFont(6));
    p.setPen(kMuted);
    for (int m = 0; m < 12; ++m)
        p.drawText(QRectF(plot.left() + plot.width() * m / 12.0, plot.bottom() + 2 * pt, plot.width() / 12.0,
                          9 * pt),
                   Qt::AlignCenter, kMonths[m]);
    if (asShare) {
        p.setPen(QPen(kMuted, 0.8 * pt, Qt::DashLine));
        p.drawLine(at(0, 0), at(12, 100));
        p.setPen(QPen(QColor(0xb0, 0x30, 0x20), 0.8 * pt));
        p.drawLine(at(0, 100), at(12, 100));
        p.setFont(reportFont(6));
        p.drawText(QRectF(at(0, 100).x() + 2 * pt, at(0, 100).y() + 1 * pt, 60 * pt, 8 * pt),
                   Qt::AlignLeft | Qt::AlignTop, "Budget");
    }
    for (const auto& [values, color] : lines) {
        QPolygonF line;
        for (std::size_t m = 0; m < values.size(); ++m)
            line << at(m, values[m]);
        p.setPen(QPen(color, 1.4 * pt));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line);
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        for (const auto& point : line)
            p.drawEllipse(point, 1.6 * pt, 1.6 * pt);
        if (!values.empty()) {
            p.setPen(color);
            p.setFont(reportFont(6.5, true));
            const QPointF last = line.back();
            const QString text = qs(asShare ? printedFigure(values.back() / 100.0, FigureKind::Ratio)
                                            : printedFigure(values.back(), FigureKind::Days));
            p.drawText(QRectF(last.x() + 3 * pt, last.y() - 9 * pt, 40 * pt, 9 * pt),
                       Qt::AlignLeft | Qt::AlignBottom, text);
        }
    }
    p.restore();
}

void drawChart(QPainter& painter, const QRectF& area, const ReportScope& scope, ChartKind kind) {
    switch (kind) {
    case ChartKind::Funnel:
        drawFunnelChart(painter, area, scope.funnel);
        break;
    case ChartKind::OutputsByQuarter:
        drawOutputsByQuarterChart(painter, area, scope.quarters);
        break;
    case ChartKind::BudgetBurn:
        drawBudgetBurnChart(painter, area, scope);
        break;
    }
}

QImage chartImage(const ReportScope& scope, ChartKind kind, qreal widthMm, qreal heightMm, int dpi) {
    const qreal pixelsPerMm = dpi / 25.4;
    QImage image(QSize(qRound(widthMm * pixelsPerMm), qRound(heightMm * pixelsPerMm)), QImage::Format_ARGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    drawChart(painter, QRectF(QPointF(0, 0), image.size()).adjusted(4, 4, -4, -4), scope, kind);
    painter.end();
    return image;
}

} // namespace clusterdesk
