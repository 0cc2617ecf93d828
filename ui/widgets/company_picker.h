#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace clusterdesk::ui {

class Session;

// A line edit for choosing one of possibly 100,000 companies: as the user types it lists the first 20
// that match (by name, fiscal code or city). companyId() is the chosen one, or empty when the text is
// not a chosen company (a new name).
class CompanyPicker : public QLineEdit {
    Q_OBJECT
public:
    explicit CompanyPicker(Session& session, QWidget* parent = nullptr);

    QString companyId() const { return m_companyId; }
    void setCompany(const QString& id, const QString& name);
    void clearCompany();

signals:
    void companyChosen(const QString& id);

private:
    void updateSuggestions(const QString& text);
    void choose(const QModelIndex& index);

    Session& m_session;
    QStandardItemModel* m_suggestions;
    QCompleter* m_completer;
    QString m_companyId;
};

} // namespace clusterdesk::ui
