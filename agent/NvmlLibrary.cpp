#include "NvmlLibrary.h"

#include "AgentLog.h"
#include "ProcFile.h"
#include "ProcessOwner.h"

#include <QFile>

#include <dlfcn.h>

#include <vector>

namespace remotegpu {

namespace {

// From nvml.h (the ABI is stable: NVIDIA versions a symbol when its signature changes).
using nvmlReturn_t = int;
constexpr nvmlReturn_t NVML_SUCCESS = 0;
constexpr nvmlReturn_t NVML_ERROR_INSUFFICIENT_SIZE = 7;
using nvmlDevice_t = struct nvmlDevice_st *;
using nvmlEventSet_t = struct nvmlEventSet_st *;
struct nvmlUtilization_t
{
    unsigned int gpu;
    unsigned int memory;
};
struct nvmlMemory_t
{
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};
// nvmlProcessInfo_v2_t, what nvmlDeviceGetComputeRunningProcesses_v3 fills.
struct nvmlProcessInfo_t
{
    unsigned int pid;
    unsigned long long usedGpuMemory;
    unsigned int gpuInstanceId;
    unsigned int computeInstanceId;
};
struct nvmlEventData_t
{
    nvmlDevice_t device;
    unsigned long long eventType;
    unsigned long long eventData;
    unsigned int gpuInstanceId;
    unsigned int computeInstanceId;
};
constexpr unsigned int NVML_TEMPERATURE_GPU = 0;
constexpr unsigned int NVML_CLOCK_SM = 1;
constexpr unsigned int NVML_CLOCK_MEM = 2;
constexpr unsigned int NVML_MEMORY_ERROR_TYPE_UNCORRECTED = 1;
constexpr unsigned int NVML_VOLATILE_ECC = 0;
constexpr unsigned long long nvmlEventTypeXidCriticalError = 0x8;
constexpr unsigned long long NVML_VALUE_NOT_AVAILABLE = ~0ULL;

} // namespace

struct NvmlLibrary::Api
{
    nvmlReturn_t (*init)() = nullptr;
    nvmlReturn_t (*shutdown)() = nullptr;
    nvmlReturn_t (*deviceCount)(unsigned int *) = nullptr;
    nvmlReturn_t (*handleByIndex)(unsigned int, nvmlDevice_t *) = nullptr;
    nvmlReturn_t (*name)(nvmlDevice_t, char *, unsigned int) = nullptr;
    nvmlReturn_t (*uuid)(nvmlDevice_t, char *, unsigned int) = nullptr;
    nvmlReturn_t (*utilization)(nvmlDevice_t, nvmlUtilization_t *) = nullptr;
    nvmlReturn_t (*memory)(nvmlDevice_t, nvmlMemory_t *) = nullptr;
    nvmlReturn_t (*temperature)(nvmlDevice_t, unsigned int, unsigned int *) = nullptr;
    nvmlReturn_t (*powerUsage)(nvmlDevice_t, unsigned int *) = nullptr; // milliwatts
    nvmlReturn_t (*fanSpeed)(nvmlDevice_t, unsigned int *) = nullptr;
    nvmlReturn_t (*clock)(nvmlDevice_t, unsigned int, unsigned int *) = nullptr;
    nvmlReturn_t (*computeProcesses)(nvmlDevice_t, unsigned int *, nvmlProcessInfo_t *) = nullptr;
    nvmlReturn_t (*totalEccErrors)(nvmlDevice_t, unsigned int, unsigned int,
                                   unsigned long long *) = nullptr;
    nvmlReturn_t (*remappedRows)(nvmlDevice_t, unsigned int *, unsigned int *, unsigned int *,
                                 unsigned int *) = nullptr;
    nvmlReturn_t (*eventSetCreate)(nvmlEventSet_t *) = nullptr;
    nvmlReturn_t (*registerEvents)(nvmlDevice_t, unsigned long long, nvmlEventSet_t) = nullptr;
    nvmlReturn_t (*eventSetWait)(nvmlEventSet_t, nvmlEventData_t *, unsigned int) = nullptr;
    nvmlReturn_t (*eventSetFree)(nvmlEventSet_t) = nullptr;
};

namespace {

template<typename F>
void resolve(void *handle, F &target, const char *symbol)
{
    target = reinterpret_cast<F>(::dlsym(handle, symbol));
}

} // namespace

std::unique_ptr<NvmlLibrary> NvmlLibrary::load(QString *whyNot, const QString &path)
{
    void *handle = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        *whyNot = QString::fromLocal8Bit(::dlerror());
        return nullptr;
    }
    std::unique_ptr<NvmlLibrary> library(new NvmlLibrary);
    library->m_handle = handle;
    library->m_api = std::make_unique<Api>();
    Api &api = *library->m_api;
    resolve(handle, api.init, "nvmlInit_v2");
    resolve(handle, api.shutdown, "nvmlShutdown");
    resolve(handle, api.deviceCount, "nvmlDeviceGetCount_v2");
    resolve(handle, api.handleByIndex, "nvmlDeviceGetHandleByIndex_v2");
    resolve(handle, api.name, "nvmlDeviceGetName");
    resolve(handle, api.uuid, "nvmlDeviceGetUUID");
    resolve(handle, api.utilization, "nvmlDeviceGetUtilizationRates");
    resolve(handle, api.memory, "nvmlDeviceGetMemoryInfo");
    resolve(handle, api.temperature, "nvmlDeviceGetTemperature");
    resolve(handle, api.powerUsage, "nvmlDeviceGetPowerUsage");
    resolve(handle, api.fanSpeed, "nvmlDeviceGetFanSpeed");
    resolve(handle, api.clock, "nvmlDeviceGetClockInfo");
    resolve(handle, api.computeProcesses, "nvmlDeviceGetComputeRunningProcesses_v3");
    resolve(handle, api.totalEccErrors, "nvmlDeviceGetTotalEccErrors");
    resolve(handle, api.remappedRows, "nvmlDeviceGetRemappedRows");
    resolve(handle, api.eventSetCreate, "nvmlEventSetCreate");
    resolve(handle, api.registerEvents, "nvmlDeviceRegisterEvents");
    resolve(handle, api.eventSetWait, "nvmlEventSetWait_v2");
    resolve(handle, api.eventSetFree, "nvmlEventSetFree");
    if (!api.init || !api.shutdown || !api.deviceCount || !api.handleByIndex) {
        api.shutdown = nullptr;
        *whyNot = QStringLiteral("%1 lacks nvmlInit_v2 or nvmlDeviceGetCount_v2 (driver too old)")
                      .arg(path);
        return nullptr; // the destructor closes the handle; shutdown is not called without init
    }
    if (const nvmlReturn_t status = api.init(); status != NVML_SUCCESS) {
        api.shutdown = nullptr;
        *whyNot = QStringLiteral("nvmlInit_v2 failed with NVML status %1").arg(status);
        return nullptr;
    }
    nvmlEventSet_t events = nullptr;
    if (api.eventSetCreate && api.registerEvents && api.eventSetWait &&
        api.eventSetCreate(&events) == NVML_SUCCESS) {
        library->m_eventSet = events;
        unsigned int count = 0;
        api.deviceCount(&count);
        for (unsigned int i = 0; i < count; ++i) {
            nvmlDevice_t device = nullptr;
            if (api.handleByIndex(i, &device) == NVML_SUCCESS)
                api.registerEvents(device, nvmlEventTypeXidCriticalError, events);
        }
    }
    return library;
}

