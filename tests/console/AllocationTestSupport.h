#pragma once

#include "Allocation.h"
#include "ApiClient.h"
#include "ConsoleServer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <atomic>
#include <optional>

// Helpers of the allocation tests: synchronous admin calls (the test's own, not the view's) and
// machines and leases of the test's own, so the shared server's demo data stays as other tests
// expect it.
namespace remotegpu::test::alloc {

using namespace Qt::Literals::StringLiterals;

// One private server for the allocation tests of this program: their leases never disturb the
// shared server's demo data. Started at log level info, since ServerProcess waits for the
// "listening" line, which a server at "warning" (as ConsoleServer::shared() starts it) never
// prints.
inline ConsoleServer *allocationServer()
{
    return ConsoleServer::ofSuite(u"alloc"_s);
}

inline Result<QJsonValue> call(ApiClient &api, const QByteArray &method, const QString &path,
                               const QJsonValue &body = QJsonValue(QJsonValue::Undefined),
                               const QUrlQuery &query = {})
{
    std::optional<Result<QJsonValue>> out;
    QObject context;
    api.send(method, path, query, body, &context,
             [&out](Result<QJsonValue> r) { out.emplace(std::move(r)); });
    if (!waitFor([&out] { return out.has_value(); }))
        return Error::unavailable(u"no answer in time"_s);
    return std::move(*out);
}

inline QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A machine of the test's own: unique id, name and addresses.
inline QString makeMachine(ApiClient &api, const QString &label)
{
    static std::atomic<int> counter{0};
    const int n = ++counter;
    const qint64 pid = QCoreApplication::applicationPid() % 200;
    const QString id = u"t%1-%2-%3"_s.arg(pid).arg(label).arg(n);
    const QJsonObject body{
        {u"id"_s, id},
        {u"name"_s, u"test %1"_s.arg(id)},
        {u"ipAddress"_s, u"10.%1.%2.%3"_s.arg(100 + pid % 50).arg(n / 250).arg(n % 250 + 1)},
        {u"totalCpu"_s, 16},
        {u"totalMemoryGb"_s, 64},
    };
    const auto answer = call(api, "POST", u"/api/admin/machines"_s, body);
    EXPECT_TRUE(answer.ok()) << (answer.ok() ? "" : answer.error().message.toStdString());
    return id;
}

inline qint64 tenantIdOf(ApiClient &api, const QString &username)
{
    QUrlQuery q;
    q.addQueryItem(u"q"_s, username);
    q.addQueryItem(u"role"_s, u"customer_owner"_s);
    const auto answer =
        call(api, "GET", u"/api/admin/customers"_s, QJsonValue(QJsonValue::Undefined), q);
    if (!answer.ok())
        return 0;
    for (const QJsonValue &v : answer->toObject().value(u"list"_s).toArray())
        if (v.toObject().value(u"username"_s).toString() == username)
            return v.toObject().value(u"id"_s).toInteger();
    return 0;
}

inline Result<Allocation> allocate(ApiClient &api, const QString &hostId, qint64 tenantId,
                                   const QDateTime &start, const QDateTime &end)
{
    const auto answer = call(api, "POST", u"/api/admin/allocations"_s,
                             QJsonObject{{u"hostId"_s, hostId},
                                         {u"tenantId"_s, tenantId},
                                         {u"startTime"_s, isoTime(start)},
                                         {u"endTime"_s, isoTime(end)}});
    if (!answer.ok())
        return answer.error();
    return Allocation::fromJson(answer->toObject());
}

inline Result<Allocation> fetch(ApiClient &api, const QString &id)
{
    const auto answer = call(api, "GET", u"/api/admin/allocations/"_s + id);
    if (!answer.ok())
        return answer.error();
    return Allocation::fromJson(answer->toObject());
}

// Every id the list API answers for `filters`, newest first, all pages.
inline QStringList listIds(ApiClient &api, const QJsonObject &filters, qint64 *total = nullptr)
{
    QStringList ids;
    for (int page = 1; page < 50; ++page) {
        QUrlQuery q;
        q.addQueryItem(u"page"_s, QString::number(page));
        q.addQueryItem(u"pageSize"_s, u"200"_s);
        if (!filters.isEmpty())
            q.addQueryItem(u"filters"_s,
                           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(
                               QJsonDocument(filters).toJson(QJsonDocument::Compact)))));
        const auto answer =
            call(api, "GET", u"/api/admin/allocations"_s, QJsonValue(QJsonValue::Undefined), q);
        if (!answer.ok()) {
            ADD_FAILURE() << answer.error().message.toStdString();
            return ids;
        }
        const QJsonArray list = answer->toObject().value(u"list"_s).toArray();
        for (const QJsonValue &v : list)
            ids << v.toObject().value(u"id"_s).toString();
        if (total)
            *total = answer->toObject().value(u"total"_s).toInteger();
        if (list.isEmpty() || ids.size() >= answer->toObject().value(u"total"_s).toInteger())
            break;
    }
    return ids;
}

} // namespace remotegpu::test::alloc
