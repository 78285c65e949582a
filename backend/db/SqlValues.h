#pragma once

#include "EnumTable.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <optional>
#include <type_traits>

// Small helpers the repositories share for bind values and WHERE clauses.
namespace remotegpu::sql {

// A typed SQL NULL when the id is absent, else the id.
QVariant nullableId(const std::optional<qint64> &id);
// A typed SQL NULL when the number is absent, else the number.
QVariant nullableInt(const std::optional<int> &value);
// A typed SQL NULL for the empty string, else the text.
QVariant nullableText(const QString &text);
// A JSON document as the text of a `?::jsonb` / `?::json` bind.
QString jsonText(const QJsonObject &object);
QString jsonText(const QJsonArray &array);
// "%text%" for ILIKE, with LIKE's metacharacters in the user's text matching themselves.
QString likePattern(const QString &text);
// A PostgreSQL array literal of text values ({"a","b"}), for a `?::text[]` bind.
QString textArray(const QStringList &values);
// The stored spellings of the wire names in `names`, for a filter on a status column: each name,
// then the older spellings its enum's alias table reads as the same value (a machine status
// filter on `online` also matches a V2.1 row stored as `allocated`).
template<WireEnum E>
QStringList storedSpellings(const QStringList &names)
{
    QStringList out = names;
    for (const QString &name : names) {
        const std::optional<E> value = fromString<E>(name);
        if (!value)
            continue;
        for (const EnumName<E> &alias : enumAliases<E>()) {
            if (alias.value == *value && !out.contains(alias.name))
                out.append(alias.name.toString());
        }
    }
    return out;
}
// A nullable number column: nothing for NULL (T is int, qint64 or double).
template<typename T>
std::optional<T> optional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    if constexpr (std::is_same_v<T, double>)
        return value.toDouble();
    else if constexpr (std::is_same_v<T, int>)
        return value.toInt();
    else
        return value.toLongLong();
}
// A timestamp column in UTC; an invalid QDateTime for NULL.
QDateTime utcTime(const QVariant &value);

// For hot queries: select a timestamptz as milliseconds since the epoch (`epochMs(u"h.created_at")`
// in the SQL, `utcFromEpochMs(q.value(n))` in C++). QPSQL turns every timestamptz it reads into
// local time, a conversion that costs more than the rest of a list row (docs/benchmarks.md).
QString epochMs(const QString &column);
QDateTime utcFromEpochMs(const QVariant &value);

// Conditions joined with AND, and their binds in the order the conditions were added.
class WhereClause
{
public:
    // `condition` with its `?` placeholders bound, in order, to `binds`.
    WhereClause &add(const QString &condition, const QVariantList &binds = {});
    // "`column` = ANY(?::text[])", the values bound as one array; nothing when `values` is empty.
    // One statement text whatever the number of values: with a placeholder per value, every
    // count was another prepared statement kept per connection for good.
    WhereClause &addIn(const QString &column, const QStringList &values);
    // The same for a bigint column ("`column` = ANY(?::bigint[])"), so that its index serves
    // the filter (comparing `column::text` could not); a 400 naming filters.`field` when a value
    // is not a whole number.
    Result<void> addInIds(const QString &field, const QString &column, const QStringList &values);
    // " WHERE a AND b", or empty when there is no condition.
    QString sql() const;
    const QVariantList &binds() const { return m_binds; }

private:
    QStringList m_conditions;
    QVariantList m_binds;
};

} // namespace remotegpu::sql
