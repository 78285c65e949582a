#include "NvidiaSmiComputeAppsParser.h"

#include "NvidiaSmiCsvParser.h"

#include <cmath>

namespace remotegpu {

QStringList NvidiaSmiComputeAppsParser::queryFields()
{
    return {QStringLiteral("gpu_uuid"), QStringLiteral("pid"), QStringLiteral("process_name"),
            QStringLiteral("used_gpu_memory")};
}

Result<QList<GpuProcess>> NvidiaSmiComputeAppsParser::parse(const QString &csv,
                                                            const QStringList &fields)
{
    QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    Result<QStringList> header = NvidiaSmiCsvParser::takeColumns(lines, fields);
    if (!header)
        return header.error();
    const QStringList &columns = *header;
    const qsizetype uuidAt = columns.indexOf(QStringLiteral("gpu_uuid"));
    const qsizetype pidAt = columns.indexOf(QStringLiteral("pid"));
    const qsizetype nameAt = columns.indexOf(QStringLiteral("process_name"));
    const qsizetype memoryAt = columns.indexOf(QStringLiteral("used_gpu_memory"));
    if (pidAt < 0 || nameAt < 0)
        return Error::badRequest(
            QStringLiteral("nvidia-smi compute apps: no pid or process_name column"));

    QList<GpuProcess> processes;
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        QStringList cells = line.split(u',');
        // A process name may hold commas; they belong to its column, not the next ones.
        while (cells.size() > columns.size() && nameAt + 1 < cells.size()) {
            cells[nameAt] += u',' + cells[nameAt + 1];
            cells.removeAt(nameAt + 1);
        }
        if (cells.size() != columns.size())
            return Error::badRequest(
                QStringLiteral("nvidia-smi compute apps: %1 cells where %2 columns")
                    .arg(cells.size())
                    .arg(columns.size()));
        GpuProcess process;
        bool pidOk = false;
        process.pid = cells[pidAt].trimmed().toLongLong(&pidOk);
        if (!pidOk)
            return Error::badRequest(
                QStringLiteral("nvidia-smi compute apps: bad pid \"%1\"").arg(cells[pidAt]));
        process.processName = cells[nameAt].trimmed();
        if (uuidAt >= 0)
            process.gpuUuid = cells[uuidAt].trimmed();
        if (memoryAt >= 0) {
            if (const std::optional<double> memory = NvidiaSmiCsvParser::number(cells[memoryAt]))
                process.usedMemoryMb = qint64(std::llround(*memory));
        }
        processes << process;
    }
    return processes;
}

} // namespace remotegpu
