#include "storage/attendance_sheet_query.h"

#include "storage/database.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <map>
#include <set>

namespace clusterdesk {

namespace {
// The companies on the sheet: members of an organising cluster, and any company recorded for the seminar.
const char* kSheetCompanies =
    "WITH members AS (SELECT m.company_id FROM membership m JOIN seminar_cluster sc ON sc.cluster_id = "
    "m.cluster_id WHERE sc.seminar_id = :s AND m.deleted_at IS NULL), "
    "recorded AS (SELECT company_id FROM attendance WHERE seminar_id = :s AND deleted_at IS NULL), "
    "sheet AS (SELECT company_id FROM members UNION SELECT company_id FROM recorded) ";
} // namespace

std::vector<AttendanceLine> AttendanceSheetQuery::lines(const std::string& seminarId) const {
    struct CompanyEntry {
        std::string name;
        bool member = false;
        std::map<std::string, std::string> people; // id -> name
    };
    std::map<std::string, CompanyEntry> companies;
    std::vector<std::string> order;

    SQLite::Statement companyQuery(m_db.sql(),
                                   std::string(kSheetCompanies) +
                                       "SELECT c.id, c.name, c.id IN (SELECT company_id FROM members) "
                                       "FROM company c WHERE c.id IN (SELECT company_id FROM sheet) "
                                       "AND c.deleted_at IS NULL ORDER BY c.name COLLATE NOCASE, c.id");
    companyQuery.bind(":s", seminarId);
    while (companyQuery.executeStep()) {
        std::string id = companyQuery.getColumn(0).getString();
        order.push_back(id);
        companies[id] = {companyQuery.getColumn(1).getString(), companyQuery.getColumn(2).getInt() != 0, {}};
    }

    SQLite::Statement peopleQuery(m_db.sql(), std::string(kSheetCompanies) +
                                                  "SELECT p.id, p.name, p.employer_company_id FROM person p "
                                                  "WHERE p.deleted_at IS NULL AND p.employer_company_id IN "
                                                  "(SELECT company_id FROM sheet)");
    peopleQuery.bind(":s", seminarId);
    while (peopleQuery.executeStep()) {
        auto it = companies.find(peopleQuery.getColumn(2).getString());
        if (it != companies.end())
            it->second.people[peopleQuery.getColumn(0).getString()] = peopleQuery.getColumn(1).getString();
    }

    // Records: (company, person) -> record. A person may attend for a company that does not employ them.
    std::map<std::pair<std::string, std::string>, std::pair<std::string, AttendanceStatus>> records;
    SQLite::Statement recordQuery(
        m_db.sql(), "SELECT a.id, a.company_id, a.person_id, a.status, p.name FROM attendance a "
                    "LEFT JOIN person p ON p.id = a.person_id AND p.deleted_at IS NULL "
                    "WHERE a.seminar_id = ? AND a.deleted_at IS NULL ORDER BY a.created_at");
    recordQuery.bind(1, seminarId);
    while (recordQuery.executeStep()) {
        std::string companyId = recordQuery.getColumn(1).getString();
        std::string personId = recordQuery.getColumn(2).getString();
        auto company = companies.find(companyId);
        if (company == companies.end())
            continue; // the company was deleted
        if (!personId.empty()) {
            if (recordQuery.getColumn(4).isNull())
                continue; // the person was deleted
            company->second.people[personId] = recordQuery.getColumn(4).getString();
        }
        auto status = fromCode<AttendanceStatus>(recordQuery.getColumn(3).getString());
        records.emplace(
            std::pair{companyId, personId},
            std::pair{recordQuery.getColumn(0).getString(), status.value_or(AttendanceStatus::Registered)});
    }

    std::vector<AttendanceLine> lines;
    auto addLine = [&](const std::string& companyId, const CompanyEntry& company, const std::string& personId,
                       const std::string& personName) {
        AttendanceLine line{companyId, company.name, personId, personName, {}, std::nullopt, company.member};
        if (auto r = records.find({companyId, personId}); r != records.end()) {
            line.attendanceId = r->second.first;
            line.status = r->second.second;
        }
        lines.push_back(std::move(line));
    };
    for (const auto& companyId : order) {
        const CompanyEntry& company = companies[companyId];
        addLine(companyId, company, {}, {});
        std::vector<std::pair<std::string, std::string>> people(company.people.begin(), company.people.end());
        std::sort(people.begin(), people.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second < b.second : a.first < b.first;
        });
        for (const auto& [personId, personName] : people)
            addLine(companyId, company, personId, personName);
    }
    return lines;
}

AttendanceCounts AttendanceSheetQuery::count(const std::vector<AttendanceLine>& lines) {
    AttendanceCounts counts;
    std::set<std::string> companies;
    std::set<std::string> people;
    for (const auto& line : lines) {
        if (line.status == AttendanceStatus::Attended) {
            companies.insert(line.companyId);
            if (!line.personId.empty())
                people.insert(line.personId);
        } else if (line.status == AttendanceStatus::Registered) {
            ++counts.registered;
        }
    }
    counts.companies = static_cast<int>(companies.size());
    counts.people = static_cast<int>(people.size());
    return counts;
}

} // namespace clusterdesk
