#include "HeartbeatIngestService.h"

#include "AgentEnrollmentService.h"
#include "Clock.h"
#include "DatabasePool.h"
#include "JsonLog.h"
#include "JsonRowWriter.h"
#include "SettingsRepository.h"
#include "SqlSession.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Heartbeats one statement takes at most: bounds a transaction's size and its lock time.
constexpr qsizetype MaxBatchHeartbeats = 400;
// C2 payloads must stay under 7,900 bytes; the host id (≤ 64 characters, escaped) comes on top.
constexpr qsizetype MaxEventTailBytes = 7600;
// How long the agents' interval setting is reused before it is read again.
constexpr qint64 IntervalCacheMs = 30000;

QList<FieldError> prefixed(const QString &prefix, const QList<FieldError> &errors)
{
    QList<FieldError> out;
    for (const FieldError &e : errors)
        out.append({prefix + e.field, prefix + e.message});
    return out;
}

} // namespace

struct HeartbeatIngestService::Pending
{
    QString tokenHash;
    QList<AgentHeartbeat> heartbeats;
    QDeadlineTimer lingerUntil;
    bool done = false;
    Result<Outcomes> result = Outcomes{};
};

HeartbeatIngestService::HeartbeatIngestService(DatabasePool &pool, const Clock &clock,
                                               int maxConcurrentBatches, int lingerMs)
    : m_pool(pool)
    , m_clock(clock)
    , m_maxWriters(std::max(1, maxConcurrentBatches))
    , m_lingerMs(std::max(0, lingerMs))
{}

HeartbeatIngestService::~HeartbeatIngestService() = default;

Result<QList<AgentHeartbeat>> HeartbeatIngestService::parse(const QJsonObject &body) const
{
    QList<QJsonObject> objects;
    bool wrapped = false;
    if (body.contains(u"heartbeats"_s)) {
        wrapped = true;
        const QJsonValue list = body.value(u"heartbeats"_s);
        if (!list.isArray())
            return Error::badRequest(u"heartbeats must be a list of heartbeats"_s,
                                     {{u"heartbeats"_s, u"heartbeats must be a list"_s}});
        const QJsonArray array = list.toArray();
        if (array.isEmpty() || array.size() > maxHeartbeatsPerRequest)
            return Error::badRequest(
                u"heartbeats must hold 1 to %1 heartbeats; it holds %2"_s
                    .arg(maxHeartbeatsPerRequest)
                    .arg(array.size()),
                {{u"heartbeats"_s, u"heartbeats must hold 1 to 100 heartbeats"_s}});
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return Error::badRequest(
                    u"heartbeats[%1] is not an object"_s.arg(i),
                    {{u"heartbeats[%1]"_s.arg(i), u"a heartbeat is a JSON object"_s}});
            objects.append(array.at(i).toObject());
        }
    } else {
        objects.append(body);
    }

    const QDateTime now = m_clock.now();
    QList<AgentHeartbeat> heartbeats;
    QList<FieldError> errors;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QString prefix = wrapped ? u"heartbeats[%1]."_s.arg(i) : QString();
        auto parsed = AgentHeartbeat::fromJson(objects.at(i));
        if (!parsed) {
            errors += prefixed(prefix, parsed.error().fieldErrors.isEmpty()
                                           ? QList<FieldError>{{u"body"_s, parsed.error().message}}
                                           : parsed.error().fieldErrors);
            continue;
        }
        errors += prefixed(prefix, parsed->validate());
        if (parsed->collectedAt.isValid() &&
            now.secsTo(parsed->collectedAt) > maxClockAheadSeconds) {
            const QString message =
                u"collectedAt %1 is %2 s ahead of the server's clock (%3); the agent host's clock is wrong: synchronise it (NTP)"_s
                    .arg(parsed->collectedAt.toUTC().toString(Qt::ISODate))
                    .arg(now.secsTo(parsed->collectedAt))
                    .arg(now.toString(Qt::ISODate));
            errors.append({prefix + u"collectedAt"_s, message});
        }
        heartbeats.append(std::move(parsed).value());
    }
    if (!errors.isEmpty()) {
        Error e = Error::invalidFields(errors);
        e.message = u"The heartbeat is not valid: %1"_s.arg(errors.first().message);
        return e;
    }
    return heartbeats;
}