NvmlLibrary::~NvmlLibrary()
{
    if (m_api) {
        if (m_eventSet && m_api->eventSetFree)
            m_api->eventSetFree(static_cast<nvmlEventSet_t>(m_eventSet));
        if (m_api->shutdown)
            m_api->shutdown();
    }
    if (m_handle)
        ::dlclose(m_handle);
}

Result<GpuSnapshot> NvmlLibrary::collect()
{
    const Api &api = *m_api;
    unsigned int count = 0;
    if (const nvmlReturn_t status = api.deviceCount(&count); status != NVML_SUCCESS)
        return Error::unavailable(
            QStringLiteral("nvmlDeviceGetCount failed with NVML status %1").arg(status));

    GpuSnapshot snapshot;
    snapshot.source = QStringLiteral("nvml");
    snapshot.processesCollected = api.computeProcesses != nullptr;
    std::vector<nvmlDevice_t> devices;
    for (unsigned int i = 0; i < count; ++i) {
        nvmlDevice_t device = nullptr;
        if (api.handleByIndex(i, &device) != NVML_SUCCESS)
            continue;
        devices.push_back(device);
        GpuReading reading;
        reading.sample.gpuIndex = int(i);
        char text[96] = {};
        if (api.name && api.name(device, text, sizeof text) == NVML_SUCCESS)
            reading.name = QString::fromUtf8(text);
        if (api.uuid && api.uuid(device, text, sizeof text) == NVML_SUCCESS)
            reading.uuid = QString::fromUtf8(text);
        nvmlUtilization_t utilization{};
        if (api.utilization && api.utilization(device, &utilization) == NVML_SUCCESS)
            reading.sample.utilizationPercent = utilization.gpu;
        nvmlMemory_t memory{};
        if (api.memory && api.memory(device, &memory) == NVML_SUCCESS) {
            reading.memoryTotalMb = qint64(memory.total / (1024 * 1024));
            reading.sample.memoryUsed = qint64(memory.used / (1024 * 1024));
            if (memory.total > 0)
                reading.sample.memoryUsagePercent =
                    100.0 * double(memory.used) / double(memory.total);
        }
        unsigned int value = 0;
        if (api.temperature &&
            api.temperature(device, NVML_TEMPERATURE_GPU, &value) == NVML_SUCCESS)
            reading.sample.temperature = value;
        if (api.powerUsage && api.powerUsage(device, &value) == NVML_SUCCESS)
            reading.sample.powerDraw = value / 1000.0;
        if (api.fanSpeed && api.fanSpeed(device, &value) == NVML_SUCCESS)
            reading.sample.fanSpeedPercent = value;
        if (api.clock && api.clock(device, NVML_CLOCK_SM, &value) == NVML_SUCCESS)
            reading.sample.smClock = int(value);
        if (api.clock && api.clock(device, NVML_CLOCK_MEM, &value) == NVML_SUCCESS)
            reading.sample.memoryClock = int(value);
        unsigned long long errors = 0;
        if (api.totalEccErrors && api.totalEccErrors(device, NVML_MEMORY_ERROR_TYPE_UNCORRECTED,
                                                     NVML_VOLATILE_ECC, &errors) == NVML_SUCCESS)
            reading.eccUncorrectedVolatile = qint64(errors);
        unsigned int corrected = 0, uncorrected = 0, pending = 0, failure = 0;
        if (api.remappedRows &&
            api.remappedRows(device, &corrected, &uncorrected, &pending, &failure) == NVML_SUCCESS)
            reading.rowRemapFailure = failure != 0;
        if (api.computeProcesses) {
            unsigned int processCount = 0;
            std::vector<nvmlProcessInfo_t> infos;
            nvmlReturn_t status = api.computeProcesses(device, &processCount, nullptr);
            if (status == NVML_ERROR_INSUFFICIENT_SIZE) {
                processCount += 8; // room for processes that start between the two calls
                infos.resize(processCount);
                status = api.computeProcesses(device, &processCount, infos.data());
                infos.resize(status == NVML_SUCCESS ? processCount : 0);
            }
            if (status != NVML_SUCCESS)
                snapshot.processesCollected = false;
            reading.sample.processCount = int(infos.size());
            for (const nvmlProcessInfo_t &info : infos) {
                GpuProcess process;
                process.pid = info.pid;
                process.gpuIndex = int(i);
                process.gpuUuid = reading.uuid;
                if (info.usedGpuMemory != NVML_VALUE_NOT_AVAILABLE)
                    process.usedMemoryMb = qint64(info.usedGpuMemory / (1024 * 1024));
                const Result<QString> command =
                    ProcFile::read(QStringLiteral("/proc/%1/cmdline").arg(info.pid));
                process.processName = command ? command->section(QChar(u'\0'), 0, 0) : QString();
                if (process.processName.isEmpty())
                    process.processName = QStringLiteral("[pid %1]").arg(info.pid);
                process.username = ProcessOwner::of(info.pid);
                snapshot.processes << process;
            }
        }
        snapshot.gpus << reading;
    }
    // Drain the XID events that arrived since the last round, without waiting.
    if (m_eventSet) {
        nvmlEventData_t event{};
        while (api.eventSetWait(static_cast<nvmlEventSet_t>(m_eventSet), &event, 0) ==
               NVML_SUCCESS) {
            for (size_t i = 0; i < devices.size(); ++i) {
                if (devices[i] == event.device && (event.eventType & nvmlEventTypeXidCriticalError))
                    snapshot.gpus[qsizetype(i)].xidErrors << int(event.eventData);
            }
        }
    }
    return snapshot;
}

} // namespace remotegpu
