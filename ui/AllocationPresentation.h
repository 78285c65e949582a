#pragma once

#include "Allocation.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

#include <functional>

namespace remotegpu::ui {

// The console's "now": UTC, injectable so tests never depend on the date or zone they run in.
using Clock = std::function<QDateTime()>;
inline Clock systemClock()
{
    return &QDateTime::currentDateTimeUtc;
}

// What an operator reads an allocation as: its stored status, with an active one that ends
// within the expiring window shown as Expiring (as the server's `expiring` filter selects it).
enum class LeaseState { Pending, Active, Expiring, Expired, Reclaimed };

LeaseState leaseState(const Allocation &a, const QDateTime &now);
// "Active", "Expiring", … (translated).
QString leaseStateText(LeaseState state);
// The colour that goes with the word (never alone): green active, amber expiring, blue
// pending, grey expired, purple reclaimed; lighter on a dark palette.
QColor leaseStateColor(LeaseState state, bool dark);
// A small filled dot in the state's colour, with a distinct shape for each state so the colour
// is never the only cue (cached).
QIcon leaseStateIcon(LeaseState state, bool dark);
// The filter value of the list API for a state ("active", "expiring", …).
QString leaseStateFilterValue(LeaseState state);

// A UTC time as the operator reads it: local date and time with the zone ("2026-12-03 09:00 CET").
QString localTimeText(const QDateTime &utc);
// "12 d 4 h", "3 h 20 min", "ended", "starts in 2 d" for a lease at `now`.
QString remainingText(const Allocation &a, const QDateTime &now);
// A period "start → end" in local time.
QString periodText(const QDateTime &start, const QDateTime &end);
// The tooltip of an allocation: tenant, machine, period, state.
QString allocationToolTip(const Allocation &a, const QDateTime &now);

} // namespace remotegpu::ui
