#include "ApiResponse.h"

namespace remotegpu {

ApiResponse ApiResponse::ok(const QJsonValue &data, const QString &traceId, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = ApiEnvelope::success(data, traceId).toBytes();
    return r;
}

ApiResponse ApiResponse::error(const Error &error, const QString &traceId)
{
    ApiResponse r;
    r.status = httpStatusFor(error.kind);
    r.body = ApiEnvelope::failure(error, traceId).toBytes();
    if (error.kind == ErrorKind::TooManyRequests && error.retryAfterSeconds > 0)
        r.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds)});
    return r;
}

ApiResponse ApiResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    ApiResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace remotegpu
