#pragma once

#include "domain/audit.h"

#include <QString>
#include <optional>

class QWidget;

namespace clusterdesk::ui {

class Session;

// Asks for a template JSON file and stores it. A template that is not valid is refused with each problem's
// JSON path and reason. Nullopt when nothing was imported (cancelled or refused; the reason was shown).
std::optional<StoredTemplate> askImportTemplate(QWidget* parent, Session& session);
// The same without the file dialog; throws ValidationError (fields are JSON paths) or StorageError.
StoredTemplate importTemplateFile(Session& session, const QString& path);

} // namespace clusterdesk::ui
