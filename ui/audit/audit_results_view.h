#pragma once

#include "domain/audit.h"
#include "domain/visit.h"
#include "storage/audit_list_query.h"
#include "storage/audit_store.h"

#include <QWidget>
#include <optional>
#include <set>
#include <string>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace clusterdesk::ui {

class RadarChartView;
class SectionResultsModel;
class Session;
class SuggestionModel;

// The results of an audit: overall and section percentages, the radar chart, the comparison with similar
// companies the user picks (same cluster, NACE section or size class; none under kMinPeerGroupSize), and
// the template's suggestions, which the consultant turns into recommendations of the visit.
class AuditResultsView : public QWidget {
    Q_OBJECT
public:
    AuditResultsView(Session& session, AuditStore& store, QWidget* parent = nullptr);

    // The audit's place (company, visit or measure, cluster); reads the peer comparison again.
    void setAudit(const AuditRow& row);
    // The scores and suggestions as they stand now.
    void setForm(const AuditForm& form);

    PeerGroup peerGroup() const;
    void setPeerGroup(PeerGroup group);
    const std::optional<PeerComparison>& peers() const { return m_peers; }

    // The visit recommendations go to: the audit's own visit, or for a support-measure audit the
    // company's latest visit with the measure's cluster. Empty when there is none.
    QString recommendationVisitId() const { return QString::fromStdString(m_target ? m_target->id : ""); }
    // Stores suggestion row as a recommendation of that visit (one undoable action); false when it failed
    // (the error was shown).
    bool addRecommendation(int row, const QString& text, Priority priority);
    // Asks for the text and priority of the selected suggestion, then adds it.
    void addSelectedSuggestion();

    QComboBox* peerCombo() const { return m_peerGroup; }
    QLabel* peerInfo() const { return m_peerInfo; }
    QLabel* overallLabel() const { return m_overall; }
    QTableView* sectionsView() const { return m_sectionsView; }
    QTableView* suggestionsView() const { return m_suggestionsView; }
    QPushButton* addButton() const { return m_add; }
    QLabel* targetInfo() const { return m_targetInfo; }
    RadarChartView* chart() const { return m_chart; }
    SectionResultsModel* sectionsModel() const { return m_sections; }
    SuggestionModel* suggestionsModel() const { return m_suggestions; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshPeers();
    void refresh();
    void refreshSuggestions();
    void updateAddButton();

    Session& m_session;
    AuditStore& m_store;
    AuditListQuery m_query;
    std::optional<AuditRow> m_row;
    std::optional<AuditForm> m_form;
    std::optional<PeerComparison> m_peers;
    std::optional<AuditTarget> m_target;

    QLabel* m_overall;
    QLabel* m_draftNote;
    QComboBox* m_peerGroup;
    QLabel* m_peerInfo;
    SectionResultsModel* m_sections;
    QTableView* m_sectionsView;
    RadarChartView* m_chart;
    SuggestionModel* m_suggestions;
    QTableView* m_suggestionsView;
    QPushButton* m_add;
    QLabel* m_targetInfo;
};

} // namespace clusterdesk::ui
