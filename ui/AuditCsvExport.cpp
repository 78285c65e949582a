#include "AuditCsvExport.h"

#include "CsvWriter.h"
#include "EnumTable.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

AuditCsvExport::AuditCsvExport(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_api(client)
{}

AuditCsvExport::~AuditCsvExport()
{
    if (m_file)
        m_file->cancelWriting();
}

QStringList AuditCsvExport::header()
{
    return {tr("Time (UTC)"),  tr("User"),   tr("Action"),     tr("Target type"), tr("Target id"),
            tr("Target name"), tr("Result"), tr("IP address"), tr("Method"),      tr("Path"),
            tr("Status"),      tr("Error"),  tr("Trace id"),   tr("Detail")};
}

QStringList AuditCsvExport::cells(const AuditEntry &e)
{
    return {e.createdAt.toUTC().toString(Qt::ISODateWithMs),
            e.username,
            e.action,
            e.resourceType,
            e.resourceId,
            e.targetName, // as it is at export time
            toString(e.result),
            e.ipAddress,
            e.requestMethod,
            e.requestPath,
            e.statusCode ? QString::number(*e.statusCode) : QString(),
            e.errorMessage,
            e.traceId,
            e.detail.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact))};
}

bool AuditCsvExport::start(const QJsonObject &filters, const QString &path)
{
    cancel();
    m_filters = filters;
    m_path = path;
    m_page = 1;
    m_total = -1;
    m_written = 0;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const Error error =
            Error::badRequest(tr("Cannot write %1: %2").arg(path, m_file->errorString()));
        m_file.reset();
        Q_EMIT failed(error);
        return false;
    }
    CsvWriter head(true);
    head.addRow(header());
    m_file->write(head.data());
    m_running = true;
    fetchNext();
    return true;
}

void AuditCsvExport::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // the pending page's answer is dropped
    if (m_requests)
        m_requests->deleteLater();
    m_requests = nullptr;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    Q_EMIT canceled();
}

void AuditCsvExport::fail(const Error &error)
{
    m_running = false;
    ++m_generation;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    Q_EMIT failed(error);
}

void AuditCsvExport::fetchNext()
{
    PageRequest request;
    request.page = m_page;
    request.pageSize = m_pageSize;
    request.sortBy = u"createdAt"_s;
    request.order = SortOrder::Desc;
    request.filters = m_filters;
    if (m_requests)
        m_requests->deleteLater();
    m_requests = new QObject(this);
    m_api.list(
        request, m_requests, [this, generation = m_generation](Result<Page<AuditEntry>> answer) {
            if (!m_running || generation != m_generation)
                return;
            if (!answer.ok()) {
                fail(answer.error());
                return;
            }
            const Page<AuditEntry> &page = *answer;
            if (m_page == 1) {
                m_total = page.total;
                // Newer entries written while the export runs would push older ones onto the next
                // page and write them twice: later pages end where the first one started.
                if (!page.list.isEmpty() && !m_filters.contains(u"to"_s))
                    m_filters.insert(u"to"_s,
                                     page.list.first().createdAt.addMSecs(1).toUTC().toString(
                                         Qt::ISODateWithMs));
            }
            CsvWriter chunk(false);
            for (const AuditEntry &e : page.list)
                chunk.addRow(cells(e));
            if (m_file->write(chunk.data()) != chunk.data().size()) {
                fail(Error::internal(tr("Cannot write %1: %2").arg(m_path, m_file->errorString())));
                return;
            }
            m_written += page.list.size();
            Q_EMIT progress(m_written, m_total);
            if (page.list.size() < m_pageSize || m_written >= m_total) {
                if (!m_file->commit()) {
                    const Error error = Error::internal(
                        tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
                    m_file.reset();
                    m_running = false;
                    Q_EMIT failed(error);
                    return;
                }
                m_file.reset();
                m_running = false;
                Q_EMIT finished(m_written, m_path);
                return;
            }
            ++m_page;
            fetchNext();
        });
}

} // namespace remotegpu::ui
