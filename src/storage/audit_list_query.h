#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clusterdesk {

class Database;

// One line of the audits list: whose audit, with which form, where it was done and how far it got.
struct AuditRow {
    std::string id;
    std::string companyId;
    std::string company;
    std::string templateId;
    int templateVersion = 1;
    std::string templateTitle;
    std::string kindName;  // audit kind catalogue name
    std::string visitId;   // set for an audit done during a visit ...
    std::string measureId; // ... or for one done as a support measure
    std::string clusterId; // the visit's or the measure's cluster
    std::string clusterName;
    std::string date;        // the visit's date or the measure's start date
    std::string measureName; // the measure's title, or its kind's name when untitled
    std::string status;      // "draft" or "completed"
    std::string completedAt;
    std::string updatedAt;
    int answers = 0; // questions answered
    std::optional<double> overallPercent;
};

// What a new audit can belong to: one of the company's visits or one of the support measures it takes
// part in.
struct AuditTarget {
    bool isVisit = true;
    std::string id;
    std::string date; // visit date, or the measure's start date
    std::string clusterId;
    std::string clusterName;
    std::string kind;     // the visit's audit kind or the measure's kind (catalogue codes)
    std::string kindName; // their catalogue names
    std::string title;    // the measure's title; empty for a visit
};

// The newest version of each stored template, with the phase its audit kind belongs to (2: done during a
// visit, 3: a support measure).
struct TemplateChoice {
    std::string templateId;
    int version = 1;
    std::string title;
    std::string kind;
    std::string kindName;
    int phase = 0;
    std::string origin; // "bundled" or "imported"
};

// The reads of the audit screens besides the form itself (AuditStore::load). Deleted records are left out.
class AuditListQuery {
public:
    explicit AuditListQuery(Database& db)
        : m_db(db) {}

    // Every audit of a live company, the latest change first.
    std::vector<AuditRow> rows() const;
    std::optional<AuditRow> row(const std::string& auditId) const;
    // The company's audits for its page, by the date of their visit or measure, newest first.
    std::vector<AuditRow> ofCompany(const std::string& companyId) const;
    // The company's audits done during this visit or support measure, the latest change first.
    std::vector<AuditRow> ofOwner(const std::string& visitOrMeasureId, const std::string& companyId) const;

    // The company's visits, newest first, then the measures it takes part in, newest first.
    std::vector<AuditTarget> targetsOf(const std::string& companyId) const;
    // The company's latest visit with this cluster: where a recommendation from a support-measure audit
    // is kept, since recommendations belong to visits.
    std::optional<AuditTarget> latestVisit(const std::string& companyId, const std::string& clusterId) const;
    std::vector<TemplateChoice> templates() const;
    // The live recommendations of a visit as (text, instrument code), to tell which suggestions were
    // already taken up.
    std::vector<std::pair<std::string, std::string>> recommendationsOf(const std::string& visitId) const;

private:
    std::vector<AuditRow> select(const std::string& condition, const std::vector<std::string>& binds,
                                 const std::string& order = "a.updated_at DESC") const;
    Database& m_db;
};

} // namespace clusterdesk
