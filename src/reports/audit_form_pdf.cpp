#include "reports/audit_form_pdf.h"

#include "domain/date.h"
#include "domain/error.h"
#include "reports/audit_form_html.h"
#include "reports/radar_text_object.h"
#include "reports/report_fonts.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <memory>

namespace clusterdesk {

namespace {
constexpr int kResolution = 300; // dots per inch of the PDF's coordinate system

double mm(double millimetres) {
    return millimetres * kResolution / 25.4;
}

QFont bodyFont(double points = 9.5) {
    ensureReportFonts();
    return reportFont(points);
}

// Lays the document out on A4 pages and paints it, with the form's title and page numbers in the footer.
void render(QTextDocument& doc, const std::string& path, const QString& title) {
    QPdfWriter writer(QString::fromStdString(path));
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ClusterDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        throw StorageError(path + ": the PDF could not be written (check the folder exists and is writable)");

    doc.documentLayout()->setPaintDevice(&writer);
    const QRectF area = writer.pageLayout().paintRectPixels(kResolution);
    const double footer = mm(8);
    const QSizeF body(area.width(), area.height() - footer);
    doc.setPageSize(body);
    const int pages = doc.pageCount();
    const QString printed = QString::fromStdString(Date::today().toString());
    for (int page = 0; page < pages; ++page) {
        painter.save();
        painter.translate(0, -page * body.height());
        // One device pixel in from each edge: a line that starts exactly where the next page begins would
        // otherwise be painted (clipped, invisible, but still in the PDF's text) on this page too.
        doc.drawContents(&painter, QRectF(0, page * body.height() + 1, body.width(), body.height() - 2));
        painter.restore();

        painter.setFont(bodyFont(7.5));
        painter.setPen(QColor(100, 100, 100));
        QRectF line(0, body.height(), body.width(), footer);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom,
                         title + QStringLiteral(" \u2014 ClusterDesk, ") + printed);
        painter.drawText(line, Qt::AlignRight | Qt::AlignBottom,
                         QString("Page %1 of %2").arg(page + 1).arg(pages));
        if (page + 1 < pages)
            writer.newPage();
    }
    if (!painter.end())
        throw StorageError(path + ": the PDF could not be finished");
}

void prepare(QTextDocument& doc) {
    doc.setDefaultFont(bodyFont());
    doc.setDocumentMargin(0);
}
} // namespace

void writeBlankFormPdf(const AuditTemplate& form, const std::string& path) {
    QTextDocument doc;
    prepare(doc);
    doc.setHtml(blankFormHtml(form));
    render(doc, path, QString::fromStdString(form.title));
}

void writeAuditPdf(const AuditPrintout& printout, const std::string& path) {
    QTextDocument doc;
    prepare(doc);
    doc.setHtml(completedFormHtml(printout));

    // The chart replaces its marker as an inline object, so it is laid out and paginated with the text.
    RadarChartData data = radarData(printout);
    QTextCursor marker = doc.find(QString(kRadarMarker));
    if (!marker.isNull()) {
        if (data.axes.size() >= 3) {
            auto handler = std::make_unique<RadarTextObject>(data, QSizeF(mm(165), mm(125)), bodyFont(8.5));
            doc.documentLayout()->registerHandler(RadarTextObject::kType, handler.get());
            handler->setParent(&doc);
            handler.release();
            QTextCharFormat format;
            format.setObjectType(RadarTextObject::kType);
            marker.insertText(QString(QChar::ObjectReplacementCharacter), format);
        } else {
            marker.insertText(
                QStringLiteral("(The radar chart needs at least three sections with a score.)"));
        }
    }
    render(doc, path,
           QString::fromStdString(printout.form.form.title +
                                  (printout.companyName.empty() ? "" : " \u2014 " + printout.companyName)));
}

} // namespace clusterdesk
