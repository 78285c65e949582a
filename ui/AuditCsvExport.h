#pragma once

#include "AuditApi.h"
#include "AuditEntry.h"
#include "Error.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

class QSaveFile;

namespace remotegpu::ui {

// Writes every audit entry matching `filters` to a CSV file, fetching the list a page at a time
// (asynchronously, one page after the other) and appending each page to the file as it comes,
// so neither the UI thread nor memory holds the whole export. Every text cell goes through
// CsvWriter, which neutralises spreadsheet formulas (a user name "=cmd|…" comes out as text).
// The file is a QSaveFile: a cancelled or failed export leaves no half-written file behind.
class AuditCsvExport : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;

    AuditCsvExport(ApiClient *client, QObject *parent = nullptr);
    ~AuditCsvExport() override;

    // Starts writing to `path`; false (and failed()) when the file cannot be opened.
    bool start(const QJsonObject &filters, const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }
    // Rows fetched per request (tests use small pages to cross page boundaries).
    void setPageSize(int size) { m_pageSize = size; }

    // The header line and one entry as cells, the order the file uses.
    static QStringList header();
    static QStringList cells(const AuditEntry &entry);

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(qint64 rows, const QString &path);
    void failed(const remotegpu::Error &error);
    void canceled();

private:
    void fetchNext();
    void fail(const Error &error);

    AuditApi m_api;
    QJsonObject m_filters;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QObject *m_requests = nullptr; // context of the page requests: deleted to drop an answer
    quint64 m_generation = 0;
    int m_pageSize = DefaultPageSize;
    int m_page = 1;
    qint64 m_total = -1;
    qint64 m_written = 0;
    bool m_running = false;
};

} // namespace remotegpu::ui
