#include "HeartbeatIngestService.h"

#include "AgentEnrollmentService.h"
#include "Clock.h"
#include "DatabasePool.h"
#include "JsonLog.h"
#include "SettingsRepository.h"
#include "SqlSession.h"

#include <QDateTime>
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

void put(QJsonObject &row, const QString &key, const std::optional<double> &v)
{
    if (v)
        row.insert(key, *v);
}
void put(QJsonObject &row, const QString &key, const std::optional<qint64> &v)
{
    if (v)
        row.insert(key, *v);
}
void put(QJsonObject &row, const QString &key, const std::optional<int> &v)
{
    if (v)
        row.insert(key, *v);
}

QJsonValue figure(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QJsonValue figure(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

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
    bool done = false;
    Result<Outcomes> result = Outcomes{};
};

HeartbeatIngestService::HeartbeatIngestService(DatabasePool &pool, const Clock &clock,
                                               int maxConcurrentBatches)
    : m_pool(pool)
    , m_clock(clock)
    , m_maxWriters(std::max(1, maxConcurrentBatches))
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
    const QJsonObject host{{u"cpuUsagePercent"_s, figure(h.host.cpuUsagePercent)},
                           {u"memoryUsagePercent"_s, figure(h.host.memoryUsagePercent)},
                           {u"gpuAvgUtilization"_s, figure(h.host.gpuAvgUtilization)},
                           {u"gpuAvgTemperature"_s, figure(h.host.gpuAvgTemperature)},
                           {u"gpuAvgPower"_s, figure(h.host.gpuAvgPower)}};
    QJsonArray gpus;
    for (const GpuMetricSample &g : h.gpus)
        gpus.append(QJsonObject{{u"index"_s, g.gpuIndex},
                                {u"utilizationPercent"_s, figure(g.utilizationPercent)},
                                {u"memoryUsed"_s, figure(g.memoryUsed)},
                                {u"memoryUsagePercent"_s, figure(g.memoryUsagePercent)},
                                {u"temperature"_s, figure(g.temperature)},
                                {u"powerDraw"_s, figure(g.powerDraw)}});
    QByteArray out;
    while (true) {
        const QJsonObject event{{u"at"_s, h.collectedAt.toUTC().toString(Qt::ISODateWithMs)},
                                {u"host"_s, host},
                                {u"gpus"_s, gpus}};
        out = QJsonDocument(event).toJson(QJsonDocument::Compact);
        if (out.size() <= MaxEventTailBytes || gpus.isEmpty())
            break;
        gpus.removeLast(); // 64 GPUs with every figure would pass the NOTIFY limit
    }
    return out.mid(1); // without "{": the database writes type and hostId first
}

