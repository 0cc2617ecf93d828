#include "widgets/figure_tile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace clusterdesk::ui {

FigureTile::FigureTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_caption(new QLabel(caption, this))
    , m_context(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Open the list behind this figure"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_value->setFont(big);
    m_caption->setWordWrap(true);
    QFont small = m_context->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_context->setFont(small);
    m_context->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_context->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addWidget(m_context);
    layout->addStretch(1);
    setMinimumWidth(150);
}

void FigureTile::setFigure(const QString& value, const QString& context) {
    m_value->setText(value);
    m_context->setText(context);
}

QString FigureTile::value() const {
    return m_value->text();
}

void FigureTile::setAlert(bool alert) {
    m_value->setStyleSheet(alert ? QStringLiteral("color: #b3261e;") : QString());
}

void FigureTile::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void FigureTile::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace clusterdesk::ui
