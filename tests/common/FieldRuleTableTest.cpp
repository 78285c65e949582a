#include "Samples.h"
#include "TestHelpers.h"

#include <gtest/gtest.h>

#include <functional>
#include <limits>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

// The remaining per-field rules (mostly the VARCHAR limits of the schema), one case each: break
// one field of a valid sample and expect validate() to name exactly that field.
namespace {

struct RuleCase
{
    const char *name;
    std::function<QStringList()> brokenFields;
    QString field;
};

template<typename T>
std::function<QStringList()> breaking(std::function<void(T &)> mutate)
{
    return [mutate] {
        T value = sample<T>();
        mutate(value);
        return invalidFields(value);
    };
}

QString chars(qsizetype n)
{
    return QString(n, u'字');
}

const double NaN = std::numeric_limits<double>::quiet_NaN();

const RuleCase Cases[] = {
    {"Gpu_uuid_128", breaking<Gpu>([](Gpu &g) { g.uuid = chars(129); }), u"uuid"_s},
    {"Gpu_brand_64", breaking<Gpu>([](Gpu &g) { g.brand = chars(65); }), u"brand"_s},
    {"Gpu_architecture_64", breaking<Gpu>([](Gpu &g) { g.architecture = chars(65); }),
     u"architecture"_s},
    {"Gpu_computeCapability_32", breaking<Gpu>([](Gpu &g) { g.computeCapability = chars(33); }),
     u"computeCapability"_s},
    {"Gpu_healthStatus_20", breaking<Gpu>([](Gpu &g) { g.healthStatus = chars(21); }),
     u"healthStatus"_s},
    {"Gpu_allocatedTo_64", breaking<Gpu>([](Gpu &g) { g.allocatedTo = chars(65); }),
     u"allocatedTo"_s},
    {"Gpu_powerLimit_nonNegative", breaking<Gpu>([](Gpu &g) { g.powerLimit = -1; }),
     u"powerLimit"_s},
    {"Gpu_hostId_urlSafe", breaking<Gpu>([](Gpu &g) { g.hostId = u"node 01"_s; }), u"hostId"_s},

    {"Machine_hostname_256", breaking<Machine>([](Machine &m) { m.hostname = chars(257); }),
     u"hostname"_s},
    {"Machine_sshHost_256", breaking<Machine>([](Machine &m) {
         m.sshHost = QString(50, u'a').append(u".b"_s).repeated(6);
     }),
     u"sshHost"_s},
    {"Machine_osVersion_64", breaking<Machine>([](Machine &m) { m.osVersion = chars(65); }),
     u"osVersion"_s},
    {"Machine_arch_required", breaking<Machine>([](Machine &m) { m.arch.clear(); }), u"arch"_s},
    {"Machine_deploymentMode_20",
     breaking<Machine>([](Machine &m) { m.deploymentMode = chars(21); }), u"deploymentMode"_s},
    {"Machine_k8sNodeName_128", breaking<Machine>([](Machine &m) { m.k8sNodeName = chars(129); }),
     u"k8sNodeName"_s},
    {"Machine_region_64", breaking<Machine>([](Machine &m) { m.region = chars(65); }), u"region"_s},
    {"Machine_tag_64", breaking<Machine>([](Machine &m) { m.tags.append(chars(65)); }),
     u"tags[2]"_s},

    {"Customer_displayName_128",
     breaking<Customer>([](Customer &c) { c.displayName = chars(129); }), u"displayName"_s},
    {"Customer_fullName_256", breaking<Customer>([](Customer &c) { c.fullName = chars(257); }),
     u"fullName"_s},
    {"Customer_avatarUrl_512", breaking<Customer>([](Customer &c) { c.avatarUrl = chars(513); }),
     u"avatarUrl"_s},
    {"Customer_phone_32", breaking<Customer>([](Customer &c) { c.phone = chars(33); }), u"phone"_s},
    {"Customer_company_256", breaking<Customer>([](Customer &c) { c.company = chars(257); }),
     u"company"_s},
    {"Customer_accountType_32", breaking<Customer>([](Customer &c) { c.accountType = chars(33); }),
     u"accountType"_s},
    {"Customer_currency_10", breaking<Customer>([](Customer &c) { c.currency = chars(11); }),
     u"currency"_s},
    {"Customer_username_64",
     breaking<Customer>([](Customer &c) { c.username = QString(65, u'u'); }), u"username"_s},
    {"Customer_email_128", breaking<Customer>([](Customer &c) {
         c.email = QString(60, u'e') + u"@"_s + QString(64, u'd') + u".com"_s;
     }),
     u"email"_s},

    {"Workspace_status_32", breaking<Workspace>([](Workspace &w) { w.status = chars(33); }),
     u"status"_s},
    {"WorkspaceMember_status_32",
     breaking<WorkspaceMember>([](WorkspaceMember &m) { m.status = chars(33); }), u"status"_s},

    {"Allocation_id_urlSafe", breaking<Allocation>([](Allocation &a) { a.id = u"alloc/1"_s; }),
     u"id"_s},
    {"Allocation_hostId_urlSafe",
     breaking<Allocation>([](Allocation &a) { a.hostId = u"node 01"_s; }), u"hostId"_s},

    {"Alert_resourceType_64", breaking<Alert>([](Alert &a) { a.resourceType = chars(65); }),
     u"resourceType"_s},
    {"Alert_resourceId_128", breaking<Alert>([](Alert &a) { a.resourceId = chars(129); }),
     u"resourceId"_s},
    {"Alert_currentValue_finite", breaking<Alert>([](Alert &a) { a.currentValue = NaN; }),
     u"currentValue"_s},
    {"Alert_threshold_finite", breaking<Alert>([](Alert &a) { a.threshold = -NaN; }),
     u"threshold"_s},

    {"AuditEntry_username_128",
     breaking<AuditEntry>([](AuditEntry &e) { e.username = chars(129); }), u"username"_s},
    {"AuditEntry_resourceType_64",
     breaking<AuditEntry>([](AuditEntry &e) { e.resourceType = chars(65); }), u"resourceType"_s},
    {"AuditEntry_resourceId_128",
     breaking<AuditEntry>([](AuditEntry &e) { e.resourceId = chars(129); }), u"resourceId"_s},
    {"AuditEntry_requestMethod_10",
     breaking<AuditEntry>([](AuditEntry &e) { e.requestMethod = chars(11); }), u"requestMethod"_s},
    {"AuditEntry_requestPath_512",
     breaking<AuditEntry>([](AuditEntry &e) { e.requestPath = chars(513); }), u"requestPath"_s},
    {"AuditEntry_traceId_64", breaking<AuditEntry>([](AuditEntry &e) { e.traceId = chars(65); }),
     u"traceId"_s},
    {"AuditEntry_action_128",
     breaking<AuditEntry>([](AuditEntry &e) { e.action = QString(129, u'a'); }), u"action"_s},

    {"Task_id_urlSafe", breaking<Task>([](Task &t) { t.id = u"task 1"_s; }), u"id"_s},
    {"Task_hostId_urlSafe", breaking<Task>([](Task &t) { t.hostId = u"node/1"_s; }), u"hostId"_s},
    {"Task_name_256", breaking<Task>([](Task &t) { t.name = chars(257); }), u"name"_s},
    {"Task_image_256", breaking<Task>([](Task &t) { t.image = chars(257); }), u"image"_s},
    {"Task_outputPath_512", breaking<Task>([](Task &t) { t.outputPath = chars(513); }),
     u"outputPath"_s},

    {"Dataset_storagePath_512", breaking<Dataset>([](Dataset &d) { d.storagePath = chars(513); }),
     u"storagePath"_s},
    {"Dataset_storageType_32", breaking<Dataset>([](Dataset &d) { d.storageType = chars(33); }),
     u"storageType"_s},

    {"Image_name_256", breaking<Image>([](Image &i) { i.name = QString(257, u'i'); }), u"name"_s},
    {"Image_displayName_256", breaking<Image>([](Image &i) { i.displayName = chars(257); }),
     u"displayName"_s},
    {"Image_category_64", breaking<Image>([](Image &i) { i.category = chars(65); }), u"category"_s},
    {"Image_framework_64", breaking<Image>([](Image &i) { i.framework = chars(65); }),
     u"framework"_s},
    {"Image_frameworkVersion_64", breaking<Image>([](Image &i) { i.frameworkVersion = chars(65); }),
     u"frameworkVersion"_s},
    {"Image_cudaVersion_32", breaking<Image>([](Image &i) { i.cudaVersion = chars(33); }),
     u"cudaVersion"_s},
    {"Image_pythonVersion_32", breaking<Image>([](Image &i) { i.pythonVersion = chars(33); }),
     u"pythonVersion"_s},
    {"Image_registryUrl_512", breaking<Image>([](Image &i) { i.registryUrl = chars(513); }),
     u"registryUrl"_s},

    {"SshKey_fingerprint_128", breaking<SshKey>([](SshKey &k) { k.fingerprint = chars(129); }),
     u"fingerprint"_s},
    {"Notification_title_256",
     breaking<Notification>([](Notification &n) { n.title = chars(257); }), u"title"_s},
    {"Notification_type_32", breaking<Notification>([](Notification &n) { n.type = chars(33); }),
     u"type"_s},
    {"SystemSetting_key_128",
     breaking<SystemSetting>([](SystemSetting &s) { s.key = QString(129, u'k'); }), u"key"_s},

    {"HostMetric_cpuLoad5m",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.cpuLoad5m = -0.5; }), u"cpuLoad5m"_s},
    {"HostMetric_cpuLoad15m",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.cpuLoad15m = -0.5; }), u"cpuLoad15m"_s},
    {"HostMetric_memoryUsed",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.memoryUsed = -1; }), u"memoryUsed"_s},
    {"HostMetric_memoryAvailable",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.memoryAvailable = -1; }),
     u"memoryAvailable"_s},
    {"HostMetric_diskUsed",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.diskUsed = -1; }), u"diskUsed"_s},
    {"HostMetric_diskAvailable",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.diskAvailable = -1; }),
     u"diskAvailable"_s},
    {"HostMetric_diskUsagePercent",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.diskUsagePercent = 100.01; }),
     u"diskUsagePercent"_s},
    {"HostMetric_diskIoReadBytes",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.diskIoReadBytes = -1; }),
     u"diskIoReadBytes"_s},
    {"HostMetric_diskIoWriteBytes",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.diskIoWriteBytes = -1; }),
     u"diskIoWriteBytes"_s},
    {"HostMetric_networkTxBytes",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.networkTxBytes = -1; }),
     u"networkTxBytes"_s},
    {"HostMetric_networkRxPackets",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.networkRxPackets = -1; }),
     u"networkRxPackets"_s},
    {"HostMetric_networkTxPackets",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.networkTxPackets = -1; }),
     u"networkTxPackets"_s},
    {"HostMetric_gpuAvgMemoryUsed",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.gpuAvgMemoryUsed = -1; }),
     u"gpuAvgMemoryUsed"_s},
    {"HostMetric_gpuAvgPower",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.gpuAvgPower = -1; }), u"gpuAvgPower"_s},
    {"HostMetric_hostId_urlSafe",
     breaking<HostMetricSample>([](HostMetricSample &s) { s.hostId = u"node 1"_s; }), u"hostId"_s},

    {"GpuMetric_memoryUsed",
     breaking<GpuMetricSample>([](GpuMetricSample &s) { s.memoryUsed = -1; }), u"memoryUsed"_s},
    {"GpuMetric_memoryUsagePercent",
     breaking<GpuMetricSample>([](GpuMetricSample &s) { s.memoryUsagePercent = 120; }),
     u"memoryUsagePercent"_s},
    {"GpuMetric_smClock", breaking<GpuMetricSample>([](GpuMetricSample &s) { s.smClock = -1; }),
     u"smClock"_s},
    {"GpuMetric_memoryClock",
     breaking<GpuMetricSample>([](GpuMetricSample &s) { s.memoryClock = -1; }), u"memoryClock"_s},
};

class FieldRule : public ::testing::TestWithParam<RuleCase>
{
};

TEST_P(FieldRule, NamesTheBrokenField)
{
    EXPECT_EQ(GetParam().brokenFields(), QStringList{GetParam().field});
}

INSTANTIATE_TEST_SUITE_P(AllEntities, FieldRule, ::testing::ValuesIn(Cases),
                         [](const ::testing::TestParamInfo<RuleCase> &param) {
                             return std::string(param.param.name);
                         });

} // namespace
