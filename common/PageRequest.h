#pragma once

#include "Enums.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace remotegpu {

// The list parameters of seed 001 §4.2: page, pageSize, sortBy, order and filters, where
// `filters` is URL-encoded JSON mapping a field to a value or a list of values
// (filters={"status":["online","maintenance"],"region":"beijing"}).
struct PageRequest
{
    static constexpr int DefaultPageSize = 20;
    static constexpr int MaxPageSize = 200;

    int page = 1;
    int pageSize = DefaultPageSize;
    QString sortBy; // empty: the resource's own default order
    SortOrder order = SortOrder::Asc;
    QJsonObject filters;

    qint64 offset() const { return qint64(page - 1) * pageSize; }
    bool hasFilter(const QString &field) const { return filters.contains(field); }
    // A filter's accepted values as a list, whether it was given as one value or several;
    // empty when the field is not filtered.
    QJsonArray filterValues(const QString &field) const;
    // Each accepted value as text (numbers in their shortest form, booleans as true/false),
    // for binding as SQL parameters.
    QStringList filterStrings(const QString &field) const;

    // For clients building a request; fromQuery(toQuery()) gives back the same request.
    QUrlQuery toQuery() const;

    // Parses the list parameters of a request. `sortable` and `filterable` are the resource's
    // whitelists (camelCase field names); anything outside them, or out of range, is a 400 whose
    // field errors name the parameter (sortBy, filters.<field>, …). Other query items are left
    // for the handler.
    static Result<PageRequest> fromQuery(const QUrlQuery &query, const QStringList &sortable,
                                         const QStringList &filterable);

    friend bool operator==(const PageRequest &, const PageRequest &) = default;
};

} // namespace remotegpu
