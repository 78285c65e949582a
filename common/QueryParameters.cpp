#include "QueryParameters.h"

#include <QTimeZone>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

std::optional<QDateTime> parseIsoTimestamp(QStringView text, ZonelessTime zoneless)
{
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    // Qt reads a zoneless time (and anything unreadable) as local time.
    if (t.timeSpec() == Qt::LocalTime) {
        if (zoneless == ZonelessTime::Reject)
            return std::nullopt;
        // Parsed again with the zone written in, rather than relabelling the local result: a
        // time that falls in a local daylight-saving gap has no local reading at all.
        if (const QDate day = QDate::fromString(text.toString(), u"yyyy-MM-dd"_s); day.isValid())
            t = day.startOfDay(QTimeZone::utc());
        else
            t = QDateTime::fromString(text % u'Z', Qt::ISODateWithMs);
    }
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

Result<QDateTime> timeParameter(const QString &parameter, QStringView text)
{
    if (const std::optional<QDateTime> t = parseIsoTimestamp(text, ZonelessTime::Utc))
        return *t;
    return Error::badRequest(
        u"%1 must be an ISO 8601 time such as 2026-11-24T08:00:00Z"_s.arg(parameter),
        {{parameter, u"not an ISO 8601 time"_s}});
}

Result<int> integerParameter(const QUrlQuery &query, const QString &name, int fallback, int min,
                             int max, QStringView unit)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int n = query.queryItemValue(name, QUrl::FullyDecoded).toInt(&ok);
    if (ok && n >= min && n <= max)
        return n;
    const QString what = unit.isEmpty() ? u"a whole number"_s : u"a whole number of %1"_s.arg(unit);
    const QString message = u"%1 must be %2 from %3 to %4"_s.arg(name, what).arg(min).arg(max);
    return Error::badRequest(message, {{name, message}});
}

} // namespace remotegpu
