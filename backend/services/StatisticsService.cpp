#include "StatisticsService.h"

#include "CsvWriter.h"
#include "CustomerMachineRepository.h"
#include "DashboardRepository.h"
#include "GpuTrend.h"
#include "JsonWriter.h"
#include "PageRequest.h"
#include "QueryParameters.h"
#include "SettingsRepository.h"
#include "SqlSession.h"
#include "StatisticsRepository.h"
#include "TenantStatisticsReport.h"

#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kDay = 86400;

// Sums of doubles carry binary noise (0.1 + 0.2); six decimals is far below what a GPU-hour
// figure means and keeps the answers stable for clients and tests.
double rounded(double v)
{
    return std::round(v * 1e6) / 1e6;
}

QJsonValue optionalRounded(const std::optional<double> &v)
{
    return v ? QJsonValue(rounded(*v)) : QJsonValue(QJsonValue::Null);
}

QVariant csvOptional(const std::optional<double> &v)
{
    return v ? QVariant(rounded(*v)) : QVariant();
}

QString fileStamp(const StatisticsService::TimeRange &range)
{
    return range.from.toUTC().toString(u"yyyyMMdd'T'HHmm"_s) + u'-' +
           range.to.toUTC().toString(u"yyyyMMdd'T'HHmm"_s);
}

// One row of the resource report, per region, per GPU model or over the whole fleet.
struct ResourceGroup
{
    qint64 machines = 0, gpus = 0, allocatedGpus = 0;
    double gpuHoursAllocated = 0, utilizationSum = 0;
    qint64 samples = 0;

    void add(const StatisticsRepository::HostUsage &h)
    {
        ++machines;
        gpus += h.gpus;
        if (h.allocatedNow)
            allocatedGpus += h.gpus;
        gpuHoursAllocated += h.allocatedHours * double(h.gpus);
        utilizationSum += h.utilizationSum;
        samples += h.samples;
    }
    std::optional<double> averageUtilization() const
    {
        return samples > 0 ? std::optional<double>(utilizationSum / double(samples)) : std::nullopt;
    }
    // Each sample stands for one agent interval of one GPU at that utilisation.
    double gpuHoursUsed(int intervalSecs) const
    {
        return utilizationSum / 100.0 * double(intervalSecs) / 3600.0;
    }
    QJsonObject toJson(const QString &keyName, const QString &key, int intervalSecs) const
    {
        QJsonObject o{{u"machines"_s, machines},
                      {u"gpus"_s, gpus},
                      {u"allocatedGpus"_s, allocatedGpus},
                      {u"averageUtilization"_s, optionalRounded(averageUtilization())},
                      {u"gpuHoursAllocated"_s, rounded(gpuHoursAllocated)},
                      {u"gpuHoursUsed"_s, rounded(gpuHoursUsed(intervalSecs))}};
        if (!keyName.isEmpty())
            o.insert(keyName, json::nullable(key));
        return o;
    }
    QVariantList csvValues(int intervalSecs) const
    {
        return {machines,
                gpus,
                allocatedGpus,
                csvOptional(averageUtilization()),
                rounded(gpuHoursAllocated),
                rounded(gpuHoursUsed(intervalSecs))};
    }
};

} // namespace

Result<StatisticsService::TimeRange> StatisticsService::parseRange(const QUrlQuery &query,
                                                                   qint64 defaultSpanSecs,
                                                                   qint64 maxSpanSecs,
                                                                   const QDateTime &now)
{
    auto parse = [&](const QString &name) -> Result<QDateTime> {
        if (!query.hasQueryItem(name))
            return QDateTime();
        return timeParameter(name, query.queryItemValue(name, QUrl::FullyDecoded));
    };
    auto from = parse(u"from"_s);
    if (!from)
        return from.error();
    auto to = parse(u"to"_s);
    if (!to)
        return to.error();
    TimeRange range;
    range.to = to->isValid() ? *to : now.toUTC();
    range.from = from->isValid() ? *from : range.to.addSecs(-defaultSpanSecs);
    if (range.from >= range.to)
        return Error::badRequest(u"from must be earlier than to"_s,
                                 {{u"from"_s, u"must be earlier than to"_s}});
    if (range.from.secsTo(range.to) > maxSpanSecs)
        return Error::badRequest(
            u"The range from %1 to %2 is longer than the %3 days allowed; ask for a shorter one"_s
                .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate))
                .arg(maxSpanSecs / kDay),
            {{u"from"_s, u"range too long"_s}});
    return range;
}

