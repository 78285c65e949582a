#pragma once

#include <QString>

class QDateTime;

// One way to write a moment everywhere in the console: in local time, in ISO order (it reads the
// same in every language and sorts as text), to the minute, or to the second where the order of
// events within a minute matters (audit, alerts, webhook attempts). Tooltips add the zone.
namespace remotegpu::ui::timetext {

enum class Precision { Minutes, Seconds };

// "2026-12-03 17:47"; `whenInvalid` for a time that is not set.
QString text(const QDateTime &time, const QString &whenInvalid = QString());
// "2026-12-03 17:47:19".
QString textWithSeconds(const QDateTime &time, const QString &whenInvalid = QString());
// "2026-12-03 17:47 CET": with the zone's abbreviation, for tooltips and exact figures.
QString textWithZone(const QDateTime &time, Precision precision = Precision::Minutes);
// "2026-12-03": the local day alone, for list columns where the day is what matters (an
// account's creation); the tooltip gives textWithZone.
QString date(const QDateTime &time, const QString &whenInvalid = QString());
// "17:47:19": the time of day alone, for "updated at".
QString clock(const QDateTime &time);
// What a field shows for a time that is not set: "–".
QString notSet();

} // namespace remotegpu::ui::timetext
