#pragma once

#include "Alert.h"
#include "AlertRule.h"
#include "Allocation.h"
#include "AuditEntry.h"
#include "Customer.h"
#include "Dataset.h"
#include "Gpu.h"
#include "GpuMetricSample.h"
#include "GpuProcess.h"
#include "HostMetricSample.h"
#include "Image.h"
#include "Machine.h"
#include "Notification.h"
#include "SshKey.h"
#include "SystemSetting.h"
#include "Task.h"
#include "Workspace.h"
#include "WorkspaceMember.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

// Fully populated, valid instances: every field differs from its default (so a field that
// toJson forgets or fromJson ignores changes the result), names are not ASCII, and timestamps
// carry milliseconds.
namespace remotegpu::test {

using namespace Qt::Literals::StringLiterals;

inline QDateTime at(int day, int hour, int minute, int msec = 0)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, minute, 7, msec), QTimeZone::utc());
}

inline const QString Ed25519Key =
    u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDomSxgJHnOnn5uWyoRK5qslH3suplY9wjai7q1fft21 alice@laptop"_s;
inline const QString Ed25519Fingerprint = u"SHA256:Ed3rMROIDi7bCYPEXbyMimq1vpWQGUTpRILMzgwy6pc"_s;

template<typename T>
T sample();

template<>
inline Gpu sample<Gpu>()
{
    Gpu g;
    g.id = 9007199254740000; // near 2^53: ids must survive JSON's double numbers
    g.hostId = u"node-01"_s;
    g.index = 3;
    g.uuid = u"GPU-8f2a6f6e-1c1d-4b8e-9a44-3f1e2d9c0b7a"_s;
    g.name = u"NVIDIA H100 80GB HBM3"_s;
    g.brand = u"NVIDIA"_s;
    g.architecture = u"Hopper"_s;
    g.memoryTotalMb = 81559;
    g.cudaCores = 16896;
    g.computeCapability = u"9.0"_s;
    g.status = GpuStatus::Allocated;
    g.healthStatus = u"degraded"_s;
    g.allocatedTo = u"alloc-20260203-001"_s;
    g.allocatedAt = at(3, 8, 0, 123);
    g.powerLimit = 700;
    g.temperatureLimit = 87;
    g.createdAt = at(1, 9, 30, 1);
    g.updatedAt = at(2, 10, 45, 999);
    return g;
}

template<>
inline Machine sample<Machine>()
{
    Machine m;
    m.id = u"node-01"_s;
    m.name = u"北京-GPU-01 🚀"_s;
    m.hostname = u"gpu01.bj.example.com"_s;
    m.ipAddress = u"192.168.1.100"_s;
    m.publicIp = u"2001:db8::10"_s;
    m.sshHost = u"gpu01.example.com"_s;
    m.sshPort = 2222;
    m.winrmPort = 5986;
    m.agentPort = 9100;
    m.osType = u"windows"_s;
    m.osVersion = u"Ubuntu 22.04"_s;
    m.arch = u"aarch64"_s;
    m.deploymentMode = u"kubernetes"_s;
    m.k8sNodeName = u"k8s-node-7"_s;
    m.region = u"beijing-zone-a"_s;
    m.status = MachineStatus::Maintenance;
    m.healthStatus = u"healthy"_s;
    m.totalCpu = 64;
    m.totalMemoryGb = 256;
    m.totalDiskGb = 2048;
    m.totalGpu = 2;
    m.labels = QJsonObject{{u"rack"_s, u"A-07"_s}, {u"机房"_s, 3}};
    m.tags = {u"h100"_s, u"训练"_s};
    m.lastHeartbeat = at(3, 8, 0, 500);
    m.agentVersion = u"1.4.2"_s;
    m.offlineReason = u"no heartbeat for 30 s (3 intervals of 10 s)"_s;
    m.statusChangedAt = at(3, 8, 1, 501);
    m.flappingSince = at(3, 7, 50, 502);
    m.agentIntervalSeconds = 10;
    m.agentBufferedDropped = 12;
    m.unhealthyGpus = 1;
    m.registeredAt = at(1, 0, 0, 1);
    m.createdAt = at(1, 0, 0, 2);
    m.updatedAt = at(3, 8, 1, 3);
    m.allocationState = AllocationState::Expiring;
    m.tenantId = 2;
    m.tenantName = u"阿克米公司"_s;
    m.allocationId = u"alloc-001"_s;
    m.allocationEndTime = at(5, 0, 0, 0);
    Gpu second = sample<Gpu>();
    second.id = 42;
    second.index = 1;
    second.name = u"NVIDIA H100 “SXM”"_s;
    m.gpus = {sample<Gpu>(), second};
    return m;
}

