#pragma once

#include "domain/seminar.h"
#include "widgets/field_values.h"
#include "widgets/record_editor.h"

#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clusterdesk::ui {

class ClusterChecklist;

// A seminar's details and organising clusters; its attendance sheet opens from here.
class SeminarEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit SeminarEditor(Session& session, QWidget* parent = nullptr);

signals:
    void attendanceRequested(const QString& seminarId);

protected:
    void loadRecord(const std::string& id) override;
    void clearForNew() override;
    std::vector<FieldError> problems() override;
    std::unique_ptr<RepositoryCommand> saveCommand() override;
    QString heading() const override;

private:
    Seminar collect(FieldReader& reader) const;

    std::optional<Seminar> m_stored;
    QLineEdit* m_title;
    QLineEdit* m_date;
    QLineEdit* m_place;
    QLineEdit* m_topics;
    QLineEdit* m_presenters;
    QPlainTextEdit* m_notes;
    ClusterChecklist* m_clusters;
    QPushButton* m_attendance;
};

} // namespace clusterdesk::ui
