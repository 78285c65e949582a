#pragma once

#include "Clock.h"
#include "Principal.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace remotegpu {

class DatabasePool;

// The remaining read views of the workbench (seed 001 §5.2.1 and §5.3.1–5.3.2): a machine's
// recent metrics, GPU processes and tasks for its tenant, the tenant's recent tasks, the active
// alerts.
// Machine views answer 404 unless the caller's tenant holds the machine now.
class WorkbenchService
{
public:
    WorkbenchService(DatabasePool &pool, const Clock &clock)
        : m_pool(&pool)
        , m_clock(&clock)
    {}

    // `minutes` of history (query `minutes`, 1–1440, default 60), never before the tenant's
    // allocation started.
    Result<QJsonObject> machineMonitoring(const Principal &principal, const QString &hostId,
                                          const QUrlQuery &query) const;
    Result<QJsonObject> machineTasks(const Principal &principal, const QString &hostId,
                                     const QUrlQuery &query) const;
    // The GPU processes the machine's agent reported last: {"hostId", "reportedAt", "processes"},
    // empty (reportedAt null) when that report predates the tenant's allocation.
    Result<QJsonObject> machineProcesses(const Principal &principal, const QString &hostId) const;
    Result<QJsonArray> recentTasks(const Principal &principal) const;
    Result<QJsonArray> activeAlerts(const Principal &principal) const;

private:
    DatabasePool *m_pool;
    const Clock *m_clock;
};

} // namespace remotegpu
