#pragma once

#include "DashboardStats.h"
#include "GpuTrendPoint.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace remotegpu {

class SqlSession;

// The dashboard cards: counts over the fleet (admin) or over one tenant (customer), and the
// fleet GPU-utilisation trend. "Allocated now" and "expiring" are held_allocations (0020) at the
// database's now(), with the window of the allocation_expiring_window_days setting.
class DashboardRepository
{
public:
    // The wire types live in common/ so the console decodes what the server encodes.
    using AdminStats = DashboardStats;
    using TrendPoint = GpuTrendPoint;

    struct CustomerStats
    {
        qint64 activeAllocations = 0, gpus = 0, expiringSoon = 0;
        qint64 tasksRunning = 0, tasksQueued = 0;
        qint64 storageUsedBytes = 0, unreadNotifications = 0;

        QJsonObject toJson() const;
    };

    explicit DashboardRepository(SqlSession &session)
        : m_session(session)
    {}

    Result<AdminStats> adminStats();
    // One point per `stepSecs` bucket of [from, to), bucket k starting at from + k·step; the
    // fleet average is the mean over the reporting GPUs of each GPU's mean in the bucket, so a
    // GPU that reports more often does not weigh more. Buckets without samples are included
    // with no average, so a chart shows the gap.
    Result<QList<TrendPoint>> gpuTrend(const QDateTime &from, const QDateTime &to, int stepSecs);
    // `scopeTenant` 0: every tenant (an admin calling the customer view). Unread notifications
    // are always the caller's own inbox (`customerId`).
    Result<CustomerStats> customerStats(qint64 scopeTenant, qint64 customerId);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
