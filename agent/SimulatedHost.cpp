#include "SimulatedHost.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace remotegpu {

namespace {

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: a good spread from consecutive inputs.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

struct GpuModel
{
    const char *name;
    qint64 memoryMb;
    double idleWatts;
    double maxWatts;
};
constexpr GpuModel h100{"NVIDIA H100 80GB HBM3", 81559, 70, 700};
constexpr GpuModel l40s{"NVIDIA L40S", 46068, 35, 350};

constexpr qint64 cores = 64;
constexpr qint64 memoryTotal = 512LL * 1024 * 1024 * 1024;
constexpr qint64 diskTotal = 3'840'000'000'000LL;
constexpr double day = 86400.0;

// A counter that grows at `rate` per second on average, faster in the afternoon: the integral of
// rate·(1 + ½·sin(2πt/day)), which never falls.
qint64 counter(double seconds, double rate)
{
    const double wave =
        day / (2 * std::numbers::pi) * (1 - std::cos(2 * std::numbers::pi * seconds / day));
    return qint64(rate * seconds + rate * 0.5 * wave);
}

} // namespace

SimulatedHost::SimulatedHost(QString hostId, int number, int gpuCount, quint64 seed)
    : m_hostId(std::move(hostId))
    , m_number(number)
    , m_gpuCount(std::clamp(gpuCount, 1, 64))
    , m_seed(seed)
{}

SimulatedHost::Character SimulatedHost::character() const
{
    switch (mix(m_seed * 1000003 + quint64(m_number)) % 5) {
    case 0:
        return Character::Training;
    case 1:
        return Character::Interactive;
    case 2:
        return Character::Idle;
    case 3:
        return Character::HotGpu;
    default:
        return Character::Batch;
    }
}

double SimulatedHost::noise(qint64 step, int channel) const
{
    const quint64 h = mix(mix(mix(m_seed) ^ quint64(m_number)) ^ quint64(step) * 31 ^
                          quint64(channel) * 0x100000001b3ULL);
    return double(h >> 11) / double(1ULL << 52) - 1.0;
}

double SimulatedHost::gpuUtilization(const QDateTime &at, int gpu) const
{
    const qint64 seconds = at.toSecsSinceEpoch();
    const qint64 step = seconds / 10;
    const double hour = double(seconds % 86400) / 3600.0;
    // 0 at 03:00 UTC, 1 at 15:00 UTC.
    const double diurnal = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * (hour - 3) / 24);
    double base = 0;
    switch (character()) {
    case Character::Training:
        base = 92;
        break;
    case Character::HotGpu:
        base = gpu == 0 ? 97 : 55 + 30 * diurnal;
        break;
    case Character::Interactive:
        base = 10 + 70 * diurnal;
        break;
    case Character::Idle:
        base = 2;
        break;
    case Character::Batch: {
        // A job on this GPU runs or not for each half hour.
        const qint64 slot = seconds / 1800;
        const bool running =
            mix(m_seed ^ quint64(m_number) * 977 ^ quint64(gpu) * 131 ^ quint64(slot)) % 3 != 0;
        base = running ? 85 : 0;
        break;
    }
    }
    const double jitter = character() == Character::Idle ? 2 : 6;
    return std::clamp(base + jitter * noise(step, 100 + gpu), 0.0, 100.0);
}

