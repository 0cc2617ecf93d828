#include "audit/new_audit_dialog.h"

#include "app/session.h"
#include "audit/template_import.h"
#include "storage/audit_store.h"
#include "widgets/company_picker.h"
#include "widgets/error_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace clusterdesk::ui {

namespace {
QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString targetLabel(const AuditTarget& t) {
    if (t.isVisit)
        return NewAuditDialog::tr("Visit on %1 – %2 (%3)").arg(qs(t.date), qs(t.kindName), qs(t.clusterName));
    return NewAuditDialog::tr("Support measure “%1” – %2, from %3 (%4)")
        .arg(qs(t.title.empty() ? t.kindName : t.title), qs(t.kindName), qs(t.date), qs(t.clusterName));
}
} // namespace

NewAuditDialog::NewAuditDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_query(session.database())
    , m_company(new CompanyPicker(session, this))
    , m_target(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_note(new QLabel(this)) {
    setWindowTitle(tr("New Audit"));
    m_target->setMinimumWidth(520);
    m_note->setWordWrap(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 3);
    m_note->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* importButton = new QPushButton(tr("&Import Template…"), this);
    importButton->setToolTip(tr("Add a form template from a JSON file (see docs/audit-templates.md)"));
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(importButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&During:"), m_target);
    auto* templateLabel = new QLabel(tr("&Form:"), this);
    templateLabel->setBuddy(m_template);
    form->addRow(templateLabel, templateRow);
    form->addRow(m_note);
    form->addRow(buttons);

    m_templates = m_query.templates();
    connect(m_company, &CompanyPicker::companyChosen, this, &NewAuditDialog::companyChosen);
    connect(m_target, &QComboBox::currentIndexChanged, this, &NewAuditDialog::targetChosen);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewAuditDialog::templateChosen);
    connect(importButton, &QPushButton::clicked, this, &NewAuditDialog::importTemplate);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAuditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    companyChosen({});
}

void NewAuditDialog::setCompany(const QString& companyId, const QString& name) {
    m_company->setCompany(companyId, name);
    companyChosen(companyId);
}

bool NewAuditDialog::setTarget(const QString& visitOrMeasureId) {
    for (std::size_t i = 0; i < m_targets.size(); ++i)
        if (qs(m_targets[i].id) == visitOrMeasureId) {
            m_target->setCurrentIndex(static_cast<int>(i));
            return true;
        }
    return false;
}

void NewAuditDialog::lockTarget() {
    m_company->setEnabled(false);
    m_target->setEnabled(false);
    m_template->setFocus();
}

void NewAuditDialog::setTemplate(const QString& templateId) {
    int index = m_template->findData(templateId);
    if (index >= 0)
        m_template->setCurrentIndex(index);
}

void NewAuditDialog::companyChosen(const QString& companyId) {
    m_targets = companyId.isEmpty() ? std::vector<AuditTarget>{} : m_query.targetsOf(companyId.toStdString());
    QSignalBlocker block(m_target);
    m_target->clear();
    for (const auto& target : m_targets)
        m_target->addItem(targetLabel(target), qs(target.id));
    m_target->setEnabled(!m_targets.empty());
    targetChosen();
}

const AuditTarget* NewAuditDialog::currentTarget() const {
    int index = m_target->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_targets.size()))
        return nullptr;
    return &m_targets[static_cast<std::size_t>(index)];
}

void NewAuditDialog::targetChosen() {
    fillTemplates();
}

