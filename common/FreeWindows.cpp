#include "FreeWindows.h"

#include "JsonReader.h"
#include "JsonWriter.h"

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject TimeWindow::toJson() const
{
    return QJsonObject{{u"start"_s, json::timestamp(start)}, {u"end"_s, json::timestamp(end)}};
}

Result<TimeWindow> TimeWindow::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TimeWindow w;
    w.start = r.timestamp(u"start"_s);
    w.end = r.timestamp(u"end"_s);
    return r.finish(std::move(w));
}

bool HostFreeWindows::isFreeOver(const QDateTime &from, const QDateTime &to) const
{
    if (inMaintenance)
        return false;
    return std::any_of(free.cbegin(), free.cend(),
                       [&](const TimeWindow &w) { return w.covers(from, to); });
}

QJsonObject HostFreeWindows::toJson() const
{
    return QJsonObject{{u"hostId"_s, hostId},
                       {u"hostName"_s, json::nullable(hostName)},
                       {u"inMaintenance"_s, inMaintenance},
                       {u"free"_s, json::objects(free)}};
}

Result<HostFreeWindows> HostFreeWindows::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    HostFreeWindows h;
    h.hostId = r.string(u"hostId"_s);
    h.hostName = r.string(u"hostName"_s);
    h.inMaintenance = r.boolean(u"inMaintenance"_s);
    h.free = r.objectList<TimeWindow>(u"free"_s);
    return r.finish(std::move(h));
}

QJsonObject FreeWindows::toJson() const
{
    return QJsonObject{{u"from"_s, json::timestamp(from)},
                       {u"to"_s, json::timestamp(to)},
                       {u"hosts"_s, json::objects(hosts)}};
}

Result<FreeWindows> FreeWindows::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    FreeWindows f;
    f.from = r.timestamp(u"from"_s);
    f.to = r.timestamp(u"to"_s);
    f.hosts = r.objectList<HostFreeWindows>(u"hosts"_s);
    return r.finish(std::move(f));
}

} // namespace remotegpu
