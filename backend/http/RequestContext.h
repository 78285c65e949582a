#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "JsonStreamWriter.h"
#include "Principal.h"
#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace remotegpu {

// What a handler gets: the request, its path parameters, its trace id, the signed-in principal
// and the client's address. Handlers stay thin: parse → authorize → call a service → envelope.
class RequestContext
{
public:
    RequestContext(const ApiRequest &request, QHash<QString, QString> pathParams, QString traceId,
                   QJsonValue jsonBody, std::optional<Principal> principal = {},
                   const QHostAddress &clientAddress = {})
        : m_request(request)
        , m_pathParams(std::move(pathParams))
        , m_traceId(std::move(traceId))
        , m_jsonBody(std::move(jsonBody))
        , m_principal(std::move(principal))
        , m_clientAddress(clientAddress)
    {}

    const ApiRequest &request() const { return m_request; }
    const QString &traceId() const { return m_traceId; }
    // Set on every route that is not public (the router refused the request otherwise).
    const std::optional<Principal> &principal() const { return m_principal; }
    // The client's address, through trusted proxies only (see ClientAddressResolver).
    const QHostAddress &clientAddress() const { return m_clientAddress; }
    QString userAgent() const
    {
        return QString::fromUtf8(m_request.header("User-Agent")).left(512);
    }
    QString pathParam(const QString &name) const { return m_pathParams.value(name); }
    // The parsed JSON body (already checked to be well-formed by the router); an Error when the
    // request has no body or its body is not an object.
    Result<QJsonObject> jsonObject() const;

    ApiResponse ok(const QJsonValue &data, int status = 200) const
    {
        return ApiResponse::ok(data, m_traceId, status);
    }
    // For answers written with JsonStreamWriter: any T with writeJson(JsonStreamWriter &),
    // written inside the envelope in one buffer of about `sizeHint` bytes (a list page: its rows
    // times their usual size, so the buffer is not regrown and copied on the way).
    template<typename T>
    ApiResponse okWritten(const T &data, qsizetype sizeHint = qsizetype(16) * 1024,
                          int status = 200) const
    {
        JsonStreamWriter writer(sizeHint);
        ApiEnvelope::beginSuccess(writer);
        data.writeJson(writer);
        ApiEnvelope::endSuccess(writer, m_traceId);
        return ApiResponse::raw(status, QByteArrayLiteral("application/json"), writer.take());
    }
    ApiResponse fail(const Error &error) const { return ApiResponse::error(error, m_traceId); }
    // An error whose answer carries `data` in place of the field errors (an import's report of
    // the rows it refused).
    ApiResponse fail(const Error &error, const QJsonValue &data) const
    {
        ApiResponse r = ApiResponse::error(error, m_traceId);
        ApiEnvelope envelope = ApiEnvelope::failure(error, m_traceId);
        envelope.data = data;
        r.body = envelope.toBytes();
        return r;
    }

private:
    const ApiRequest &m_request;
    QHash<QString, QString> m_pathParams;
    QString m_traceId;
    QJsonValue m_jsonBody;
    std::optional<Principal> m_principal;
    QHostAddress m_clientAddress;
};

} // namespace remotegpu
