#include "UsageOrder.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<std::optional<UsageOrder>> UsageOrder::parse(const QString &text)
{
    if (text.isEmpty())
        return std::optional<UsageOrder>();
    UsageOrder order;
    order.descending = text.startsWith(u'-');
    const QString name = order.descending ? text.mid(1) : text;
    if (name == u"busyRatio"_s)
        order.key = Key::BusyRatio;
    else if (name == u"heldGpuHours"_s)
        order.key = Key::HeldGpuHours;
    else if (name == u"busyGpuHours"_s)
        order.key = Key::BusyGpuHours;
    else if (name == u"unreportedGpuHours"_s)
        order.key = Key::UnreportedGpuHours;
    else
        return Error::badRequest(
            u"sort must be one of busyRatio, heldGpuHours, busyGpuHours, unreportedGpuHours, "
            "each optionally preceded by '-' for descending"_s,
            {{u"sort"_s, u"unknown sort key"_s}});
    return std::optional<UsageOrder>(order);
}

bool UsageOrder::before(const UsageFigures &a, const UsageFigures &b) const
{
    double x = 0, y = 0;
    switch (key) {
    case Key::BusyRatio: {
        const std::optional<double> ra = a.busyRatio(), rb = b.busyRatio();
        if (!ra || !rb)
            return ra.has_value() && !rb.has_value();
        x = *ra;
        y = *rb;
        break;
    }
    case Key::HeldGpuHours:
        x = a.heldGpuHours;
        y = b.heldGpuHours;
        break;
    case Key::BusyGpuHours:
        x = a.busyGpuHours;
        y = b.busyGpuHours;
        break;
    case Key::UnreportedGpuHours:
        x = a.unreportedGpuHours;
        y = b.unreportedGpuHours;
        break;
    }
    return descending ? x > y : x < y;
}

} // namespace remotegpu
