#pragma once

#include "GpuSnapshot.h"
#include "Result.h"

#include <QString>

#include <memory>

namespace remotegpu {

// GPU figures from NVML (libnvidia-ml.so.1), opened with dlopen at run time. The agent must
// start and report host figures on machines with no NVIDIA driver, and the driver ships the
// library, not a build-time SDK: linking it, or including nvml.h from the CUDA toolkit, would
// make the binary fail to load there and tie the build to a toolkit our build machines lack. So
// the handful of entry points used are declared in NvmlLibrary.cpp by hand, with the stable C
// ABI of the versioned symbols (nvmlInit_v2, …_v2/_v3), and resolved with dlsym; one missing is
// skipped (older drivers lack the remapped-rows call, say), not fatal.
//
// XID errors arrive as NVML events: the library registers every GPU for critical XID events at
// load and drains them (without waiting) on each collect().
class NvmlLibrary
{
public:
    ~NvmlLibrary();
    NvmlLibrary(const NvmlLibrary &) = delete;
    NvmlLibrary &operator=(const NvmlLibrary &) = delete;

    // Null with the reason when there is no driver (the usual case on our build machines).
    static std::unique_ptr<NvmlLibrary>
    load(QString *whyNot, const QString &path = QStringLiteral("libnvidia-ml.so.1"));

    Result<GpuSnapshot> collect();

    struct Api; // the resolved entry points

private:
    NvmlLibrary() = default;

    void *m_handle = nullptr;
    std::unique_ptr<Api> m_api;
    void *m_eventSet = nullptr;
};

} // namespace remotegpu
