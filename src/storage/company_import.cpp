#include "storage/company_import.h"

#include "domain/text.h"
#include "storage/write_transaction.h"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>

namespace clusterdesk {

namespace {
// The region catalogue, so a file may say "RO12", "Centru" or "bucuresti ilfov".
class RegionResolver {
public:
    explicit RegionResolver(Database& db) {
        SQLite::Statement query(db.sql(), "SELECT code, name FROM nuts2_region ORDER BY code");
        while (query.executeStep())
            m_regions.push_back({query.getColumn(0).getString(), query.getColumn(1).getString()});
    }

    std::optional<std::string> code(const std::string& written) const {
        for (const auto& [code, name] : m_regions)
            if (written == code || columnKey(written) == columnKey(name))
                return code;
        return std::nullopt;
    }

    std::string problem(const std::string& written) const {
        std::string known;
        for (const auto& [code, name] : m_regions)
            known += (known.empty() ? "" : ", ") + code + " " + name;
        return "'" + written +
               "' is not a Romanian development region; write its NUTS 2 code or name: " + known;
    }

private:
    std::vector<std::pair<std::string, std::string>> m_regions;
};

// The stored company with the cells the file fills in.
Company merged(Company stored, const Company& file) {
    stored.name = file.name;
    if (file.fiscalCode)
        stored.fiscalCode = file.fiscalCode;
    if (!file.naceCode.empty() && file.naceCode != stored.naceCode) {
        stored.naceCode = file.naceCode;
        stored.naceVersion = file.naceVersion;
    }
    if (file.headcount)
        stored.headcount = file.headcount;
    if (file.turnoverEur)
        stored.turnoverEur = file.turnoverEur;
    if (file.balanceSheetEur)
        stored.balanceSheetEur = file.balanceSheetEur;
    for (auto member : {&Company::region, &Company::city, &Company::address, &Company::website,
                        &Company::email, &Company::phone})
        if (!(file.*member).empty())
            stored.*member = file.*member;
    return stored;
}

// A membership that is not deleted and has not ended before today.
bool isCurrentMember(Repository& repo, const std::string& companyId, const std::string& clusterId) {
    std::string today = repo.database().now().substr(0, 10);
    return !repo.memberships()
                .where("company_id = ? AND cluster_id = ? AND (until IS NULL OR until >= ?)",
                       {Value{companyId}, Value{clusterId}, Value{today}})
                .empty();
}

void storeRow(Repository& repo, const CompanyImportRow& row, const std::string& clusterId,
              ImportResult& result) {
    std::optional<Company> stored;
    if (row.company.fiscalCode) {
        stored = repo.companyByFiscalCode(*row.company.fiscalCode);
    } else {
        // Without a fiscal code the name is all there is: re-importing the same sheet must not duplicate
        // companies, but a name shared by several companies is too weak to pick one.
        auto sameName = repo.companies().where("fiscal_code IS NULL AND name = ? COLLATE NOCASE",
                                               {Value{row.company.name}});
        if (sameName.size() > 1)
            throw ValidationError("name", std::to_string(sameName.size()) +
                                              " companies without a fiscal code are "
                                              "named '" +
                                              row.company.name + "'; add the fiscal code to this row");
        if (!sameName.empty())
            stored = sameName.front();
    }
    std::string companyId;
    if (stored) {
        companyId = stored->id;
        if (repo.companies().update(merged(*stored, row.company)))
            ++result.updated;
        else
            ++result.unchanged;
    } else {
        companyId = repo.companies().insert(row.company).id;
        ++result.created;
    }
    if (!clusterId.empty() && !isCurrentMember(repo, companyId, clusterId)) {
        Membership membership;
        membership.companyId = companyId;
        membership.clusterId = clusterId;
        repo.memberships().insert(membership);
        ++result.joined;
    }
}
} // namespace

ImportResult importCompanies(Repository& repo, const ParsedCompanies& parsed, const std::string& clusterId,
                             bool dryRun) {
    Database& db = repo.database();
    if (!clusterId.empty() && !repo.clusters().find(clusterId))
        throw NotFoundError("there is no cluster with id " + clusterId + " (was it deleted?)");

    ImportResult result;
    result.problems = parsed.problems;
    try {
        RegionResolver regions(db);
        // Rows are stored even when the parser found problems, so storage's own objections are reported
        // in the same pass; the transaction is then rolled back.
        WriteTransaction tx(db);
        for (const auto& row : parsed.rows) {
            CompanyImportRow resolved = row;
            if (!row.company.region.empty()) {
                auto code = regions.code(row.company.region);
                if (!code) {
                    result.problems.push_back({row.line, "region", regions.problem(row.company.region)});
                    continue;
                }
                resolved.company.region = *code;
            }
            try {
                storeRow(repo, resolved, clusterId, result);
            } catch (const ValidationError& e) {
                for (const auto& error : e.errors())
                    result.problems.push_back({row.line, error.field, error.message});
            }
        }
        std::stable_sort(result.problems.begin(), result.problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
        if (result.problems.empty() && !dryRun) {
            tx.commit();
            result.written = true;
        }
    } catch (const SQLite::Exception& e) {
        throw StorageError(db.path() + ": the import could not be written (" + e.what() +
                           "); nothing was imported");
    }
    return result;
}

} // namespace clusterdesk