Result<bool> StatisticsService::wantsCsv(const QUrlQuery &query)
{
    if (!query.hasQueryItem(u"format"_s))
        return false;
    const QString format = query.queryItemValue(u"format"_s).toLower();
    if (format == u"csv"_s)
        return true;
    if (format == u"json"_s)
        return false;
    return Error::badRequest(u"format must be json or csv"_s,
                             {{u"format"_s, u"must be json or csv"_s}});
}

Result<StatisticsService::Report> StatisticsService::adminStats(bool csv) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto stats = DashboardRepository(*session).adminStats();
    if (!stats)
        return stats.error();
    Report report;
    report.json = stats->toJson();
    report.fileName = u"dashboard-stats.csv"_s;
    if (csv) {
        // Two columns, one figure a line, in the order of the JSON answer.
        CsvWriter w;
        w.addRow({u"metric"_s, u"value"_s});
        const QJsonObject &j = report.json;
        for (const QString &group : {u"machines"_s, u"gpus"_s}) {
            const QJsonObject o = j.value(group).toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                w.addValues({QString(group + u'.' + it.key()), it.value().toInteger()});
        }
        for (const QString &key : {u"activeAllocations"_s, u"expiringSoon"_s, u"activeAlerts"_s,
                                   u"tenants"_s, u"tenantsWithMachines"_s, u"expiringWindowDays"_s})
            w.addValues({key, j.value(key).toInteger()});
        report.csv = w.data();
    }
    return report;
}

Result<StatisticsService::Report> StatisticsService::gpuTrend(const QUrlQuery &query,
                                                              bool csv) const
{
    auto range = parseRange(query, kDay, MaxTrendPoints * qint64(MaxTrendStepSecs), m_clock.now());
    if (!range)
        return range.error();
    auto stepParameter = integerParameter(query, u"step"_s, DefaultTrendStepSecs, MinTrendStepSecs,
                                          MaxTrendStepSecs, u"seconds");
    if (!stepParameter)
        return stepParameter.error();
    const int step = *stepParameter;
    const qint64 span = range->from.secsTo(range->to);
    const qint64 points = (span + step - 1) / step;
    if (points > MaxTrendPoints)
        return Error::badRequest(
            u"This range at a %1 s step makes %2 points; at most %3 are allowed — use a step of at least %4 s or a shorter range"_s
                .arg(step)
                .arg(points)
                .arg(MaxTrendPoints)
                .arg((span + MaxTrendPoints - 1) / MaxTrendPoints),
            {{u"step"_s, u"too small for this range"_s}});

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto trend = DashboardRepository(*session).gpuTrend(range->from, range->to, step);
    if (!trend)
        return trend.error();
    GpuTrend answer{range->from, range->to, step, {}};
    answer.points.reserve(trend->size());
    for (const auto &p : *trend) {
        GpuTrendPoint point = p;
        if (point.averageUtilization)
            point.averageUtilization = rounded(*point.averageUtilization);
        answer.points.append(point);
    }
    Report report;
    report.json = answer.toJson();
    report.fileName = u"gpu-trend-"_s + fileStamp(*range) + u".csv"_s;
    if (csv) {
        CsvWriter w;
        w.addRow({u"time"_s, u"averageUtilization"_s, u"gpus"_s});
        for (const auto &p : *trend)
            w.addValues(
                {json::timestamp(p.time).toString(), csvOptional(p.averageUtilization), p.gpus});
        report.csv = w.data();
    }
    return report;
}

Result<StatisticsService::Report> StatisticsService::resourceStatistics(const QUrlQuery &query,
                                                                        bool csv) const
{
    auto range = parseRange(query, 7 * kDay, MaxStatisticsRangeSecs, m_clock.now());
    if (!range)
        return range.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto interval = SettingsRepository(*session).agentIntervalSecs();
    if (!interval)
        return interval.error();
    auto hosts = StatisticsRepository(*session).hostUsage(range->from, range->to);
    if (!hosts)
        return hosts.error();

    ResourceGroup total;
    QMap<QString, ResourceGroup> byRegion, byModel; // sorted by key: stable output
    for (const auto &h : *hosts) {
        total.add(h);
        byRegion[h.region].add(h);
        byModel[h.gpuModel].add(h);
    }
    QJsonArray regions, models;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
        regions.append(it->toJson(u"region"_s, it.key(), *interval));
    for (auto it = byModel.cbegin(); it != byModel.cend(); ++it)
        models.append(it->toJson(u"gpuModel"_s, it.key(), *interval));

    Report report;
    report.json = QJsonObject{{u"from"_s, json::timestamp(range->from)},
                              {u"to"_s, json::timestamp(range->to)},
                              {u"sampleIntervalSeconds"_s, *interval},
                              {u"totals"_s, total.toJson({}, {}, *interval)},
                              {u"byRegion"_s, regions},
                              {u"byGpuModel"_s, models}};
    report.fileName = u"resource-statistics-"_s + fileStamp(*range) + u".csv"_s;
    if (csv) {
        CsvWriter w;
        w.addRow({u"dimension"_s, u"key"_s, u"machines"_s, u"gpus"_s, u"allocatedGpus"_s,
                  u"averageUtilization"_s, u"gpuHoursAllocated"_s, u"gpuHoursUsed"_s});
        auto addGroup = [&](const QString &dimension, const QString &key, const ResourceGroup &g) {
            QVariantList row{dimension, key};
            row << g.csvValues(*interval);
            w.addValues(row);
        };
        for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
            addGroup(u"region"_s, it.key(), *it);
        for (auto it = byModel.cbegin(); it != byModel.cend(); ++it)
            addGroup(u"gpuModel"_s, it.key(), *it);
        addGroup(u"total"_s, QString(), total);
        report.csv = w.data();
    }
    return report;
}

