#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUrlQuery>

#include <optional>

// How the API reads times and numbers that arrive as text: query parameters, list filters and
// the timestamps of JSON bodies. One parser, so one string means one instant on every route.
namespace remotegpu {

// What a time written without a zone ("2026-11-24T08:00:00") means.
enum class ZonelessTime {
    // Query parameters and filters: UTC, the zone the API writes every time in. Never the
    // server's local zone, which a client cannot see.
    Utc,
    // JSON bodies: refused, because the clients we ship always send a zone and a missing one is
    // a bug worth hearing about.
    Reject,
};

// ISO 8601 with a zone ("…Z", "…+08:00"), milliseconds optional; a date alone is midnight. The
// instant in UTC, or nullopt when unreadable (or zoneless under ZonelessTime::Reject).
std::optional<QDateTime> parseIsoTimestamp(QStringView text,
                                           ZonelessTime zoneless = ZonelessTime::Utc);

// A time query parameter or filter read with parseIsoTimestamp (zoneless = UTC); a 400 whose
// message and field name `parameter` when unreadable.
Result<QDateTime> timeParameter(const QString &parameter, QStringView text);

// The whole number in query item `name`, `fallback` when the item is absent; a 400 naming it
// when present but not a whole number in [min, max]. `unit` ("seconds") goes into the message.
Result<int> integerParameter(const QUrlQuery &query, const QString &name, int fallback, int min,
                             int max, QStringView unit = {});

} // namespace remotegpu