template<>
inline Customer sample<Customer>()
{
    Customer c;
    c.id = 17;
    c.uuid = u"123e4567-e89b-12d3-a456-426614174000"_s;
    c.username = u"li.wei"_s;
    c.email = u"li.wei@acme.example.com"_s;
    c.displayName = u"李伟"_s;
    c.fullName = u"李伟 (Wei Li)"_s;
    c.avatarUrl = u"https://cdn.example.com/a/17.png"_s;
    c.phone = u"+86 138 0000 0000"_s;
    c.company = u"Acme 有限公司"_s;
    c.role = Role::CustomerOwner;
    c.userType = UserType::Admin;
    c.accountType = u"enterprise"_s;
    c.status = CustomerStatus::Disabled;
    c.emailVerified = true;
    c.phoneVerified = true;
    c.balance = 1000.25;
    c.currency = u"USD"_s;
    c.tenantId = 17;
    c.lastLoginAt = at(3, 7, 59, 10);
    c.createdAt = at(1, 1, 0, 11);
    c.updatedAt = at(2, 1, 0, 12);
    return c;
}

template<>
inline Workspace sample<Workspace>()
{
    Workspace w;
    w.id = 5;
    w.uuid = u"0b7e7c1e-2f4d-4c36-9a55-7d6d6bb1c001"_s;
    w.ownerId = 17;
    w.tenantId = 17;
    w.name = u"视觉组"_s;
    w.description = u"Computer vision team — 🧪"_s;
    w.type = u"team"_s;
    w.memberCount = 4;
    w.status = u"archived"_s;
    w.createdAt = at(1, 2, 0, 13);
    w.updatedAt = at(2, 2, 0, 14);
    return w;
}

template<>
inline WorkspaceMember sample<WorkspaceMember>()
{
    WorkspaceMember m;
    m.id = 8;
    m.workspaceId = 5;
    m.customerId = 18;
    m.tenantId = 17;
    m.role = WorkspaceRole::Admin;
    m.status = u"invited"_s;
    m.joinedAt = at(2, 3, 0, 15);
    m.createdAt = at(2, 2, 59, 16);
    return m;
}

template<>
inline Allocation sample<Allocation>()
{
    Allocation a;
    a.id = u"alloc-20260203-001"_s;
    a.tenantId = 17;
    a.hostId = u"node-01"_s;
    a.startTime = at(3, 8, 0, 100);
    a.endTime = at(28, 8, 0, 100);
    a.status = AllocationStatus::Reclaimed;
    a.remark = u"VIP客户测试"_s;
    a.createdBy = 1;
    a.reclaimedAt = at(20, 12, 0, 200);
    a.createdAt = at(3, 8, 0, 50);
    a.updatedAt = at(20, 12, 0, 201);
    a.tenantName = u"阿克米公司"_s;
    a.hostName = u"北京-GPU-01"_s;
    a.state = AllocationState::Unallocated; // what the server answers for a reclaimed one
    return a;
}

template<>
inline AlertRule sample<AlertRule>()
{
    AlertRule r;
    r.id = 3;
    r.scope = AlertRule::Scope::Tenant;
    r.tenantId = 17;
    r.name = u"GPU 温度过高"_s;
    r.description = u"Fires above 85 °C"_s;
    r.metricType = u"gpu_temperature"_s;
    r.threshold = 85.5;
    r.comparison = AlertComparison::GreaterOrEqual;
    r.duration = 300;
    r.severity = AlertSeverity::Critical;
    r.enabled = false;
    r.createdAt = at(1, 4, 0, 17);
    r.updatedAt = at(2, 4, 0, 18);
    r.createdBy = 1;
    r.ruleKey = u"gpu_temperature_high"_s;
    r.hostId = u"node-01"_s;
    r.tenantName = u"阿克米公司"_s;
    r.hostName = u"训练节点 01"_s;
    return r;
}

