#include "ApiEnvelope.h"

#include "JsonStreamWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QByteArray ApiEnvelope::toBytes() const
{
    JsonStreamWriter w;
    w.beginObject();
    w.field("code"_L1, code);
    w.field("message"_L1, message);
    w.field("data"_L1, data);
    w.field("traceId"_L1, traceId);
    w.endObject();
    return w.take();
}

void ApiEnvelope::beginSuccess(JsonStreamWriter &w)
{
    w.beginObject();
    w.field("code"_L1, 0);
    w.field("message"_L1, "ok"_L1);
    w.key("data"_L1);
}

void ApiEnvelope::endSuccess(JsonStreamWriter &w, const QString &traceId)
{
    w.field("traceId"_L1, traceId);
    w.endObject();
}

Error ApiEnvelope::toError() const
{
    Error error;
    error.kind = errorKindForStatus(code);
    error.message = message;
    error.traceId = traceId;
    const QJsonArray fields = data.toObject().value(u"errors"_s).toArray();
    for (const QJsonValue &f : fields) {
        const QJsonObject o = f.toObject();
        error.fieldErrors.append(
            {o.value(u"field"_s).toString(), o.value(u"message"_s).toString()});
    }
    return error;
}

ApiEnvelope ApiEnvelope::success(const QJsonValue &data, const QString &traceId)
{
    ApiEnvelope e;
    e.data = data;
    e.traceId = traceId;
    return e;
}

ApiEnvelope ApiEnvelope::failure(const Error &error, const QString &traceId)
{
    ApiEnvelope e;
    e.code = httpStatusFor(error.kind);
    e.message = error.message;
    e.traceId = traceId;
    if (!error.fieldErrors.isEmpty()) {
        QJsonArray fields;
        for (const FieldError &f : error.fieldErrors)
            fields.append(QJsonObject{{u"field"_s, f.field}, {u"message"_s, f.message}});
        e.data = QJsonObject{{u"errors"_s, fields}};
    } else {
        e.data = QJsonValue::Null;
    }
    return e;
}

Result<ApiEnvelope> ApiEnvelope::parse(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::internal(u"The server answered with something that is not a JSON envelope"_s);
    const QJsonObject o = doc.object();
    if (!o.value(u"code"_s).isDouble() || !o.value(u"message"_s).isString())
        return Error::internal(u"The server's answer lacks the envelope's code or message"_s);
    ApiEnvelope e;
    e.code = o.value(u"code"_s).toInt();
    e.message = o.value(u"message"_s).toString();
    e.data = o.value(u"data"_s);
    e.traceId = o.value(u"traceId"_s).toString();
    return e;
}

} // namespace remotegpu
