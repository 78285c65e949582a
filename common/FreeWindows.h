#pragma once

#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

// A [start, end) interval in which a machine has no active or pending allocation.
struct TimeWindow
{
    QDateTime start;
    QDateTime end;

    // Whether [from, to) lies inside this window.
    bool covers(const QDateTime &from, const QDateTime &to) const
    {
        return start <= from && to <= end;
    }

    QJsonObject toJson() const;
    static Result<TimeWindow> fromJson(const QJsonObject &json);
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
};

// One machine's free windows (GET /api/admin/allocations/free-windows, `hosts[i]`). A machine in
// maintenance has no free window.
struct HostFreeWindows
{
    QString hostId;
    QString hostName;
    bool inMaintenance = false;
    QList<TimeWindow> free;

    // Whether the machine is free over the whole of [from, to).
    bool isFreeOver(const QDateTime &from, const QDateTime &to) const;

    QJsonObject toJson() const;
    static Result<HostFreeWindows> fromJson(const QJsonObject &json);
    friend bool operator==(const HostFreeWindows &, const HostFreeWindows &) = default;
};

// The answer of GET /api/admin/allocations/free-windows: {"from", "to", "hosts": […]}.
struct FreeWindows
{
    QDateTime from;
    QDateTime to;
    QList<HostFreeWindows> hosts;

    QJsonObject toJson() const;
    static Result<FreeWindows> fromJson(const QJsonObject &json);
    friend bool operator==(const FreeWindows &, const FreeWindows &) = default;
};

} // namespace remotegpu
