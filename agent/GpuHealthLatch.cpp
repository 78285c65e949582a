#include "GpuHealthLatch.h"

#include <algorithm>

namespace remotegpu {

QList<GpuHealthReport> GpuHealthLatch::update(const QList<GpuReading> &readings)
{
    QList<GpuHealthReport> reports;
    for (const GpuReading &reading : readings) {
        const QString key = reading.uuid.isEmpty()
                                ? QStringLiteral("index:%1").arg(reading.sample.gpuIndex)
                                : reading.uuid;
        GpuHealthReport &latched = m_latched[key];
        latched.gpuIndex = reading.sample.gpuIndex;
        latched.uuid = reading.uuid;
        if (!reading.name.isEmpty())
            latched.name = reading.name;
        if (reading.memoryTotalMb)
            latched.memoryTotalMb = reading.memoryTotalMb;
        if (reading.eccUncorrectedVolatile)
            latched.eccUncorrectedErrors =
                std::max(latched.eccUncorrectedErrors.value_or(0), *reading.eccUncorrectedVolatile);
        for (int xid : reading.xidErrors) {
            if (latched.xidErrors.size() < maxXids)
                latched.xidErrors << xid;
        }
        latched.rowRemapFailure = latched.rowRemapFailure || reading.rowRemapFailure;
        latched.healthy = latched.xidErrors.isEmpty() &&
                          latched.eccUncorrectedErrors.value_or(0) == 0 && !latched.rowRemapFailure;
        reports << latched;
    }
    return reports;
}

} // namespace remotegpu
