#pragma once

#include "domain/error.h"
#include "domain/visit.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace clusterdesk::ui {

class Session;

// The recommendations of a visit as they are being edited: a table of them, and under it the selected
// one's text, instrument (from the searchable catalogue), priority, status and due date.
class RecommendationsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RecommendationsPanel(Session& session, QWidget* parent = nullptr);

    void setRecommendations(std::vector<Recommendation> recommendations);
    const std::vector<Recommendation>& recommendations() const { return m_items; }
    // Problems of each recommendation, on the field "recommendations" ("Recommendation 2: ...").
    std::vector<FieldError> problems() const;

    void addRecommendation();
    void removeCurrent();
    void chooseInstrument();
    void setInstrument(const QString& code); // for the selected recommendation
    QLineEdit* textEdit() const { return m_text; }
    QLineEdit* dueEdit() const { return m_due; }
    QComboBox* statusCombo() const { return m_status; }

signals:
    void edited();

private:
    void showItem(int row);
    void storeItem();
    void refreshRow(int row);
    int currentRow() const;

    Session& m_session;
    std::vector<Recommendation> m_items;
    QTableWidget* m_table;
    QLineEdit* m_text;
    QLabel* m_instrument;
    QPushButton* m_chooseInstrument;
    QComboBox* m_priority;
    QComboBox* m_status;
    QLineEdit* m_due;
    QPushButton* m_add;
    QPushButton* m_remove;
    QWidget* m_details;
    bool m_loading = false;
};

} // namespace clusterdesk::ui
