#pragma once

#include "reports/report_html.h"
#include "reports/report_scopes.h"

#include <QImage>
#include <QPainter>
#include <QRectF>

namespace clusterdesk {

// The report's charts, drawn with QPainter so that the PDF gets vector graphics and the HTML export
// (and the desktop app) the same pictures as images. Sizes follow the device's resolution.
void drawFunnelChart(QPainter& painter, const QRectF& area, const FunnelFigures& funnel);
void drawOutputsByQuarterChart(QPainter& painter, const QRectF& area,
                               const std::vector<ReportScope::Quarter>& quarters);
void drawBudgetBurnChart(QPainter& painter, const QRectF& area, const ReportScope& scope);
void drawChart(QPainter& painter, const QRectF& area, const ReportScope& scope, ChartKind kind);

// A chart as an image of widthMm x heightMm at dpi, for HTML.
QImage chartImage(const ReportScope& scope, ChartKind kind, qreal widthMm, qreal heightMm, int dpi);

} // namespace clusterdesk
