#pragma once

#include <QDateTime>
#include <QString>

namespace remotegpu::test {

// An instant as an SQL literal, '2027-01-31T23:59:30.000Z'::timestamptz, for rows a test places
// at a chosen time (independent of the session's zone).
inline QString sqlTime(const QDateTime &t)
{
    return QLatin1Char('\'') + t.toUTC().toString(Qt::ISODateWithMs) +
           QLatin1String("'::timestamptz");
}

} // namespace remotegpu::test
