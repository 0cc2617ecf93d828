#pragma once

#include "domain/validation.h"
#include "storage/entity_mapping.h"

namespace clusterdesk {

template <> const EntityMapping<Cluster>& mappingOf<Cluster>();
template <> const EntityMapping<ExcellenceLabel>& mappingOf<ExcellenceLabel>();
template <> const EntityMapping<Company>& mappingOf<Company>();
template <> const EntityMapping<Membership>& mappingOf<Membership>();
template <> const EntityMapping<Person>& mappingOf<Person>();
template <> const EntityMapping<Seminar>& mappingOf<Seminar>();
template <> const EntityMapping<Attendance>& mappingOf<Attendance>();
template <> const EntityMapping<Visit>& mappingOf<Visit>();
template <> const EntityMapping<Recommendation>& mappingOf<Recommendation>();
template <> const EntityMapping<SupportMeasure>& mappingOf<SupportMeasure>();
template <> const EntityMapping<Effort>& mappingOf<Effort>();
template <> const EntityMapping<PartnershipAgreement>& mappingOf<PartnershipAgreement>();
template <> const EntityMapping<FundingApplication>& mappingOf<FundingApplication>();
template <> const EntityMapping<Certification>& mappingOf<Certification>();
template <> const EntityMapping<FollowUp>& mappingOf<FollowUp>();
template <> const EntityMapping<ContactAttempt>& mappingOf<ContactAttempt>();

} // namespace clusterdesk
