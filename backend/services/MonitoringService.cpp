#include "MonitoringService.h"

#include "MachineMonitoringRepository.h"
#include "MonitoringRepository.h"
#include "PrometheusExport.h"
#include "SessionRead.h"
#include "SqlSession.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

Error noMachine(const QString &hostId)
{
    return Error::notFound(u"Machine %1 not found"_s.arg(hostId.left(64)));
}

MachineMonitoringRepository::Window windowOf(const QString &hostId, const MetricHistoryPlan &plan)
{
    return {hostId, plan.from, plan.to, plan.resolution, plan.stepSeconds};
}

// Compares digests so the time taken says nothing about how much of the token was right.
bool sameToken(const QByteArray &given, const QString &expected)
{
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected.toUtf8(), QCryptographicHash::Sha256);
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

Result<FleetRealtime> MonitoringService::realtime(const RealtimeQuery &query) const
{
    return readInSession(m_pool, [&](SqlSession &session) -> Result<FleetRealtime> {
        MonitoringRepository::RealtimeFilter filter{query.hostIds, query.tenantId, query.statuses};
        // A V2.1 row stored as `allocated` is online.
        if (filter.statuses.contains(u"online"_s))
            filter.statuses.append(u"allocated"_s);
        auto fleet = MonitoringRepository(session).realtime(filter);
        if (!fleet)
            return fleet.error();
        fleet->at = m_clock.now();
        return fleet;
    });
}

Result<MachineMonitoring> MonitoringService::readHistory(SqlSession &session, const QString &hostId,
                                                         const MetricHistoryPlan &plan)
{
    MachineMonitoring m;
    m.hostId = hostId;
    m.from = plan.from;
    m.to = plan.to;
    m.resolution = plan.resolution;
    m.stepSeconds = plan.stepSeconds;
    if (plan.from >= plan.to)
        return m; // an allocation that starts after the asked window: nothing of the tenant's
    MachineMonitoringRepository repository(session);
    const auto window = windowOf(hostId, plan);
    auto series = repository.hostSeries(window);
    if (!series)
        return series.error();
    m.series = std::move(series).value();
    auto gpuSeries = repository.gpuSeries(window);
    if (!gpuSeries)
        return gpuSeries.error();
    m.gpuSeries = std::move(gpuSeries).value();
    auto newest = repository.newestGpuSamples(hostId, plan.from, plan.to);
    if (!newest)
        return newest.error();
    m.gpus = std::move(newest).value();
    return m;
}

Result<MachineMonitoring> MonitoringService::machineHistory(const QString &hostId,
                                                            const MetricHistoryPlan &plan) const
{
    return readInSession(m_pool, [&](SqlSession &session) -> Result<MachineMonitoring> {
        auto exists = MonitoringRepository(session).hostExists(hostId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return noMachine(hostId);
        return readHistory(session, hostId, plan);
    });
}

Result<GpuMonitoringHistory> MonitoringService::gpuHistory(const QString &hostId, int index,
                                                           const MetricHistoryPlan &plan) const
{
    return readInSession(m_pool, [&](SqlSession &session) -> Result<GpuMonitoringHistory> {
        auto series = MachineMonitoringRepository(session).gpuSeries(windowOf(hostId, plan), index);
        if (!series)
            return series.error();
        if (series->isEmpty()) {
            auto exists = MonitoringRepository(session).hostExists(hostId);
            if (!exists)
                return exists.error();
            if (!*exists)
                return noMachine(hostId);
            return Error::notFound(u"Machine %1 has no GPU %2"_s.arg(hostId.left(64)).arg(index));
        }
        GpuMonitoringSeries &one = series->first();
        GpuMonitoringHistory h;
        h.hostId = hostId;
        h.index = one.index;
        h.name = one.name;
        h.uuid = one.uuid;
        h.from = plan.from;
        h.to = plan.to;
        h.resolution = plan.resolution;
        h.stepSeconds = plan.stepSeconds;
        h.points = std::move(one.points);
        return h;
    });
}

Result<QList<HostStatusChange>> MonitoringService::statusHistory(const QString &hostId,
                                                                 int limit) const
{
    return readInSession(m_pool, [&](SqlSession &session) -> Result<QList<HostStatusChange>> {
        MonitoringRepository repository(session);
        auto exists = repository.hostExists(hostId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return noMachine(hostId);
        return repository.statusHistory(hostId, limit);
    });
}

Result<QByteArray> MonitoringService::fleetMetrics(const QByteArray &authorization) const
{
    return readInSession(m_pool, [&](SqlSession &session) -> Result<QByteArray> {
        MonitoringRepository repository(session);
        QString token = m_metricsToken;
        if (token.isEmpty()) {
            auto stored = repository.metricsToken();
            if (!stored)
                return stored.error();
            token = *stored;
        }
        if (token.isEmpty())
            return Error::notFound(u"The fleet metrics export is off: set the metrics_token "
                                   "setting or the --metrics-token server option"_s);
        const QByteArray prefix = QByteArrayLiteral("Bearer ");
        if (!authorization.startsWith(prefix) ||
            !sameToken(authorization.mid(prefix.size()).trimmed(), token))
            return Error::unauthorized(
                u"Send the metrics token as Authorization: Bearer <metrics_token>"_s);
        auto fleet = repository.realtime({});
        if (!fleet)
            return fleet.error();
        return PrometheusExport::render(*fleet);
    });
}

} // namespace remotegpu
