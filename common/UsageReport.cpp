#include "UsageReport.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject UsageReport::toJson() const
{
    QJsonObject total;
    totals.writeTo(total);
    return QJsonObject{{u"from"_s, json::timestamp(from)},
                       {u"to"_s, json::timestamp(to)},
                       {u"busyThresholdPercent"_s, busyThresholdPercent},
                       {u"totals"_s, total},
                       {u"machines"_s, json::objects(machines)},
                       {u"allocations"_s, json::objects(allocations)}};
}

Result<UsageReport> UsageReport::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    UsageReport u;
    u.from = r.timestamp(u"from"_s);
    u.to = r.timestamp(u"to"_s);
    u.busyThresholdPercent = r.integer(u"busyThresholdPercent"_s);
    JsonReader totals(r.jsonObject(u"totals"_s), u"totals."_s);
    u.totals = UsageFigures::read(totals);
    u.machines = r.objectList<MachineUsage>(u"machines"_s);
    u.allocations = r.objectList<AllocationUsage>(u"allocations"_s);
    for (const FieldError &e : totals.errors())
        r.addError(e.field, e.message);
    return r.finish(std::move(u));
}

} // namespace remotegpu
