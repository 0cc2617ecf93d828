#include "reports/report_documents.h"

#include "domain/text.h"
#include "reports/page_composer.h"
#include "reports/report_charts.h"
#include "reports/report_fonts.h"
#include "reports/report_html.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPdfWriter>

namespace clusterdesk {

namespace {
QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// Charts of a scope's first page: the funnel and outputs by quarter side by side, budget burn below.
void addCharts(PageComposer& composer, const ReportScope& scope) {
    composer.addSpace(composer.mm(3));
    composer.addDrawing(composer.mm(56), [&scope, &composer](QPainter& painter, const QRectF& area) {
        const qreal gap = composer.mm(8);
        const qreal half = (area.width() - gap) / 2;
        drawFunnelChart(painter, QRectF(area.left(), area.top(), half, area.height()), scope.funnel);
        drawOutputsByQuarterChart(painter, QRectF(area.left() + half + gap, area.top(), half, area.height()),
                                  scope.quarters);
    });
    composer.addSpace(composer.mm(4));
    composer.addDrawing(composer.mm(52), [&scope](QPainter& painter, const QRectF& area) {
        drawBudgetBurnChart(painter, area, scope);
    });
    composer.addSpace(composer.mm(2));
}
} // namespace

QByteArray renderReportPdf(const QuarterlyReport& report) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    const std::string period = report.current.period.quarterLabel().empty()
                                   ? periodTitle(report.current.period)
                                   : report.current.period.quarterLabel();
    writer.setTitle(qs("Output summary " + period));
    writer.setCreator("ClusterDesk");
    paintReport(writer, report);
    buffer.close();
    return buffer.data();
}

void paintReport(QPagedPaintDevice& device, const QuarterlyReport& report) {
    ensureReportFonts();
    const std::string period = report.current.period.quarterLabel().empty()
                                   ? periodTitle(report.current.period)
                                   : report.current.period.quarterLabel();
    const std::vector<ReportScope> scopes = reportScopes(report);
    PageComposer composer(
        device, qs(reportStyleSheet()),
        {qs(fixRomanianLetters(report.organisationName) + " \u00b7 output summary " + period),
         qs("Generated on " + longDate(report.current.generatedOn))});
    composer.addSpace(composer.mm(50));
    composer.addDrawing(composer.mm(6), [](QPainter& painter, const QRectF& area) {
        painter.fillRect(QRectF(area.left(), area.top(), area.width() * 0.25, area.height() * 0.35),
                         QColor(0x1f, 0x4e, 0x79));
    });
    composer.addHtml(qs(titlePageHtml(report)));

    for (std::size_t i = 0; i < scopes.size(); ++i) {
        const ReportScope& scope = scopes[i];
        const bool summary = i == 0;
        composer.startPage();
        composer.addHtml(qs(scopeHeadingHtml(report, scope, summary)));
        addCharts(composer, scope);
        if (summary && report.clusterId.empty())
            composer.addHtml(qs(clustersAtAGlanceHtml(report, scopes)));
        // A document's first heading loses its top margin: the gap between sections is added here.
        auto addSection = [&composer](const std::string& html) {
            composer.addSpace(composer.mm(1.0));
            composer.addHtml(qs(html));
        };
        if (summary && !report.differences.empty())
            addSection(differencesHtml(report));
        for (const auto& table : figureTablesHtml(report, scope))
            addSection(table);
        if (summary && report.closed && report.differences.empty())
            addSection(differencesHtml(report));
    }
    composer.startPage();
    composer.addHtml(qs(definitionsHtml()));

    QPainter painter(&device);
    composer.paint(painter);
    painter.end();
}

std::string renderReportHtml(const QuarterlyReport& report) {
    ensureReportFonts();
    return reportHtml(report, [](const ReportScope& scope, ChartKind kind) {
        const bool wide = kind == ChartKind::BudgetBurn;
        const QImage image = chartImage(scope, kind, wide ? 170 : 84, wide ? 52 : 56, 150);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const int widthPx = wide ? 640 : 316; // CSS pixels: 170 and 84 mm at 96 dpi
        return "<img width=\"" + std::to_string(widthPx) + "\" alt=\"chart\" src=\"data:image/png;base64," +
               png.toBase64().toStdString() + "\">";
    });
}

std::string sha256Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
}

} // namespace clusterdesk
