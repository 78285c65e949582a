#include "FleetRealtime.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void FleetRealtime::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    w.timestamp("at"_L1, at);
    w.field("total"_L1, int(hosts.size()));
    w.field("gpuColumns"_L1, RealtimeGpu::columns());
    w.key("hosts"_L1);
    w.beginArray();
    for (const RealtimeHost &h : hosts)
        h.writeJson(w);
    w.endArray();
    w.endObject();
}

Result<FleetRealtime> FleetRealtime::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    FleetRealtime f;
    f.at = r.timestamp(u"at"_s);
    QHash<QString, int> columnOf;
    const QStringList columns = r.stringList(u"gpuColumns"_s);
    for (qsizetype i = 0; i < columns.size(); ++i)
        columnOf.insert(columns.at(i), int(i));
    const QJsonArray hosts = json.value(u"hosts"_s).toArray();
    f.hosts.reserve(hosts.size());
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        auto host = RealtimeHost::fromJson(hosts.at(i).toObject(), columnOf);
        if (!host)
            r.addError(u"hosts"_s, u"hosts[%1]: %2"_s.arg(i).arg(host.error().message));
        else
            f.hosts.append(std::move(host).value());
    }
    return r.finish(std::move(f));
}

} // namespace remotegpu