void HeartbeatIngestService::appendRows(BatchRows &into, int firstItem, const QString &tokenHash,
                                        const QList<AgentHeartbeat> &heartbeats,
                                        const QDateTime &now)
{
    int item = firstItem;
    for (const AgentHeartbeat &h : heartbeats) {
        const QString at = h.collectedAt.toUTC().toString(Qt::ISODateWithMs);
        QJsonObject row{{u"i"_s, item},
                        {u"th"_s, tokenHash},
                        {u"at"_s, at},
                        {u"av"_s, h.agentVersion},
                        {u"seq"_s, h.sequence},
                        {u"iv"_s, h.intervalSeconds},
                        {u"dr"_s, h.bufferedDropped},
                        {u"pc"_s, h.processesCollected}};
        if (h.collectedAt.secsTo(now) <= 60)
            row.insert(u"np"_s, QString::fromUtf8(metricsEventTail(h)));
        const HostMetricSample &s = h.host;
        put(row, u"cpu_usage_percent"_s, s.cpuUsagePercent);
        put(row, u"cpu_load_1m"_s, s.cpuLoad1m);
        put(row, u"cpu_load_5m"_s, s.cpuLoad5m);
        put(row, u"cpu_load_15m"_s, s.cpuLoad15m);
        put(row, u"memory_used"_s, s.memoryUsed);
        put(row, u"memory_available"_s, s.memoryAvailable);
        put(row, u"memory_usage_percent"_s, s.memoryUsagePercent);
        put(row, u"disk_used"_s, s.diskUsed);
        put(row, u"disk_available"_s, s.diskAvailable);
        put(row, u"disk_usage_percent"_s, s.diskUsagePercent);
        put(row, u"disk_io_read_bytes"_s, s.diskIoReadBytes);
        put(row, u"disk_io_write_bytes"_s, s.diskIoWriteBytes);
        put(row, u"network_rx_bytes"_s, s.networkRxBytes);
        put(row, u"network_tx_bytes"_s, s.networkTxBytes);
        put(row, u"network_rx_packets"_s, s.networkRxPackets);
        put(row, u"network_tx_packets"_s, s.networkTxPackets);
        put(row, u"gpu_avg_utilization"_s, s.gpuAvgUtilization);
        put(row, u"gpu_avg_memory_used"_s, s.gpuAvgMemoryUsed);
        put(row, u"gpu_avg_temperature"_s, s.gpuAvgTemperature);
        put(row, u"gpu_avg_power"_s, s.gpuAvgPower);
        into.hb.append(row);
        for (const GpuMetricSample &g : h.gpus) {
            QJsonObject gpu{{u"i"_s, item}, {u"at"_s, at}, {u"idx"_s, g.gpuIndex}};
            put(gpu, u"utilization_percent"_s, g.utilizationPercent);
            put(gpu, u"memory_used"_s, g.memoryUsed);
            put(gpu, u"memory_usage_percent"_s, g.memoryUsagePercent);
            put(gpu, u"temperature"_s, g.temperature);
            put(gpu, u"power_draw"_s, g.powerDraw);
            put(gpu, u"fan_speed_percent"_s, g.fanSpeedPercent);
            put(gpu, u"sm_clock"_s, g.smClock);
            put(gpu, u"memory_clock"_s, g.memoryClock);
            put(gpu, u"process_count"_s, g.processCount);
            into.gpus.append(gpu);
        }
        for (const GpuHealthReport &r : h.gpuHealth) {
            QJsonArray xids;
            for (int code : r.xidErrors)
                xids.append(code);
            QJsonObject health{{u"i"_s, item},
                               {u"at"_s, at},
                               {u"idx"_s, r.gpuIndex},
                               {u"uuid"_s, r.uuid},
                               {u"name"_s, r.name},
                               {u"ok"_s, r.healthy},
                               {u"why"_s, healthReason(r)},
                               {u"xid"_s, xids},
                               {u"rr"_s, r.rowRemapFailure}};
            put(health, u"mem"_s, r.memoryTotalMb);
            put(health, u"ecc"_s, r.eccUncorrectedErrors);
            into.health.append(health);
        }
        if (h.processesCollected) {
            for (const GpuProcess &p : h.processes) {
                QJsonObject proc{{u"i"_s, item},
                                 {u"gpu_index"_s, p.gpuIndex},
                                 {u"gpu_uuid"_s, p.gpuUuid},
                                 {u"pid"_s, p.pid},
                                 {u"process_name"_s, p.processName},
                                 {u"username"_s, p.username}};
                put(proc, u"used_memory_mb"_s, p.usedMemoryMb);
                into.procs.append(proc);
            }
        }
        ++item;
    }
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
    const QByteArray document = QJsonDocument(QJsonObject{{u"hb"_s, rows.hb},
                                                          {u"gpus"_s, rows.gpus},
                                                          {u"health"_s, rows.health},
                                                          {u"procs"_s, rows.procs}})
                                    .toJson(QJsonDocument::Compact);
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
    mine->tokenHash = AgentEnrollmentService::tokenHash(agentToken);
    mine->heartbeats = heartbeats;

    // Group commit: queue, then either wait for a writer to take this request along, or become
    // the writer of everything queued when a writer slot is free.
    QMutexLocker lock(&m_mutex);
    m_queue.append(mine);
    while (!mine->done) {
        if (m_writers >= m_maxWriters || m_queue.isEmpty()) {
            m_changed.wait(&m_mutex);
            continue;
        }
        QList<std::shared_ptr<Pending>> batch;
        qsizetype count = 0;
        while (
            !m_queue.isEmpty() &&
            (batch.isEmpty() || count + m_queue.first()->heartbeats.size() <= MaxBatchHeartbeats)) {
            count += m_queue.first()->heartbeats.size();
            batch.append(m_queue.takeFirst());
        }
        ++m_writers;
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
