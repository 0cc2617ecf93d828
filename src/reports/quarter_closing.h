#pragma once

#include "domain/date.h"
#include "storage/closed_quarters.h"

#include <QByteArray>
#include <functional>
#include <string>

namespace clusterdesk {

class Database;

// Closing a quarter, for the CLI and the desktop app alike. Refuses (ValidationError naming "quarter") a
// quarter that has not ended on `today` or that is closed already; renders the all-clusters PDF, hands
// it to `send` (which saves it where the user chose, and throws when it cannot), then stores the figures
// as sent with the PDF's SHA-256. Needs a QGuiApplication.
ClosedQuarter closeQuarter(Database& db, const Period& quarter, const Date& today,
                           const std::function<void(const QByteArray& pdf)>& send);

} // namespace clusterdesk
