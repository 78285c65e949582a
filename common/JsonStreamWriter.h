#pragma once

#include "EnumTable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace remotegpu {

// Writes compact JSON straight into UTF-8 bytes, in the order it is given.
//
// Why not QJsonObject + QJsonDocument: they build a tree of QCborValues, keep each object's keys
// sorted on insert, and then walk the tree again to serialise it. For a page of 50 machines that
// was two thirds of the server's CPU time per request (docs/benchmarks.md, machine list). The
// list pages and the envelope write through this instead; the output is the same JSON (numbers
// and strings spelled as QJsonDocument spells them), keys in declaration order.
//
// Usage: w.beginObject(); w.key("id"); w.value(id); … w.endObject(); then take(). Commas are the
// writer's business; keys must be ASCII names (they are the API's field names).
class JsonStreamWriter
{
public:
    explicit JsonStreamWriter(qsizetype reserve = 256);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(QLatin1StringView text);
    void value(const char *) = delete; // say which encoding: QLatin1StringView or QString
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    // Any JSON value; objects and arrays go through QJsonDocument (small ones: labels, settings).
    void value(const QJsonValue &json);
    void value(const QJsonObject &object);
    void value(const QJsonArray &array);
    void value(const QStringList &texts);
    // Bytes that already are one JSON value (a stored document, another writer's output).
    void rawValue(QByteArrayView json);

    // The wire spellings of the models (JsonWriter.h has the QJsonValue twins).
    void nullable(const QString &text);       // empty → null
    void timestamp(const QDateTime &time);    // ISO 8601 UTC with ms, invalid → null
    void timestampMs(qint64 msecsSinceEpoch); // the same from epoch milliseconds
    template<typename T>
    void optional(const std::optional<T> &number)
    {
        if (number)
            value(*number);
        else
            null();
    }
    template<WireEnum E>
    void enumValue(E value_)
    {
        value(nameOf(value_));
    }

    // key(name) then the value, for the common case.
    void nullable(QLatin1StringView name, const QString &text)
    {
        key(name);
        nullable(text);
    }
    void timestamp(QLatin1StringView name, const QDateTime &time)
    {
        key(name);
        timestamp(time);
    }
    template<typename T>
    void optional(QLatin1StringView name, const std::optional<T> &number)
    {
        key(name);
        optional(number);
    }
    template<WireEnum E>
    void enumValue(QLatin1StringView name, E value_)
    {
        key(name);
        enumValue(value_);
    }
    template<typename T>
    void field(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void appendBytes(const char *bytes, qsizetype size);
    char *grow(qsizetype maxBytes);
    template<typename Unit>
    void writeString(const Unit *text, qsizetype size);
    void shrinkTo(const char *end);

    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace remotegpu
