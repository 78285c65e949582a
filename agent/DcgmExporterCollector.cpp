#include "DcgmExporterCollector.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace remotegpu {

Result<GpuSnapshot> DcgmExporterCollector::fromMetricsText(const QString &text)
{
    Result<QList<PrometheusTextParser::Sample>> samples = PrometheusTextParser::parse(text);
    if (!samples)
        return samples.error();

    // gpu label -> its samples' values by metric name.
    QMap<int, QHash<QString, double>> values;
    QMap<int, std::pair<QString, QString>> identity; // uuid, model name
    for (const PrometheusTextParser::Sample &sample : std::as_const(*samples)) {
        if (!sample.name.startsWith(u"DCGM_FI_") || !sample.labels.contains(QStringLiteral("gpu")))
            continue;
        bool ok = false;
        const int index = sample.labels.value(QStringLiteral("gpu")).toInt(&ok);
        if (!ok)
            continue;
        // A MIG instance repeats its parent's gpu label with a GPU_I_ID: the card figures come
        // from the parent's own line, which has none.
        if (!sample.labels.value(QStringLiteral("GPU_I_ID")).isEmpty())
            continue;
        values[index].insert(sample.name, sample.value);
        identity[index] = {sample.labels.value(QStringLiteral("UUID")),
                           sample.labels.value(QStringLiteral("modelName"))};
    }
    if (values.isEmpty())
        return Error::badRequest(
            QStringLiteral("dcgm-exporter: no DCGM_FI_ metric with a gpu label"));

    GpuSnapshot snapshot;
    snapshot.source = QStringLiteral("dcgm-exporter");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QHash<QString, double> &v = it.value();
        const auto get = [&v](const char *name) -> std::optional<double> {
            const auto found = v.constFind(QLatin1StringView(name));
            return found == v.cend() ? std::nullopt : std::optional<double>(*found);
        };
        const auto whole = [](std::optional<double> value) {
            return value ? std::optional<qint64>(qint64(std::llround(*value))) : std::nullopt;
        };
        GpuReading reading;
        reading.sample.gpuIndex = it.key();
        reading.uuid = identity[it.key()].first;
        reading.name = identity[it.key()].second;
        reading.sample.utilizationPercent = get("DCGM_FI_DEV_GPU_UTIL");
        reading.sample.memoryUsed = whole(get("DCGM_FI_DEV_FB_USED"));
        const std::optional<double> free = get("DCGM_FI_DEV_FB_FREE");
        if (reading.sample.memoryUsed && free)
            reading.memoryTotalMb = *reading.sample.memoryUsed + qint64(std::llround(*free)) +
                                    whole(get("DCGM_FI_DEV_FB_RESERVED")).value_or(0);
        if (reading.sample.memoryUsed && reading.memoryTotalMb && *reading.memoryTotalMb > 0)
            reading.sample.memoryUsagePercent =
                100.0 * double(*reading.sample.memoryUsed) / double(*reading.memoryTotalMb);
        reading.sample.temperature = get("DCGM_FI_DEV_GPU_TEMP");
        reading.sample.powerDraw = get("DCGM_FI_DEV_POWER_USAGE");
        reading.sample.fanSpeedPercent = get("DCGM_FI_DEV_FAN_SPEED");
        if (const auto sm = whole(get("DCGM_FI_DEV_SM_CLOCK")))
            reading.sample.smClock = int(*sm);
        if (const auto mem = whole(get("DCGM_FI_DEV_MEM_CLOCK")))
            reading.sample.memoryClock = int(*mem);
        reading.eccUncorrectedVolatile = whole(get("DCGM_FI_DEV_ECC_DBE_VOL_TOTAL"));
        reading.retiredPagesDoubleBit = whole(get("DCGM_FI_DEV_RETIRED_DBE"));
        reading.rowRemapFailure = get("DCGM_FI_DEV_ROW_REMAP_FAILURE").value_or(0) > 0;
        const qint64 xid = whole(get("DCGM_FI_DEV_XID_ERRORS")).value_or(0);
        const QString key = reading.uuid.isEmpty() ? QString::number(it.key()) : reading.uuid;
        if (xid != 0 && m_lastXidByUuid.value(key) != xid)
            reading.xidErrors << int(xid);
        m_lastXidByUuid.insert(key, xid);
        snapshot.gpus << reading;
    }
    return snapshot;
}

} // namespace remotegpu
