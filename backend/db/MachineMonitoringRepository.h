#pragma once

#include "GpuMonitoringSeries.h"
#include "MachineMonitoringGpu.h"
#include "MachineMonitoringPoint.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class SqlSession;

// A machine's metric history, read from the table of the asked resolution (raw samples,
// one-minute or one-hour averages) and averaged again per step with date_bin, so a series has
// one point per step that has data. Which resolution and step fit a range is
// MetricHistoryPlan's decision, not this class's.
class MachineMonitoringRepository
{
public:
    struct Window
    {
        QString hostId;
        QDateTime from;
        QDateTime to;
        QString resolution; // MachineMonitoring::Raw, OneMinute or OneHour
        int stepSeconds = 60;
    };

    explicit MachineMonitoringRepository(SqlSession &session)
        : m_session(session)
    {}

    // The host's figures per step, oldest first.
    Result<QList<MachineMonitoringPoint>> hostSeries(const Window &window);
    // Each GPU's figures per step (every GPU of the host, by index; only `gpuIndex` when set),
    // a series for each GPU the host has even when it reported nothing in the window.
    Result<QList<GpuMonitoringSeries>> gpuSeries(const Window &window,
                                                 std::optional<int> gpuIndex = {});
    // Each GPU's newest raw sample in [from, to] (figures null when none).
    Result<QList<MachineMonitoringGpu>>
    newestGpuSamples(const QString &hostId, const QDateTime &from, const QDateTime &to);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
