#pragma once

#include "domain/visit.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace clusterdesk::ui {

// Turns a suggestion into the consultant's own recommendation: the suggested text to edit and a priority.
class RecommendationDialog : public QDialog {
    Q_OBJECT
public:
    RecommendationDialog(const QString& text, const QString& pointsTo, const QString& visitLabel,
                         QWidget* parent = nullptr);

    QString text() const;
    Priority priority() const;
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* priorityCombo() const { return m_priority; }

private:
    QPlainTextEdit* m_text;
    QComboBox* m_priority;
};

} // namespace clusterdesk::ui
