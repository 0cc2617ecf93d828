#include "storage/closed_quarters.h"

#include "domain/error.h"
#include "storage/database.h"
#include "storage/write_transaction.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
const char* const kColumns =
    "quarter, period_from, period_to, closed_at, closed_by, figures_json, pdf_sha256";

ClosedQuarter readRow(SQLite::Statement& row) {
    ClosedQuarter q;
    q.quarter = row.getColumn(0).getString();
    q.period = {Date::parse(row.getColumn(1).getString()).value_or(Date{}),
                Date::parse(row.getColumn(2).getString()).value_or(Date{})};
    q.closedAt = row.getColumn(3).getString();
    q.closedBy = row.getColumn(4).getString();
    q.figuresJson = row.getColumn(5).getString();
    q.pdfSha256 = row.getColumn(6).getString();
    return q;
}
} // namespace

void storeClosedQuarter(Database& db, const ClosedQuarter& closed) {
    WriteTransaction tx(db);
    if (auto existing = findClosedQuarter(db, closed.quarter))
        throw ValidationError("quarter", closed.quarter + " was closed on " +
                                             existing->closedAt.substr(0, 10) + " by " + existing->closedBy +
                                             "; a closed quarter stays as it was sent");
    SQLite::Statement insert(db.sql(), std::string("INSERT INTO closed_quarter (") + kColumns +
                                           ") VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, closed.quarter);
    insert.bind(2, closed.period.from.toString());
    insert.bind(3, closed.period.to.toString());
    insert.bind(4, closed.closedAt);
    insert.bind(5, closed.closedBy);
    insert.bind(6, closed.figuresJson);
    insert.bind(7, closed.pdfSha256);
    insert.exec();
    SQLite::Statement log(db.sql(), "INSERT INTO change_log (entity, record_id, field, old_value, new_value, "
                                    "changed_at, changed_by, replica_id) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)");
    log.bind(1, "closed_quarter");
    log.bind(2, closed.quarter);
    log.bind(3, "pdf_sha256");
    log.bind(4, closed.pdfSha256);
    log.bind(5, closed.closedAt);
    log.bind(6, closed.closedBy);
    log.bind(7, db.replicaId());
    log.exec();
    tx.commit();
}

std::optional<ClosedQuarter> findClosedQuarter(Database& db, const std::string& quarter) {
    SQLite::Statement query(db.sql(),
                            std::string("SELECT ") + kColumns + " FROM closed_quarter WHERE quarter = ?");
    query.bind(1, quarter);
    if (!query.executeStep())
        return std::nullopt;
    return readRow(query);
}

std::vector<ClosedQuarter> closedQuarters(Database& db) {
    SQLite::Statement query(db.sql(),
                            std::string("SELECT ") + kColumns + " FROM closed_quarter ORDER BY period_from");
    std::vector<ClosedQuarter> all;
    while (query.executeStep())
        all.push_back(readRow(query));
    return all;
}

} // namespace clusterdesk
