#include "HostProcessRepository.h"

#include "JsonWriter.h"
#include "SqlSession.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Each process checked on its own, then (gpuIndex, pid) unique, as the primary key wants: named
// like JsonReader names list items, so the agent hears which entry of its report is wrong.
QList<FieldError> problemsOf(const QList<GpuProcess> &processes)
{
    QList<FieldError> problems;
    QSet<QPair<int, qint64>> seen;
    for (qsizetype i = 0; i < processes.size(); ++i) {
        const QString item = u"processes["_s + QString::number(i) + u"]."_s;
        for (const FieldError &e : processes[i].validate())
            problems.append({item + e.field, item + e.message});
        const QPair<int, qint64> key{processes[i].gpuIndex, processes[i].pid};
        if (seen.contains(key))
            problems.append(
                {item + u"pid"_s,
                 item + u"pid %1 is listed twice for GPU %2"_s.arg(key.second).arg(key.first)});
        seen.insert(key);
    }
    return problems;
}

// The rows as one jsonb document for jsonb_to_recordset: one statement and one round trip for
// the whole snapshot, whatever its size (keys are the columns, not the wire names).
QString rowsAsJson(const QList<GpuProcess> &processes)
{
    QJsonArray rows;
    for (const GpuProcess &p : processes) {
        rows.append(QJsonObject{
            {u"gpu_index"_s, p.gpuIndex},
            {u"gpu_uuid"_s, json::nullable(p.gpuUuid)},
            {u"pid"_s, p.pid},
            {u"process_name"_s, p.processName},
            {u"used_memory_mb"_s, json::optional(p.usedMemoryMb)},
            {u"username"_s, json::nullable(p.username)},
        });
    }
    return sql::jsonText(rows);
}

} // namespace

Result<HostProcessRepository::Write>
HostProcessRepository::replaceForHost(const QString &hostId, const QList<GpuProcess> &processes,
                                      const QDateTime &reportedAt)
{
    if (!reportedAt.isValid())
        return Error::badRequest(u"A process report needs the time it was taken"_s,
                                 {{u"reportedAt"_s, u"reportedAt is required"_s}});
    if (const QList<FieldError> problems = problemsOf(processes); !problems.isEmpty())
        return Error::invalidFields(problems);

    std::optional<Transaction> own;
    if (!m_session.inTransaction()) {
        own.emplace(m_session);
        if (auto begun = own->begin(); !begun)
            return begun.error();
    }
    // The host's row is the turnstile: a second report of the same host waits here until the
    // first commits, then deletes what the first wrote.
    auto host =
        m_session.exec(u"SELECT 1 FROM hosts WHERE id = ?::varchar FOR NO KEY UPDATE"_s, {hostId});
    if (!host)
        return host.error();
    if (!(*host)->next())
        return Error::notFound(u"No machine %1 exists"_s.arg(hostId));
    auto last = m_session.exec(
        u"SELECT reported_at > ?::timestamptz FROM host_process_snapshots WHERE host_id = ?::varchar"_s,
        {reportedAt, hostId});
    if (!last)
        return last.error();
    if ((*last)->next() && (*last)->value(0).toBool()) {
        if (own)
            if (auto done = own->commit(); !done)
                return done.error();
        return Write::OlderThanStored;
    }
    if (auto gone =
            m_session.exec(u"DELETE FROM host_processes WHERE host_id = ?::varchar"_s, {hostId});
        !gone)
        return gone.error();
    if (!processes.isEmpty()) {
        auto inserted = m_session.exec(
            u"INSERT INTO host_processes (host_id, gpu_index, gpu_uuid, pid, process_name, "
            "used_memory_mb, username, reported_at) "
            "SELECT ?::varchar, p.gpu_index, p.gpu_uuid, p.pid, p.process_name, p.used_memory_mb, "
            "p.username, ?::timestamptz FROM jsonb_to_recordset(?::jsonb) AS p(gpu_index int, "
            "gpu_uuid text, pid bigint, process_name text, used_memory_mb bigint, username text)"_s,
            {hostId, reportedAt, rowsAsJson(processes)});
        if (!inserted)
            return inserted.error();
    }
    auto stamped = m_session.exec(
        u"INSERT INTO host_process_snapshots (host_id, reported_at) VALUES (?::varchar, "
        "?::timestamptz) ON CONFLICT (host_id) DO UPDATE SET reported_at = EXCLUDED.reported_at"_s,
        {hostId, reportedAt});
    if (!stamped)
        return stamped.error();
    if (own)
        if (auto done = own->commit(); !done)
            return done.error();
    return Write::Replaced;
}

Result<GpuProcessSnapshot> HostProcessRepository::snapshotForHost(const QString &hostId,
                                                                  const QDateTime &since)
{
    GpuProcessSnapshot snapshot;
    snapshot.hostId = hostId;
    if (!since.isValid())
        return snapshot; // no lower bound, nothing known to be the reader's
    // One statement, so the time and the rows are of the same report even while a new one is
    // being written. The LEFT JOIN keeps the time of a report that listed no process.
    auto q = m_session.exec(
        u"SELECT "_s + sql::epochMs(u"s.reported_at"_s) +
            u", p.pid, p.process_name, p.gpu_index, coalesce(p.gpu_uuid, ''), p.used_memory_mb, "
            "coalesce(p.username, '') FROM host_process_snapshots s "
            "LEFT JOIN host_processes p ON p.host_id = s.host_id "
            "WHERE s.host_id = ?::varchar AND s.reported_at >= ?::timestamptz "
            "ORDER BY p.gpu_index, p.used_memory_mb DESC NULLS LAST, p.pid"_s,
        {hostId, since});
    if (!q)
        return q.error();
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        snapshot.reportedAt = sql::utcFromEpochMs(r.value(0));
        if (r.value(1).isNull())
            continue; // the report listed no process
        GpuProcess p;
        p.pid = r.value(1).toLongLong();
        p.processName = r.value(2).toString();
        p.gpuIndex = r.value(3).toInt();
        p.gpuUuid = r.value(4).toString();
        if (!r.value(5).isNull())
            p.usedMemoryMb = r.value(5).toLongLong();
        p.username = r.value(6).toString();
        p.reportedAt = snapshot.reportedAt;
        snapshot.processes.append(std::move(p));
    }
    return snapshot;
}

} // namespace remotegpu
