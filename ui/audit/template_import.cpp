#include "audit/template_import.h"

#include "app/app_settings.h"
#include "app/session.h"
#include "storage/template_store.h"
#include "widgets/error_dialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace clusterdesk::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("TemplateImport", text);
}
} // namespace

StoredTemplate importTemplateFile(Session& session, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(path.toStdString() + ": cannot be read (" + file.errorString().toStdString() +
                           ")");
    QByteArray body = file.readAll();
    TemplateStore templates(session.database());
    auto result = templates.import(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    if (result.added)
        session.announce(
            {RecordRef{QStringLiteral("audit_template"), QString::fromStdString(result.stored.id)}});
    return result.stored;
}

std::optional<StoredTemplate> askImportTemplate(QWidget* parent, Session& session) {
    auto settings = appSettings();
    QString folder = settings->value(QStringLiteral("audits/templateFolder"), QDir::homePath()).toString();
    QString path = QFileDialog::getOpenFileName(parent, tr("Import Audit Form Template"), folder,
                                                tr("Audit form templates (*.json)"));
    if (path.isEmpty())
        return std::nullopt;
    settings->setValue(QStringLiteral("audits/templateFolder"), QFileInfo(path).absolutePath());
    try {
        return importTemplateFile(session, path);
    } catch (const ValidationError& e) {
        QStringList problems;
        for (const auto& error : e.errors())
            problems << QString::fromStdString(error.field + ": " + error.message);
        QMessageBox box(QMessageBox::Warning, tr("Import Audit Form Template"),
                        tr("%1 is not a valid audit form template; nothing was imported.")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, parent);
        constexpr int kShown = 8;
        QString shown = problems.mid(0, kShown).join(QLatin1Char('\n'));
        if (problems.size() > kShown)
            shown += QLatin1Char('\n') + tr("… and %1 more (Show Details)").arg(problems.size() - kShown);
        box.setInformativeText(tr("Fix these places in the file:") + QLatin1Char('\n') + shown);
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        box.exec();
    } catch (const std::exception& e) {
        showError(parent, tr("The template was not imported"), e);
    }
    return std::nullopt;
}

} // namespace clusterdesk::ui
