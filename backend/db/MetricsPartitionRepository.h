#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

namespace remotegpu {

class SqlSession;

// The metric tables' lifecycle in SQL (sql/0021, sql/0024): partitions created ahead, whole
// partitions dropped after their retention, and the 1-minute / 1-hour rollups.
class MetricsPartitionRepository
{
public:
    explicit MetricsPartitionRepository(SqlSession &session)
        : m_session(session)
    {}

    // remotegpu_ensure_partitions: `count` partitions of `table` from the one holding `from`;
    // `unit` day or month. How many were created.
    Result<int> ensurePartitions(const QString &table, const QString &keyColumn,
                                 const QString &unit, const QDateTime &from, int count);
    // remotegpu_drop_partitions_before: how many partitions ending at or before `cutoff` went.
    Result<int> dropPartitionsBefore(const QString &table, const QDateTime &cutoff);
    // An int setting of system_configs (remotegpu_config_int), or `fallback`.
    Result<int> intSetting(const QString &key, int fallback);

    struct RollupStep
    {
        QDateTime minutesUpTo; // raw → 1m done up to here (exclusive)
        QDateTime hoursUpTo;   // 1m → 1h done up to here (exclusive)
    };
    // One step of remotegpu_rollup_metrics at `now`, at most `spanSeconds` of raw data.
    Result<RollupStep> rollup(const QDateTime &now, qint64 spanSeconds);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
