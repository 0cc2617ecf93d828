#pragma once

#include "reports/quarterly_report.h"

#include <QByteArray>
#include <QPagedPaintDevice>
#include <string>

namespace clusterdesk {

// The printed output summary as PDF (A4, DejaVu Sans embedded): a title page, a summary page, pages for
// each cluster, the changes since a closed quarter was sent, and the definitions; charts in vector
// form; the generation date and "page n of N" in every footer. Needs a QGuiApplication (offscreen is
// enough).
QByteArray renderReportPdf(const QuarterlyReport& report);
// The same pages painted on any paged device: a QPrinter of a print preview shows what the PDF holds.
void paintReport(QPagedPaintDevice& device, const QuarterlyReport& report);

// The same report as one HTML file, charts embedded as PNG images, readable by QTextDocument and by
// browsers. Needs a QGuiApplication.
std::string renderReportHtml(const QuarterlyReport& report);

// Hex SHA-256 of bytes: the fingerprint of a PDF that was sent.
std::string sha256Hex(const QByteArray& bytes);

} // namespace clusterdesk
