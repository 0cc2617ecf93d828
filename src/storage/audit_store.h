#pragma once

#include "domain/audit.h"
#include "domain/audit_scoring.h"
#include "domain/audit_template.h"
#include "domain/support_measure.h"
#include "domain/visit.h"
#include "storage/audit_mappings.h"
#include "storage/entity_store.h"
#include "storage/template_store.h"

#include <map>
#include <string>
#include <vector>

namespace clusterdesk {

struct NewAudit {
    std::string templateId;
    int templateVersion = 0; // 0: the latest version stored
    std::string visitId;     // for a phase-2 kind (technology audit, business review)
    std::string measureId;   // for a phase-3 kind (innovation audit, eco-innovation audit, ...)
    std::string companyId;   // needed with a measure; a visit names its company
};

// Everything a form screen or a printout shows of one audit.
struct AuditForm {
    Audit audit;
    AuditTemplate form; // the version the audit was started with
    AnswerMap answers;
    std::map<std::string, std::string> notes; // section id -> note
    AuditScore score;
    std::vector<Suggestion> suggestions;
};

// Filling in audit forms. Every answer and note is written in its own transaction as soon as it is
// given, so closing the window, a crash or a power cut loses at most the answer being typed. A completed
// audit is locked: changes are refused until it is reopened with a reason, which the change log keeps.
class AuditStore {
public:
    explicit AuditStore(Database& db);

    TemplateStore& templates() { return m_templates; }

    // Throws ValidationError when the template, visit, measure or company do not fit together.
    Audit start(const NewAudit& request);
    Audit get(const std::string& auditId) const;
    std::vector<Audit> ofCompany(const std::string& companyId) const;
    std::vector<Audit> ofVisit(const std::string& visitId) const;
    std::vector<Audit> ofMeasure(const std::string& measureId) const;

    // Stores an answer as typed (normalised, see audit_answer.h) and returns its stored form; an empty
    // answer clears it. Throws ValidationError when the answer does not fit the question or the audit
    // is completed.
    std::string saveAnswer(const std::string& auditId, const std::string& questionId,
                           const std::string& typed);
    void saveNote(const std::string& auditId, const std::string& sectionId, const std::string& text);

    AuditForm load(const std::string& auditId);

    // Checks that every required question is answered (a ValidationError lists those that are not, by
    // question id), keeps the results and locks the audit.
    Audit complete(const std::string& auditId);
    // Unlocks a completed audit; the reason must not be empty.
    Audit reopen(const std::string& auditId, const std::string& reason);

    // Deletes an audit started by mistake, keeping its tombstone (and its answers, so that restoring
    // brings it back whole) for the change log and the offline exchange. Only a draft can be deleted: a
    // completed audit is what the company was given and what peers are compared with, so it must be
    // reopened first, with a reason. Throws ValidationError for a completed audit, NotFoundError when
    // there is no live audit with this id.
    void remove(const std::string& auditId);
    // Brings a deleted audit back (undo of remove). Throws NotFoundError when it is not deleted.
    void restore(const std::string& auditId);

    PeerComparison comparePeers(const std::string& auditId, PeerGroup group);

private:
    Audit editable(const std::string& auditId) const;
    AnswerMap answers(const std::string& auditId) const;

    Database& m_db;
    TemplateStore m_templates;
    EntityStore<Audit> m_audits;
    EntityStore<AuditAnswer> m_answers;
    EntityStore<AuditSectionNote> m_notes;
    EntityStore<Visit> m_visits;
    EntityStore<SupportMeasure> m_measures;
};

} // namespace clusterdesk
