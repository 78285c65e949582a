#pragma once

#include "EnumTable.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The write side of JsonReader: how the models spell unset values and timestamps on the wire.
namespace remotegpu::json {

// Unset is null rather than absent, so a client sees every field of the resource.
inline QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// ISO 8601 in UTC with milliseconds ("2026-02-03T08:00:00.000Z"); null when unset.
inline QJsonValue timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QJsonValue optional(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue optional(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template<WireEnum E>
QJsonValue enumValue(E value)
{
    return toString(value);
}

inline QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

inline QJsonArray int64s(const QList<qint64> &values)
{
    QJsonArray out;
    for (qint64 v : values)
        out.append(v);
    return out;
}

template<typename T>
QJsonArray objects(const QList<T> &values)
{
    QJsonArray out;
    for (const T &v : values)
        out.append(v.toJson());
    return out;
}

} // namespace remotegpu::json
