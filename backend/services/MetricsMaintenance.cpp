#include "MetricsMaintenance.h"

#include "Clock.h"
#include "DatabasePool.h"
#include "JsonLog.h"
#include "MetricsPartitionRepository.h"
#include "SqlSession.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 RollupSpanSeconds = qint64(6) * 3600;

struct Table
{
    const char *name;
    const char *key;
    const char *unit;
    int ahead; // partitions after the current one
    const char *retentionKey;
    int retentionFallbackDays;
};

constexpr Table kTables[] = {
    {"host_metrics", "collected_at", "day", 3, "metrics_retention_days", 7},
    {"gpu_metrics", "collected_at", "day", 3, "metrics_retention_days", 7},
    {"host_metrics_1m", "bucket", "day", 3, "metrics_1m_retention_days", 90},
    {"gpu_metrics_1m", "bucket", "day", 3, "metrics_1m_retention_days", 90},
    {"host_metrics_1h", "bucket", "month", 2, "metrics_1h_retention_days", 730},
    {"gpu_metrics_1h", "bucket", "month", 2, "metrics_1h_retention_days", 730},
};

} // namespace

MetricsMaintenance::MetricsMaintenance(DatabasePool &pool, const Clock &clock, int intervalMs)
    : m_pool(pool)
    , m_clock(clock)
    // The first pass at start: today's and the next days' partitions exist from the start.
    , m_job(pool.threadPool(), intervalMs, [this] {
        auto report = runOnce(m_clock.now());
        if (!report)
            qCWarning(lcDb).noquote() << "metrics maintenance failed:" << report.error().message;
    })
{}

Result<MetricsMaintenanceReport> MetricsMaintenance::runOnce(const QDateTime &nowIn,
                                                             int maxRollupSteps)
{
    const QDateTime now = nowIn.toUTC();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    MetricsPartitionRepository repo(*session);
    MetricsMaintenanceReport report;
    for (const Table &t : kTables) {
        const QString name = QString::fromLatin1(t.name);
        auto created = repo.ensurePartitions(name, QString::fromLatin1(t.key),
                                             QString::fromLatin1(t.unit), now, t.ahead + 1);
        if (!created)
            return created.error();
        report.partitionsCreated += *created;
    }
    for (int step = 0; step < maxRollupSteps; ++step) {
        auto rolled = repo.rollup(now, RollupSpanSeconds);
        if (!rolled)
            return rolled.error();
        const bool moved =
            rolled->minutesUpTo != report.minutesUpTo || rolled->hoursUpTo != report.hoursUpTo;
        report.minutesUpTo = rolled->minutesUpTo;
        report.hoursUpTo = rolled->hoursUpTo;
        if (!moved)
            break;
    }
    for (const Table &t : kTables) {
        auto days = repo.intSetting(QString::fromLatin1(t.retentionKey), t.retentionFallbackDays);
        if (!days)
            return days.error();
        auto dropped = repo.dropPartitionsBefore(QString::fromLatin1(t.name),
                                                 now.addDays(-std::max(1, *days)));
        if (!dropped)
            return dropped.error();
        report.partitionsDropped += *dropped;
    }
    if (report.partitionsCreated > 0 || report.partitionsDropped > 0)
        JsonLog::event(
            lcDb(), QtInfoMsg, u"metric partitions"_s,
            {{u"created"_s, report.partitionsCreated}, {u"dropped"_s, report.partitionsDropped}});
    return report;
}

} // namespace remotegpu
