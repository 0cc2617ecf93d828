#pragma once

#include <QDialog>

class QLineEdit;

namespace clusterdesk::ui {

// Asks why a completed audit is reopened; the change log keeps the reason.
class ReopenDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReopenDialog(QWidget* parent = nullptr);

    QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }

private:
    QLineEdit* m_reason;
};

} // namespace clusterdesk::ui
