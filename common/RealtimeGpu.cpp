#include "RealtimeGpu.h"

#include "JsonReader.h"
#include "JsonStreamWriter.h"

#include <QHash>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

const QStringList &RealtimeGpu::columns()
{
    static const QStringList names{
        u"index"_s,
        u"uuid"_s,
        u"name"_s,
        u"utilizationPercent"_s,
        u"memoryUsedMb"_s,
        u"memoryUsagePercent"_s,
        u"temperature"_s,
        u"powerDraw"_s,
        u"smClock"_s,
        u"memoryClock"_s,
        u"collectedAt"_s,
        u"healthStatus"_s,
        u"healthReason"_s,
        u"xidErrors"_s,
        u"eccUncorrectedErrors"_s,
        u"rowRemapFailure"_s,
    };
    return names;
}

void RealtimeGpu::writeRow(JsonStreamWriter &w) const
{
    w.beginArray();
    w.value(index);
    w.nullable(uuid);
    w.nullable(name);
    w.optional(utilizationPercent);
    w.optional(memoryUsedMb);
    w.optional(memoryUsagePercent);
    w.optional(temperature);
    w.optional(powerDraw);
    w.optional(smClock);
    w.optional(memoryClock);
    w.timestamp(collectedAt);
    w.value(healthStatus);
    w.nullable(healthReason);
    w.beginArray();
    for (int xid : xidErrors)
        w.value(xid);
    w.endArray();
    w.optional(eccUncorrectedErrors);
    w.value(rowRemapFailure);
    w.endArray();
}

Result<RealtimeGpu> RealtimeGpu::fromRow(const QJsonArray &row, const QHash<QString, int> &columnOf)
{
    // The cells as an object keyed by column name, so JsonReader's checks and messages apply.
    QJsonObject cells;
    for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it) {
        if (it.value() < row.size())
            cells.insert(it.key(), row.at(it.value()));
    }
    JsonReader r(cells);
    RealtimeGpu g;
    g.index = r.integer(u"index"_s);
    g.uuid = r.string(u"uuid"_s);
    g.name = r.string(u"name"_s);
    g.utilizationPercent = r.optionalNumber(u"utilizationPercent"_s);
    g.memoryUsedMb = r.optionalInt64(u"memoryUsedMb"_s);
    g.memoryUsagePercent = r.optionalNumber(u"memoryUsagePercent"_s);
    g.temperature = r.optionalNumber(u"temperature"_s);
    g.powerDraw = r.optionalNumber(u"powerDraw"_s);
    g.smClock = r.optionalInteger(u"smClock"_s);
    g.memoryClock = r.optionalInteger(u"memoryClock"_s);
    g.collectedAt = r.timestamp(u"collectedAt"_s);
    g.healthStatus = r.string(u"healthStatus"_s);
    g.healthReason = r.string(u"healthReason"_s);
    for (qint64 xid : r.int64List(u"xidErrors"_s))
        g.xidErrors.append(int(xid));
    g.eccUncorrectedErrors = r.optionalInt64(u"eccUncorrectedErrors"_s);
    g.rowRemapFailure = r.boolean(u"rowRemapFailure"_s);
    return r.finish(std::move(g));
}

} // namespace remotegpu
