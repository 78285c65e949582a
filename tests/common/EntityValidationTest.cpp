#include "Samples.h"
#include "TestHelpers.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <limits>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

// One test per rule: start from a valid sample, break exactly one thing, and expect exactly that
// field to be named.
namespace {

QStringList only(const QString &field)
{
    return QStringList{field};
}

// ---- Machine -------------------------------------------------------------------------------

TEST(MachineValidation, NameIsRequired)
{
    Machine m = sample<Machine>();
    m.name = u"   "_s;
    EXPECT_EQ(invalidFields(m), only(u"name"_s));
    EXPECT_EQ(m.validate().first().message, u"name is required"_s);
}

TEST(MachineValidation, NameAtMost128CharactersCountingCodePoints)
{
    Machine m = sample<Machine>();
    m.name = QString(64, u'机') + QString(u"😀"_s).repeated(64); // 128 characters, 192 UTF-16 units
    EXPECT_TRUE(m.validate().isEmpty());
    m.name += u'x';
    EXPECT_EQ(invalidFields(m), only(u"name"_s));
    EXPECT_EQ(m.validate().first().message, u"name must be at most 128 characters (it has 129)"_s);
}

TEST(MachineValidation, IpAddressIsRequired)
{
    Machine m = sample<Machine>();
    m.ipAddress.clear();
    EXPECT_EQ(invalidFields(m), only(u"ipAddress"_s));
}

TEST(MachineValidation, IpAddressMustBeIpv4OrIpv6)
{
    Machine m = sample<Machine>();
    m.ipAddress = u"192.168.1.300"_s;
    EXPECT_EQ(invalidFields(m), only(u"ipAddress"_s));
    EXPECT_EQ(m.validate().first().message, u"ipAddress must be an IPv4 or IPv6 address"_s);
    m.ipAddress = u"fe80::1"_s;
    EXPECT_TRUE(m.validate().isEmpty());
}

TEST(MachineValidation, PublicIpMustBeAnAddress)
{
    Machine m = sample<Machine>();
    m.publicIp = u"gpu01.example.com"_s;
    EXPECT_EQ(invalidFields(m), only(u"publicIp"_s));
}

TEST(MachineValidation, SshHostMustBeAHostNameOrAddress)
{
    Machine m = sample<Machine>();
    m.sshHost = u"gpu_01 .example.com"_s;
    EXPECT_EQ(invalidFields(m), only(u"sshHost"_s));
    m.sshHost = u"203.0.113.10"_s;
    EXPECT_TRUE(m.validate().isEmpty());
}

TEST(MachineValidation, SshPortBetween1And65535)
{
    Machine m = sample<Machine>();
    m.sshPort = 0;
    EXPECT_EQ(invalidFields(m), only(u"sshPort"_s));
    EXPECT_EQ(m.validate().first().message, u"sshPort must be a port number between 1 and 65535"_s);
    m.sshPort = 65536;
    EXPECT_EQ(invalidFields(m), only(u"sshPort"_s));
    m.sshPort = 65535;
    EXPECT_TRUE(m.validate().isEmpty());
}

TEST(MachineValidation, AgentAndWinrmPortsAreChecked)
{
    Machine m = sample<Machine>();
    m.agentPort = -1;
    m.winrmPort = 70000;
    EXPECT_EQ(invalidFields(m), (QStringList{u"winrmPort"_s, u"agentPort"_s}));
}

TEST(MachineValidation, GpuCountNotNegative)
{
    Machine m = sample<Machine>();
    m.totalGpu = -1;
    EXPECT_EQ(invalidFields(m), only(u"totalGpu"_s));
    EXPECT_EQ(m.validate().first().message, u"totalGpu must be 0 or more"_s);
    m.totalGpu = 0;
    EXPECT_TRUE(m.validate().isEmpty());
}

TEST(MachineValidation, CpuMemoryAndDiskNotNegative)
{
    Machine m = sample<Machine>();
    m.totalCpu = -1;
    m.totalMemoryGb = -1;
    m.totalDiskGb = -1;
    EXPECT_EQ(invalidFields(m), (QStringList{u"totalCpu"_s, u"totalMemoryGb"_s, u"totalDiskGb"_s}));
}

TEST(MachineValidation, IdIsOptionalButMustBeUrlSafe)
{
    Machine m = sample<Machine>();
    m.id.clear();
    EXPECT_TRUE(m.validate().isEmpty());
    m.id = u"node 01/a"_s;
    EXPECT_EQ(invalidFields(m), only(u"id"_s));
    m.id = QString(65, u'a');
    EXPECT_EQ(invalidFields(m), only(u"id"_s));
}

TEST(MachineValidation, OsTypeIsRequired)
{
    Machine m = sample<Machine>();
    m.osType.clear();
    EXPECT_EQ(invalidFields(m), only(u"osType"_s));
}

TEST(MachineValidation, OsTypeIsLinuxOrWindows)
{
    Machine m = sample<Machine>();
    m.osType = u"macos"_s;
    EXPECT_EQ(invalidFields(m), only(u"osType"_s));
    EXPECT_EQ(messageFor(m.validate(), u"osType"_s),
              u"osType must be linux or windows, not \"macos\""_s);
    m.osType = u"linux"_s;
    EXPECT_TRUE(m.validate().isEmpty());
}

TEST(MachineValidation, DeploymentModeIsTraditionalKubernetesOrDocker)
{
    Machine m = sample<Machine>();
    for (const QString &mode : {u"traditional"_s, u"kubernetes"_s, u"docker"_s}) {
        m.deploymentMode = mode;
        EXPECT_TRUE(m.validate().isEmpty()) << mode.toStdString();
    }
    m.deploymentMode = u"k8s"_s;
    EXPECT_EQ(invalidFields(m), only(u"deploymentMode"_s));
    EXPECT_EQ(messageFor(m.validate(), u"deploymentMode"_s),
              u"deploymentMode must be traditional, kubernetes or docker, not \"k8s\""_s);
}

TEST(MachineValidation, HostnameMustBeAHostName)
{
    Machine m = sample<Machine>();
    m.hostname = u"gpu_01.example.com"_s;
    EXPECT_EQ(invalidFields(m), only(u"hostname"_s));
    m.hostname = u"gpu01"_s;
    EXPECT_TRUE(m.validate().isEmpty());
    m.hostname.clear();
    EXPECT_TRUE(m.validate().isEmpty());
}

TEST(MachineValidation, CpuAndMemoryAtLeastOneDiskMayBeZero)
{
    Machine m = sample<Machine>();
    m.totalCpu = 0;
    m.totalMemoryGb = 0;
    m.totalDiskGb = 0;
    EXPECT_EQ(invalidFields(m), (QStringList{u"totalCpu"_s, u"totalMemoryGb"_s}));
    EXPECT_EQ(messageFor(m.validate(), u"totalCpu"_s), u"totalCpu must be between 1 and 1000000"_s);
    m.totalCpu = 1;
    m.totalMemoryGb = 1;
    EXPECT_TRUE(m.validate().isEmpty());
}

TEST(MachineValidation, GpuIndexListedTwice)
{
    Machine m = sample<Machine>();
    m.gpus[1].index = m.gpus[0].index;
    EXPECT_EQ(invalidFields(m), only(u"gpus[1].index"_s));
    EXPECT_EQ(messageFor(m.validate(), u"gpus[1].index"_s), u"GPU index 3 is listed twice"_s);
}

TEST(MachineValidation, GeneratedIdsAreNodeAndEightHexDigits)
{
    const QRegularExpression shape(u"^node-[0-9a-f]{8}$"_s);
    Machine m = sample<Machine>();
    for (int i = 0; i < 50; ++i) {
        m.id = Machine::generateId();
        EXPECT_TRUE(shape.match(m.id).hasMatch()) << m.id.toStdString();
        EXPECT_TRUE(m.validate().isEmpty());
    }
    // One draw never repeats the one before: Qt 6.4.2's QRandomGenerator::system()->generate()
    // does, about once in 15,000 calls, which made a big CSV import clash with itself.
    QString previous = Machine::generateId();
    int repeats = 0;
    for (int i = 0; i < 100000; ++i) {
        const QString id = Machine::generateId();
        repeats += id == previous ? 1 : 0;
        previous = id;
    }
    EXPECT_EQ(repeats, 0);
}

TEST(MachineValidation, NestedGpuErrorsAreNamedWithTheirIndex)
{
    Machine m = sample<Machine>();
    m.gpus[1].index = -1;
    EXPECT_EQ(invalidFields(m), only(u"gpus[1].index"_s));
    EXPECT_EQ(m.validate().first().message, u"gpus[1].index must be 0 or more"_s);
}

// ---- Gpu -----------------------------------------------------------------------------------

TEST(GpuValidation, IndexNotNegative)
{
    Gpu g = sample<Gpu>();
    g.index = -1;
    EXPECT_EQ(invalidFields(g), only(u"index"_s));
}

TEST(GpuValidation, MemoryAndCudaCoresNotNegative)
{
    Gpu g = sample<Gpu>();
    g.memoryTotalMb = -24576;
    g.cudaCores = -1;
    EXPECT_EQ(invalidFields(g), (QStringList{u"memoryTotalMb"_s, u"cudaCores"_s}));
}

TEST(GpuValidation, NameAtMost128)
{
    Gpu g = sample<Gpu>();
    g.name = QString(129, u'x');
    EXPECT_EQ(invalidFields(g), only(u"name"_s));
}

// ---- GpuProcess ----------------------------------------------------------------------------

TEST(GpuProcessValidation, PidIsPositive)
{
    GpuProcess p = sample<GpuProcess>();
    p.pid = 0;
    EXPECT_EQ(invalidFields(p), only(u"pid"_s));
}

TEST(GpuProcessValidation, ProcessNameIsRequired)
{
    GpuProcess p = sample<GpuProcess>();
    p.processName = u"  "_s;
    EXPECT_EQ(invalidFields(p), only(u"processName"_s));
}

TEST(GpuProcessValidation, IndexAndMemoryNotNegative)
{
    GpuProcess p = sample<GpuProcess>();
    p.gpuIndex = -1;
    p.usedMemoryMb = -1;
    EXPECT_EQ(invalidFields(p), (QStringList{u"gpuIndex"_s, u"usedMemoryMb"_s}));
}

TEST(GpuProcessValidation, UnknownMemoryOwnerAndTimeAreFine)
{
    GpuProcess p = sample<GpuProcess>();
    p.usedMemoryMb.reset();
    p.username.clear();
    p.gpuUuid.clear();
    p.reportedAt = {};
    EXPECT_EQ(invalidFields(p), QStringList{});
}

TEST(GpuProcessValidation, UuidAndUsernameFitTheirColumns)
{
    GpuProcess p = sample<GpuProcess>();
    p.gpuUuid = QString(129, u'x');
    p.username = QString(65, u'y');
    EXPECT_EQ(invalidFields(p), (QStringList{u"gpuUuid"_s, u"username"_s}));
}

// ---- Customer ------------------------------------------------------------------------------

TEST(CustomerValidation, UsernameIsRequired)
{
    Customer c = sample<Customer>();
    c.username.clear();
    EXPECT_EQ(invalidFields(c), only(u"username"_s));
}

TEST(CustomerValidation, UsernameHasNoSpacesOrSymbols)
{
    Customer c = sample<Customer>();
    c.username = u"li wei"_s;
    EXPECT_EQ(invalidFields(c), only(u"username"_s));
}

TEST(CustomerValidation, EmailIsRequired)
{
    Customer c = sample<Customer>();
    c.email.clear();
    EXPECT_EQ(invalidFields(c), only(u"email"_s));
}

TEST(CustomerValidation, EmailSyntax)
{
    Customer c = sample<Customer>();
    c.email = u"li.wei@acme"_s;
    EXPECT_EQ(invalidFields(c), only(u"email"_s));
    EXPECT_EQ(c.validate().first().message,
              u"email must be an email address such as name@example.com"_s);
}

TEST(CustomerValidation, UuidSyntax)
{
    Customer c = sample<Customer>();
    c.uuid = u"not-a-uuid"_s;
    EXPECT_EQ(invalidFields(c), only(u"uuid"_s));
}

TEST(CustomerValidation, AdminBelongsToNoTenant)
{
    Customer c = sample<Customer>();
    c.role = Role::Admin;
    EXPECT_EQ(invalidFields(c), only(u"tenantId"_s));
    c.tenantId.reset();
    EXPECT_TRUE(c.validate().isEmpty());
}

TEST(CustomerValidation, MemberNeedsATenant)
{
    Customer c = sample<Customer>();
    c.role = Role::CustomerMember;
    c.tenantId.reset();
    EXPECT_EQ(invalidFields(c), only(u"tenantId"_s));
    c.tenantId = 2;
    EXPECT_TRUE(c.validate().isEmpty());
}

TEST(CustomerValidation, MemberCannotBeItsOwnTenant)
{
    Customer c = sample<Customer>();
    c.role = Role::CustomerMember;
    c.tenantId = c.id;
    EXPECT_EQ(invalidFields(c), only(u"tenantId"_s));
}

TEST(CustomerValidation, OwnerCannotPointAtAnotherTenant)
{
    Customer c = sample<Customer>();
    c.tenantId = 2;
    EXPECT_EQ(invalidFields(c), only(u"tenantId"_s));
}

TEST(CustomerValidation, BalanceMustBeFinite)
{
    Customer c = sample<Customer>();
    c.balance = std::numeric_limits<double>::infinity();
    EXPECT_EQ(invalidFields(c), only(u"balance"_s));
}

TEST(CustomerValidation, UsernameIsThreeOrMoreAndStartsWithALetterOrDigit)
{
    Customer c = sample<Customer>();
    for (const QString &name : {u"ab"_s, u".abc"_s, u"_abc"_s, u"-abc"_s}) {
        c.username = name;
        EXPECT_EQ(invalidFields(c), only(u"username"_s)) << name.toStdString();
    }
    c.username = u"abc"_s;
    EXPECT_TRUE(c.validate().isEmpty());
}

TEST(CustomerValidation, EmailDomainIsAHostName)
{
    Customer c = sample<Customer>();
    for (const QString &email : {u"a@b..c"_s, u"x@-y.com"_s, u".a@b.com"_s, u"a b@c.com"_s}) {
        c.email = email;
        EXPECT_EQ(invalidFields(c), only(u"email"_s)) << email.toStdString();
    }
}

TEST(CustomerValidation, AccountTypeIsIndividualOrEnterprise)
{
    Customer c = sample<Customer>();
    for (const QString &type : {u"individual"_s, u"enterprise"_s}) {
        c.accountType = type;
        EXPECT_TRUE(c.validate().isEmpty()) << type.toStdString();
    }
    for (const QString &type : {u""_s, u"Enterprise"_s, u"team"_s}) {
        c.accountType = type;
        EXPECT_EQ(invalidFields(c), only(u"accountType"_s)) << type.toStdString();
    }
}

TEST(CustomerValidation, AvatarUrlIsHttp)
{
    Customer c = sample<Customer>();
    c.avatarUrl = u"ftp://cdn.example.com/a.png"_s;
    EXPECT_EQ(invalidFields(c), only(u"avatarUrl"_s));
    c.avatarUrl = u"http://cdn.example.com/a.png"_s;
    EXPECT_TRUE(c.validate().isEmpty());
    c.avatarUrl.clear();
    EXPECT_TRUE(c.validate().isEmpty());
}

TEST(CustomerValidation, LengthsCountCharactersNotUtf16Units)
{
    // 128 characters as VARCHAR(128) counts them, 129 UTF-16 units.
    Customer c = sample<Customer>();
    c.displayName = QString(127, u'a') + u"😀"_s;
    ASSERT_EQ(c.displayName.size(), 129);
    EXPECT_TRUE(c.validate().isEmpty());
    c.displayName = QString(128, u'a') + u"😀"_s;
    EXPECT_EQ(invalidFields(c), only(u"displayName"_s));
}

TEST(CustomerValidation, PartialValidationNamesOnlyTheGivenFields)
{
    Customer c; // no username, no email, a member without a tenant
    c.displayName = QString(129, u'a');
    EXPECT_EQ(c.validate({u"displayName"_s, u"phone"_s}),
              (QList<FieldError>{{u"displayName"_s,
                                  u"displayName must be at most 128 characters (it has 129)"_s}}));
    EXPECT_TRUE(c.validate({u"phone"_s}).isEmpty());
}

TEST(CustomerValidation, ApplyTextFieldsTrimsClearsAndChecks)
{
    Customer c = sample<Customer>();
    const QJsonObject body{{u"displayName"_s, u"  Ann  "_s},
                           {u"phone"_s, QJsonValue::Null},
                           {u"company"_s, 42},
                           {u"email"_s, u"a@b..c"_s},
                           {u"fullName"_s, u"not asked for"_s}};
    const QList<FieldError> errors = c.applyTextFields(
        body, {u"displayName"_s, u"phone"_s, u"company"_s, u"email"_s, u"avatarUrl"_s});
    EXPECT_EQ(c.displayName, u"Ann"_s);
    EXPECT_TRUE(c.phone.isEmpty());
    EXPECT_EQ(c.company, sample<Customer>().company) << "a value of the wrong type is not read";
    EXPECT_EQ(c.fullName, sample<Customer>().fullName) << "only the given keys are read";
    EXPECT_EQ(c.avatarUrl, sample<Customer>().avatarUrl) << "a key the body lacks is kept";
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    EXPECT_EQ(fields, (QStringList{u"company"_s, u"email"_s}));
    EXPECT_EQ(errors.first().message, u"company must be a string"_s);

    // A key the body lacks is still checked: a new account without a name is refused.
    Customer fresh;
    QStringList missing;
    for (const FieldError &e : fresh.applyTextFields({}, Customer::textFields()))
        missing << e.field;
    EXPECT_EQ(missing, (QStringList{u"username"_s, u"email"_s}));
}

// ---- Workspace / WorkspaceMember -----------------------------------------------------------

TEST(WorkspaceValidation, NameIsRequired)
{
    Workspace w = sample<Workspace>();
    w.name.clear();
    EXPECT_EQ(invalidFields(w), only(u"name"_s));
}

TEST(WorkspaceValidation, NameAtMost128)
{
    Workspace w = sample<Workspace>();
    w.name = QString(129, u'组');
    EXPECT_EQ(invalidFields(w), only(u"name"_s));
}

TEST(WorkspaceValidation, TypeIsPersonalOrTeam)
{
    Workspace w = sample<Workspace>();
    w.type = u"company"_s;
    EXPECT_EQ(invalidFields(w), only(u"type"_s));
}

TEST(WorkspaceValidation, MemberCountNotNegative)
{
    Workspace w = sample<Workspace>();
    w.memberCount = -1;
    EXPECT_EQ(invalidFields(w), only(u"memberCount"_s));
}

TEST(WorkspaceMemberValidation, WorkspaceAndCustomerAreRequired)
{
    WorkspaceMember m = sample<WorkspaceMember>();
    m.workspaceId = 0;
    EXPECT_EQ(invalidFields(m), only(u"workspaceId"_s));
    m = sample<WorkspaceMember>();
    m.customerId = 0;
    EXPECT_EQ(invalidFields(m), only(u"customerId"_s));
}

// ---- Allocation ----------------------------------------------------------------------------

TEST(AllocationValidation, TenantIsRequired)
{
    Allocation a = sample<Allocation>();
    a.tenantId = 0;
    EXPECT_EQ(invalidFields(a), only(u"tenantId"_s));
}

TEST(AllocationValidation, HostIsRequired)
{
    Allocation a = sample<Allocation>();
    a.hostId.clear();
    EXPECT_EQ(invalidFields(a), only(u"hostId"_s));
}

TEST(AllocationValidation, StartAndEndAreRequired)
{
    Allocation a = sample<Allocation>();
    a.startTime = {};
    EXPECT_EQ(invalidFields(a), only(u"startTime"_s));
    a = sample<Allocation>();
    a.endTime = {};
    EXPECT_EQ(invalidFields(a), only(u"endTime"_s));
}

TEST(AllocationValidation, EndMustBeAfterStart)
{
    Allocation a = sample<Allocation>();
    a.endTime = a.startTime.addSecs(-1);
    EXPECT_EQ(invalidFields(a), only(u"endTime"_s));
    EXPECT_EQ(a.validate().first().message, u"endTime must be after startTime"_s);
    a.endTime = a.startTime;
    EXPECT_EQ(invalidFields(a), only(u"endTime"_s));
    a.endTime = a.startTime.addMSecs(1);
    EXPECT_TRUE(a.validate().isEmpty());
}

TEST(AllocationValidation, RemarkAtMost512)
{
    Allocation a = sample<Allocation>();
    a.remark = QString(513, u'备');
    EXPECT_EQ(invalidFields(a), only(u"remark"_s));
}

// ---- AlertRule / Alert ---------------------------------------------------------------------

TEST(AlertRuleValidation, NameIsRequired)
{
    AlertRule r = sample<AlertRule>();
    r.name.clear();
    EXPECT_EQ(invalidFields(r), only(u"name"_s));
}

TEST(AlertRuleValidation, MetricTypeIsRequiredAndAKey)
{
    AlertRule r = sample<AlertRule>();
    r.metricType.clear();
    EXPECT_EQ(invalidFields(r), only(u"metricType"_s));
    r.metricType = u"gpu temperature"_s;
    EXPECT_EQ(invalidFields(r), only(u"metricType"_s));
}

TEST(AlertRuleValidation, DurationNotNegative)
{
    AlertRule r = sample<AlertRule>();
    r.duration = -60;
    EXPECT_EQ(invalidFields(r), only(u"duration"_s));
}

TEST(AlertRuleValidation, ThresholdMustBeFinite)
{
    AlertRule r = sample<AlertRule>();
    r.threshold = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(invalidFields(r), only(u"threshold"_s));
}

TEST(AlertValidation, MetricTypeIsRequired)
{
    Alert a = sample<Alert>();
    a.metricType.clear();
    EXPECT_EQ(invalidFields(a), only(u"metricType"_s));
}

TEST(AlertValidation, ResolvedNotBeforeTriggered)
{
    Alert a = sample<Alert>();
    a.resolvedAt = a.triggeredAt.addMSecs(-1);
    EXPECT_EQ(invalidFields(a), only(u"resolvedAt"_s));
    a.resolvedAt = a.triggeredAt;
    EXPECT_TRUE(a.validate().isEmpty());
}

TEST(AlertValidation, AcknowledgedNotBeforeTriggered)
{
    Alert a = sample<Alert>();
    a.acknowledgedAt = a.triggeredAt.addSecs(-5);
    EXPECT_EQ(invalidFields(a), only(u"acknowledgedAt"_s));
}

TEST(AlertValidation, ResolvedAlertNeedsResolvedAt)
{
    Alert a = sample<Alert>();
    a.resolvedAt = {};
    EXPECT_EQ(invalidFields(a), only(u"resolvedAt"_s));
    a.status = AlertStatus::Acknowledged;
    EXPECT_TRUE(a.validate().isEmpty());
}

// ---- AuditEntry ----------------------------------------------------------------------------

TEST(AuditEntryValidation, ActionIsRequired)
{
    AuditEntry e = sample<AuditEntry>();
    e.action.clear();
    EXPECT_EQ(invalidFields(e), only(u"action"_s));
}

TEST(AuditEntryValidation, ActionIsADottedKey)
{
    AuditEntry e = sample<AuditEntry>();
    e.action = u"create allocation"_s;
    EXPECT_EQ(invalidFields(e), only(u"action"_s));
}

TEST(AuditEntryValidation, IpAddressMustBeAnAddress)
{
    AuditEntry e = sample<AuditEntry>();
    e.ipAddress = u"10.0.0"_s;
    EXPECT_EQ(invalidFields(e), only(u"ipAddress"_s));
}

TEST(AuditEntryValidation, StatusCodeIsAnHttpStatus)
{
    AuditEntry e = sample<AuditEntry>();
    e.statusCode = 600;
    EXPECT_EQ(invalidFields(e), only(u"statusCode"_s));
}

// ---- Task ----------------------------------------------------------------------------------

TEST(TaskValidation, NameIsRequired)
{
    Task t = sample<Task>();
    t.name.clear();
    EXPECT_EQ(invalidFields(t), only(u"name"_s));
}

TEST(TaskValidation, HostIsRequired)
{
    Task t = sample<Task>();
    t.hostId.clear();
    EXPECT_EQ(invalidFields(t), only(u"hostId"_s));
}

TEST(TaskValidation, CommandIsRequired)
{
    Task t = sample<Task>();
    t.command = u"\n"_s;
    EXPECT_EQ(invalidFields(t), only(u"command"_s));
}

TEST(TaskValidation, NeedsAnImageIdOrReference)
{
    Task t = sample<Task>();
    t.image.clear();
    EXPECT_TRUE(t.validate().isEmpty());
    t.imageId.reset();
    EXPECT_EQ(invalidFields(t), only(u"image"_s));
}

TEST(TaskValidation, EnvVarNamesAreShellNames)
{
    Task t = sample<Task>();
    t.envVars.insert(u"1BAD"_s, u"x"_s);
    EXPECT_EQ(invalidFields(t), only(u"envVars.1BAD"_s));
}

TEST(TaskValidation, EnvVarValuesAreStrings)
{
    Task t = sample<Task>();
    t.envVars.insert(u"EPOCHS"_s, 100);
    EXPECT_EQ(invalidFields(t), only(u"envVars.EPOCHS"_s));
}

TEST(TaskValidation, DatasetIdsArePositive)
{
    Task t = sample<Task>();
    t.datasetIds.append(0);
    EXPECT_EQ(invalidFields(t), only(u"datasetIds[2]"_s));
}

TEST(TaskValidation, CompletedNotBeforeStarted)
{
    Task t = sample<Task>();
    t.completedAt = t.startedAt.addSecs(-1);
    EXPECT_EQ(invalidFields(t), only(u"completedAt"_s));
}

// ---- Dataset / Image -----------------------------------------------------------------------

TEST(DatasetValidation, NameIsRequired)
{
    Dataset d = sample<Dataset>();
    d.name.clear();
    EXPECT_EQ(invalidFields(d), only(u"name"_s));
}

TEST(DatasetValidation, NameAtMost256)
{
    Dataset d = sample<Dataset>();
    d.name = QString(257, u'数');
    EXPECT_EQ(invalidFields(d), only(u"name"_s));
}

TEST(DatasetValidation, SizeAndFileCountNotNegative)
{
    Dataset d = sample<Dataset>();
    d.totalSize = -1;
    d.fileCount = -1;
    EXPECT_EQ(invalidFields(d), (QStringList{u"totalSize"_s, u"fileCount"_s}));
}

TEST(ImageValidation, NameIsRequired)
{
    Image i = sample<Image>();
    i.name.clear();
    EXPECT_EQ(invalidFields(i), only(u"name"_s));
}

TEST(ImageValidation, NameHasNoSpaces)
{
    Image i = sample<Image>();
    i.name = u"pytorch 2.0"_s;
    EXPECT_EQ(invalidFields(i), only(u"name"_s));
}

TEST(ImageValidation, SizeNotNegative)
{
    Image i = sample<Image>();
    i.size = -1;
    EXPECT_EQ(invalidFields(i), only(u"size"_s));
}

// ---- SshKey --------------------------------------------------------------------------------

TEST(SshKeyValidation, NameIsRequiredAndAtMost64)
{
    SshKey k = sample<SshKey>();
    k.name.clear();
    EXPECT_EQ(invalidFields(k), only(u"name"_s));
    k.name = QString(65, u'k');
    EXPECT_EQ(invalidFields(k), only(u"name"_s));
}

TEST(SshKeyValidation, PublicKeyIsRequired)
{
    SshKey k = sample<SshKey>();
    k.publicKey.clear();
    EXPECT_EQ(invalidFields(k), only(u"publicKey"_s));
}

TEST(SshKeyValidation, PublicKeyMustBeAnOpenSshLine)
{
    SshKey k = sample<SshKey>();
    for (const QString &bad :
         {u"AAAAC3NzaC1lZDI1NTE5AAAAIDomSxgJ"_s, u"ssh-ed25519 not*base64 me@host"_s,
          u"ssh-foo AAAAC3NzaC1lZDI1NTE5AAAAIDomSxgJ me@host"_s,
          u"-----BEGIN OPENSSH PRIVATE KEY-----"_s}) {
        k.publicKey = bad;
        EXPECT_EQ(invalidFields(k), only(u"publicKey"_s)) << bad.toStdString();
    }
}

TEST(SshKeyValidation, TypeMustMatchTheKeyBody)
{
    SshKey k = sample<SshKey>();
    k.publicKey = QString(Ed25519Key).replace(u"ssh-ed25519"_s, u"ssh-rsa"_s);
    EXPECT_EQ(invalidFields(k), only(u"publicKey"_s));
}

// ---- Notification --------------------------------------------------------------------------

TEST(NotificationValidation, TitleIsRequired)
{
    Notification n = sample<Notification>();
    n.title.clear();
    EXPECT_EQ(invalidFields(n), only(u"title"_s));
}

TEST(NotificationValidation, TypeIsRequired)
{
    Notification n = sample<Notification>();
    n.type.clear();
    EXPECT_EQ(invalidFields(n), only(u"type"_s));
}

TEST(NotificationValidation, RecipientIsRequired)
{
    Notification n = sample<Notification>();
    n.customerId = 0;
    EXPECT_EQ(invalidFields(n), only(u"customerId"_s));
}

TEST(NotificationValidation, ReadNotBeforeCreated)
{
    Notification n = sample<Notification>();
    n.readAt = n.createdAt.addSecs(-1);
    EXPECT_EQ(invalidFields(n), only(u"readAt"_s));
}

// ---- SystemSetting -------------------------------------------------------------------------

TEST(SystemSettingValidation, KeyIsRequired)
{
    SystemSetting s = sample<SystemSetting>();
    s.key.clear();
    EXPECT_EQ(invalidFields(s), only(u"key"_s));
}

TEST(SystemSettingValidation, KeyIsLowerCaseDotted)
{
    SystemSetting s = sample<SystemSetting>();
    s.key = u"Site Name"_s;
    EXPECT_EQ(invalidFields(s), only(u"key"_s));
}

TEST(SystemSettingValidation, ValueMustMatchType)
{
    SystemSetting s = SystemSetting::makeInt(u"default_gpu_quota"_s, 2);
    EXPECT_TRUE(s.validate().isEmpty());
    s.value = 2.5;
    EXPECT_EQ(invalidFields(s), only(u"value"_s));
    EXPECT_EQ(s.validate().first().message, u"value must be a whole number because type is int"_s);
    s = SystemSetting::makeBool(u"maintenance_mode"_s, true);
    s.value = u"true"_s;
    EXPECT_EQ(invalidFields(s), only(u"value"_s));
    s = SystemSetting::makeJson(u"thresholds"_s, 3);
    EXPECT_EQ(invalidFields(s), only(u"value"_s));
}

// ---- metric samples ------------------------------------------------------------------------

TEST(HostMetricSampleValidation, HostAndTimeAreRequired)
{
    HostMetricSample s = sample<HostMetricSample>();
    s.hostId.clear();
    s.collectedAt = {};
    EXPECT_EQ(invalidFields(s), (QStringList{u"hostId"_s, u"collectedAt"_s}));
}

TEST(HostMetricSampleValidation, PercentagesBetween0And100)
{
    HostMetricSample s = sample<HostMetricSample>();
    s.cpuUsagePercent = 100.5;
    EXPECT_EQ(invalidFields(s), only(u"cpuUsagePercent"_s));
    s = sample<HostMetricSample>();
    s.memoryUsagePercent = -0.1;
    EXPECT_EQ(invalidFields(s), only(u"memoryUsagePercent"_s));
    s = sample<HostMetricSample>();
    s.gpuAvgUtilization = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(invalidFields(s), only(u"gpuAvgUtilization"_s));
}

TEST(HostMetricSampleValidation, CountersAndLoadNotNegative)
{
    HostMetricSample s = sample<HostMetricSample>();
    s.cpuLoad1m = -1;
    s.networkRxBytes = -1;
    EXPECT_EQ(invalidFields(s), (QStringList{u"cpuLoad1m"_s, u"networkRxBytes"_s}));
}

TEST(HostMetricSampleValidation, MissingFiguresAreFine)
{
    HostMetricSample s;
    s.hostId = u"node-01"_s;
    s.collectedAt = at(3, 8, 0);
    EXPECT_TRUE(s.validate().isEmpty());
}

TEST(GpuMetricSampleValidation, HostIndexAndTime)
{
    GpuMetricSample s = sample<GpuMetricSample>();
    s.hostId.clear();
    s.gpuIndex = -1;
    s.collectedAt = {};
    EXPECT_EQ(invalidFields(s), (QStringList{u"hostId"_s, u"gpuIndex"_s, u"collectedAt"_s}));
}

TEST(GpuMetricSampleValidation, UtilizationAndFanArePercentages)
{
    GpuMetricSample s = sample<GpuMetricSample>();
    s.utilizationPercent = 101;
    s.fanSpeedPercent = -5;
    EXPECT_EQ(invalidFields(s), (QStringList{u"utilizationPercent"_s, u"fanSpeedPercent"_s}));
}

TEST(GpuMetricSampleValidation, PowerAndProcessCountNotNegative)
{
    GpuMetricSample s = sample<GpuMetricSample>();
    s.powerDraw = -1;
    s.processCount = -1;
    EXPECT_EQ(invalidFields(s), (QStringList{u"powerDraw"_s, u"processCount"_s}));
}

} // namespace
