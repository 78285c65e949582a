#include "HostStatusChange.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

#include <QJsonDocument>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void HostStatusChange::writeJson(JsonStreamWriter &w) const
{
    w.beginObject();
    w.field("id"_L1, id);
    w.field("hostId"_L1, hostId);
    w.nullable("fromStatus"_L1, fromStatus);
    w.field("toStatus"_L1, toStatus);
    w.nullable("reason"_L1, reason);
    w.timestamp("changedAt"_L1, changedAt);
    w.endObject();
}

QJsonObject HostStatusChange::toJson() const
{
    JsonStreamWriter w;
    writeJson(w);
    return QJsonDocument::fromJson(w.bytes()).object();
}

Result<HostStatusChange> HostStatusChange::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    HostStatusChange c;
    c.id = r.int64(u"id"_s);
    c.hostId = r.string(u"hostId"_s);
    c.fromStatus = r.string(u"fromStatus"_s);
    c.toStatus = r.string(u"toStatus"_s);
    c.reason = r.string(u"reason"_s);
    c.changedAt = r.timestamp(u"changedAt"_s);
    return r.finish(std::move(c));
}

} // namespace remotegpu
