#include "JsonReader.h"

#include "QueryParameters.h"

#include <limits>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// QJsonValue keeps integers exactly as qint64; toInteger() refuses fractions and doubles that
// no qint64 can hold, which is the check we want. The sentinel cannot be a real id or count.
constexpr qint64 NotAnInteger = std::numeric_limits<qint64>::min();

std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const qint64 n = v.toInteger(NotAnInteger);
    if (n == NotAnInteger)
        return std::nullopt;
    return n;
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{}

bool JsonReader::has(const QString &key) const
{
    return !absent(m_object.value(key));
}

void JsonReader::addError(const QString &key, const QString &message)
{
    m_errors.append({field(key), message});
}

void JsonReader::typeError(const QString &key, QStringView what)
{
    addError(key, field(key) % u" must be "_s % what);
}

QString JsonReader::string(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (absent(v))
        return {};
    if (!v.isString()) {
        typeError(key, u"a string");
        return {};
    }
    return v.toString();
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (absent(v))
        return fallback;
    if (!v.isBool()) {
        typeError(key, u"true or false");
        return fallback;
    }
    return v.toBool();
}

int JsonReader::integer(const QString &key, int fallback)
{
    return optionalInteger(key).value_or(fallback);
}

qint64 JsonReader::int64(const QString &key, qint64 fallback)
{
    return optionalInt64(key).value_or(fallback);
}

double JsonReader::number(const QString &key, double fallback)
{
    return optionalNumber(key).value_or(fallback);
}

std::optional<int> JsonReader::optionalInteger(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (absent(v))
        return std::nullopt;
    const std::optional<qint64> n = wholeNumber(v);
    if (!n || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max()) {
        typeError(key, u"a whole number between -2147483648 and 2147483647");
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

std::optional<qint64> JsonReader::optionalInt64(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (absent(v))
        return std::nullopt;
    const std::optional<qint64> n = wholeNumber(v);
    if (!n) {
        typeError(key, u"a whole number");
        return std::nullopt;
    }
    return n;
}

std::optional<double> JsonReader::optionalNumber(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (absent(v))
        return std::nullopt;
    if (!v.isDouble()) {
        typeError(key, u"a number");
        return std::nullopt;
    }
    return v.toDouble();
}

QDateTime JsonReader::timestamp(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (absent(v))
        return {};
    if (v.isString()) {
        if (const std::optional<QDateTime> t =
                parseIsoTimestamp(v.toString(), ZonelessTime::Reject))
            return *t;
    }
    typeError(key, u"an ISO 8601 timestamp with a time zone, such as 2026-02-03T08:00:00.000Z");
    return {};
}

QJsonObject JsonReader::jsonObject(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (absent(v))
        return {};
    if (!v.isObject()) {
        typeError(key, u"a JSON object");
        return {};
    }
    return v.toObject();
}

QStringList JsonReader::stringList(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (absent(v))
        return {};
    QStringList out;
    if (v.isArray()) {
        const QJsonArray items = v.toArray();
        for (const QJsonValue &item : items) {
            if (!item.isString())
                break;
            out.append(item.toString());
        }
        if (out.size() == items.size())
            return out;
    }
    typeError(key, u"a list of strings");
    return {};
}

QList<qint64> JsonReader::int64List(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (absent(v))
        return {};
    QList<qint64> out;
    if (v.isArray()) {
        const QJsonArray items = v.toArray();
        for (const QJsonValue &item : items) {
            const std::optional<qint64> n = wholeNumber(item);
            if (!n)
                break;
            out.append(*n);
        }
        if (out.size() == items.size())
            return out;
    }
    typeError(key, u"a list of whole numbers");
    return {};
}

} // namespace remotegpu
