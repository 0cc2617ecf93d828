#pragma once

#include "storage/repository.h"

#include <string>
#include <vector>

namespace clusterdesk::test {

// Short ways to store the records report tests need, through the Repository (validated, logged), with
// only the fields a figure depends on. Each returns the stored record's id.
class RecordBuilder {
public:
    explicit RecordBuilder(Repository& repo)
        : m_repo(repo) {}

    std::string cluster(const std::string& name, double budgetDays = 20, double budgetEur = 20000);
    std::string label(const std::string& clusterId, LabelLevel level, const std::string& awarded,
                      const std::string& expires);
    std::string company(const std::string& name);
    std::string person(const std::string& name, double dayRate = 0);
    std::string seminar(const std::string& date, const std::vector<std::string>& clusterIds);
    std::string attend(const std::string& seminarId, const std::string& companyId,
                       const std::string& personId = {},
                       AttendanceStatus status = AttendanceStatus::Attended);
    std::string visit(const std::string& clusterId, const std::string& companyId, const std::string& date,
                      const std::string& auditKind = "business_review");
    std::string recommendation(const std::string& visitId, const std::string& instrument = {},
                               RecommendationStatus status = RecommendationStatus::Proposed);
    std::string measure(const std::string& clusterId, const std::string& kind, const std::string& startDate,
                        const std::vector<std::string>& companyIds);
    std::string effort(const std::string& personId, const std::string& clusterId, int phase,
                       const std::string& date, double days, double dayRate);
    std::string agreement(const std::string& clusterId, const std::string& date);
    std::string funding(const std::string& clusterId, const std::string& instrument, const std::string& date,
                        FundingStatus status, double amount);
    std::string certification(const std::string& clusterId, const std::string& companyId,
                              const std::string& date);
    std::string followUp(const std::string& clusterId, const std::string& companyId, const std::string& due,
                         FollowUpStatus status = FollowUpStatus::Open);
    std::string contact(const std::string& followUpId, const std::string& date, bool answered);

private:
    Repository& m_repo;
};

Date day(const std::string& text);

} // namespace clusterdesk::test