Result<StatisticsService::Report> StatisticsService::customerStatistics(const QUrlQuery &query,
                                                                        bool csv) const
{
    auto range = parseRange(query, 7 * kDay, MaxStatisticsRangeSecs, m_clock.now());
    if (!range)
        return range.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto interval = SettingsRepository(*session).agentIntervalSecs();
    if (!interval)
        return interval.error();
    auto tenants = StatisticsRepository(*session).tenantUsage(range->from, range->to);
    if (!tenants)
        return tenants.error();

    struct Row
    {
        const StatisticsRepository::TenantUsage *usage;
        double used;
        std::optional<double> ratio;
    };
    QList<Row> rows;
    for (const auto &t : *tenants) {
        const double used = t.utilizationSum / 100.0 * double(*interval) / 3600.0;
        // No ratio without allocated hours: 0/0 is not "idle".
        std::optional<double> ratio;
        if (t.gpuHoursAllocated > 0)
            ratio = used / t.gpuHoursAllocated;
        rows.append({&t, used, ratio});
    }
    TenantStatisticsReport answer{range->from, range->to, *interval, {}};
    for (const Row &r : rows) {
        const auto &t = *r.usage;
        answer.list.append(TenantStatistics{
            t.tenantId, t.tenantName, t.machines, t.gpus, rounded(t.gpuHoursAllocated),
            rounded(r.used), r.ratio ? std::optional<double>(rounded(*r.ratio)) : std::nullopt});
    }
    Report report;
    report.json = answer.toJson();
    report.fileName = u"customer-statistics-"_s + fileStamp(*range) + u".csv"_s;
    if (csv) {
        CsvWriter w;
        w.addRow({u"tenantId"_s, u"tenantName"_s, u"machines"_s, u"gpus"_s, u"gpuHoursAllocated"_s,
                  u"gpuHoursUsed"_s, u"utilizationRatio"_s});
        for (const Row &r : rows) {
            const auto &t = *r.usage;
            w.addValues({t.tenantId, t.tenantName, t.machines, t.gpus, rounded(t.gpuHoursAllocated),
                         rounded(r.used), csvOptional(r.ratio)});
        }
        report.csv = w.data();
    }
    return report;
}

Result<QJsonObject> StatisticsService::customerStats(const Principal &principal) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto stats = DashboardRepository(*session).customerStats(principal.scopeTenant(), principal.id);
    if (!stats)
        return stats.error();
    return stats->toJson();
}

Result<QJsonObject> StatisticsService::customerMachines(const Principal &principal,
                                                        const QUrlQuery &query) const
{
    auto request = PageRequest::fromQuery(query, CustomerMachineRepository::sortableFields(),
                                          CustomerMachineRepository::filterableFields());
    if (!request)
        return request.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto page = CustomerMachineRepository(*session).list(*request, principal.scopeTenant());
    if (!page)
        return page.error();
    return page->toJson();
}

Result<QJsonObject> StatisticsService::customerMachine(const Principal &principal,
                                                       const QString &id) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto machine = CustomerMachineRepository(*session).find(id, principal.scopeTenant());
    if (!machine)
        return machine.error();
    if (!*machine)
        return Error::notFound(u"No machine %1 is allocated to your account now"_s.arg(id));
    return (*machine)->toJson();
}

Result<QJsonObject> StatisticsService::customerMachineSummary(const Principal &principal) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto summary = CustomerMachineRepository(*session).summary(principal.scopeTenant());
    if (!summary)
        return summary.error();
    QJsonObject o = summary->toJson();
    o.insert(u"averageGpuUtilization24h"_s, optionalRounded(summary->averageGpuUtilization24h));
    return o;
}

} // namespace remotegpu
