#pragma once

#include "domain/cluster.h"
#include "domain/company.h"
#include "domain/effort.h"
#include "domain/error.h"
#include "domain/follow_up.h"
#include "domain/outcome.h"
#include "domain/person.h"
#include "domain/seminar.h"
#include "domain/support_measure.h"
#include "domain/visit.h"

#include <vector>

namespace clusterdesk {

// The rules a record must satisfy on its own, whatever else is stored. Field names are the storage
// column names, so a front end can put each message beside its field. Empty when the record is fine.
std::vector<FieldError> validate(const Cluster& c);
std::vector<FieldError> validate(const ExcellenceLabel& l);
std::vector<FieldError> validate(const Company& c);
std::vector<FieldError> validate(const Membership& m);
std::vector<FieldError> validate(const Person& p);
std::vector<FieldError> validate(const Seminar& s);
std::vector<FieldError> validate(const Attendance& a);
std::vector<FieldError> validate(const Visit& v);
std::vector<FieldError> validate(const Recommendation& r);
std::vector<FieldError> validate(const SupportMeasure& m);
std::vector<FieldError> validate(const Effort& e);
std::vector<FieldError> validate(const PartnershipAgreement& a);
std::vector<FieldError> validate(const FundingApplication& f);
std::vector<FieldError> validate(const Certification& c);
std::vector<FieldError> validate(const FollowUp& f);
std::vector<FieldError> validate(const ContactAttempt& a);

// Throws ValidationError listing every problem when there is any.
template <class T> void ensureValid(const T& record) {
    auto errors = validate(record);
    if (!errors.empty())
        throw ValidationError(std::move(errors));
}

// Single-field checks the front end also runs while the user types.
std::string emailProblem(const std::string& email);
std::string websiteProblem(const std::string& website);

} // namespace clusterdesk
