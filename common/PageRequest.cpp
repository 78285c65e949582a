#include "PageRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <limits>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isScalar(const QJsonValue &v)
{
    return v.isString() || v.isDouble() || v.isBool();
}

bool isFilterValue(const QJsonValue &v)
{
    if (isScalar(v))
        return true;
    if (!v.isArray() || v.toArray().isEmpty())
        return false;
    const QJsonArray items = v.toArray();
    for (const QJsonValue &item : items) {
        if (!isScalar(item))
            return false;
    }
    return true;
}

QString scalarText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble()) {
        const qint64 n = v.toInteger(std::numeric_limits<qint64>::min());
        if (n != std::numeric_limits<qint64>::min())
            return QString::number(n);
        return QString::number(v.toDouble(), 'g', 17);
    }
    return v.toString();
}

QString oneOf(const QStringList &allowed)
{
    return allowed.isEmpty() ? u"(none: this list has no such fields)"_s : allowed.join(u", "_s);
}

// "page=" reads as not given; anything else must be a plain decimal number.
std::optional<qint64> readWholeNumber(const QUrlQuery &query, const QString &key, bool *given)
{
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    *given = !text.isEmpty();
    if (!*given)
        return std::nullopt;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

} // namespace

QJsonArray PageRequest::filterValues(const QString &field) const
{
    const QJsonValue v = filters.value(field);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isArray())
        return v.toArray();
    return QJsonArray{v};
}

QStringList PageRequest::filterStrings(const QString &field) const
{
    QStringList out;
    const QJsonArray values = filterValues(field);
    for (const QJsonValue &v : values)
        out.append(scalarText(v));
    return out;
}

QUrlQuery PageRequest::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"pageSize"_s, QString::number(pageSize));
    if (!sortBy.isEmpty()) {
        query.addQueryItem(u"sortBy"_s, sortBy);
        query.addQueryItem(u"order"_s, toString(order));
    }
    if (!filters.isEmpty()) {
        // Encoded here so '&', '=', '+', '#' and '%' inside filter values survive any parser.
        const QByteArray json = QJsonDocument(filters).toJson(QJsonDocument::Compact);
        query.addQueryItem(u"filters"_s,
                           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(json))));
    }
    return query;
}

Result<PageRequest> PageRequest::fromQuery(const QUrlQuery &query, const QStringList &sortable,
                                           const QStringList &filterable)
{
    PageRequest request;
    QList<FieldError> errors;

    bool given = false;
    const std::optional<qint64> page = readWholeNumber(query, u"page"_s, &given);
    if (given) {
        if (page && *page >= 1 && *page <= std::numeric_limits<int>::max())
            request.page = int(*page);
        else
            errors.append({u"page"_s, u"page must be a whole number of 1 or more"_s});
    }

    const std::optional<qint64> pageSize = readWholeNumber(query, u"pageSize"_s, &given);
    if (given) {
        if (pageSize && *pageSize >= 1 && *pageSize <= MaxPageSize) {
            request.pageSize = int(*pageSize);
        } else {
            errors.append({u"pageSize"_s, u"pageSize must be a whole number between 1 and "_s %
                                              QString::number(MaxPageSize)});
        }
    }

    const QString sortBy = query.queryItemValue(u"sortBy"_s, QUrl::FullyDecoded).trimmed();
    if (!sortBy.isEmpty()) {
        if (sortable.contains(sortBy))
            request.sortBy = sortBy;
        else
            errors.append({u"sortBy"_s, u"sortBy must be one of: "_s % oneOf(sortable)});
    }

    const QString order = query.queryItemValue(u"order"_s, QUrl::FullyDecoded).trimmed();
    if (!order.isEmpty()) {
        if (const std::optional<SortOrder> o = fromString<SortOrder>(order))
            request.order = *o;
        else
            errors.append({u"order"_s, u"order must be asc or desc"_s});
    }

    const QString filters = query.queryItemValue(u"filters"_s, QUrl::FullyDecoded).trimmed();
    if (!filters.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(filters.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            errors.append({u"filters"_s, u"filters must be a URL-encoded JSON object such as "
                                         u"{\"status\":[\"online\",\"offline\"]}"_s});
        } else {
            const QJsonObject object = doc.object();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const QString field = u"filters."_s % it.key();
                if (!filterable.contains(it.key())) {
                    errors.append({field, field % u" is not a filter of this list; use one of: "_s %
                                              oneOf(filterable)});
                } else if (!isFilterValue(it.value())) {
                    errors.append({field, field % u" must be a string, number or boolean, or a "
                                                  u"non-empty list of them"_s});
                }
            }
            if (errors.isEmpty())
                request.filters = object;
        }
    }

    if (!errors.isEmpty())
        return Error::invalidFields(std::move(errors));
    return request;
}

} // namespace remotegpu
