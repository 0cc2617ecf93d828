#pragma once

#include "domain/date.h"
#include "domain/enum_names.h"
#include "domain/record.h"

#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

// Measure kinds are catalogue codes (resources/catalogues/measure-kinds.csv).
namespace measure_kind {
inline constexpr const char* kCompetenceMapping = "competence_mapping";
inline constexpr const char* kProjectGenerationSeminar = "project_generation_seminar";
inline constexpr const char* kInnovationAudit = "innovation_audit";
inline constexpr const char* kEcoInnovationAudit = "eco_innovation_audit";
inline constexpr const char* kCertificationSupport = "certification_support";
inline constexpr const char* kExportReadinessSeminar = "export_readiness_seminar";
inline constexpr const char* kMarketStudy = "market_study";
inline constexpr const char* kOther = "other";
} // namespace measure_kind

enum class MeasureStatus { Planned, InProgress, Done, Cancelled };
CLUSTERDESK_ENUM_NAMES(MeasureStatus, {MeasureStatus::Planned, "planned"},
                       {MeasureStatus::InProgress, "in_progress"}, {MeasureStatus::Done, "done"},
                       {MeasureStatus::Cancelled, "cancelled"});

// Phase 3 of the funnel: enhanced support for selected companies.
struct SupportMeasure : Record {
    std::string clusterId;
    std::string kind = measure_kind::kOther;
    std::string title;
    Date startDate;
    std::optional<Date> endDate;
    MeasureStatus status = MeasureStatus::Planned;
    std::string outcomeNotes;
    std::vector<std::string> companyIds;
};

} // namespace clusterdesk
