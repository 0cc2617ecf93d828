#include "widgets/error_dialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace clusterdesk::ui {

void showError(QWidget* parent, const QString& what, const std::exception& error) {
    showError(parent, what, QString::fromUtf8(error.what()));
}

void showError(QWidget* parent, const QString& what, const QString& message) {
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("ErrorDialog", "ClusterDesk"), what,
                    QMessageBox::Ok, parent);
    box.setInformativeText(message);
    box.exec();
}

} // namespace clusterdesk::ui
