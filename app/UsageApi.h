#pragma once

#include "ApiCall.h"
#include "TenantStatisticsReport.h"
#include "UsageReport.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace remotegpu {

class ApiClient;

// Allocated versus used (docs/api.md "Allocated versus used"), typed.
class UsageApi
{
public:
    explicit UsageApi(ApiClient &client)
        : m_client(client)
    {}

    // GET /api/admin/statistics/allocations over [from, to), of one tenant when given.
    void allocations(const QDateTime &from, const QDateTime &to, std::optional<qint64> tenantId,
                     QObject *context, Reply<UsageReport> reply) const;
    // GET /api/customer/statistics/usage over [from, to): the signed-in owner's tenant.
    void ownUsage(const QDateTime &from, const QDateTime &to, QObject *context,
                  Reply<UsageReport> reply) const;
    // GET /api/admin/statistics/customers over [from, to), lowest busyRatio first.
    void tenants(const QDateTime &from, const QDateTime &to, QObject *context,
                 Reply<TenantStatisticsReport> reply) const;

private:
    ApiClient &m_client;
};

} // namespace remotegpu
