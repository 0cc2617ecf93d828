#pragma once

#include "audit/audit_fixtures.h"
#include "support/sample_data.h"

#include <QString>
#include <functional>
#include <string>

namespace clusterdesk::test {

// A session with the every-type template imported, a textile cluster and one of its companies with a
// business-review visit and an innovation-audit support measure.
struct AuditUiFixture {
    AuditUiFixture();

    std::string startVisitAudit();
    std::string startMeasureAudit();
    // Answers every required question of every_type (s1, y1, c1, t1) through the store.
    void answerRequired(const std::string& auditId);
    // A company of the cluster with a completed every_type audit whose scales answer is scale.
    std::string completedPeer(const std::string& name, int scale, const std::string& nace = "13.20");
    QString id(const std::string& text) const { return QString::fromStdString(text); }
    int count(const std::string& sql);

    TestSession t;
    AuditWorld world{t.db()};
    std::string clusterId;
    std::string companyId;
    std::string visitId;
    std::string measureId;
};

// Runs action once the next modal dialog of type T is open (the test cannot act while exec() blocks).
template <class T> void onNextDialog(std::function<void(T*)> action);

} // namespace clusterdesk::test

#include <QApplication>
#include <QTimer>

namespace clusterdesk::test {

template <class T> void onNextDialog(std::function<void(T*)> action) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, action] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            action(dialog);
        }
    });
    poll->start();
}

} // namespace clusterdesk::test
