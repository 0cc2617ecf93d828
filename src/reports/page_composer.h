#pragma once

#include <QPagedPaintDevice>
#include <QPainter>
#include <QString>
#include <QTextDocument>
#include <functional>
#include <memory>
#include <vector>

namespace clusterdesk {

// Lays out a printed document on pages of one paged device (a QPdfWriter): HTML blocks through
// QTextDocument and drawings through QPainter, top to bottom, a block that does not fit moving to the
// next page and one longer than a page split by QTextDocument's own pagination. Pages are painted only
// at the end, so that the footer can say "page n of N".
class PageComposer {
public:
    struct Footer {
        QString left;  // what the document is
        QString right; // when it was generated; "page n of N" follows
    };

    PageComposer(QPagedPaintDevice& device, QString styleSheet, Footer footer);
    ~PageComposer();

    qreal mm(qreal millimetres) const;
    QRectF body() const { return m_body; } // the printable area of a page, in device pixels

    void startPage(); // the next block starts on a fresh page; nothing when the page is still empty
    void addSpace(qreal height);
    void addHtml(const QString& html);
    void addDrawing(qreal height, std::function<void(QPainter&, const QRectF&)> draw);

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    // Paints every page (calling newPage() between them) with its footer.
    void paint(QPainter& painter);

private:
    using Operation = std::function<void(QPainter&)>;
    QTextDocument* makeDocument(const QString& html);
    void placeOnPage(qreal height);
    std::vector<Operation>& currentPage() { return m_pages.back(); }

    QPagedPaintDevice& m_device;
    QString m_styleSheet;
    Footer m_footer;
    QRectF m_body;
    qreal m_y = 0; // where the next block goes, relative to the body's top
    std::vector<std::vector<Operation>> m_pages;
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
};

} // namespace clusterdesk
