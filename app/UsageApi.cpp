#include "UsageApi.h"

#include <QUrlQuery>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QUrlQuery periodQuery(const QDateTime &from, const QDateTime &to)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, from.toUTC().toString(Qt::ISODateWithMs));
    query.addQueryItem(u"to"_s, to.toUTC().toString(Qt::ISODateWithMs));
    return query;
}

} // namespace

void UsageApi::allocations(const QDateTime &from, const QDateTime &to,
                           std::optional<qint64> tenantId, QObject *context,
                           Reply<UsageReport> reply) const
{
    QUrlQuery query = periodQuery(from, to);
    if (tenantId)
        query.addQueryItem(u"customerId"_s, QString::number(*tenantId));
    api::get<UsageReport>(m_client, u"/api/admin/statistics/allocations"_s, query, context,
                          std::move(reply));
}

void UsageApi::ownUsage(const QDateTime &from, const QDateTime &to, QObject *context,
                        Reply<UsageReport> reply) const
{
    api::get<UsageReport>(m_client, u"/api/customer/statistics/usage"_s, periodQuery(from, to),
                          context, std::move(reply));
}

void UsageApi::tenants(const QDateTime &from, const QDateTime &to, QObject *context,
                       Reply<TenantStatisticsReport> reply) const
{
    QUrlQuery query = periodQuery(from, to);
    query.addQueryItem(u"sort"_s, u"busyRatio"_s);
    api::get<TenantStatisticsReport>(m_client, u"/api/admin/statistics/customers"_s, query, context,
                                     std::move(reply));
}

} // namespace remotegpu
