#pragma once

#include "ApiEnvelope.h"
#include "Error.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace remotegpu {

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The envelope answers; `traceId` is stamped by the router on every answer it sends.
    static ApiResponse ok(const QJsonValue &data, const QString &traceId, int status = 200);
    static ApiResponse error(const Error &error, const QString &traceId);
    static ApiResponse raw(int status, const QByteArray &contentType, const QByteArray &body);

    QByteArray header(const QByteArray &name) const;
};

} // namespace remotegpu
