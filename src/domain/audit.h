#pragma once

#include "domain/enum_names.h"
#include "domain/error.h"
#include "domain/record.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk {

enum class AuditStatus { Draft, Completed };
CLUSTERDESK_ENUM_NAMES(AuditStatus, {AuditStatus::Draft, "draft"}, {AuditStatus::Completed, "completed"});

// One filled-in (or being filled-in) audit form. It keeps the template version it was started with, so
// a newer version of the template never changes how old answers read or score.
struct Audit : Record {
    std::string templateId;
    int templateVersion = 1;
    std::string visitId;   // technology audit, business review (phase 2) ...
    std::string measureId; // ... or innovation audit, eco-innovation audit, competence mapping (phase 3)
    std::string companyId;
    AuditStatus status = AuditStatus::Draft;
    std::string completedAt;  // ISO 8601 UTC, set while completed
    std::string reopenReason; // while reopened; the change log keeps every reason given
    // The results as they stood at completion, kept for peer comparison: overall percentage and a JSON
    // object of section id -> percentage. Empty while a draft.
    std::optional<double> overallPercent;
    std::string sectionPercents;
};

// One answer, saved on its own as soon as it is given. Its id is "audit_id/question_id" (answerId()), so
// the same question answered on two replicas offline is one record, and the two answers meet as a
// conflict when they exchange packages instead of as two answers to one question.
struct AuditAnswer : Record {
    std::string auditId;
    std::string questionId;
    std::string value; // see audit_answer.h; empty when the answer was cleared
};

// Its id is "audit_id/section_id" (noteId()), for the same reason as an answer's.
struct AuditSectionNote : Record {
    std::string auditId;
    std::string sectionId;
    std::string text;
};

std::string answerId(const std::string& auditId, const std::string& questionId);
std::string noteId(const std::string& auditId, const std::string& sectionId);

// A template as the database keeps it: the JSON text exactly as imported, never replaced. Its id is
// "template_id@version" on every replica, so the same version imported twice is the same record.
struct StoredTemplate : Record {
    std::string templateId;
    int version = 1;
    std::string title;
    std::string kind;
    std::string language;
    std::string origin = "imported"; // or "bundled"
    std::string body;
};

// Which companies an audit is compared with: those sharing a cluster, a NACE section or a size class with
// the audited company.
enum class PeerGroup { Cluster, NaceSection, SizeClass };
CLUSTERDESK_ENUM_NAMES(PeerGroup, {PeerGroup::Cluster, "cluster"}, {PeerGroup::NaceSection, "nace_section"},
                       {PeerGroup::SizeClass, "size_class"});

// Averages over fewer companies would let a reader work out another company's answers.
inline constexpr int kMinPeerGroupSize = 3;

// The average results of the latest completed audit (same template and version) of each similar company,
// the audited company left out.
struct PeerComparison {
    PeerGroup group = PeerGroup::Cluster;
    int companies = 0;                      // size of the group
    std::optional<double> overall;          // none when the group is under kMinPeerGroupSize
    std::map<std::string, double> sections; // section id -> average percent; empty when under the minimum

    bool shown() const { return companies >= kMinPeerGroupSize; }
};

std::vector<FieldError> validate(const Audit& a);
std::vector<FieldError> validate(const AuditAnswer& a);
std::vector<FieldError> validate(const AuditSectionNote& n);
std::vector<FieldError> validate(const StoredTemplate& t);

} // namespace clusterdesk
