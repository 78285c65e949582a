#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace remotegpu::test {

// An instant as a query parameter value, percent-encoded ISO 8601 in UTC with milliseconds.
inline QString urlTime(const QDateTime &t)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(t.toUTC().toString(Qt::ISODateWithMs)));
}

} // namespace remotegpu::test
