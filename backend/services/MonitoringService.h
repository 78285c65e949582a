#pragma once

#include "Clock.h"
#include "FleetRealtime.h"
#include "GpuMonitoringHistory.h"
#include "HostStatusChange.h"
#include "MachineMonitoring.h"
#include "MetricHistoryPlan.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

class DatabasePool;
class SqlSession;

// The monitoring read side: the fleet's latest figures (realtime, Prometheus), a machine's and a
// GPU's history at the resolution MetricHistoryPlan picks, and a machine's status history.
class MonitoringService
{
public:
    static constexpr int DefaultStatusHistory = 100;
    static constexpr int MaxStatusHistory = 1000;

    struct RealtimeQuery
    {
        QStringList hostIds;
        std::optional<qint64> tenantId;
        QStringList statuses; // online, offline, maintenance
    };

    // `metricsToken`: the --metrics-token server option; when empty the system_configs row
    // metrics_token is read on each scrape (so an operator can set or rotate it without a
    // restart).
    MonitoringService(DatabasePool &pool, const Clock &clock, QString metricsToken = {})
        : m_pool(pool)
        , m_clock(clock)
        , m_metricsToken(std::move(metricsToken))
    {}

    const Clock &clock() const { return m_clock; }

    Result<FleetRealtime> realtime(const RealtimeQuery &query) const;
    // 404 when no such machine.
    Result<MachineMonitoring> machineHistory(const QString &hostId,
                                             const MetricHistoryPlan &plan) const;
    // 404 when the machine has no GPU of that index.
    Result<GpuMonitoringHistory> gpuHistory(const QString &hostId, int index,
                                            const MetricHistoryPlan &plan) const;
    Result<QList<HostStatusChange>> statusHistory(const QString &hostId, int limit) const;
    // The Prometheus text, for an Authorization header carrying the configured token: 404 when
    // no token is configured (the export is off), 401 when the header does not carry it.
    Result<QByteArray> fleetMetrics(const QByteArray &authorization) const;

    // The history both sides answer with, on the caller's session (the customer's service reads
    // it after checking the machine is held). `plan.from` may have been moved later than asked.
    static Result<MachineMonitoring> readHistory(SqlSession &session, const QString &hostId,
                                                 const MetricHistoryPlan &plan);

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
    QString m_metricsToken;
};

} // namespace remotegpu
