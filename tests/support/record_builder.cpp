#include "support/record_builder.h"

namespace clusterdesk::test {

Date day(const std::string& text) {
    return Date::parseOrThrow(text, "test date");
}

std::string RecordBuilder::cluster(const std::string& name, double budgetDays, double budgetEur) {
    Cluster c;
    c.name = name;
    c.sector = "textile";
    c.budgetDays = budgetDays;
    c.budgetEur = budgetEur;
    return m_repo.clusters().insert(c).id;
}

std::string RecordBuilder::label(const std::string& clusterId, LabelLevel level, const std::string& awarded,
                                 const std::string& expires) {
    ExcellenceLabel l;
    l.clusterId = clusterId;
    l.level = level;
    l.awarded = day(awarded);
    l.expires = day(expires);
    return m_repo.labels().insert(l).id;
}

std::string RecordBuilder::company(const std::string& name) {
    Company c;
    c.name = name;
    c.headcount = 12;
    return m_repo.companies().insert(c).id;
}

std::string RecordBuilder::person(const std::string& name, double dayRate) {
    Person p;
    p.name = name;
    if (dayRate > 0) {
        p.staffRole = StaffRole::Consultant;
        p.dayRateEur = dayRate;
    }
    return m_repo.people().insert(p).id;
}

std::string RecordBuilder::seminar(const std::string& date, const std::vector<std::string>& clusterIds) {
    Seminar s;
    s.title = "Information seminar " + date;
    s.date = day(date);
    s.clusterIds = clusterIds;
    return m_repo.seminars().insert(s).id;
}

std::string RecordBuilder::attend(const std::string& seminarId, const std::string& companyId,
                                  const std::string& personId, AttendanceStatus status) {
    Attendance a;
    a.seminarId = seminarId;
    a.companyId = companyId;
    a.personId = personId;
    a.status = status;
    return m_repo.attendance().insert(a).id;
}

std::string RecordBuilder::visit(const std::string& clusterId, const std::string& companyId,
                                 const std::string& date, const std::string& auditKind) {
    Visit v;
    v.clusterId = clusterId;
    v.companyId = companyId;
    v.date = day(date);
    v.auditKind = auditKind;
    return m_repo.visits().insert(v).id;
}

std::string RecordBuilder::recommendation(const std::string& visitId, const std::string& instrument,
                                          RecommendationStatus status) {
    Recommendation r;
    r.visitId = visitId;
    r.text = "Apply for support";
    r.instrumentCode = instrument;
    r.status = status;
    return m_repo.recommendations().insert(r).id;
}

std::string RecordBuilder::measure(const std::string& clusterId, const std::string& kind,
                                   const std::string& startDate, const std::vector<std::string>& companyIds) {
    SupportMeasure m;
    m.clusterId = clusterId;
    m.kind = kind;
    m.startDate = day(startDate);
    m.companyIds = companyIds;
    return m_repo.measures().insert(m).id;
}

std::string RecordBuilder::effort(const std::string& personId, const std::string& clusterId, int phase,
                                  const std::string& date, double days, double dayRate) {
    Effort e;
    e.personId = personId;
    e.clusterId = clusterId;
    e.phase = phase;
    e.date = day(date);
    e.days = days;
    e.dayRateEur = dayRate;
    return m_repo.effort().insert(e).id;
}

std::string RecordBuilder::agreement(const std::string& clusterId, const std::string& date) {
    PartnershipAgreement a;
    a.clusterId = clusterId;
    a.title = "Commercial partnership";
    a.date = day(date);
    a.countries = "RO; BG";
    return m_repo.agreements().insert(a).id;
}

std::string RecordBuilder::funding(const std::string& clusterId, const std::string& instrument,
                                   const std::string& date, FundingStatus status, double amount) {
    FundingApplication f;
    f.clusterId = clusterId;
    f.instrumentCode = instrument;
    f.submittedOn = day(date);
    f.status = status;
    f.amountEur = amount;
    if (status != FundingStatus::Submitted)
        f.decidedOn = day(date);
    return m_repo.fundingApplications().insert(f).id;
}

std::string RecordBuilder::certification(const std::string& clusterId, const std::string& companyId,
                                         const std::string& date) {
    Certification c;
    c.clusterId = clusterId;
    c.companyId = companyId;
    c.name = "ISO 9001";
    c.awardedOn = day(date);
    return m_repo.certifications().insert(c).id;
}

std::string RecordBuilder::followUp(const std::string& clusterId, const std::string& companyId,
                                    const std::string& due, FollowUpStatus status) {
    FollowUp f;
    f.clusterId = clusterId;
    f.companyId = companyId;
    f.title = "Check-in";
    f.dueDate = day(due);
    f.status = status;
    if (status == FollowUpStatus::Done)
        f.completedOn = day(due);
    return m_repo.followUps().insert(f).id;
}

std::string RecordBuilder::contact(const std::string& followUpId, const std::string& date, bool answered) {
    ContactAttempt a;
    a.followUpId = followUpId;
    a.date = day(date);
    a.channel = "phone";
    a.answered = answered;
    return m_repo.contactAttempts().insert(a).id;
}

} // namespace clusterdesk::test
