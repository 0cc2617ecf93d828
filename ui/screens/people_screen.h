#pragma once

#include "domain/person.h"
#include "screens/record_list_screen.h"

namespace clusterdesk::ui {

class PeopleScreen : public RecordListScreen<Person> {
    Q_OBJECT
public:
    explicit PeopleScreen(Session& session, QWidget* parent = nullptr);
};

} // namespace clusterdesk::ui
