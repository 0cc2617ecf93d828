#pragma once

#include "domain/error.h"

#include <QString>
#include <QWidget>
#include <map>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace clusterdesk::ui {

// A form whose fields are named like the storage columns (and so like the domain's validation messages),
// each with a line under it for its problem. Editors put the domain's validate() result in
// setProblems() as the user types.
class RecordForm : public QWidget {
    Q_OBJECT
public:
    explicit RecordForm(QWidget* parent = nullptr);

    QLineEdit* addLine(const QString& field, const QString& label, const QString& placeholder = {});
    QLineEdit* addDate(const QString& field, const QString& label);
    QLineEdit* addNumber(const QString& field, const QString& label, const QString& placeholder = {});
    QComboBox* addCombo(const QString& field, const QString& label);
    QPlainTextEdit* addText(const QString& field, const QString& label);
    // Any other widget; the caller connects its change signal to edited().
    void addRow(const QString& field, const QString& label, QWidget* widget);
    void addSection(const QString& title);

    // Shows each problem under its field; problems of fields the form does not have go at the bottom.
    void setProblems(const std::vector<FieldError>& problems);
    QString problemOf(const QString& field) const;
    QWidget* fieldWidget(const QString& field) const;
    QWidget* firstField() const { return m_first; }
    // Shows or hides a field with its label (fields that apply only to some kinds of record).
    void setFieldVisible(const QString& field, bool visible);

signals:
    void edited();
    // Enter in a one-line field: the editor saves.
    void submitted();

private:
    QFormLayout* m_layout;
    std::map<QString, QLabel*> m_problemLabels;
    std::map<QString, QWidget*> m_fields;
    std::map<QString, QWidget*> m_cells;
    QLabel* m_otherProblems;
    QWidget* m_first = nullptr;
};

} // namespace clusterdesk::ui
