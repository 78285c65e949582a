#pragma once

#include "GpuSnapshot.h"
#include "HostMetricSample.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace remotegpu {

// One simulated GPU server for `--simulate`: what its host and GPUs read at a given moment.
// The figures are a pure function of (seed, host number, moment), so a seed replays the same
// fleet and a test can check them; they vary like a real fleet: a diurnal swing (busiest in the
// afternoon), per-host characters (training hosts near 100 %, idle hosts, interactive hosts that
// follow the day, batch hosts whose jobs start and stop every half hour, a host whose first GPU
// runs hot), noise on every reading, counters that only grow. The host numbered 7 (if there is
// one) reports two uncorrectable ECC errors and, once an hour, an XID 48 on its fourth GPU, so
// health views have a case.
class SimulatedHost
{
public:
    enum class Character { Training, Interactive, Idle, HotGpu, Batch };

    SimulatedHost(QString hostId, int number, int gpuCount, quint64 seed);

    const QString &hostId() const { return m_hostId; }
    Character character() const;
    // The silent host stops at `from` (contract C4's --silent-host).
    void setSilentFrom(const QDateTime &from) { m_silentFrom = from; }
    bool isSilentAt(const QDateTime &at) const
    {
        return m_silentFrom.isValid() && at >= m_silentFrom;
    }

    HostMetricSample hostAt(const QDateTime &at) const;
    GpuSnapshot gpusAt(const QDateTime &at) const;

private:
    double noise(qint64 step, int channel) const; // uniform in [-1, 1], deterministic
    double gpuUtilization(const QDateTime &at, int gpu) const;

    QString m_hostId;
    int m_number;
    int m_gpuCount;
    quint64 m_seed;
    QDateTime m_silentFrom;
};

} // namespace remotegpu