QString HeartbeatIngestService::healthReason(const GpuHealthReport &report)
{
    QStringList parts;
    if (!report.xidErrors.isEmpty()) {
        QStringList codes;
        for (int code : report.xidErrors)
            codes.append(QString::number(code));
        parts.append(u"XID "_s + codes.join(u", "_s));
    }
    if (report.eccUncorrectedErrors && *report.eccUncorrectedErrors > 0)
        parts.append(u"%1 uncorrectable ECC errors"_s.arg(*report.eccUncorrectedErrors));
    if (report.rowRemapFailure)
        parts.append(u"row-remap failure"_s);
    if (parts.isEmpty() && !report.healthy)
        parts.append(u"reported unhealthy by the agent"_s);
    return parts.join(u"; "_s);
}

QByteArray HeartbeatIngestService::metricsEventTail(const AgentHeartbeat &h)
{
    // Written straight to bytes like the batch rows (JsonRowWriter): this runs for every live
    // heartbeat, and building QJsonObjects to serialise them was a twentieth of the server's CPU.
    QByteArray host;
    JsonRowWriter hostRow(host);
    hostRow.beginRow();
    hostRow.fieldOrNull("cpuUsagePercent", h.host.cpuUsagePercent);
    hostRow.fieldOrNull("memoryUsagePercent", h.host.memoryUsagePercent);
    hostRow.fieldOrNull("gpuAvgUtilization", h.host.gpuAvgUtilization);
    hostRow.fieldOrNull("gpuAvgTemperature", h.host.gpuAvgTemperature);
    hostRow.fieldOrNull("gpuAvgPower", h.host.gpuAvgPower);
    hostRow.endRow();

    QByteArray out = "\"at\":";
    JsonRowWriter::appendString(out, h.collectedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    out += ",\"host\":" + host + ",\"gpus\":[";
    const qsizetype closing = 2; // "]}"
    QByteArray gpus;
    JsonRowWriter gpuRows(gpus);
    for (const GpuMetricSample &g : h.gpus) {
        const qsizetype before = gpus.size();
        gpuRows.beginRow();
        gpuRows.field("index", g.gpuIndex);
        gpuRows.fieldOrNull("utilizationPercent", g.utilizationPercent);
        gpuRows.fieldOrNull("memoryUsed", g.memoryUsed);
        gpuRows.fieldOrNull("memoryUsagePercent", g.memoryUsagePercent);
        gpuRows.fieldOrNull("temperature", g.temperature);
        gpuRows.fieldOrNull("powerDraw", g.powerDraw);
        gpuRows.endRow();
        if (out.size() + gpus.size() + closing > MaxEventTailBytes) {
            gpus.truncate(before); // 64 GPUs with every figure would pass the NOTIFY limit
            break;
        }
    }
    return out + gpus + "]}"; // without "{": the database writes type and hostId first
}

void HeartbeatIngestService::appendRows(BatchRows &into, int firstItem, const QString &tokenHash,
                                        const QList<AgentHeartbeat> &heartbeats,
                                        const QDateTime &now)
{
    JsonRowWriter hb(into.hb), gpus(into.gpus), health(into.health), procs(into.procs);
    const QByteArray token = tokenHash.toUtf8();
    int item = firstItem;
    for (const AgentHeartbeat &h : heartbeats) {
        const QByteArray at = h.collectedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8();
        hb.beginRow();
        hb.field("i", item);
        hb.field("th", QByteArrayView(token));
        hb.field("at", QByteArrayView(at));
        hb.field("av", h.agentVersion);
        hb.field("seq", h.sequence);
        hb.field("iv", h.intervalSeconds);
        hb.field("dr", h.bufferedDropped);
        hb.field("pc", h.processesCollected);
        if (h.collectedAt.secsTo(now) <= 60)
            hb.field("np", QByteArrayView(metricsEventTail(h)));
        const HostMetricSample &s = h.host;
        hb.field("cpu_usage_percent", s.cpuUsagePercent);
        hb.field("cpu_load_1m", s.cpuLoad1m);
        hb.field("cpu_load_5m", s.cpuLoad5m);
        hb.field("cpu_load_15m", s.cpuLoad15m);
        hb.field("memory_used", s.memoryUsed);
        hb.field("memory_available", s.memoryAvailable);
        hb.field("memory_usage_percent", s.memoryUsagePercent);
        hb.field("disk_used", s.diskUsed);
        hb.field("disk_available", s.diskAvailable);
        hb.field("disk_usage_percent", s.diskUsagePercent);
        hb.field("disk_io_read_bytes", s.diskIoReadBytes);
        hb.field("disk_io_write_bytes", s.diskIoWriteBytes);
        hb.field("network_rx_bytes", s.networkRxBytes);
        hb.field("network_tx_bytes", s.networkTxBytes);
        hb.field("network_rx_packets", s.networkRxPackets);
        hb.field("network_tx_packets", s.networkTxPackets);
        hb.field("gpu_avg_utilization", s.gpuAvgUtilization);
        hb.field("gpu_avg_memory_used", s.gpuAvgMemoryUsed);
        hb.field("gpu_avg_temperature", s.gpuAvgTemperature);
        hb.field("gpu_avg_power", s.gpuAvgPower);
        hb.endRow();
        for (const GpuMetricSample &g : h.gpus) {
            gpus.beginRow();
            gpus.field("i", item);
            gpus.field("at", QByteArrayView(at));
            gpus.field("idx", g.gpuIndex);
            gpus.field("utilization_percent", g.utilizationPercent);
            gpus.field("memory_used", g.memoryUsed);
            gpus.field("memory_usage_percent", g.memoryUsagePercent);
            gpus.field("temperature", g.temperature);
            gpus.field("power_draw", g.powerDraw);
            gpus.field("fan_speed_percent", g.fanSpeedPercent);
            gpus.field("sm_clock", g.smClock);
            gpus.field("memory_clock", g.memoryClock);
            gpus.field("process_count", g.processCount);
            gpus.endRow();
        }
        for (const GpuHealthReport &r : h.gpuHealth) {
            health.beginRow();
            health.field("i", item);
            health.field("at", QByteArrayView(at));
            health.field("idx", r.gpuIndex);
            health.field("uuid", r.uuid);
            health.field("name", r.name);
            health.field("ok", r.healthy);
            health.field("why", healthReason(r));
            health.field("xid", r.xidErrors);
            health.field("rr", r.rowRemapFailure);
            health.field("mem", r.memoryTotalMb);
            health.field("ecc", r.eccUncorrectedErrors);
            health.endRow();
        }
        if (h.processesCollected) {
            for (const GpuProcess &p : h.processes) {
                procs.beginRow();
                procs.field("i", item);
                procs.field("gpu_index", p.gpuIndex);
                procs.field("gpu_uuid", p.gpuUuid);
                procs.field("pid", p.pid);
                procs.field("process_name", p.processName);
                procs.field("username", p.username);
                procs.field("used_memory_mb", p.usedMemoryMb);
                procs.endRow();
            }
        }
        ++item;
    }
}

QByteArray HeartbeatIngestService::BatchRows::document() const
{
    QByteArray out;
    out.reserve(hb.size() + gpus.size() + health.size() + procs.size() + 40);
    out += "{\"hb\":[" + hb + "],\"gpus\":[" + gpus + "],\"health\":[" + health + "],\"procs\":[" +
           procs + "]}";
    return out;
}

Result<int> HeartbeatIngestService::intervalSeconds()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_mutex);
        if (m_cachedInterval > 0 && nowMs - m_intervalReadAtMs < IntervalCacheMs)
            return m_cachedInterval;
    }
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto secs = SettingsRepository(*session).agentIntervalSecs();
    if (!secs)
        return secs.error();
    QMutexLocker lock(&m_mutex);
    m_cachedInterval = *secs;
    m_intervalReadAtMs = nowMs;
    return *secs;
}

