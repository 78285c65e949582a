#pragma once

#include "ApiClient.h"
#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <type_traits>

namespace remotegpu {

// The answer of a typed call: the decoded model or an Error a person can act on.
template<typename T>
using Reply = std::function<void(Result<T>)>;

// Typed calls over ApiClient: each turns the envelope's `data` into a `common/` model with that
// model's own fromJson, so no view parses JSON. The per-resource clients (MachinesApi, …) are
// thin lists of these calls.
namespace api {

// `data` as T. T is a model with `static Result<T> fromJson(const QJsonObject &)`, a
// QJsonObject or QJsonValue (passed through), or void (the answer's data is ignored).
template<typename T>
Result<T> decode(Result<QJsonValue> answer)
{
    if (!answer.ok())
        return std::move(answer).error();
    if constexpr (std::is_same_v<T, QJsonValue>) {
        return std::move(answer).value();
    } else if constexpr (std::is_same_v<T, QJsonObject>) {
        return answer->toObject();
    } else {
        return T::fromJson(answer->toObject());
    }
}

template<>
inline Result<void> decode<void>(Result<QJsonValue> answer)
{
    if (!answer.ok())
        return std::move(answer).error();
    return {};
}

template<typename T>
ApiClient::Callback deliver(Reply<T> reply)
{
    return [reply = std::move(reply)](Result<QJsonValue> answer) {
        reply(decode<T>(std::move(answer)));
    };
}

template<typename T>
void get(ApiClient &client, const QString &path, const QUrlQuery &query, QObject *context,
         Reply<T> reply)
{
    client.get(path, query, context, deliver<T>(std::move(reply)));
}

template<typename T>
void post(ApiClient &client, const QString &path, const QJsonValue &body, QObject *context,
          Reply<T> reply)
{
    client.post(path, body, context, deliver<T>(std::move(reply)));
}

template<typename T>
void put(ApiClient &client, const QString &path, const QJsonValue &body, QObject *context,
         Reply<T> reply)
{
    client.put(path, body, context, deliver<T>(std::move(reply)));
}

template<typename T>
void remove(ApiClient &client, const QString &path, QObject *context, Reply<T> reply)
{
    client.remove(path, context, deliver<T>(std::move(reply)));
}

// One page of a list route: the request's page, sort and filters as query items, `extra` added
// to them (for routes that take more than the list parameters).
template<typename T>
void page(ApiClient &client, const QString &path, const PageRequest &request, QObject *context,
          Reply<Page<T>> reply, const QUrlQuery &extra = {})
{
    QUrlQuery query = request.toQuery();
    for (const auto &item : extra.queryItems())
        query.addQueryItem(item.first, item.second);
    client.get(path, query, context, deliver<Page<T>>(std::move(reply)));
}

} // namespace api

} // namespace remotegpu
