#include "storage/audit_store.h"

#include "domain/audit_answer.h"
#include "domain/text.h"
#include "storage/peer_comparison.h"
#include "storage/write_transaction.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>

namespace clusterdesk {

namespace {
// Phase 2 kinds are done during a company visit, phase 3 kinds are support measures.
int phaseOf(Database& db, const std::string& kind) {
    SQLite::Statement query(db.sql(), "SELECT phase FROM audit_kind WHERE code = ?");
    query.bind(1, kind);
    return query.executeStep() ? query.getColumn(0).getInt() : 0;
}
} // namespace

AuditStore::AuditStore(Database& db)
    : m_db(db)
    , m_templates(db)
    , m_audits(db)
    , m_answers(db)
    , m_notes(db)
    , m_visits(db)
    , m_measures(db) {}

Audit AuditStore::start(const NewAudit& request) {
    std::optional<StoredTemplate> stored = request.templateVersion > 0
                                               ? m_templates.find(request.templateId, request.templateVersion)
                                               : m_templates.latest(request.templateId);
    if (!stored)
        throw ValidationError("template_id", "there is no audit template '" + request.templateId + "'" +
                                                 (request.templateVersion > 0
                                                      ? " version " + std::to_string(request.templateVersion)
                                                      : std::string{}));
    Audit audit;
    audit.templateId = stored->templateId;
    audit.templateVersion = stored->version;
    audit.visitId = request.visitId;
    audit.measureId = request.measureId;
    audit.companyId = request.companyId;

    int phase = phaseOf(m_db, stored->kind);
    if (phase == 2 && request.visitId.empty())
        throw ValidationError("visit_id",
                              "a " + stored->title + " is done during a company visit: choose the visit");
    if (phase == 3 && request.measureId.empty())
        throw ValidationError("measure_id",
                              "a " + stored->title + " is a support measure: choose the measure");
    if (!request.visitId.empty()) {
        auto visit = m_visits.find(request.visitId);
        if (!visit)
            throw ValidationError("visit_id", "there is no visit '" + request.visitId + "'");
        if (!audit.companyId.empty() && audit.companyId != visit->companyId)
            throw ValidationError("company_id", "the visit was to another company");
        audit.companyId = visit->companyId;
    }
    if (!request.measureId.empty()) {
        auto measure = m_measures.find(request.measureId);
        if (!measure)
            throw ValidationError("measure_id", "there is no support measure '" + request.measureId + "'");
        if (audit.companyId.empty() && measure->companyIds.size() == 1)
            audit.companyId = measure->companyIds.front();
        if (audit.companyId.empty())
            throw ValidationError("company_id", "choose which of the measure's companies is audited");
        if (std::find(measure->companyIds.begin(), measure->companyIds.end(), audit.companyId) ==
            measure->companyIds.end())
            throw ValidationError("company_id", "the company does not take part in this support measure");
    }
    return m_audits.insert(audit);
}

Audit AuditStore::get(const std::string& auditId) const {
    return m_audits.get(auditId);
}

std::vector<Audit> AuditStore::ofCompany(const std::string& companyId) const {
    return m_audits.where("company_id = ?", {Value{companyId}}, "created_at");
}

std::vector<Audit> AuditStore::ofVisit(const std::string& visitId) const {
    return m_audits.where("visit_id = ?", {Value{visitId}}, "created_at");
}

std::vector<Audit> AuditStore::ofMeasure(const std::string& measureId) const {
    return m_audits.where("measure_id = ?", {Value{measureId}}, "created_at");
}

Audit AuditStore::editable(const std::string& auditId) const {
    Audit audit = m_audits.get(auditId);
    if (audit.status == AuditStatus::Completed)
        throw ValidationError("status", "this audit was completed on " + audit.completedAt +
                                            " and is locked; reopen it, giving a reason, to change it");
    return audit;
}

std::string AuditStore::saveAnswer(const std::string& auditId, const std::string& questionId,
                                   const std::string& typed) {
    WriteTransaction tx(m_db);
    Audit audit = editable(auditId);
    const AuditTemplate& form = m_templates.form(audit.templateId, audit.templateVersion);
    const Question* question = form.question(questionId);
    if (!question)
        throw ValidationError("question_id",
                              "the form '" + form.title + "' has no question '" + questionId + "'");
    std::string value = normaliseAnswer(*question, typed);

    auto existing = m_answers.where("audit_id = ? AND question_id = ?", {Value{auditId}, Value{questionId}});
    if (existing.empty()) {
        if (!value.empty()) {
            AuditAnswer answer;
            answer.id = answerId(auditId, questionId);
            answer.auditId = auditId;
            answer.questionId = questionId;
            answer.value = value;
            // A deleted answer keeps its id: it comes back rather than being added again.
            if (m_answers.table().find(answer.id, true)) {
                m_answers.restore(answer.id);
                m_answers.update(answer);
            } else {
                m_answers.insert(answer);
            }
        }
    } else {
        existing.front().value = value;
        m_answers.update(existing.front());
    }
    tx.commit();
    return value;
}

void AuditStore::saveNote(const std::string& auditId, const std::string& sectionId, const std::string& text) {
    WriteTransaction tx(m_db);
    Audit audit = editable(auditId);
    const AuditTemplate& form = m_templates.form(audit.templateId, audit.templateVersion);
    if (!form.section(sectionId))
        throw ValidationError("section_id",
                              "the form '" + form.title + "' has no section '" + sectionId + "'");
    std::string note = trim(text);
    auto existing = m_notes.where("audit_id = ? AND section_id = ?", {Value{auditId}, Value{sectionId}});
    if (existing.empty()) {
        if (!note.empty()) {
            AuditSectionNote record;
            record.id = noteId(auditId, sectionId);
            record.auditId = auditId;
            record.sectionId = sectionId;
            record.text = note;
            if (m_notes.table().find(record.id, true)) {
                m_notes.restore(record.id);
                m_notes.update(record);
            } else {
                m_notes.insert(record);
            }
        }
    } else {
        existing.front().text = note;
        m_notes.update(existing.front());
    }
    tx.commit();
}

AnswerMap AuditStore::answers(const std::string& auditId) const {
    AnswerMap result;
    for (const auto& answer : m_answers.where("audit_id = ?", {Value{auditId}}))
        if (!answer.value.empty())
            result[answer.questionId] = answer.value;
    return result;
}

AuditForm AuditStore::load(const std::string& auditId) {
    AuditForm result;
    result.audit = m_audits.get(auditId);
    result.form = m_templates.form(result.audit.templateId, result.audit.templateVersion);
    result.answers = answers(auditId);
    for (const auto& note : m_notes.where("audit_id = ?", {Value{auditId}}))
        if (!note.text.empty())
            result.notes[note.sectionId] = note.text;
    result.score = scoreAudit(result.form, result.answers);
    result.suggestions = suggestRecommendations(result.form, result.score);
    return result;
}

Audit AuditStore::complete(const std::string& auditId) {
    WriteTransaction tx(m_db);
    Audit audit = m_audits.get(auditId);
    if (audit.status == AuditStatus::Completed)
        throw ValidationError("status", "this audit was already completed on " + audit.completedAt);
    const AuditTemplate& form = m_templates.form(audit.templateId, audit.templateVersion);
    AuditScore score = scoreAudit(form, answers(auditId));
    if (!score.requiredAnswered()) {
        std::vector<FieldError> missing;
        for (const auto& section : score.sections)
            for (const auto& id : section.missingRequired)
                missing.push_back({id, "required question not answered (" + section.title +
                                           "): " + form.question(id)->text});
        throw ValidationError(std::move(missing));
    }
    audit.status = AuditStatus::Completed;
    audit.completedAt = m_db.now();
    audit.overallPercent = score.overall;
    audit.sectionPercents = sectionPercentsJson(score);
    // Cleared so that the next reopening's reason is a new entry in the change log, even if it is the same.
    audit.reopenReason.clear();
    m_audits.update(audit);
    tx.commit();
    return m_audits.get(auditId);
}

Audit AuditStore::reopen(const std::string& auditId, const std::string& reason) {
    std::string why = trim(reason);
    if (why.empty())
        throw ValidationError("reopen_reason", "say why the completed audit is reopened");
    WriteTransaction tx(m_db);
    Audit audit = m_audits.get(auditId);
    if (audit.status != AuditStatus::Completed)
        throw ValidationError("status", "only a completed audit can be reopened; this one is a draft");
    audit.status = AuditStatus::Draft;
    audit.completedAt.clear();
    audit.overallPercent.reset();
    audit.sectionPercents.clear();
    audit.reopenReason = why;
    m_audits.update(audit);
    tx.commit();
    return m_audits.get(auditId);
}

void AuditStore::remove(const std::string& auditId) {
    WriteTransaction tx(m_db);
    Audit audit = m_audits.get(auditId);
    if (audit.status == AuditStatus::Completed)
        throw ValidationError("status", "this audit was completed on " + audit.completedAt +
                                            "; reopen it, giving a reason, before deleting it");
    m_audits.remove(auditId);
    tx.commit();
}

void AuditStore::restore(const std::string& auditId) {
    m_audits.restore(auditId);
}

PeerComparison AuditStore::comparePeers(const std::string& auditId, PeerGroup group) {
    Audit audit = m_audits.get(auditId);
    return clusterdesk::comparePeers(
        m_db, audit.companyId, AuditTemplate::templateKey(audit.templateId, audit.templateVersion), group);
}

} // namespace clusterdesk