GpuSnapshot SimulatedHost::gpusAt(const QDateTime &at) const
{
    const qint64 step = at.toSecsSinceEpoch() / 10;
    const GpuModel &model = character() == Character::Idle ? l40s : h100;
    GpuSnapshot snapshot;
    snapshot.source = QStringLiteral("simulator");
    snapshot.processesCollected = true;
    static const char *const users[] = {"alice", "bob", "carol", "liu", "mia", "svc-train"};
    static const char *const commands[] = {"python3 train.py", "torchrun", "/usr/bin/python3",
                                           "vllm serve", "./gpu_burn"};
    for (int gpu = 0; gpu < m_gpuCount; ++gpu) {
        const double utilization = gpuUtilization(at, gpu);
        const bool busy = utilization > 20;
        GpuReading reading;
        reading.sample.gpuIndex = gpu;
        reading.name = QLatin1StringView(model.name);
        reading.uuid =
            QStringLiteral("GPU-%1-%2")
                .arg(mix(m_seed ^ quint64(m_number)) & 0xffffffffULL, 8, 16, QLatin1Char('0'))
                .arg(gpu, 4, 10, QLatin1Char('0'));
        reading.memoryTotalMb = model.memoryMb;
        reading.sample.utilizationPercent = std::round(utilization);
        const double memoryShare =
            busy ? 0.55 + 0.35 * (utilization / 100) + 0.03 * noise(step, 200 + gpu) : 0.006;
        reading.sample.memoryUsed =
            qint64(double(model.memoryMb) * std::clamp(memoryShare, 0.0, 0.99));
        reading.sample.memoryUsagePercent =
            100.0 * double(*reading.sample.memoryUsed) / double(model.memoryMb);
        const bool hot = character() == Character::HotGpu && gpu == 0;
        const double temperature =
            32 + 0.45 * utilization + (hot ? 16 : 0) + 1.5 * noise(step, 300 + gpu);
        reading.sample.temperature = std::round(std::min(temperature, 95.0));
        const double watts =
            model.idleWatts + (model.maxWatts - model.idleWatts) * std::pow(utilization / 100, 1.3);
        reading.sample.powerDraw = std::round(watts * 100) / 100;
        reading.sample.fanSpeedPercent =
            std::round(std::clamp(30 + (temperature - 35) * 1.4, 30.0, 100.0));
        reading.sample.smClock = busy ? 1980 - int(hot ? 300 : 0) : 345;
        reading.sample.memoryClock = busy ? 2619 : 1593;
        reading.eccUncorrectedVolatile = m_number == 7 ? 2 : 0;
        if (m_number == 7 && gpu == 3 && step % 360 == 0)
            reading.xidErrors << 48; // once an hour: the latch keeps it
        int processes = 0;
        if (busy) {
            processes =
                1 +
                int(mix(m_seed ^ quint64(m_number) ^ quint64(gpu) * 7 ^ quint64(step / 180)) % 2);
            for (int p = 0; p < processes; ++p) {
                const quint64 h = mix(m_seed ^ quint64(m_number) * 13 ^ quint64(gpu) * 17 ^
                                      quint64(p) ^ quint64(step / 180));
                GpuProcess process;
                process.pid = 10000 + qint64(h % 50000);
                process.processName = QLatin1StringView(commands[h % std::size(commands)]);
                process.gpuIndex = gpu;
                process.gpuUuid = reading.uuid;
                process.usedMemoryMb = *reading.sample.memoryUsed / processes;
                process.username = QLatin1StringView(users[(h >> 8) % std::size(users)]);
                snapshot.processes << process;
            }
        }
        reading.sample.processCount = processes;
        snapshot.gpus << reading;
    }
    return snapshot;
}

HostMetricSample SimulatedHost::hostAt(const QDateTime &at) const
{
    const qint64 step = at.toSecsSinceEpoch() / 10;
    double meanUtilization = 0;
    for (int gpu = 0; gpu < m_gpuCount; ++gpu)
        meanUtilization += gpuUtilization(at, gpu) / m_gpuCount;
    HostMetricSample host;
    const double cpu = std::clamp(4 + 0.45 * meanUtilization + 3 * noise(step, 1), 0.5, 100.0);
    host.cpuUsagePercent = std::round(cpu * 10) / 10;
    host.cpuLoad1m = std::round(cpu * cores / 100 * 100) / 100;
    host.cpuLoad5m = std::round(cpu * cores / 100 * (0.95 + 0.03 * noise(step, 2)) * 100) / 100;
    host.cpuLoad15m = std::round(cpu * cores / 100 * (0.9 + 0.03 * noise(step, 3)) * 100) / 100;
    const double memoryShare =
        std::clamp(0.12 + 0.6 * meanUtilization / 100 + 0.02 * noise(step, 4), 0.05, 0.97);
    host.memoryUsed = qint64(double(memoryTotal) * memoryShare);
    host.memoryAvailable = memoryTotal - *host.memoryUsed;
    host.memoryUsagePercent = 100.0 * memoryShare;
    // Datasets and checkpoints fill the disk slowly, week by week.
    const double diskShare =
        0.35 + 0.25 * double((at.toSecsSinceEpoch() / 3600 + m_number * 37) % 168) / 168;
    host.diskUsed = qint64(double(diskTotal) * diskShare);
    host.diskAvailable = diskTotal - *host.diskUsed;
    host.diskUsagePercent = 100.0 * diskShare;
    const double seconds = double(at.toSecsSinceEpoch() - 1'767'225'600); // since 2026-01-01
    // A rate fixed per host, so the counters only grow whatever the load does.
    const double activity = 0.5 + 0.25 * (m_number % 4);
    host.diskIoReadBytes = counter(seconds, 40e6 * activity);
    host.diskIoWriteBytes = counter(seconds, 15e6 * activity);
    host.networkRxBytes = counter(seconds, 120e6 * activity);
    host.networkTxBytes = counter(seconds, 60e6 * activity);
    host.networkRxPackets = counter(seconds, 120e6 * activity / 1400);
    host.networkTxPackets = counter(seconds, 60e6 * activity / 1400);
    return host;
}

} // namespace remotegpu
