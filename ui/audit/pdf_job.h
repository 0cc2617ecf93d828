#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QThread;

namespace clusterdesk::ui {

// Writes a PDF on a worker thread so that the window stays responsive while a long form is laid out,
// and says on the GUI thread when it is done. The work must not touch widgets or the database: read
// what it needs first.
class PdfJob : public QObject {
    Q_OBJECT
public:
    // work throws (StorageError, ...) when the file cannot be written. The job deletes itself when done;
    // deleting owner waits for the work to finish.
    static PdfJob* start(QObject* owner, std::function<void()> work);
    ~PdfJob() override;

signals:
    void finished(const QString& error); // empty when the file was written

private:
    explicit PdfJob(QObject* owner);
    QThread* m_thread = nullptr;
};

} // namespace clusterdesk::ui
