#include "MachineUsage.h"

#include "JsonReader.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject MachineUsage::toJson() const
{
    QJsonObject json{{u"hostId"_s, hostId},
                     {u"hostName"_s, hostName},
                     {u"gpus"_s, gpus},
                     {u"allocations"_s, allocations}};
    usage.writeTo(json);
    return json;
}

Result<MachineUsage> MachineUsage::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MachineUsage m;
    m.hostId = r.string(u"hostId"_s);
    m.hostName = r.string(u"hostName"_s);
    m.gpus = r.int64(u"gpus"_s);
    m.allocations = r.int64(u"allocations"_s);
    m.usage = UsageFigures::read(r);
    return r.finish(std::move(m));
}

} // namespace remotegpu
