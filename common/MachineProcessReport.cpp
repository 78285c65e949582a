#include "MachineProcessReport.h"

#include "JsonReader.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<MachineProcessReport> MachineProcessReport::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MachineProcessReport p;
    p.hostId = r.string(u"hostId"_s);
    p.reportedAt = r.timestamp(u"reportedAt"_s);
    p.processes = r.objectList<GpuProcess>(u"processes"_s);
    return r.finish(std::move(p));
}

} // namespace remotegpu
