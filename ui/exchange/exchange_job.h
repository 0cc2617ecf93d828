#pragma once

#include <QObject>
#include <QString>
#include <exception>
#include <functional>
#include <string>

class QThread;

namespace clusterdesk {
class Database;
}

namespace clusterdesk::ui {

class Session;

// Runs one export or import on a worker thread with a database connection of its own on the session's
// file (as the Reports screen gathers its figures), so that a large package never freezes the window.
// The work is one transaction in the core; the session's connection sees it once it is committed.
class ExchangeJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(Database&)>;

    ExchangeJob(Session& session, Work work, QObject* parent = nullptr);
    ~ExchangeJob() override;

    void start();
    bool isRunning() const { return m_worker != nullptr; }
    // What the work threw (InputError, StorageError, ...), or null when it succeeded.
    std::exception_ptr error() const { return m_error; }

signals:
    void finished();

private:
    std::string m_path;
    std::string m_actor;
    Work m_work;
    QThread* m_worker = nullptr;
    std::exception_ptr m_error;
};

} // namespace clusterdesk::ui
