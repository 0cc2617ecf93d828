#include "audit/section_delegate.h"

#include "audit/section_list_model.h"

#include <QApplication>
#include <QPainter>

namespace clusterdesk::ui {

namespace {
constexpr int kPadding = 6;
constexpr int kBarHeight = 3;
const QColor kMissing(0xb3, 0x26, 0x1e);
const QColor kDone(0x2e, 0x7d, 0x32);
const QColor kPartly(0x1e, 0x6f, 0xb3);
} // namespace

void SectionDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int answered = index.data(SectionListModel::AnsweredRole).toInt();
    const int questions = index.data(SectionListModel::QuestionCountRole).toInt();
    const int missing = index.data(SectionListModel::MissingRole).toInt();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;

    painter->save();
    QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(opt.palette.color(textRole));
    QFontMetrics titleMetrics(titleFont);
    QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    QFontMetrics smallMetrics(small);
    QRect line(area.left(), titleRect.bottom() + 2, area.width(), smallMetrics.height());
    QString progress = tr("%1 of %2 answered").arg(answered).arg(questions);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, progress);
    if (missing > 0) {
        int x = line.left() + smallMetrics.horizontalAdvance(progress + QStringLiteral("  "));
        painter->setPen(selected ? opt.palette.color(textRole) : kMissing);
        QRect rest(x, line.top(), line.right() - x, line.height());
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(tr("· %n required missing", nullptr, missing),
                                                  Qt::ElideRight, rest.width()));
    }

    QRect bar(area.left(), line.bottom() + 4, area.width(), kBarHeight);
    painter->fillRect(bar, opt.palette.color(QPalette::Midlight));
    if (questions > 0 && answered > 0) {
        QRect done = bar;
        done.setWidth(bar.width() * answered / questions);
        painter->fillRect(done, missing > 0 ? kMissing : answered == questions ? kDone : kPartly);
    }
    painter->restore();
}

QSize SectionDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    int height = QFontMetrics(option.font).height() + QFontMetrics(small).height() + 2 + 4 + kBarHeight;
    return {200, height + 2 * kPadding};
}

} // namespace clusterdesk::ui
