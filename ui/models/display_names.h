#pragma once

#include <QString>
#include <string>

namespace clusterdesk::ui {

// What users read for the stored codes of the domain's enums, translated. Unknown codes show as stored.
QString sizeClassName(const std::string& code);
QString labelLevelName(const std::string& code);
QString attendanceStatusName(const std::string& code);
QString priorityName(const std::string& code);
QString recommendationStatusName(const std::string& code);
QString measureStatusName(const std::string& code);
QString followUpStatusName(const std::string& code);
QString fundingStatusName(const std::string& code);
QString staffRoleName(const std::string& code);
QString employerKindName(const std::string& code);
QString funnelStageName(const std::string& code);
QString outcomeKindName(const std::string& code);
// The label of a company field (storage column name) in the change history.
QString companyFieldName(const std::string& column);

} // namespace clusterdesk::ui
