#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace remotegpu {

class SqlSession;

// Stores batches of agent heartbeats (sql/0024 remotegpu_ingest_heartbeats): raw and latest
// metrics, liveness, processes, GPU health, the alert evaluation and the C2 metrics events, for
// every heartbeat of the batch in one statement, in the caller's transaction (or its own).
class HeartbeatRepository
{
public:
    enum class Outcome { Accepted, Duplicate, TooOld, Unauthorized };

    explicit HeartbeatRepository(SqlSession &session)
        : m_session(session)
    {}

    // `batch` is the JSON document remotegpu_ingest_heartbeats reads; the outcomes are in item
    // order (item i of the batch is outcome i). `now` is the server's time of receipt.
    Result<QList<Outcome>> ingest(const QByteArray &batch, const QDateTime &now);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
