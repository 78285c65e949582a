#pragma once

#include "AgentHeartbeat.h"
#include "HeartbeatRepository.h"
#include "JsonStreamWriter.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <memory>

namespace remotegpu {

class Clock;
class DatabasePool;

// POST /api/agent/heartbeat (contract C1): checks the body, then stores it with the heartbeats
// other agents sent at the same moment — group commit: the requests that arrive while a batch
// is being written wait, and the next writer takes them all in one statement and one
// transaction (sql/0024 remotegpu_ingest_heartbeats). Under load a batch holds hundreds of
// heartbeats and each costs a fraction of a round trip; alone, a heartbeat is written at once.
class HeartbeatIngestService
{
public:
    struct Summary
    {
        int accepted = 0;
        int duplicates = 0;
        int tooOld = 0;
        int intervalSeconds = 10;
        QDateTime serverTime;
    };

    // A collectedAt further ahead of the server's clock than this is refused (400).
    static constexpr qint64 maxClockAheadSeconds = 300;
    static constexpr qsizetype maxHeartbeatsPerRequest = 100;

    // `lingerMs`: how long a writer waits for more heartbeats before it writes a batch that is
    // not full.
    HeartbeatIngestService(DatabasePool &pool, const Clock &clock, int maxConcurrentBatches = 2,
                           int lingerMs = defaultLingerMs);
    static constexpr int defaultLingerMs = 2;
    ~HeartbeatIngestService();

    // The heartbeats of a request body (one heartbeat object, or {"heartbeats": [...]}), checked;
    // 400 with field errors ("heartbeats[2].gpus[0].temperature") otherwise.
    Result<QList<AgentHeartbeat>> parse(const QJsonObject &body) const;

    // Stores `heartbeats` for the host whose agent token is `agentToken` (clear). 401 when no
    // host holds that token (unknown or revoked).
    Result<Summary> ingest(const QString &agentToken, const QList<AgentHeartbeat> &heartbeats);

    // The batch document remotegpu_ingest_heartbeats reads, items numbered from `firstItem`
    // (rows appended to `into`). Public for its test.
    struct BatchRows
    {
        BatchRows();
        // Each an open JSON array of row objects, which document() closes.
        JsonStreamWriter hb, gpus, health, procs;
        QByteArray document() const;
    };
    static void appendRows(BatchRows &into, int firstItem, const QString &tokenHash,
                           const QList<AgentHeartbeat> &heartbeats, const QDateTime &now);
    // The C2 metrics event of one heartbeat after `{"type":"metrics","hostId":…,` (the database
    // adds the host), kept under the NOTIFY limit by leaving out GPUs if it must.
    static QByteArray metricsEventTail(const AgentHeartbeat &heartbeat);
    // What a health report says is wrong, in words ("XID 79, 48; 2 uncorrectable ECC errors").
    static QString healthReason(const GpuHealthReport &report);

private:
    struct Pending;
    using Outcomes = QList<HeartbeatRepository::Outcome>;
    Result<Outcomes> writeBatch(const QList<std::shared_ptr<Pending>> &batch);
    Result<int> intervalSeconds();

    DatabasePool &m_pool;
    const Clock &m_clock;
    const int m_maxWriters;
    const int m_lingerMs;
    qsizetype m_queuedHeartbeats = 0;
    QMutex m_mutex;
    QWaitCondition m_changed;
    QList<std::shared_ptr<Pending>> m_queue;
    int m_writers = 0;
    int m_cachedInterval = 0;
    qint64 m_intervalReadAtMs = 0;
};

} // namespace remotegpu
