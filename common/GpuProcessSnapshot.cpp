#include "GpuProcessSnapshot.h"

#include "JsonWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject GpuProcessSnapshot::toJson() const
{
    return QJsonObject{
        {u"hostId"_s, hostId},
        {u"reportedAt"_s, json::timestamp(reportedAt)},
        {u"processes"_s, json::objects(processes)},
    };
}

} // namespace remotegpu
