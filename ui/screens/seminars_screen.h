#pragma once

#include "screens/list_screen.h"

namespace clusterdesk::ui {

class AttendanceDialog;

class SeminarsScreen : public ListScreen {
    Q_OBJECT
public:
    explicit SeminarsScreen(Session& session, QWidget* parent = nullptr);

    // Opens the attendance sheet of a seminar (non-modal; one per seminar).
    AttendanceDialog* openAttendance(const QString& seminarId);

protected:
    std::unique_ptr<RepositoryCommand> deleteCommand(const QString& id) override;
    std::unique_ptr<RepositoryCommand> restoreCommand(const QString& id) override;
    void openRecord(const QString& id) override;
};

} // namespace clusterdesk::ui
