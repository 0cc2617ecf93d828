#include "audit/pdf_job.h"

#include <QThread>
#include <memory>

namespace clusterdesk::ui {

PdfJob::PdfJob(QObject* owner)
    : QObject(owner) {}

PdfJob::~PdfJob() {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

PdfJob* PdfJob::start(QObject* owner, std::function<void()> work) {
    auto* job = new PdfJob(owner);
    auto error = std::make_shared<QString>();
    job->m_thread = QThread::create([work = std::move(work), error] {
        try {
            work();
        } catch (const std::exception& e) {
            *error = QString::fromUtf8(e.what());
        }
    });
    connect(job->m_thread, &QThread::finished, job, [job, error] {
        emit job->finished(*error);
        job->deleteLater();
    });
    job->m_thread->start(QThread::LowPriority);
    return job;
}

} // namespace clusterdesk::ui
