#include "CustomerMachineSummary.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject CustomerMachineSummary::toJson() const
{
    return QJsonObject{{u"machines"_s, machines},
                       {u"gpus"_s, gpus},
                       {u"expiringSoon"_s, expiringSoon},
                       {u"averageGpuUtilization24h"_s, json::optional(averageGpuUtilization24h)}};
}

Result<CustomerMachineSummary> CustomerMachineSummary::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CustomerMachineSummary s;
    s.machines = r.int64(u"machines"_s);
    s.gpus = r.int64(u"gpus"_s);
    s.expiringSoon = r.int64(u"expiringSoon"_s);
    s.averageGpuUtilization24h = r.optionalNumber(u"averageGpuUtilization24h"_s);
    return r.finish(s);
}

} // namespace remotegpu
