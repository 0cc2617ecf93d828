#pragma once

#include "domain/date.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// A quarter whose output summary was sent to funders: the figures as sent are frozen, so that a later
// edit that changes them can be shown instead of silently rewriting what was reported.
struct ClosedQuarter {
    std::string quarter; // "2016-Q3"
    Period period;
    std::string closedAt; // ISO 8601 UTC
    std::string closedBy;
    std::string figuresJson; // the all-clusters summary as sent (reports' toJson)
    std::string pdfSha256;   // hex fingerprint of the PDF that was sent
};

// Stores a closed quarter and writes it to the change log, in one transaction. ValidationError when the
// quarter is closed already (a sent report stays as sent).
void storeClosedQuarter(Database& db, const ClosedQuarter& closed);

std::optional<ClosedQuarter> findClosedQuarter(Database& db, const std::string& quarter);
std::vector<ClosedQuarter> closedQuarters(Database& db); // oldest first

} // namespace clusterdesk
