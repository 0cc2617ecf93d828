#include "audit/audit_screenshots.h"

#include "app/main_window.h"
#include "audit/audit_form_screen.h"
#include "audit/audit_list_model.h"
#include "audit/audit_results_view.h"
#include "audit/audits_screen.h"
#include "audit/new_audit_dialog.h"
#include "audit/section_list_model.h"
#include "dialogs/company_page.h"

#include <QApplication>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <spdlog/spdlog.h>

namespace clusterdesk::ui {

namespace {
void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void save(QWidget& widget, const QString& file) {
    settle();
    if (!widget.grab().save(file))
        spdlog::warn("screenshot {} could not be written", file.toStdString());
}
} // namespace

void grabAuditScreens(MainWindow& window, const QString& directory) {
    auto* audits = qobject_cast<AuditsScreen*>(window.showScreen(ScreenId::Audits));
    if (!audits || audits->model()->rowCount() == 0)
        return;
    QString id;
    for (int row = 0; row < audits->model()->rowCount() && id.isEmpty(); ++row)
        if (audits->model()->row(row)->status == "draft")
            id = QString::fromStdString(audits->model()->row(row)->id);
    AuditFormScreen* form = audits->openAudit(
        id.isEmpty() ? audits->model()->index(0, 0).data(AuditListModel::IdRole).toString() : id);
    if (!form)
        return;
    for (int s = 0; s < form->sectionModel()->rowCount(); ++s) {
        QModelIndex section = form->sectionModel()->index(s);
        if (section.data(SectionListModel::MissingRole).toInt() > 0 &&
            section.data(SectionListModel::AnsweredRole).toInt() > 0) {
            form->showSection(s);
            break;
        }
    }
    save(window, directory + QStringLiteral("/audit-form.png"));

    form->tabs()->setCurrentIndex(1);
    for (PeerGroup group : {PeerGroup::Cluster, PeerGroup::NaceSection, PeerGroup::SizeClass}) {
        form->results()->setPeerGroup(group);
        if (form->results()->peers() && form->results()->peers()->shown())
            break;
    }
    save(window, directory + QStringLiteral("/audit-results.png"));
    form->tabs()->setCurrentIndex(0);
    // A refused "Complete" changes nothing stored: it lists and highlights what is missing.
    if (!form->isCompleted() && !form->form().score.requiredAnswered()) {
        form->complete();
        save(window, directory + QStringLiteral("/audit-complete-refused.png"));
    }
    audits->showList();
    save(window, directory + QStringLiteral("/audits.png"));

    // The audits tab of a company page, for a company whose audit is completed (it has a score).
    for (int r = 0; r < audits->model()->rowCount(); ++r) {
        if (audits->model()->row(r)->status != "completed")
            continue;
        window.openCompanyPage(QString::fromStdString(audits->model()->row(r)->companyId));
        for (auto* page : window.findChildren<CompanyPage*>()) {
            page->tabs()->setCurrentWidget(page->auditView()->parentWidget());
            page->auditView()->selectRow(0);
            save(*page, directory + QStringLiteral("/audit-company-page.png"));
            delete page; // now, not later: the tour grabs the company page it opens itself
        }
        break;
    }

    NewAuditDialog dialog(*window.session(), &window);
    const AuditRow* row = audits->model()->row(audits->model()->rowOf(form->auditId()));
    dialog.setCompany(QString::fromStdString(row->companyId), QString::fromStdString(row->company));
    dialog.show();
    save(dialog, directory + QStringLiteral("/audit-new.png"));
}

} // namespace clusterdesk::ui
