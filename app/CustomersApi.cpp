#include "CustomersApi.h"

#include "ApiClient.h"
#include "JsonReader.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QString customerPath(qint64 id)
{
    return u"/api/admin/customers/"_s + QString::number(id);
}

PageRequest withTenant(PageRequest request, qint64 tenantId)
{
    request.filters.insert(u"tenantId"_s, tenantId);
    return request;
}

} // namespace

Result<CustomersApi::Created> CustomersApi::Created::fromJson(const QJsonObject &json)
{
    auto customer = Customer::fromJson(json);
    if (!customer)
        return std::move(customer).error();
    return Created{std::move(customer).value(), json.value(u"initialPassword"_s).toString()};
}

Result<CustomersApi::Deleted> CustomersApi::Deleted::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Deleted d;
    d.id = r.int64(u"id"_s);
    d.deleted = r.boolean(u"deleted"_s);
    return r.finish(d);
}

void CustomersApi::list(const PageRequest &request, QObject *context,
                        Reply<Page<Customer>> reply) const
{
    api::page<Customer>(m_client, u"/api/admin/customers"_s, request, context, std::move(reply));
}

void CustomersApi::detail(qint64 id, QObject *context, Reply<CustomerDetail> reply) const
{
    api::get<CustomerDetail>(m_client, customerPath(id), {}, context, std::move(reply));
}

void CustomersApi::create(const QJsonObject &body, QObject *context, Reply<Created> reply) const
{
    api::post<Created>(m_client, u"/api/admin/customers"_s, body, context, std::move(reply));
}

void CustomersApi::update(qint64 id, const QJsonObject &changes, QObject *context,
                          Reply<Customer> reply) const
{
    api::put<Customer>(m_client, customerPath(id), changes, context, std::move(reply));
}

void CustomersApi::setEnabled(qint64 id, bool enabled, QObject *context,
                              Reply<Customer> reply) const
{
    api::post<Customer>(m_client, customerPath(id) + (enabled ? u"/enable"_s : u"/disable"_s),
                        QJsonObject(), context, std::move(reply));
}

void CustomersApi::remove(qint64 id, QObject *context, Reply<Deleted> reply) const
{
    api::remove<Deleted>(m_client, customerPath(id), context, std::move(reply));
}

void CustomersApi::allocations(qint64 tenantId, const PageRequest &request, QObject *context,
                               Reply<Page<Allocation>> reply) const
{
    api::page<Allocation>(m_client, u"/api/admin/allocations"_s, withTenant(request, tenantId),
                          context, std::move(reply));
}

void CustomersApi::machines(qint64 tenantId, const PageRequest &request, QObject *context,
                            Reply<Page<Machine>> reply) const
{
    api::page<Machine>(m_client, u"/api/admin/machines"_s, withTenant(request, tenantId), context,
                       std::move(reply));
}

void CustomersApi::tenantStatistics(const QDateTime &from, const QDateTime &to,
                                    std::optional<qint64> tenantId, QObject *context,
                                    Reply<TenantStatisticsReport> reply) const
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, from.toUTC().toString(Qt::ISODateWithMs));
    query.addQueryItem(u"to"_s, to.toUTC().toString(Qt::ISODateWithMs));
    if (tenantId)
        query.addQueryItem(u"customerId"_s, QString::number(*tenantId));
    api::get<TenantStatisticsReport>(m_client, u"/api/admin/statistics/customers"_s, query, context,
                                     std::move(reply));
}

} // namespace remotegpu
