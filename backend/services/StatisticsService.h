#pragma once

#include "Clock.h"
#include "Principal.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace remotegpu {

class DatabasePool;
class SqlSession;

// The dashboard, statistics and customer machine views (issue 4 items 5 and 7): reads the
// settings they depend on (expiring window, agent sampling interval), turns the repositories'
// rows into the wire answers and, for the admin reports, into CSV downloads.
class StatisticsService
{
public:
    struct TimeRange
    {
        QDateTime from;
        QDateTime to;
    };

    // An admin report in both forms; `csv` is filled only when asked for.
    struct Report
    {
        QJsonObject json;
        QByteArray csv;
        QString fileName; // for Content-Disposition
    };

    static constexpr int MinTrendStepSecs = 60;
    static constexpr int MaxTrendStepSecs = 86400;
    static constexpr int DefaultTrendStepSecs = 300;
    static constexpr int MaxTrendPoints = 2000;
    static constexpr qint64 MaxStatisticsRangeSecs = 366LL * 86400;

    StatisticsService(DatabasePool &pool, const Clock &clock)
        : m_pool(pool)
        , m_clock(clock)
    {}

    // `from`/`to` ISO 8601 (a time without offset is UTC); defaults: to = now, from = to minus
    // `defaultSpanSecs`. 400 naming the parameter when unreadable, from >= to, or the range is
    // longer than `maxSpanSecs`.
    static Result<TimeRange> parseRange(const QUrlQuery &query, qint64 defaultSpanSecs,
                                        qint64 maxSpanSecs, const QDateTime &now);
    // `format` absent or json → false, csv → true, anything else → 400.
    static Result<bool> wantsCsv(const QUrlQuery &query);

    Result<Report> adminStats(bool csv) const;
    Result<Report> gpuTrend(const QUrlQuery &query, bool csv) const;
    Result<Report> resourceStatistics(const QUrlQuery &query, bool csv) const;
    Result<Report> customerStatistics(const QUrlQuery &query, bool csv) const;

    // The customer side, limited to principal.scopeTenant() (every tenant for an admin).
    Result<QJsonObject> customerStats(const Principal &principal) const;
    Result<QJsonObject> customerMachines(const Principal &principal, const QUrlQuery &query) const;
    Result<QJsonObject> customerMachine(const Principal &principal, const QString &id) const;
    Result<QJsonObject> customerMachineSummary(const Principal &principal) const;

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
};

} // namespace remotegpu
