#pragma once

#include "Error.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace remotegpu {

class JsonStreamWriter;

// The body of every API answer (seed 001 §4.1):
//   {"code":0,"message":"ok","data":…,"traceId":"…"}
// On error `code` equals the HTTP status and field errors travel in data.errors.
struct ApiEnvelope
{
    int code = 0;
    QString message = QStringLiteral("ok");
    QJsonValue data;
    QString traceId;

    bool ok() const { return code == 0; }
    QByteArray toBytes() const;
    // A success envelope written around data written into `w` in between, with no copy of it,
    // spelled as toBytes() spells it: beginSuccess(w), the data, endSuccess(w, traceId).
    static void beginSuccess(JsonStreamWriter &w);
    static void endSuccess(JsonStreamWriter &w, const QString &traceId);
    // The Error this envelope reports (kind from code, message, data.errors); only when !ok().
    Error toError() const;

    static ApiEnvelope success(const QJsonValue &data, const QString &traceId);
    static ApiEnvelope failure(const Error &error, const QString &traceId);
    // Parses an answer body; a body that is not an envelope is an Error saying so.
    static Result<ApiEnvelope> parse(const QByteArray &body);
};

} // namespace remotegpu
