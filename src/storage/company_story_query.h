#pragma once

#include "domain/funnel.h"

#include <string>
#include <vector>

namespace clusterdesk {

class Database;

// A cluster the company belongs to or was supported by, and how far it got in that cluster's funnel.
struct CompanyClusterStage {
    std::string clusterId;
    std::string clusterName;
    std::string memberSince; // "" when not a member (or not given)
    bool member = false;
    FunnelFacts facts;
    FunnelStage stage = FunnelStage::None;
};

// Something that happened to the company, for its timeline.
struct TimelineEvent {
    enum class Kind {
        Membership,
        Seminar,
        Visit,
        Recommendation,
        SupportMeasure,
        FollowUp,
        ContactAttempt,
        FundingApplication,
        Certification,
        Audit
    };
    std::string date; // YYYY-MM-DD
    Kind kind = Kind::Seminar;
    std::string title;   // what happened, with the names it needs: the seminar's title, the audit kind, ...
    std::string status;  // the record's status code (attended, in_progress, ...), or ""
    std::string detail;  // findings, instrument, due date, note
    std::string cluster; // the cluster's name, or ""
};

// Everything the company page shows about one company: its clusters with the funnel stage reached in
// each, and the timeline of what happened to it, newest first. Deleted records are left out.
class CompanyStoryQuery {
public:
    explicit CompanyStoryQuery(Database& db)
        : m_db(db) {}

    std::vector<CompanyClusterStage> clusters(const std::string& companyId) const;
    std::vector<TimelineEvent> timeline(const std::string& companyId) const;

private:
    Database& m_db;
};

} // namespace clusterdesk