template<>
inline Alert sample<Alert>()
{
    Alert a;
    a.id = 99;
    a.ruleId = 3;
    a.tenantId = 17;
    a.resourceType = u"gpu"_s;
    a.resourceId = u"node-01/3"_s;
    a.metricType = u"gpu_temperature"_s;
    a.currentValue = 91.25;
    a.threshold = 85.5;
    a.severity = AlertSeverity::Critical;
    a.status = AlertStatus::Resolved;
    a.message = u"GPU 3 温度 91.25 °C ≥ 85.5 °C"_s;
    a.triggeredAt = at(3, 9, 0, 19);
    a.acknowledgedAt = at(3, 9, 5, 20);
    a.acknowledgedBy = 1;
    a.resolvedAt = at(3, 9, 30, 21);
    a.hostId = u"node-01"_s;
    a.resolvedBy = 2;
    a.resolutionNote = u"Fan replaced"_s;
    a.ruleName = u"GPU 温度过高"_s;
    a.hostName = u"训练节点 01"_s;
    a.tenantName = u"阿克米公司"_s;
    a.acknowledgedByName = u"管理员"_s;
    a.resolvedByName = u"运维"_s;
    return a;
}

template<>
inline AuditEntry sample<AuditEntry>()
{
    AuditEntry e;
    e.id = 1234;
    e.tenantId = 17;
    e.actorId = 1;
    e.username = u"管理员"_s;
    e.action = u"allocation.create"_s;
    e.resourceType = u"host"_s;
    e.resourceId = u"node-01"_s;
    e.targetName = u"BEIJING-GPU-01"_s;
    e.result = AuditResult::Failure;
    e.detail = QJsonObject{{u"duration"_s, u"1m"_s}, {u"user"_s, u"acme"_s}};
    e.ipAddress = u"::ffff:192.0.2.1"_s;
    e.userAgent = u"RemoteGPU-Console/0.1"_s;
    e.requestMethod = u"POST"_s;
    e.requestPath = u"/api/admin/allocations"_s;
    e.statusCode = 409;
    e.errorMessage = u"node-01 is already allocated"_s;
    e.traceId = u"4bf92f3577b34da6a3ce929d0e0e4736"_s;
    e.createdAt = at(3, 8, 0, 22);
    return e;
}

template<>
inline Task sample<Task>()
{
    Task t;
    t.id = u"task-101"_s;
    t.tenantId = 17;
    t.customerId = 18;
    t.hostId = u"node-01"_s;
    t.name = u"ResNet 训练"_s;
    t.description = u"epochs=100"_s;
    t.type = TaskType::Inference;
    t.imageId = 1;
    t.image = u"pytorch/2.0-cuda11.8"_s;
    t.command = u"python train.py --epochs 100"_s;
    t.envVars = QJsonObject{{u"CUDA_VISIBLE_DEVICES"_s, u"0,1"_s}, {u"LANG"_s, u"zh_CN.UTF-8"_s}};
    t.datasetIds = {1, 7};
    t.outputPath = u"/gemini/output/"_s;
    t.status = TaskStatus::Failed;
    t.priority = 5;
    t.exitCode = 137;
    t.errorMessage = u"OOM killed"_s;
    t.startedAt = at(3, 8, 10, 23);
    t.completedAt = at(3, 9, 10, 24);
    t.createdAt = at(3, 8, 9, 25);
    t.updatedAt = at(3, 9, 10, 26);
    return t;
}

template<>
inline Dataset sample<Dataset>()
{
    Dataset d;
    d.id = 1;
    d.uuid = u"c0ffee00-0000-4000-8000-000000000001"_s;
    d.tenantId = 17;
    d.customerId = 18;
    d.workspaceId = 5;
    d.name = u"ImageNet-训练集"_s;
    d.description = u"ILSVRC 2012"_s;
    d.storagePath = u"s3://remotegpu/users/2/datasets/imagenet"_s;
    d.storageType = u"s3"_s;
    d.totalSize = 150'000'000'000;
    d.fileCount = 1'281'167;
    d.status = DatasetStatus::Available;
    d.visibility = DatasetVisibility::Shared;
    d.createdAt = at(1, 5, 0, 27);
    d.updatedAt = at(2, 5, 0, 28);
    return d;
}

template<>
inline Image sample<Image>()
{
    Image i;
    i.id = 1;
    i.tenantId = 17;
    i.name = u"pytorch/2.0-cuda11.8"_s;
    i.displayName = u"PyTorch 2.0（CUDA 11.8）"_s;
    i.description = u"官方镜像"_s;
    i.category = u"training"_s;
    i.framework = u"PyTorch"_s;
    i.frameworkVersion = u"2.0.1"_s;
    i.cudaVersion = u"11.8"_s;
    i.pythonVersion = u"3.10"_s;
    i.isOfficial = true;
    i.size = 8'589'934'592;
    i.registryUrl = u"registry.example.com/pytorch"_s;
    i.tags = {u"latest"_s, u"cuda11.8"_s};
    i.status = ImageStatus::Rejected;
    i.createdAt = at(1, 6, 0, 29);
    i.updatedAt = at(2, 6, 0, 30);
    return i;
}

