#pragma once

#include "domain/catalogue.h"

#include <QDialog>
#include <vector>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace clusterdesk::ui {

class Session;

// Chooses a financial instrument or non-financial service from the catalogue: the search looks in the
// names, the former names (SME Instrument finds the EIC Accelerator) and the descriptions.
class InstrumentDialog : public QDialog {
    Q_OBJECT
public:
    InstrumentDialog(Session& session, const QString& currentCode, QWidget* parent = nullptr);

    QString chosenCode() const;
    QLineEdit* searchBox() const { return m_search; }
    QListView* list() const { return m_list; }

    // The name of a code, for showing a chosen instrument ("" for none).
    static QString nameOf(Session& session, const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QListView* m_list;
};

} // namespace clusterdesk::ui
