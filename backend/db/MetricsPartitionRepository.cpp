#include "MetricsPartitionRepository.h"

#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<int> MetricsPartitionRepository::ensurePartitions(const QString &table,
                                                         const QString &keyColumn,
                                                         const QString &unit, const QDateTime &from,
                                                         int count)
{
    auto q = m_session.exec(
        u"SELECT remotegpu_ensure_partitions(?::regclass, ?, ?, ?::timestamptz, ?)"_s,
        {table, keyColumn, unit, from.toUTC(), count});
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toInt() : 0;
}

Result<int> MetricsPartitionRepository::dropPartitionsBefore(const QString &table,
                                                             const QDateTime &cutoff)
{
    auto q =
        m_session.exec(u"SELECT remotegpu_drop_partitions_before(?::regclass, ?::timestamptz)"_s,
                       {table, cutoff.toUTC()});
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toInt() : 0;
}

Result<int> MetricsPartitionRepository::intSetting(const QString &key, int fallback)
{
    auto q = m_session.exec(u"SELECT remotegpu_config_int(?, ?)"_s, {key, fallback});
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toInt() : fallback;
}

Result<MetricsPartitionRepository::RollupStep>
MetricsPartitionRepository::rollup(const QDateTime &now, qint64 spanSeconds)
{
    auto q = m_session.exec(u"SELECT rollup, rolled_up_to FROM remotegpu_rollup_metrics("
                            "?::timestamptz, make_interval(secs => ?))"_s,
                            {now.toUTC(), spanSeconds});
    if (!q)
        return q.error();
    RollupStep step;
    while ((*q)->next()) {
        const QDateTime at = (*q)->value(1).toDateTime().toUTC();
        if ((*q)->value(0).toString() == u"1m"_s)
            step.minutesUpTo = at;
        else
            step.hoursUpTo = at;
    }
    return step;
}

} // namespace remotegpu