// Only the forms that fit: a visit takes the phase-2 kinds (technology audit, business review), a support
// measure the phase-3 kinds.
void NewAuditDialog::fillTemplates(const QString& select) {
    const AuditTarget* target = currentTarget();
    const QString previous = m_template->currentData().toString();
    QString ofKind;
    QSignalBlocker block(m_template);
    m_template->clear();
    if (target) {
        const int phase = target->isVisit ? 2 : 3;
        for (const auto& t : m_templates) {
            if (t.phase != phase)
                continue;
            QString label = qs(t.title);
            if (t.origin != "bundled")
                label += tr(" (imported, version %1)").arg(t.version);
            else if (t.version > 1)
                label += tr(" (version %1)").arg(t.version);
            m_template->addItem(label, qs(t.templateId));
            if (t.kind == target->kind && ofKind.isEmpty())
                ofKind = qs(t.templateId);
        }
    }
    // An imported template first, then the form of the visit's or measure's kind, then the one chosen.
    int index = select.isEmpty() ? -1 : m_template->findData(select);
    for (const QString& id : {ofKind, previous})
        if (index < 0 && !id.isEmpty())
            index = m_template->findData(id);
    m_template->setCurrentIndex(std::max(index, 0));
    m_template->setEnabled(m_template->count() > 0);
    templateChosen();
}

QString NewAuditDialog::existingDraft() const {
    const AuditTarget* target = currentTarget();
    QString templateId = m_template->currentData().toString();
    if (!target || templateId.isEmpty())
        return {};
    AuditStore store(m_session.database());
    auto audits = target->isVisit ? store.ofVisit(target->id) : store.ofMeasure(target->id);
    for (auto it = audits.rbegin(); it != audits.rend(); ++it)
        if (qs(it->templateId) == templateId && it->status == AuditStatus::Draft &&
            qs(it->companyId) == m_company->companyId())
            return qs(it->id);
    return {};
}

void NewAuditDialog::templateChosen() {
    const AuditTarget* target = currentTarget();
    m_ok->setText(tr("Start Audit"));
    m_ok->setEnabled(target && m_template->count() > 0);
    if (m_company->companyId().isEmpty()) {
        m_note->setText(tr("Choose the audited company."));
    } else if (m_targets.empty()) {
        m_note->setText(
            tr("An audit belongs to a company visit (technology audit, business review) or to a "
               "support measure (innovation audit, eco-innovation audit, competence mapping). This "
               "company has neither yet: record the visit or the measure first."));
    } else if (m_template->count() == 0) {
        m_note->setText(tr("There is no form for this. Import a template for it."));
    } else if (!existingDraft().isEmpty()) {
        m_ok->setText(tr("Resume Draft"));
        m_note->setText(
            tr("A draft of this form was started for it: its answers are kept and it is resumed."));
    } else {
        m_note->setText(target->isVisit
                            ? tr("The answers are saved with this visit as they are given.")
                            : tr("The answers are saved with this support measure as they are given."));
    }
}

void NewAuditDialog::importTemplate() {
    auto stored = askImportTemplate(this, m_session);
    if (!stored)
        return;
    m_templates = m_query.templates();
    fillTemplates(qs(stored->templateId));
    if (m_template->findData(qs(stored->templateId)) < 0)
        m_note->setText(tr("“%1” was imported. It is a form for %2, which does not fit what is chosen above.")
                            .arg(qs(stored->title), qs(stored->kind)));
}

void NewAuditDialog::accept() {
    const AuditTarget* target = currentTarget();
    if (!target || m_template->count() == 0)
        return;
    QString draft = existingDraft();
    if (!draft.isEmpty()) {
        m_auditId = draft;
        m_resumed = true;
        QDialog::accept();
        return;
    }
    NewAudit request;
    request.templateId = m_template->currentData().toString().toStdString();
    request.companyId = m_company->companyId().toStdString();
    (target->isVisit ? request.visitId : request.measureId) = target->id;
    try {
        Audit audit = AuditStore(m_session.database()).start(request);
        m_auditId = qs(audit.id);
    } catch (const std::exception& e) {
        showError(this, tr("The audit was not started"), e);
        return;
    }
    m_session.announce({RecordRef{QStringLiteral("audit"), m_auditId}});
    QDialog::accept();
}

} // namespace clusterdesk::ui
