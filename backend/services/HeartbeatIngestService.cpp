#include "HeartbeatIngestService.h"

#include "AgentEnrollmentService.h"
#include "Clock.h"
#include "DatabasePool.h"
#include "JsonLog.h"
#include "JsonStreamWriter.h"
#include "SettingsRepository.h"
#include "SqlSession.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>

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
    // Written straight to bytes like the batch rows: this runs for every live heartbeat, and
    // building QJsonObjects to serialise them was a twentieth of the server's CPU.
    auto write = [&h](qsizetype gpuCount, QList<qsizetype> *gpuEnds) {
        JsonStreamWriter w(1024);
        w.beginObject();
        w.timestamp("at"_L1, h.collectedAt);
        w.key("host"_L1);
        w.beginObject();
        w.optional("cpuUsagePercent"_L1, h.host.cpuUsagePercent);
        w.optional("memoryUsagePercent"_L1, h.host.memoryUsagePercent);
        w.optional("gpuAvgUtilization"_L1, h.host.gpuAvgUtilization);
        w.optional("gpuAvgTemperature"_L1, h.host.gpuAvgTemperature);
        w.optional("gpuAvgPower"_L1, h.host.gpuAvgPower);
        w.endObject();
        w.key("gpus"_L1);
        w.beginArray();
        for (qsizetype i = 0; i < gpuCount; ++i) {
            const GpuMetricSample &g = h.gpus.at(i);
            w.beginObject();
            w.field("index"_L1, g.gpuIndex);
            w.optional("utilizationPercent"_L1, g.utilizationPercent);
            w.optional("memoryUsed"_L1, g.memoryUsed);
            w.optional("memoryUsagePercent"_L1, g.memoryUsagePercent);
            w.optional("temperature"_L1, g.temperature);
            w.optional("powerDraw"_L1, g.powerDraw);
            w.endObject();
            if (gpuEnds)
                gpuEnds->append(w.bytes().size());
        }
        w.endArray();
        w.endObject();
        return w.take();
    };
    QList<qsizetype> gpuEnds;
    QByteArray event = write(h.gpus.size(), &gpuEnds);
    if (event.size() > MaxEventTailBytes + 1) {
        // 64 GPUs with every figure would pass the NOTIFY limit: the first GPUs that fit.
        const qsizetype closing = 2; // "]}"
        qsizetype fit = 0;
        while (fit < gpuEnds.size() && gpuEnds.at(fit) + closing <= MaxEventTailBytes + 1)
            ++fit;
        event = write(fit, nullptr);
    }
    return event.mid(1); // without "{": the database writes type and hostId first
}

namespace {

// A figure the agent did not report is left out of its row: the database reads a missing key as
// NULL, and the batch stays smaller.
template<typename T>
void putFigure(JsonStreamWriter &w, QLatin1StringView key, const std::optional<T> &figure)
{
    if (figure)
        w.field(key, *figure);
}

} // namespace

HeartbeatIngestService::BatchRows::BatchRows()
{
    for (JsonStreamWriter *list : {&hb, &gpus, &health, &procs})
        list->beginArray();
}

