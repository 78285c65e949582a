#pragma once

#include "AgentHeartbeat.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace remotegpu {

// Heartbeats not yet accepted by the server, on disk, oldest first: one JSON file per heartbeat
// named by its sequence number, plus state.json with the next sequence number and the count of
// heartbeats dropped. So the order and the counters survive an agent restart, and a heartbeat
// is never in memory only while the server is away. Bounded: appending to a full buffer drops
// the oldest heartbeat and counts it (the count goes out in every heartbeat as bufferedDropped).
// A file that no longer parses (a disk fault, a crash mid-write on a file system without atomic
// rename) is removed with a warning and counted, never sent.
class HeartbeatBuffer
{
public:
    HeartbeatBuffer(QString directory, qsizetype maxCount);

    Result<void> open();

    // The sequence number for the next heartbeat produced; persisted before it is handed out.
    qint64 takeSequence();
    Result<void> append(const AgentHeartbeat &heartbeat);
    // Up to `count` heartbeats, oldest first (corrupt files skipped and removed).
    QList<AgentHeartbeat> oldest(qsizetype count);
    void remove(const QList<qint64> &sequences);

    qsizetype size() const { return m_sequences.size(); }
    bool isEmpty() const { return m_sequences.isEmpty(); }
    qsizetype maxCount() const { return m_maxCount; }
    qint64 droppedCount() const { return m_dropped; }
    qint64 corruptCount() const { return m_corrupt; }
    const QString &directory() const { return m_directory; }

private:
    QString fileFor(qint64 sequence) const;
    void saveState();

    QString m_directory;
    qsizetype m_maxCount;
    QList<qint64> m_sequences; // ascending
    qint64 m_nextSequence = 1;
    qint64 m_dropped = 0;
    qint64 m_corrupt = 0;
};

} // namespace remotegpu
