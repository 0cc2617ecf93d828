#include "storage/integrity_check.h"

#include "storage/repository.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
template <class T> void checkRecords(EntityStore<T>& store, std::vector<IntegrityProblem>& problems) {
    for (const T& record : store.all())
        for (const auto& error : validate(record))
            problems.push_back({store.schema().label + " " + record.id, error.field + ": " + error.message});
}

// A live record that refers to a tombstone would show a deleted company or seminar as if it existed.
void checkLiveReferences(Database& db, const TableSchema& schema, std::vector<IntegrityProblem>& problems) {
    static const std::vector<std::string> catalogues{"nuts2_region", "nace_section", "audit_kind",
                                                     "measure_kind", "instrument"};
    for (const auto& column : schema.columns) {
        if (column.references.empty() ||
            std::find(catalogues.begin(), catalogues.end(), column.references) != catalogues.end())
            continue;
        SQLite::Statement query(db.sql(), "SELECT t.id, t." + column.name + " FROM " + schema.table +
                                              " t JOIN " + column.references + " r ON r.id = t." +
                                              column.name +
                                              " WHERE t.deleted_at IS NULL AND r.deleted_at IS NOT NULL");
        while (query.executeStep())
            problems.push_back({schema.label + " " + query.getColumn(0).getString(),
                                column.name + ": refers to the deleted " + column.references + " " +
                                    query.getColumn(1).getString()});
    }
}

template <class T>
void checkStore(Database& db, EntityStore<T>& store, std::vector<IntegrityProblem>& problems) {
    checkRecords(store, problems);
    checkLiveReferences(db, store.schema(), problems);
}
} // namespace

std::vector<IntegrityProblem> checkIntegrity(Database& db) {
    std::vector<IntegrityProblem> problems;
    {
        SQLite::Statement query(db.sql(), "PRAGMA integrity_check");
        while (query.executeStep()) {
            std::string result = query.getColumn(0).getString();
            if (result != "ok")
                problems.push_back({"database", "integrity check: " + result});
        }
    }
    {
        SQLite::Statement query(db.sql(), "PRAGMA foreign_key_check");
        while (query.executeStep())
            problems.push_back({query.getColumn(0).getString() + " row " + query.getColumn(1).getString(),
                                "refers to a missing row of " + query.getColumn(2).getString()});
    }
    if (!problems.empty())
        return problems; // a damaged file makes the record checks meaningless

    Repository repo(db);
    checkStore(db, repo.clusters(), problems);
    checkStore(db, repo.labels(), problems);
    checkStore(db, repo.companies(), problems);
    checkStore(db, repo.memberships(), problems);
    checkStore(db, repo.people(), problems);
    checkStore(db, repo.seminars(), problems);
    checkStore(db, repo.attendance(), problems);
    checkStore(db, repo.visits(), problems);
    checkStore(db, repo.recommendations(), problems);
    checkStore(db, repo.measures(), problems);
    checkStore(db, repo.effort(), problems);
    checkStore(db, repo.agreements(), problems);
    checkStore(db, repo.fundingApplications(), problems);
    checkStore(db, repo.certifications(), problems);
    checkStore(db, repo.followUps(), problems);
    checkStore(db, repo.contactAttempts(), problems);

    // size_class is stored for queries; it must match the EU rule applied to the stored figures.
    for (const Company& c : repo.companies().all()) {
        SQLite::Statement query(db.sql(), "SELECT size_class FROM company WHERE id = ?");
        query.bind(1, c.id);
        if (query.executeStep() && query.getColumn(0).getString() != toString(c.sizeClass()))
            problems.push_back({"company " + c.id, "size_class: stored '" + query.getColumn(0).getString() +
                                                       "' but the figures make it '" +
                                                       toString(c.sizeClass()) + "'"});
    }
    return problems;
}

} // namespace clusterdesk
