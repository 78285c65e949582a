#pragma once

#include "RealtimeHost.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace remotegpu {

class JsonStreamWriter;

// GET /api/admin/monitoring/realtime: the latest figures of every host the filters pick, at
// `at` (the server's time of the answer), ordered by host id.
struct FleetRealtime
{
    QDateTime at;
    QList<RealtimeHost> hosts;

    void writeJson(JsonStreamWriter &writer) const;
    static Result<FleetRealtime> fromJson(const QJsonObject &json);
};

} // namespace remotegpu
