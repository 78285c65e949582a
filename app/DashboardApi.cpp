#include "DashboardApi.h"

#include "ApiClient.h"
#include "JsonReader.h"

#include <QJsonArray>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// A route whose `data` is a JSON array of T.
template<typename T>
Reply<QJsonValue> listOf(Reply<QList<T>> reply)
{
    return [reply = std::move(reply)](Result<QJsonValue> answer) {
        if (!answer.ok()) {
            reply(std::move(answer).error());
            return;
        }
        if (!answer->isArray()) {
            reply(Error::internal(u"The server answered with something other than a list"_s));
            return;
        }
        JsonReader r(QJsonObject{{u"list"_s, *answer}});
        QList<T> items = r.objectList<T>(u"list"_s);
        if (!r.ok()) {
            reply(r.error());
            return;
        }
        reply(std::move(items));
    };
}

} // namespace

void DashboardApi::stats(QObject *context, Reply<DashboardStats> reply) const
{
    api::get<DashboardStats>(m_client, u"/api/admin/dashboard/stats"_s, {}, context,
                             std::move(reply));
}

void DashboardApi::gpuTrend(const QDateTime &from, const QDateTime &to, int stepSecs,
                            QObject *context, Reply<GpuTrend> reply) const
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, from.toUTC().toString(Qt::ISODateWithMs));
    query.addQueryItem(u"to"_s, to.toUTC().toString(Qt::ISODateWithMs));
    query.addQueryItem(u"step"_s, QString::number(stepSecs));
    api::get<GpuTrend>(m_client, u"/api/admin/dashboard/gpu-trend"_s, query, context,
                       std::move(reply));
}

void DashboardApi::recentAllocations(QObject *context, Reply<QList<Allocation>> reply) const
{
    api::get<QJsonValue>(m_client, u"/api/admin/allocations/recent"_s, {}, context,
                         listOf<Allocation>(std::move(reply)));
}

void DashboardApi::activeAlerts(QObject *context, Reply<QList<Alert>> reply) const
{
    api::get<QJsonValue>(m_client, u"/api/admin/alerts/active"_s, {}, context,
                         listOf<Alert>(std::move(reply)));
}

} // namespace remotegpu
