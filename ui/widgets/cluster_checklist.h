#pragma once

#include <QListWidget>
#include <string>
#include <vector>

namespace clusterdesk::ui {

class Session;

// The live clusters as a list of tick boxes (a seminar's organisers, ...).
class ClusterChecklist : public QListWidget {
    Q_OBJECT
public:
    explicit ClusterChecklist(Session& session, QWidget* parent = nullptr);

    void setCheckedIds(const std::vector<std::string>& ids);
    std::vector<std::string> checkedIds() const;

signals:
    void edited();
};

} // namespace clusterdesk::ui
