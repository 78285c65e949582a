#pragma once

#include "Enums.h"
#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class JsonStreamWriter;

// One GPU card of a host (table `gpus`; V2.1 names `index` and `memory_total_mb`).
struct Gpu
{
    qint64 id = 0;
    QString hostId;
    int index = 0;
    QString uuid; // the driver's GPU-… id, not a database key
    QString name; // model, e.g. "NVIDIA H100 80GB HBM3"
    QString brand;
    QString architecture;
    qint64 memoryTotalMb = 0;
    std::optional<int> cudaCores;
    QString computeCapability;
    GpuStatus status = GpuStatus::Available;
    QString healthStatus = QStringLiteral("healthy");
    QString allocatedTo;
    QDateTime allocatedAt;
    std::optional<int> powerLimit;       // watts
    std::optional<int> temperatureLimit; // °C
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    void writeJson(JsonStreamWriter &writer) const;
    static Result<Gpu> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const Gpu &, const Gpu &) = default;
};

} // namespace remotegpu
