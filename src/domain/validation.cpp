#include "domain/validation.h"

#include "domain/nace.h"
#include "domain/text.h"

namespace clusterdesk {

namespace {
class Checker {
public:
    void required(const std::string& field, const std::string& value, const char* what) {
        if (trim(value).empty())
            add(field, std::string(what) + " is required");
    }
    void requiredDate(const std::string& field, const Date& d) {
        if (!d.isValid())
            add(field, "a date is required (YYYY-MM-DD)");
    }
    void nonNegative(const std::string& field, const std::optional<double>& v) {
        if (v && *v < 0)
            add(field, "must not be negative");
    }
    void notBefore(const std::string& field, const std::optional<Date>& later, const Date& earlier,
                   const char* earlierName) {
        if (later && earlier.isValid() && *later < earlier)
            add(field, std::string("must not be before ") + earlierName);
    }
    void text(const std::string& field, const std::string& problem) {
        if (!problem.empty())
            add(field, problem);
    }
    void add(const std::string& field, std::string message) {
        m_errors.push_back({field, std::move(message)});
    }
    std::vector<FieldError> take() { return std::move(m_errors); }

private:
    std::vector<FieldError> m_errors;
};
} // namespace

std::string emailProblem(const std::string& email) {
    if (email.empty())
        return {};
    auto at = email.find('@');
    if (at == std::string::npos || at == 0 || email.find('.', at) == std::string::npos ||
        email.back() == '.' || email.find(' ') != std::string::npos)
        return "'" + email + "' is not an email address (name@example.ro)";
    return {};
}

std::string websiteProblem(const std::string& website) {
    if (website.empty())
        return {};
    if (website.find(' ') != std::string::npos || website.find('.') == std::string::npos)
        return "'" + website + "' is not a web address (www.example.ro)";
    return {};
}

std::vector<FieldError> validate(const Cluster& c) {
    Checker k;
    k.required("name", c.name, "the cluster's name");
    k.nonNegative("budget_days", c.budgetDays);
    k.nonNegative("budget_eur", c.budgetEur);
    return k.take();
}

std::vector<FieldError> validate(const ExcellenceLabel& l) {
    Checker k;
    k.required("cluster_id", l.clusterId, "the cluster");
    k.requiredDate("awarded", l.awarded);
    k.requiredDate("expires", l.expires);
    if (l.awarded.isValid() && l.expires.isValid() && l.expires < l.awarded)
        k.add("expires", "must not be before the award date");
    return k.take();
}

std::vector<FieldError> validate(const Company& c) {
    Checker k;
    k.required("name", c.name, "the company's name");
    if (c.fiscalCode)
        k.text("fiscal_code", fiscalCodeProblem(c.fiscalCode->toString()));
    if (!c.naceCode.empty() && normaliseNaceCode(c.naceCode) != c.naceCode)
        k.add("nace_code", "'" + c.naceCode + "' is not a NACE code (write a class as 28.30)");
    if (!isKnownNaceVersion(c.naceVersion))
        k.add("nace_version", "the NACE version must be 2.0 or 2.1");
    if (c.headcount && *c.headcount < 0)
        k.add("headcount", "must not be negative");
    k.nonNegative("turnover_eur", c.turnoverEur);
    k.nonNegative("balance_sheet_eur", c.balanceSheetEur);
    k.text("email", emailProblem(c.email));
    k.text("website", websiteProblem(c.website));
    return k.take();
}

std::vector<FieldError> validate(const Membership& m) {
    Checker k;
    k.required("company_id", m.companyId, "the company");
    k.required("cluster_id", m.clusterId, "the cluster");
    if (m.since)
        k.notBefore("until", m.until, *m.since, "the start of the membership");
    return k.take();
}

std::vector<FieldError> validate(const Person& p) {
    Checker k;
    k.required("name", p.name, "the person's name");
    k.text("email", emailProblem(p.email));
    if (p.employerKind == EmployerKind::Company && p.employerCompanyId.empty())
        k.add("employer_company_id", "choose the company the person works for");
    if (p.employerKind == EmployerKind::Cluster && p.employerClusterId.empty())
        k.add("employer_cluster_id", "choose the cluster organisation the person works for");
    k.nonNegative("day_rate_eur", p.dayRateEur);
    if (p.consentGivenOn && trim(p.consentPurpose).empty())
        k.add("consent_purpose", "say what the consent was given for");
    return k.take();
}

std::vector<FieldError> validate(const Seminar& s) {
    Checker k;
    k.required("title", s.title, "the seminar's title");
    k.requiredDate("date", s.date);
    if (s.clusterIds.empty())
        k.add("cluster_ids", "at least one organising cluster is required");
    return k.take();
}

std::vector<FieldError> validate(const Attendance& a) {
    Checker k;
    k.required("seminar_id", a.seminarId, "the seminar");
    k.required("company_id", a.companyId, "the company");
    return k.take();
}

std::vector<FieldError> validate(const Visit& v) {
    Checker k;
    k.required("company_id", v.companyId, "the company");
    k.required("cluster_id", v.clusterId, "the cluster");
    k.requiredDate("date", v.date);
    k.required("audit_kind", v.auditKind, "the kind of audit");
    return k.take();
}

std::vector<FieldError> validate(const Recommendation& r) {
    Checker k;
    k.required("visit_id", r.visitId, "the visit");
    k.required("text", r.text, "the recommendation's text");
    return k.take();
}

std::vector<FieldError> validate(const SupportMeasure& m) {
    Checker k;
    k.required("cluster_id", m.clusterId, "the cluster");
    k.required("kind", m.kind, "the kind of support");
    k.requiredDate("start_date", m.startDate);
    k.notBefore("end_date", m.endDate, m.startDate, "the start date");
    if (m.companyIds.empty())
        k.add("company_ids", "at least one company is required");
    return k.take();
}

std::vector<FieldError> validate(const Effort& e) {
    Checker k;
    k.required("person_id", e.personId, "the person");
    k.required("cluster_id", e.clusterId, "the cluster");
    k.requiredDate("date", e.date);
    if (e.phase < 1 || e.phase > 3)
        k.add("phase", "the phase is 1 (seminar), 2 (visit) or 3 (enhanced support)");
    if (!(e.days > 0) || e.days > 366)
        k.add("days", "expert days must be more than 0");
    k.nonNegative("day_rate_eur", e.dayRateEur);
    return k.take();
}

std::vector<FieldError> validate(const PartnershipAgreement& a) {
    Checker k;
    k.required("cluster_id", a.clusterId, "the cluster");
    k.required("title", a.title, "the agreement's title");
    k.requiredDate("date", a.date);
    return k.take();
}

std::vector<FieldError> validate(const FundingApplication& f) {
    Checker k;
    k.required("cluster_id", f.clusterId, "the cluster");
    k.required("instrument_code", f.instrumentCode, "the instrument");
    k.requiredDate("submitted_on", f.submittedOn);
    k.nonNegative("amount_eur", f.amountEur);
    k.notBefore("decided_on", f.decidedOn, f.submittedOn, "the submission");
    if (f.status != FundingStatus::Submitted && !f.decidedOn)
        k.add("decided_on", "an approved or rejected application needs the decision date");
    return k.take();
}

std::vector<FieldError> validate(const Certification& c) {
    Checker k;
    k.required("cluster_id", c.clusterId, "the cluster");
    k.required("company_id", c.companyId, "the company");
    k.required("name", c.name, "the certification's name");
    k.requiredDate("awarded_on", c.awardedOn);
    return k.take();
}

std::vector<FieldError> validate(const FollowUp& f) {
    Checker k;
    k.required("company_id", f.companyId, "the company");
    k.required("cluster_id", f.clusterId, "the cluster");
    k.required("title", f.title, "what to follow up");
    k.requiredDate("due_date", f.dueDate);
    if (f.status == FollowUpStatus::Done && !f.completedOn)
        k.add("completed_on", "a done follow-up needs the date it was completed");
    return k.take();
}

std::vector<FieldError> validate(const ContactAttempt& a) {
    Checker k;
    k.required("follow_up_id", a.followUpId, "the follow-up");
    k.requiredDate("date", a.date);
    return k.take();
}

} // namespace clusterdesk
