#pragma once

#include "Machine.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace remotegpu {

class JsonStreamWriter;

// A row of the machine list (GET /api/admin/machines): the wire model plus the GPU model the
// list shows and filters by (the name of the host's first GPU), which Machine itself does not
// carry.
struct MachineListItem
{
    Machine machine;
    QString gpuModel;

    QJsonObject toJson() const;
    void writeJson(JsonStreamWriter &writer) const;
    static Result<MachineListItem> fromJson(const QJsonObject &json);

    friend bool operator==(const MachineListItem &, const MachineListItem &) = default;
};

} // namespace remotegpu
