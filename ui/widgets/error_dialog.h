#pragma once

#include <QString>
#include <exception>

class QWidget;

namespace clusterdesk::ui {

// Shows what went wrong in a message box: the action that failed as the title line, the core's message
// (which names the file or record) as the details.
void showError(QWidget* parent, const QString& what, const std::exception& error);
void showError(QWidget* parent, const QString& what, const QString& message);

} // namespace clusterdesk::ui
