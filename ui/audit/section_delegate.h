#pragma once

#include <QStyledItemDelegate>

namespace clusterdesk::ui {

// Draws a section of the form's list in two lines: its title, then "3 of 5 answered · 2 required missing"
// over a thin progress bar.
class SectionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace clusterdesk::ui
