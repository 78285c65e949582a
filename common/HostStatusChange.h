#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace remotegpu {

class JsonStreamWriter;

// One row of a host's status history (host_status_changes): what it went from and to, and why.
// GET /api/admin/machines/:id/status-history lists them newest first.
struct HostStatusChange
{
    qint64 id = 0;
    QString hostId;
    QString fromStatus; // empty: the first status recorded
    QString toStatus;
    QString reason;
    QDateTime changedAt;

    void writeJson(JsonStreamWriter &writer) const;
    QJsonObject toJson() const;
    static Result<HostStatusChange> fromJson(const QJsonObject &json);

    friend bool operator==(const HostStatusChange &, const HostStatusChange &) = default;
};

} // namespace remotegpu