template<>
inline SshKey sample<SshKey>()
{
    SshKey k;
    k.id = 4;
    k.customerId = 18;
    k.name = u"我的 MacBook"_s;
    k.publicKey = Ed25519Key;
    k.fingerprint = Ed25519Fingerprint;
    k.createdAt = at(2, 7, 0, 31);
    return k;
}

template<>
inline Notification sample<Notification>()
{
    Notification n;
    n.id = 6;
    n.customerId = 17;
    n.title = u"分配即将到期"_s;
    n.content = u"node-01 will be reclaimed on 2026-02-28"_s;
    n.type = u"allocation.expiring"_s;
    n.level = AlertSeverity::Warning;
    n.isRead = true;
    n.readAt = at(3, 10, 0, 32);
    n.createdAt = at(3, 9, 0, 33);
    return n;
}

template<>
inline SystemSetting sample<SystemSetting>()
{
    SystemSetting s;
    s.id = 2;
    s.key = u"monitoring.thresholds"_s;
    s.type = SettingType::Json;
    s.value = QJsonObject{{u"gpuTemperature"_s, 85}, {u"站点"_s, QJsonArray{1, u"二"_s}}};
    s.description = u"默认告警阈值"_s;
    s.isPublic = true;
    s.createdAt = at(1, 0, 0, 34);
    s.updatedAt = at(2, 0, 0, 35);
    return s;
}

template<>
inline HostMetricSample sample<HostMetricSample>()
{
    HostMetricSample s;
    s.hostId = u"node-01"_s;
    s.collectedAt = at(3, 8, 0, 36);
    s.cpuUsagePercent = 37.5;
    s.cpuLoad1m = 12.25;
    s.cpuLoad5m = 10.5;
    s.cpuLoad15m = 9.75;
    s.memoryUsed = 137'438'953'472;
    s.memoryAvailable = 137'438'953'473;
    s.memoryUsagePercent = 50.0;
    s.diskUsed = 1'099'511'627'776;
    s.diskAvailable = 1'099'511'627'777;
    s.diskUsagePercent = 50.5;
    s.diskIoReadBytes = 123'456'789;
    s.diskIoWriteBytes = 987'654'321;
    s.networkRxBytes = 1'000'000'001;
    s.networkTxBytes = 2'000'000'002;
    s.networkRxPackets = 3'000'003;
    s.networkTxPackets = 4'000'004;
    s.gpuAvgUtilization = 88.8;
    s.gpuAvgMemoryUsed = 40960;
    s.gpuAvgTemperature = 71.5;
    s.gpuAvgPower = 512.5;
    return s;
}

template<>
inline GpuMetricSample sample<GpuMetricSample>()
{
    GpuMetricSample s;
    s.gpuId = 42;
    s.hostId = u"node-01"_s;
    s.gpuIndex = 3;
    s.collectedAt = at(3, 8, 0, 37);
    s.utilizationPercent = 99.5;
    s.memoryUsed = 80000;
    s.memoryUsagePercent = 98.1;
    s.temperature = 74.0;
    s.powerDraw = 690.25;
    s.fanSpeedPercent = 60.0;
    s.smClock = 1980;
    s.memoryClock = 2619;
    s.processCount = 2;
    return s;
}

// The figures of a process captured on an H100 under load
// (../shared/fixtures/nvidia-smi/linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt:
// "11345, ./gpu_burn, 15690 MiB"), with a path that is not ASCII and a pid beyond 32 bits.
template<>
inline GpuProcess sample<GpuProcess>()
{
    GpuProcess p;
    p.pid = 4'294'978'641; // 2^32 + 11345: pid is 64-bit on the wire
    p.processName = u"/data/实验/gpu_burn"_s;
    p.gpuIndex = 3;
    p.gpuUuid = u"GPU-8f2a6f6e-1c1d-4b8e-9a44-3f1e2d9c0b7a"_s;
    p.usedMemoryMb = 15690;
    p.username = u"alice"_s;
    p.reportedAt = at(3, 8, 0, 500);
    return p;
}

} // namespace remotegpu::test