Result<HeartbeatIngestService::Outcomes>
HeartbeatIngestService::writeBatch(const QList<std::shared_ptr<Pending>> &batch)
{
    BatchRows rows;
    const QDateTime now = m_clock.now();
    int first = 0;
    for (const auto &p : batch) {
        appendRows(rows, first, p->tokenHash, p->heartbeats, now);
        first += int(p->heartbeats.size());
    }
    const QByteArray document = rows.document();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    // Two batches that share a host can deadlock on its rows; the loser is rolled back by the
    // server and simply runs again.
    for (int attempt = 0;; ++attempt) {
        auto outcomes = HeartbeatRepository(*session).ingest(document, now);
        if (outcomes || attempt >= 2 ||
            !SqlSession::databaseDetailOf(outcomes.error()).contains(u"40P01"_s))
            return outcomes;
    }
}

Result<HeartbeatIngestService::Summary>
HeartbeatIngestService::ingest(const QString &agentToken, const QList<AgentHeartbeat> &heartbeats)
{
    auto interval = intervalSeconds();
    if (!interval)
        return interval.error();
    auto mine = std::make_shared<Pending>();
    mine->lingerUntil = QDeadlineTimer(m_lingerMs);
    mine->tokenHash = AgentEnrollmentService::tokenHash(agentToken);
    mine->heartbeats = heartbeats;

    // Group commit: queue, then either wait for a writer to take this request along, or become
    // the writer of everything queued when a writer slot is free.
    QMutexLocker lock(&m_mutex);
    m_queue.append(mine);
    m_queuedHeartbeats += heartbeats.size();
    if (m_queuedHeartbeats >= MaxBatchHeartbeats)
        m_changed.wakeAll(); // a lingering writer has a full batch
    while (!mine->done) {
        if (m_writers >= m_maxWriters || m_queue.isEmpty()) {
            m_changed.wait(&m_mutex);
            continue;
        }
        // Linger until the oldest queued request has waited m_lingerMs, for the heartbeats
        // other agents are sending: a batch costs the database about 1.3 ms plus 0.3 ms per
        // heartbeat (docs/benchmarks.md), so batches of one or two cost twice the CPU of
        // batches of six. Counted from the request's arrival, so a request that already waited
        // for a free writer does not linger again.
        ++m_writers;
        while (!m_queue.isEmpty() && m_queuedHeartbeats < MaxBatchHeartbeats &&
               !m_queue.first()->lingerUntil.hasExpired())
            m_changed.wait(&m_mutex, m_queue.first()->lingerUntil);
        QList<std::shared_ptr<Pending>> batch;
        qsizetype count = 0;
        while (
            !m_queue.isEmpty() &&
            (batch.isEmpty() || count + m_queue.first()->heartbeats.size() <= MaxBatchHeartbeats)) {
            count += m_queue.first()->heartbeats.size();
            batch.append(m_queue.takeFirst());
        }
        m_queuedHeartbeats -= count;
        if (batch.isEmpty()) { // another writer took them while this one lingered
            --m_writers;
            continue;
        }
        lock.unlock();
        auto outcomes = writeBatch(batch);
        QList<Result<Outcomes>> results;
        if (outcomes) {
            qsizetype at = 0;
            for (const auto &p : std::as_const(batch)) {
                results.append(outcomes->mid(at, p->heartbeats.size()));
                at += p->heartbeats.size();
            }
        } else if (batch.size() > 1) {
            // One request's rows failed the whole statement: each request alone, so only its own
            // agent hears of it.
            for (const auto &p : std::as_const(batch))
                results.append(writeBatch({p}));
        } else {
            results.append(outcomes);
        }
        lock.relock();
        for (qsizetype i = 0; i < batch.size(); ++i) {
            batch[i]->result = results[i];
            batch[i]->done = true;
        }
        --m_writers;
        m_changed.wakeAll();
    }
    lock.unlock();

    if (!mine->result)
        return mine->result.error();
    const Outcomes &outcomes = *mine->result;
    if (outcomes.size() != heartbeats.size())
        return Error::internal(u"The heartbeat batch came back incomplete"_s);
    Summary summary;
    summary.intervalSeconds = *interval;
    summary.serverTime = m_clock.now();
    for (HeartbeatRepository::Outcome o : outcomes) {
        switch (o) {
        case HeartbeatRepository::Outcome::Unauthorized:
            return Error::unauthorized(
                u"agent token refused: it is unknown or was revoked; re-enrol with --enroll-token"_s);
        case HeartbeatRepository::Outcome::Accepted:
            ++summary.accepted;
            break;
        case HeartbeatRepository::Outcome::Duplicate:
            ++summary.duplicates;
            break;
        case HeartbeatRepository::Outcome::TooOld:
            ++summary.tooOld;
            break;
        }
    }
    return summary;
}

} // namespace remotegpu
