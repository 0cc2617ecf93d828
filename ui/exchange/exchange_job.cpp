#include "exchange/exchange_job.h"

#include "app/session.h"
#include "storage/database.h"

#include <QThread>

namespace clusterdesk::ui {

ExchangeJob::ExchangeJob(Session& session, Work work, QObject* parent)
    : QObject(parent)
    , m_path(session.path().toStdString())
    , m_actor(session.database().actor())
    , m_work(std::move(work)) {}

ExchangeJob::~ExchangeJob() {
    if (m_worker)
        m_worker->wait();
}

void ExchangeJob::start() {
    if (m_worker)
        return;
    m_error = nullptr;
    m_worker = QThread::create([this] {
        try {
            Database db(m_path);
            db.setActor(m_actor);
            m_work(db);
        } catch (...) {
            m_error = std::current_exception();
        }
    });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->wait();
        m_worker->deleteLater();
        m_worker = nullptr;
        emit finished();
    });
    m_worker->start();
}

} // namespace clusterdesk::ui
