#include "TenantStatisticsReport.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject TenantStatisticsReport::toJson() const
{
    return QJsonObject{{u"from"_s, json::timestamp(from)},
                       {u"to"_s, json::timestamp(to)},
                       {u"sampleIntervalSeconds"_s, sampleIntervalSeconds},
                       {u"busyThresholdPercent"_s, busyThresholdPercent},
                       {u"list"_s, json::objects(list)}};
}

Result<TenantStatisticsReport> TenantStatisticsReport::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    TenantStatisticsReport t;
    t.from = r.timestamp(u"from"_s);
    t.to = r.timestamp(u"to"_s);
    t.sampleIntervalSeconds = r.integer(u"sampleIntervalSeconds"_s);
    t.busyThresholdPercent = r.integer(u"busyThresholdPercent"_s);
    t.list = r.objectList<TenantStatistics>(u"list"_s);
    return r.finish(std::move(t));
}

} // namespace remotegpu
