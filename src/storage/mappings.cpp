// How every entity of the domain maps to its table. Column names are also the field names the change
// log and validation messages use.
#include "storage/mappings.h"

#include "domain/validation.h"

namespace clusterdesk {

template <> const EntityMapping<Cluster>& mappingOf<Cluster>() {
    static const auto m = MappingBuilder<Cluster>("cluster", "cluster")
                              .field("name", &Cluster::name)
                              .field("sector", &Cluster::sector)
                              .field("region", &Cluster::region, "nuts2_region")
                              .field("organisation", &Cluster::organisation)
                              .field("budget_days", &Cluster::budgetDays)
                              .field("budget_eur", &Cluster::budgetEur)
                              .field("notes", &Cluster::notes)
                              .build();
    return m;
}

template <> const EntityMapping<ExcellenceLabel>& mappingOf<ExcellenceLabel>() {
    static const auto m = MappingBuilder<ExcellenceLabel>("excellence_label", "excellence label")
                              .field("cluster_id", &ExcellenceLabel::clusterId, "cluster")
                              .field("level", &ExcellenceLabel::level)
                              .field("awarded", &ExcellenceLabel::awarded)
                              .field("expires", &ExcellenceLabel::expires)
                              .build();
    return m;
}

template <> const EntityMapping<Company>& mappingOf<Company>() {
    static const auto m =
        MappingBuilder<Company>("company", "company")
            .field("name", &Company::name)
            .custom(
                {"fiscal_code", {}, false, true},
                [](const Company& c) { return c.fiscalCode ? Value{c.fiscalCode->digits} : Value{}; },
                [](Company& c, const Value& v) {
                    auto digits = ValueTraits<std::string>::from(v);
                    c.fiscalCode =
                        digits.empty() ? std::nullopt : std::optional<FiscalCode>(FiscalCode{digits, false});
                })
            .custom(
                {"vat_registered", {}, false, false},
                [](const Company& c) {
                    return ValueTraits<bool>::to(c.fiscalCode && c.fiscalCode->vatRegistered);
                },
                [](Company& c, const Value& v) {
                    if (c.fiscalCode)
                        c.fiscalCode->vatRegistered = ValueTraits<bool>::from(v);
                })
            .field("nace_code", &Company::naceCode)
            .field("nace_version", &Company::naceVersion)
            .field("headcount", &Company::headcount)
            .field("turnover_eur", &Company::turnoverEur)
            .field("balance_sheet_eur", &Company::balanceSheetEur)
            .custom(
                {"size_class", {}, true}, [](const Company& c) { return Value{toString(c.sizeClass())}; },
                [](Company&, const Value&) {})
            .field("region", &Company::region, "nuts2_region")
            .field("city", &Company::city)
            .field("address", &Company::address)
            .field("website", &Company::website)
            .field("email", &Company::email)
            .field("phone", &Company::phone)
            .field("notes", &Company::notes)
            .build();
    return m;
}

template <> const EntityMapping<Membership>& mappingOf<Membership>() {
    static const auto m = MappingBuilder<Membership>("membership", "membership")
                              .field("company_id", &Membership::companyId, "company")
                              .field("cluster_id", &Membership::clusterId, "cluster")
                              .field("since", &Membership::since)
                              .field("until", &Membership::until)
                              .build();
    return m;
}

template <> const EntityMapping<Person>& mappingOf<Person>() {
    static const auto m = MappingBuilder<Person>("person", "person")
                              .field("name", &Person::name)
                              .field("email", &Person::email)
                              .field("phone", &Person::phone)
                              .field("job_title", &Person::jobTitle)
                              .field("employer_kind", &Person::employerKind)
                              .field("employer_company_id", &Person::employerCompanyId, "company")
                              .field("employer_cluster_id", &Person::employerClusterId, "cluster")
                              .field("employer_name", &Person::employerName)
                              .field("staff_role", &Person::staffRole)
                              .field("day_rate_eur", &Person::dayRateEur)
                              .field("consent_given_on", &Person::consentGivenOn)
                              .field("consent_purpose", &Person::consentPurpose)
                              .field("consent_source", &Person::consentSource)
                              .build();
    return m;
}

template <> const EntityMapping<Seminar>& mappingOf<Seminar>() {
    static const auto m = MappingBuilder<Seminar>("seminar", "seminar")
                              .field("title", &Seminar::title)
                              .field("date", &Seminar::date)
                              .field("place", &Seminar::place)
                              .field("topics", &Seminar::topics)
                              .field("presenters", &Seminar::presenters)
                              .field("notes", &Seminar::notes)
                              .link({"cluster_ids", "seminar_cluster", "seminar_id", "cluster_id", "cluster"},
                                    &Seminar::clusterIds)
                              .build();
    return m;
}

template <> const EntityMapping<Attendance>& mappingOf<Attendance>() {
    static const auto m = MappingBuilder<Attendance>("attendance", "attendance")
                              .field("seminar_id", &Attendance::seminarId, "seminar")
                              .field("company_id", &Attendance::companyId, "company")
                              .field("person_id", &Attendance::personId, "person")
                              .field("status", &Attendance::status)
                              .build();
    return m;
}

template <> const EntityMapping<Visit>& mappingOf<Visit>() {
    static const auto m =
        MappingBuilder<Visit>("visit", "visit")
            .field("company_id", &Visit::companyId, "company")
            .field("cluster_id", &Visit::clusterId, "cluster")
            .field("date", &Visit::date)
            .field("audit_kind", &Visit::auditKind, "audit_kind")
            .field("findings", &Visit::findings)
            .link({"staff_ids", "visit_staff", "visit_id", "person_id", "person"}, &Visit::staffIds)
            .build();
    return m;
}

template <> const EntityMapping<Recommendation>& mappingOf<Recommendation>() {
    static const auto m = MappingBuilder<Recommendation>("recommendation", "recommendation")
                              .field("visit_id", &Recommendation::visitId, "visit")
                              .field("text", &Recommendation::text)
                              .field("instrument_code", &Recommendation::instrumentCode, "instrument")
                              .field("priority", &Recommendation::priority)
                              .field("status", &Recommendation::status)
                              .field("due_date", &Recommendation::dueDate)
                              .build();
    return m;
}

template <> const EntityMapping<SupportMeasure>& mappingOf<SupportMeasure>() {
    static const auto m = MappingBuilder<SupportMeasure>("support_measure", "support measure")
                              .field("cluster_id", &SupportMeasure::clusterId, "cluster")
                              .field("kind", &SupportMeasure::kind, "measure_kind")
                              .field("title", &SupportMeasure::title)
                              .field("start_date", &SupportMeasure::startDate)
                              .field("end_date", &SupportMeasure::endDate)
                              .field("status", &SupportMeasure::status)
                              .field("outcome_notes", &SupportMeasure::outcomeNotes)
                              .link({"company_ids", "measure_company", "measure_id", "company_id", "company"},
                                    &SupportMeasure::companyIds)
                              .build();
    return m;
}

template <> const EntityMapping<Effort>& mappingOf<Effort>() {
    static const auto m = MappingBuilder<Effort>("effort", "effort entry")
                              .field("person_id", &Effort::personId, "person")
                              .field("cluster_id", &Effort::clusterId, "cluster")
                              .field("phase", &Effort::phase)
                              .field("date", &Effort::date)
                              .field("days", &Effort::days)
                              .field("day_rate_eur", &Effort::dayRateEur)
                              .field("note", &Effort::note)
                              .build();
    return m;
}

template <> const EntityMapping<PartnershipAgreement>& mappingOf<PartnershipAgreement>() {
    static const auto m = MappingBuilder<PartnershipAgreement>("agreement", "partnership agreement")
                              .field("cluster_id", &PartnershipAgreement::clusterId, "cluster")
                              .field("title", &PartnershipAgreement::title)
                              .field("kind", &PartnershipAgreement::kind)
                              .field("date", &PartnershipAgreement::date)
                              .field("parties", &PartnershipAgreement::parties)
                              .field("countries", &PartnershipAgreement::countries)
                              .field("notes", &PartnershipAgreement::notes)
                              .build();
    return m;
}

template <> const EntityMapping<FundingApplication>& mappingOf<FundingApplication>() {
    static const auto m = MappingBuilder<FundingApplication>("funding_application", "funding application")
                              .field("cluster_id", &FundingApplication::clusterId, "cluster")
                              .field("company_id", &FundingApplication::companyId, "company")
                              .field("instrument_code", &FundingApplication::instrumentCode, "instrument")
                              .field("title", &FundingApplication::title)
                              .field("amount_eur", &FundingApplication::amountEur)
                              .field("status", &FundingApplication::status)
                              .field("submitted_on", &FundingApplication::submittedOn)
                              .field("decided_on", &FundingApplication::decidedOn)
                              .build();
    return m;
}

template <> const EntityMapping<Certification>& mappingOf<Certification>() {
    static const auto m = MappingBuilder<Certification>("certification", "certification")
                              .field("cluster_id", &Certification::clusterId, "cluster")
                              .field("company_id", &Certification::companyId, "company")
                              .field("name", &Certification::name)
                              .field("awarded_on", &Certification::awardedOn)
                              .build();
    return m;
}

template <> const EntityMapping<FollowUp>& mappingOf<FollowUp>() {
    static const auto m = MappingBuilder<FollowUp>("follow_up", "follow-up")
                              .field("company_id", &FollowUp::companyId, "company")
                              .field("cluster_id", &FollowUp::clusterId, "cluster")
                              .field("recommendation_id", &FollowUp::recommendationId, "recommendation")
                              .field("visit_id", &FollowUp::visitId, "visit")
                              .field("title", &FollowUp::title)
                              .field("due_date", &FollowUp::dueDate)
                              .field("owner_id", &FollowUp::ownerId, "person")
                              .field("status", &FollowUp::status)
                              .field("completed_on", &FollowUp::completedOn)
                              .build();
    return m;
}

template <> const EntityMapping<ContactAttempt>& mappingOf<ContactAttempt>() {
    static const auto m = MappingBuilder<ContactAttempt>("contact_attempt", "contact attempt")
                              .field("follow_up_id", &ContactAttempt::followUpId, "follow_up")
                              .field("date", &ContactAttempt::date)
                              .field("channel", &ContactAttempt::channel)
                              .field("answered", &ContactAttempt::answered)
                              .field("note", &ContactAttempt::note)
                              .build();
    return m;
}

} // namespace clusterdesk
