#pragma once

#include <QString>
#include <optional>
#include <string>

namespace clusterdesk::ui {

// How the exchange dialogs show what the core keeps as text: times (ISO 8601 UTC) in local time, values
// of the change log's text form, with words for "no value".
QString exchangeTime(const std::string& isoUtc);
QString fieldValueText(const std::string& field, const std::optional<std::string>& value);
QString qs(const std::string& text);

} // namespace clusterdesk::ui
