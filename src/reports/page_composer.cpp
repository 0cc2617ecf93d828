#include "reports/page_composer.h"

#include "reports/report_fonts.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>

namespace clusterdesk {

PageComposer::PageComposer(QPagedPaintDevice& device, QString styleSheet, Footer footer)
    : m_device(device)
    , m_styleSheet(std::move(styleSheet))
    , m_footer(std::move(footer)) {
    // Margins are ours: 18 mm at the sides, 16 mm at the top, room for the footer at the bottom.
    const qreal width = m_device.width();
    const qreal height = m_device.height();
    m_body = QRectF(mm(18), mm(16), width - mm(36), height - mm(16) - mm(22));
    m_pages.emplace_back();
}

PageComposer::~PageComposer() = default;

qreal PageComposer::mm(qreal millimetres) const {
    return millimetres * m_device.logicalDpiY() / 25.4;
}

void PageComposer::startPage() {
    if (m_y > 0 || !currentPage().empty()) {
        m_pages.emplace_back();
        m_y = 0;
    }
}

void PageComposer::addSpace(qreal height) {
    m_y += height;
}

void PageComposer::placeOnPage(qreal height) {
    if (m_y > 0 && m_y + height > m_body.height()) {
        m_pages.emplace_back();
        m_y = 0;
    }
}

QTextDocument* PageComposer::makeDocument(const QString& html) {
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&m_device);
    document->setDocumentMargin(0);
    document->setDefaultFont(reportFont(8.5));
    document->setDefaultStyleSheet(m_styleSheet);
    document->setTextWidth(m_body.width());
    document->setHtml(html);
    m_documents.push_back(std::move(document));
    return m_documents.back().get();
}

void PageComposer::addHtml(const QString& html) {
    QTextDocument* document = makeDocument(html);
    const qreal height = document->size().height();
    if (height <= m_body.height()) {
        placeOnPage(height);
        const QPointF at = m_body.topLeft() + QPointF(0, m_y);
        currentPage().push_back([document, at](QPainter& painter) {
            painter.save();
            painter.translate(at);
            document->drawContents(&painter);
            painter.restore();
        });
        m_y += height;
        return;
    }
    // Longer than a page: QTextDocument breaks it into pages (repeating table headers) from a fresh page.
    startPage();
    const QSizeF page = m_body.size();
    document->setPageSize(page);
    const int pages = document->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            m_pages.emplace_back();
        const QRectF slice(0, i * page.height(), page.width(), page.height());
        const QPointF at = m_body.topLeft() - QPointF(0, slice.top());
        currentPage().push_back([document, at, slice](QPainter& painter) {
            painter.save();
            painter.translate(at);
            document->drawContents(&painter, slice);
            painter.restore();
        });
    }
    const QRectF last = document->documentLayout()->blockBoundingRect(document->lastBlock());
    m_y = last.bottom() - (pages - 1) * page.height();
}

void PageComposer::addDrawing(qreal height, std::function<void(QPainter&, const QRectF&)> draw) {
    placeOnPage(height);
    const QRectF area(m_body.left(), m_body.top() + m_y, m_body.width(), height);
    currentPage().push_back([draw = std::move(draw), area](QPainter& painter) {
        painter.save();
        draw(painter, area);
        painter.restore();
    });
    m_y += height;
}

void PageComposer::paint(QPainter& painter) {
    const int total = pageCount();
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            m_device.newPage();
        for (const auto& operation : m_pages[static_cast<std::size_t>(i)])
            operation(painter);
        const qreal top = m_device.height() - mm(14);
        const QRectF footer(m_body.left(), top, m_body.width(), mm(6));
        painter.save();
        painter.setPen(QPen(QColor(0xb8, 0xc4, 0xd0), mm(0.2)));
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.setFont(reportFont(7));
        const int flags = Qt::AlignVCenter | Qt::TextSingleLine;
        const QString right = m_footer.right + QString(" \u00b7 page %1 of %2").arg(i + 1).arg(total);
        const int rightWidth = painter.fontMetrics().horizontalAdvance(right) + static_cast<int>(mm(4));
        const QString left = painter.fontMetrics().elidedText(m_footer.left, Qt::ElideRight,
                                                              static_cast<int>(footer.width()) - rightWidth);
        painter.drawText(footer, flags | Qt::AlignLeft, left);
        painter.drawText(footer, flags | Qt::AlignRight, right);
        painter.restore();
    }
}

} // namespace clusterdesk
