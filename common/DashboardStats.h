#pragma once

#include "Result.h"

#include <QJsonObject>

namespace remotegpu {

// The admin dashboard's figures (GET /api/admin/dashboard/stats): machines by state, GPUs,
// allocations, alerts and tenants. "Allocated" means an active allocation whose period contains
// now; "expiring" one of those ending within expiringWindowDays.
struct DashboardStats
{
    qint64 machines = 0, online = 0, offline = 0, maintenance = 0;
    qint64 allocatedMachines = 0;
    qint64 gpus = 0, allocatedGpus = 0;
    qint64 activeAllocations = 0, expiringSoon = 0;
    qint64 activeAlerts = 0, tenants = 0, tenantsWithMachines = 0;
    int expiringWindowDays = 0;

    qint64 unallocatedMachines() const { return machines - allocatedMachines; }
    qint64 idleGpus() const { return gpus - allocatedGpus; }

    QJsonObject toJson() const;
    static Result<DashboardStats> fromJson(const QJsonObject &json);

    friend bool operator==(const DashboardStats &, const DashboardStats &) = default;
};

} // namespace remotegpu
