#pragma once

#include "FleetRealtime.h"
#include "HostStatusChange.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

class SqlSession;

// The fleet's present: the latest figures of hosts and GPUs (host_metrics_latest,
// gpu_metrics_latest, written by every heartbeat) with each host's liveness and GPU health, and
// a host's status history. What the realtime API and the Prometheus export read.
class MonitoringRepository
{
public:
    struct RealtimeFilter
    {
        QStringList hostIds;            // empty: every host
        std::optional<qint64> tenantId; // the tenant holding the host now
        QStringList statuses;           // stored spellings; empty: any
    };

    explicit MonitoringRepository(SqlSession &session)
        : m_session(session)
    {}

    // Every host the filter picks, by id, with its GPUs by index; `at` is left to the caller.
    Result<FleetRealtime> realtime(const RealtimeFilter &filter);
    // The host's status changes, newest first, at most `limit`.
    Result<QList<HostStatusChange>> statusHistory(const QString &hostId, int limit);
    Result<bool> hostExists(const QString &hostId);
    // The system_configs row metrics_token; empty when absent or blank.
    Result<QString> metricsToken();

private:
    SqlSession &m_session;
};

} // namespace remotegpu