void HeartbeatIngestService::appendRows(BatchRows &into, int firstItem, const QString &tokenHash,
                                        const QList<AgentHeartbeat> &heartbeats,
                                        const QDateTime &now)
{
    JsonStreamWriter &hb = into.hb;
    JsonStreamWriter &gpus = into.gpus;
    JsonStreamWriter &health = into.health;
    JsonStreamWriter &procs = into.procs;
    int item = firstItem;
    for (const AgentHeartbeat &h : heartbeats) {
        const qint64 at = h.collectedAt.toMSecsSinceEpoch();
        hb.beginObject();
        hb.field("i"_L1, item);
        hb.field("th"_L1, tokenHash);
        hb.key("at"_L1);
        hb.timestampMs(at);
        hb.field("av"_L1, h.agentVersion);
        hb.field("seq"_L1, h.sequence);
        hb.field("iv"_L1, h.intervalSeconds);
        hb.field("dr"_L1, h.bufferedDropped);
        hb.field("pc"_L1, h.processesCollected);
        if (h.collectedAt.secsTo(now) <= 60)
            hb.field("np"_L1, QLatin1StringView(metricsEventTail(h))); // ASCII: keys, figures
        const HostMetricSample &s = h.host;
        putFigure(hb, "cpu_usage_percent"_L1, s.cpuUsagePercent);
        putFigure(hb, "cpu_load_1m"_L1, s.cpuLoad1m);
        putFigure(hb, "cpu_load_5m"_L1, s.cpuLoad5m);
        putFigure(hb, "cpu_load_15m"_L1, s.cpuLoad15m);
        putFigure(hb, "memory_used"_L1, s.memoryUsed);
        putFigure(hb, "memory_available"_L1, s.memoryAvailable);
        putFigure(hb, "memory_usage_percent"_L1, s.memoryUsagePercent);
        putFigure(hb, "disk_used"_L1, s.diskUsed);
        putFigure(hb, "disk_available"_L1, s.diskAvailable);
        putFigure(hb, "disk_usage_percent"_L1, s.diskUsagePercent);
        putFigure(hb, "disk_io_read_bytes"_L1, s.diskIoReadBytes);
        putFigure(hb, "disk_io_write_bytes"_L1, s.diskIoWriteBytes);
        putFigure(hb, "network_rx_bytes"_L1, s.networkRxBytes);
        putFigure(hb, "network_tx_bytes"_L1, s.networkTxBytes);
        putFigure(hb, "network_rx_packets"_L1, s.networkRxPackets);
        putFigure(hb, "network_tx_packets"_L1, s.networkTxPackets);
        putFigure(hb, "gpu_avg_utilization"_L1, s.gpuAvgUtilization);
        putFigure(hb, "gpu_avg_memory_used"_L1, s.gpuAvgMemoryUsed);
        putFigure(hb, "gpu_avg_temperature"_L1, s.gpuAvgTemperature);
        putFigure(hb, "gpu_avg_power"_L1, s.gpuAvgPower);
        hb.endObject();
        for (const GpuMetricSample &g : h.gpus) {
            gpus.beginObject();
            gpus.field("i"_L1, item);
            gpus.key("at"_L1);
            gpus.timestampMs(at);
            gpus.field("idx"_L1, g.gpuIndex);
            putFigure(gpus, "utilization_percent"_L1, g.utilizationPercent);
            putFigure(gpus, "memory_used"_L1, g.memoryUsed);
            putFigure(gpus, "memory_usage_percent"_L1, g.memoryUsagePercent);
            putFigure(gpus, "temperature"_L1, g.temperature);
            putFigure(gpus, "power_draw"_L1, g.powerDraw);
            putFigure(gpus, "fan_speed_percent"_L1, g.fanSpeedPercent);
            putFigure(gpus, "sm_clock"_L1, g.smClock);
            putFigure(gpus, "memory_clock"_L1, g.memoryClock);
            putFigure(gpus, "process_count"_L1, g.processCount);
            gpus.endObject();
        }
        for (const GpuHealthReport &r : h.gpuHealth) {
            health.beginObject();
            health.field("i"_L1, item);
            health.key("at"_L1);
            health.timestampMs(at);
            health.field("idx"_L1, r.gpuIndex);
            health.field("uuid"_L1, r.uuid);
            health.field("name"_L1, r.name);
            health.field("ok"_L1, r.healthy);
            health.field("why"_L1, healthReason(r));
            health.key("xid"_L1);
            health.beginArray();
            for (int code : r.xidErrors)
                health.value(code);
            health.endArray();
            health.field("rr"_L1, r.rowRemapFailure);
            putFigure(health, "mem"_L1, r.memoryTotalMb);
            putFigure(health, "ecc"_L1, r.eccUncorrectedErrors);
            health.endObject();
        }
        if (h.processesCollected) {
            for (const GpuProcess &p : h.processes) {
                procs.beginObject();
                procs.field("i"_L1, item);
                procs.field("gpu_index"_L1, p.gpuIndex);
                procs.field("gpu_uuid"_L1, p.gpuUuid);
                procs.field("pid"_L1, p.pid);
                procs.field("process_name"_L1, p.processName);
                procs.field("username"_L1, p.username);
                putFigure(procs, "used_memory_mb"_L1, p.usedMemoryMb);
                procs.endObject();
            }
        }
        ++item;
    }
}

QByteArray HeartbeatIngestService::BatchRows::document() const
{
    // Each list is an open JSON array ("[{…},{…}"), closed here.
    QByteArray out;
    out.reserve(hb.bytes().size() + gpus.bytes().size() + health.bytes().size() +
                procs.bytes().size() + 40);
    out += "{\"hb\":" + hb.bytes() + "],\"gpus\":" + gpus.bytes() +
           "],\"health\":" + health.bytes() + "],\"procs\":" + procs.bytes() + "]}";
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
