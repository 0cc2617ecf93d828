#pragma once

#include "domain/date.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// The figures of the output summary (outputs, resources, outcomes, follow-up) for one period and one
// cluster or all. Computed by storage in SQL; rendered by reports. Plain data, no behaviour.
struct FollowUpFigures {
    int open = 0;    // due in the period and still open
    int overdue = 0; // of those, due before the reference date
    int done = 0;
    int contactAttempts = 0;
    int answered = 0;
    std::optional<double> responseRate; // answered / attempts; none when nobody was contacted
};

struct FunnelFigures {
    int informed = 0; // reached at least "informed" by the end of the period
    int visited = 0;
    int enhanced = 0;
};

struct OutputFigures {
    int seminars = 0;
    int seminarCompanies = 0;    // distinct companies that attended
    int seminarParticipants = 0; // distinct people that attended
    int visits = 0;
    std::map<std::string, int> audits; // audit-kind code -> count, from visits and support measures
    int recommendations = 0;
    std::map<std::string, int> recommendationsByInstrument;
    std::map<std::string, int> recommendationsByStatus;
    std::map<std::string, int> supportMeasures; // measure-kind code -> count
    double expertDays = 0;
    double costEur = 0;
    std::map<int, double> expertDaysByPhase;
    std::map<int, double> costEurByPhase;
    int agreements = 0;
    int fundingApplications = 0;
    std::map<std::string, int> fundingByStatus;
    double fundingRequestedEur = 0;
    int certifications = 0;
    FollowUpFigures followUps;
    FunnelFigures funnel;
};

struct ClusterOutput {
    std::string id;
    std::string name;
    std::string label;        // level of the label valid at the end of the period, or ""
    std::string labelExpires; // its expiry date, or ""
    std::optional<double> budgetDays;
    std::optional<double> budgetEur;
    OutputFigures figures;
};

struct OutputSummary {
    Period period;
    Date referenceDate; // "overdue" is judged on this day: the day after the period, or today if earlier
    Date generatedOn;
    OutputFigures totals;
    std::vector<ClusterOutput> clusters;
    // Catalogue code -> name (audit kinds, measure kinds, instruments), for labelling the map figures.
    std::map<std::string, std::string> catalogueNames;
};

} // namespace clusterdesk
