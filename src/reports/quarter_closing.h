#pragma once

#include "domain/date.h"
#include "reports/quarterly_report.h"
#include "storage/closed_quarters.h"

#include <QByteArray>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// The rules of closing a quarter, in one place for the CLI and the desktop app: only a whole quarter,
// only from the day after it ends, and only once (a sent report stays as sent). Returns why `period`
// cannot be closed on `today`, or nullopt when it can.
std::optional<std::string> quarterClosingRefusal(Database& db, const Period& period, const Date& today);

// Closing a quarter, for the CLI and the desktop app alike. Refuses (ValidationError naming "quarter",
// with the reason of quarterClosingRefusal); renders the all-clusters PDF, hands it to `send` (which
// saves it where the user chose, and throws when it cannot), then stores the figures as sent with the
// PDF's SHA-256. Needs a QGuiApplication.
ClosedQuarter closeQuarter(Database& db, const Period& quarter, const Date& today,
                           const std::function<void(const QByteArray& pdf)>& send);

// Every closed quarter, oldest first, with the figures (all clusters) that differ today from what was
// sent: what the dashboard warns about and `quarter list` prints.
std::vector<SentComparison> compareClosedQuarters(Database& db, const Date& today);

} // namespace clusterdesk
