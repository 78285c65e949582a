#pragma once

#include "EnumTable.h"
#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

// Reads one JSON object field by field for the models' fromJson. An absent or null field gives
// the fallback (whether it was required is validate()'s question); a present field of the wrong
// type is recorded as a field error instead of silently becoming 0 or "", because a client that
// sends "totalGpu":"8" has a bug we want it to hear about.
class JsonReader
{
public:
    // `prefix` is prepended to field names in errors, e.g. "gpus[1]." or "list[0].".
    explicit JsonReader(const QJsonObject &object, QString prefix = {});

    const QJsonObject &object() const { return m_object; }
    bool has(const QString &key) const;

    QString string(const QString &key);
    bool boolean(const QString &key, bool fallback = false);
    int integer(const QString &key, int fallback = 0);
    qint64 int64(const QString &key, qint64 fallback = 0);
    double number(const QString &key, double fallback = 0.0);
    std::optional<int> optionalInteger(const QString &key);
    std::optional<qint64> optionalInt64(const QString &key);
    std::optional<double> optionalNumber(const QString &key);
    // ISO 8601 with an explicit zone ("Z" or "+08:00"), read by parseIsoTimestamp; returned in
    // UTC. Absent/null: invalid.
    QDateTime timestamp(const QString &key);
    QJsonObject jsonObject(const QString &key);
    QStringList stringList(const QString &key);
    QList<qint64> int64List(const QString &key);

    template<WireEnum E>
    E enumValue(const QString &key, E fallback)
    {
        using namespace Qt::Literals::StringLiterals;
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (v.isString()) {
            if (const std::optional<E> e = fromString<E>(v.toString()))
                return *e;
        }
        addError(key, field(key) % u" must be one of: "_s % allowedValues<E>());
        return fallback;
    }

    // A list of nested models, each read with T::fromJson; their errors come back named
    // "key[i].field".
    template<typename T>
    QList<T> objectList(const QString &key)
    {
        using namespace Qt::Literals::StringLiterals;
        QList<T> out;
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            addError(key, field(key) % u" must be a list"_s);
            return out;
        }
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemName = field(key) % QChar(u'[') % QString::number(i) % QChar(u']');
            if (!items.at(i).isObject()) {
                m_errors.append({itemName, itemName % u" must be an object"_s});
                continue;
            }
            Result<T> item = T::fromJson(items.at(i).toObject());
            if (item.ok()) {
                out.append(std::move(item).value());
                continue;
            }
            for (const FieldError &e : item.error().fieldErrors)
                m_errors.append(
                    {itemName % QChar(u'.') % e.field, itemName % QChar(u'.') % e.message});
        }
        return out;
    }

    void addError(const QString &key, const QString &message);
    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    // The 400 for a failed read: wraps the errors so the Result of fromJson carries them.
    Error error() const { return Error::invalidFields(m_errors); }

    // Returns `value` when every field read cleanly, else the collected error.
    template<typename T>
    Result<T> finish(T value) const
    {
        if (!ok())
            return error();
        return value;
    }

private:
    QString field(const QString &key) const { return m_prefix + key; }
    void typeError(const QString &key, QStringView what);

    QJsonObject m_object;
    QString m_prefix;
    QList<FieldError> m_errors;
};

} // namespace remotegpu
