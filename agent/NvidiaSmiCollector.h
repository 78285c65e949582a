#pragma once

#include "GpuSnapshot.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace remotegpu {

// GPU figures by running nvidia-smi: one --query-gpu (CSV, no header, no units) and one
// --query-compute-apps per round. A driver that does not know the health fields of the query
// rejects the whole query; the collector then asks without them, once and for good, and reads
// ECC, retired pages and remapped rows from `nvidia-smi -q` instead. Runs nvidia-smi through
// `Runner` so tests feed captured output.
class NvidiaSmiCollector
{
public:
    // Runs nvidia-smi with these arguments; its standard output, or an error when it could not
    // start, timed out or exited non-zero.
    using Runner = std::function<Result<QString>(const QStringList &arguments)>;
    using OwnerLookup = std::function<QString(qint64 pid)>;

    explicit NvidiaSmiCollector(QString program = QStringLiteral("nvidia-smi"));
    NvidiaSmiCollector(Runner runner, OwnerLookup owners);

    Result<GpuSnapshot> collect();
    // True when nvidia-smi can be started here at all (the agent's fallback decision).
    static bool available(const QString &program);

private:
    Runner m_run;
    OwnerLookup m_owner;
    bool m_healthFieldsKnown = true;
};

} // namespace remotegpu
