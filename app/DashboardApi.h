#pragma once

#include "Alert.h"
#include "Allocation.h"
#include "ApiCall.h"
#include "DashboardStats.h"
#include "GpuTrend.h"

#include <QDateTime>
#include <QList>

namespace remotegpu {

class ApiClient;

// The admin dashboard's calls (docs/api.md "Dashboard and statistics"), typed.
class DashboardApi
{
public:
    explicit DashboardApi(ApiClient &client)
        : m_client(client)
    {}

    // GET /api/admin/dashboard/stats
    void stats(QObject *context, Reply<DashboardStats> reply) const;
    // GET /api/admin/dashboard/gpu-trend over [from, to) at `stepSecs` (60–86400).
    void gpuTrend(const QDateTime &from, const QDateTime &to, int stepSecs, QObject *context,
                  Reply<GpuTrend> reply) const;
    // GET /api/admin/allocations/recent: the latest 10, newest first.
    void recentAllocations(QObject *context, Reply<QList<Allocation>> reply) const;
    // GET /api/admin/alerts/active
    void activeAlerts(QObject *context, Reply<QList<Alert>> reply) const;

private:
    ApiClient &m_client;
};

} // namespace remotegpu
