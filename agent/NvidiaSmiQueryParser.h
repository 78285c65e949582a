#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// Parses the health part of `nvidia-smi -q` (the indented "Key : Value" report): per GPU its
// UUID and name, the volatile uncorrectable ECC errors (every "… Uncorrectable" counter under
// ECC Errors > Volatile, or the Double Bit total of older drivers), retired pages and remapped
// rows. The agent reads it where the driver's --query-gpu does not know the health fields.
class NvidiaSmiQueryParser
{
public:
    struct GpuHealthCounters
    {
        QString busId;
        QString uuid;
        QString name;
        std::optional<qint64> eccUncorrectedVolatile;
        std::optional<qint64> retiredPagesDoubleBit;
        bool retiredPagesPending = false;
        std::optional<qint64> remappedRowsUncorrectable;
        bool rowRemapPending = false;
        bool rowRemapFailure = false;
    };

    static Result<QList<GpuHealthCounters>> parse(const QString &report);
};

} // namespace remotegpu
