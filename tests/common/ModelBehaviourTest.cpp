#include "Samples.h"
#include "TestHelpers.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

TEST(MachineJson, V21AllocatedStatusReadsAsOnlineAndAllocated)
{
    QJsonObject json = sample<Machine>().toJson();
    json.insert(u"status"_s, u"allocated"_s);
    json.remove(u"allocationState"_s);
    const Result<Machine> parsed = Machine::fromJson(json);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->status, MachineStatus::Online);
    EXPECT_EQ(parsed->allocationState, AllocationState::Allocated);
    EXPECT_EQ(parsed->toJson().value(u"status"_s).toString(), u"online"_s);
}

TEST(MachineJson, ExplicitAllocationStateWinsOverV21Status)
{
    QJsonObject json = sample<Machine>().toJson();
    json.insert(u"status"_s, u"allocated"_s);
    json.insert(u"allocationState"_s, u"expiring"_s);
    const Result<Machine> parsed = Machine::fromJson(json);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->allocationState, AllocationState::Expiring);
}

TEST(MachineJson, V21ExampleRowReads)
{
    // hosts example of schema V2.1, as the server would serialise the row.
    const QByteArray body = R"({"id":"node-01","name":"BJ-GPU-01","ipAddress":"192.168.1.100",
        "publicIp":"203.0.113.10","totalCpu":64,"totalMemoryGb":256,"totalDiskGb":2048,
        "status":"online","region":"beijing"})";
    const Result<Machine> parsed = Machine::fromJson(QJsonDocument::fromJson(body).object());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->totalMemoryGb, 256);
    EXPECT_EQ(parsed->totalDiskGb, 2048);
    EXPECT_EQ(parsed->sshPort, 22);
    EXPECT_EQ(parsed->allocationState, AllocationState::Unallocated);
    EXPECT_TRUE(parsed->validate().isEmpty());
}

TEST(GpuJson, V21ColumnNamesAreUsed)
{
    const QJsonObject json = sample<Gpu>().toJson();
    EXPECT_EQ(json.value(u"index"_s).toInt(), 3);
    EXPECT_EQ(json.value(u"memoryTotalMb"_s).toInteger(), 81559);
    EXPECT_FALSE(json.contains(u"gpuIndex"_s));
}

TEST(DatasetJson, V21ReadyReadsAsAvailable)
{
    QJsonObject json = sample<Dataset>().toJson();
    json.insert(u"status"_s, u"ready"_s);
    const Result<Dataset> parsed = Dataset::fromJson(json);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->status, DatasetStatus::Available);
    EXPECT_EQ(parsed->toJson().value(u"status"_s).toString(), u"available"_s);
}

TEST(CustomerJson, NeverCarriesAPassword)
{
    QJsonObject json = sample<Customer>().toJson();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        EXPECT_FALSE(it.key().contains(u"password"_s, Qt::CaseInsensitive))
            << it.key().toStdString();
    json.insert(u"passwordHash"_s, u"$2a$10$xyz"_s);
    json.insert(u"password_hash"_s, u"$2a$10$xyz"_s);
    const Result<Customer> parsed = Customer::fromJson(json);
    ASSERT_TRUE(parsed.ok());
    const QByteArray out = QJsonDocument(parsed->toJson()).toJson();
    EXPECT_FALSE(out.contains("$2a$")) << out.toStdString();
    EXPECT_FALSE(out.contains("password"));
}

TEST(CustomerTenant, EffectiveTenantByRole)
{
    Customer c = sample<Customer>();
    c.tenantId.reset();
    c.role = Role::CustomerOwner;
    EXPECT_EQ(c.effectiveTenantId(), c.id);
    c.role = Role::CustomerMember;
    c.tenantId = 2;
    EXPECT_EQ(c.effectiveTenantId(), 2);
    c.role = Role::Admin;
    EXPECT_EQ(c.effectiveTenantId(), std::nullopt);
}

TEST(AllocationState, DerivedFromStatusAndEndTime)
{
    Allocation a = sample<Allocation>();
    a.status = AllocationStatus::Active;
    const QDateTime end = a.endTime;
    EXPECT_EQ(a.stateAt(end.addDays(-10)), AllocationState::Allocated);
    EXPECT_EQ(a.stateAt(end.addDays(-3)), AllocationState::Expiring);
    EXPECT_EQ(a.stateAt(end.addSecs(-1)), AllocationState::Expiring);
    EXPECT_EQ(a.stateAt(end), AllocationState::Unallocated);
    EXPECT_EQ(a.stateAt(end.addDays(-10), 11 * 24 * 3600), AllocationState::Expiring);
    a.status = AllocationStatus::Reclaimed;
    EXPECT_EQ(a.stateAt(end.addDays(-10)), AllocationState::Unallocated);
    a.status = AllocationStatus::Pending;
    EXPECT_EQ(a.stateAt(end.addDays(-10)), AllocationState::Unallocated);
}

// "Expiring" is "ends within N days", both ends included: exactly N days before the end it is
// expiring, one millisecond earlier it is not (the server's SQL says the same, `<=`).
TEST(AllocationState, ExpiringIncludesExactlyTheWindow)
{
    Allocation a = sample<Allocation>();
    a.status = AllocationStatus::Active;
    const QDateTime end = a.endTime;
    const qint64 week = 7 * 24 * 3600;
    EXPECT_EQ(a.stateAt(end.addSecs(-week), week), AllocationState::Expiring);
    EXPECT_EQ(a.stateAt(end.addSecs(-week).addMSecs(-1), week), AllocationState::Allocated);
    EXPECT_EQ(a.stateAt(end.addSecs(-week).addMSecs(-999), week), AllocationState::Allocated);
    EXPECT_EQ(a.stateAt(end.addDays(-7)), AllocationState::Expiring); // the default window
}

TEST(AlertRuleBreach, EachComparison)
{
    AlertRule r = sample<AlertRule>();
    r.threshold = 85;
    r.comparison = AlertComparison::Greater;
    EXPECT_FALSE(r.breachedBy(85));
    EXPECT_TRUE(r.breachedBy(85.1));
    r.comparison = AlertComparison::GreaterOrEqual;
    EXPECT_TRUE(r.breachedBy(85));
    EXPECT_FALSE(r.breachedBy(84.9));
    r.comparison = AlertComparison::Less;
    EXPECT_TRUE(r.breachedBy(84.9));
    EXPECT_FALSE(r.breachedBy(85));
    r.comparison = AlertComparison::LessOrEqual;
    EXPECT_TRUE(r.breachedBy(85));
    EXPECT_FALSE(r.breachedBy(85.1));
    r.comparison = AlertComparison::Equal;
    EXPECT_TRUE(r.breachedBy(85));
    EXPECT_FALSE(r.breachedBy(85.1));
}

TEST(SshKeyFingerprint, MatchesSshKeygen)
{
    // `ssh-keygen -lf` on the same keys.
    EXPECT_EQ(SshKey::fingerprintOf(Ed25519Key), Ed25519Fingerprint);
    const QString rsa =
        u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0oUYtbo6WNC+PWe6g/xZnFT1adCt6eCaJ5tLAJ7raNw1CxQ8d1jPFtM5lQqhlPNtfIXrQ5qnLjL6xyKlGWU5MON3lCWO7YI+tZrr+UA5MlZ5hC5hpYqpf4Xoff0PoUQDuHQOFB8sHs8mdMGtbxVLUr47RqdlcaOW6JJgA7lKFqrr+VnGrkaO6oO9vwb76ROq3+NWjMD1ALpg9DOHo79DctsZYeZskTTDY1A3C/PoW1uvbt8wkVe2wc3CkmzxSYsT8nfsPY4+og2WQfDLG66BQoRfPYs/LQhTcZcHwpIv/13caR/UiFLgwGtvjtYZG06KpkjaYmkjijmFCHMvHVnzH bob@desk"_s;
    EXPECT_EQ(SshKey::fingerprintOf(rsa), u"SHA256:g68a79IBhpn6p98iO2nQmdig32wfCmT9XQA1+7b18W0"_s);
}

TEST(SshKeyFingerprint, IgnoresCommentAndSurroundingSpace)
{
    const QString bare = Ed25519Key.section(u' ', 0, 1);
    EXPECT_EQ(SshKey::fingerprintOf(u"  "_s + bare + u"\n"_s), Ed25519Fingerprint);
    EXPECT_EQ(SshKey::fingerprintOf(bare + u" 另一台电脑"_s), Ed25519Fingerprint);
}

TEST(SshKeyFingerprint, EmptyForNonKeys)
{
    EXPECT_TRUE(SshKey::fingerprintOf(u"ssh-ed25519"_s).isEmpty());
    EXPECT_TRUE(SshKey::fingerprintOf(u"hello world"_s).isEmpty());
}

TEST(SystemSettingColumns, V21ExampleRowsRead)
{
    Result<SystemSetting> name =
        SystemSetting::fromColumns(u"site_name"_s, u"RemoteGPU Cloud"_s, u"string"_s);
    ASSERT_TRUE(name.ok());
    EXPECT_EQ(name->stringValue(), u"RemoteGPU Cloud"_s);
    Result<SystemSetting> quota =
        SystemSetting::fromColumns(u"default_gpu_quota"_s, u"2"_s, u"int"_s);
    ASSERT_TRUE(quota.ok());
    EXPECT_EQ(quota->type, SettingType::Int);
    EXPECT_EQ(quota->intValue(), 2);
    EXPECT_EQ(quota->toJson().value(u"value"_s), QJsonValue(2));
}

TEST(SystemSettingColumns, EachTypeRoundTripsThroughTheColumn)
{
    const QList<SystemSetting> settings = {
        SystemSetting::makeString(u"site_name"_s, u"远程 GPU"_s),
        SystemSetting::makeInt(u"retention_days"_s, -30),
        SystemSetting::makeBool(u"maintenance"_s, true),
        SystemSetting::makeJson(u"thresholds"_s, QJsonObject{{u"gpu"_s, 85.5}}),
        SystemSetting::makeJson(u"regions"_s, QJsonArray{u"bj"_s, u"sh"_s}),
    };
    for (const SystemSetting &s : settings) {
        const Result<SystemSetting> back =
            SystemSetting::fromColumns(s.key, s.columnValue(), toString(s.type));
        ASSERT_TRUE(back.ok()) << s.key.toStdString();
        EXPECT_EQ(*back, s);
    }
}

TEST(SystemSettingColumns, BadStoredValueIsReported)
{
    const Result<SystemSetting> i = SystemSetting::fromColumns(u"quota"_s, u"two"_s, u"int"_s);
    ASSERT_FALSE(i.ok());
    EXPECT_TRUE(i.error().message.contains(u"quota"_s));
    EXPECT_FALSE(SystemSetting::fromColumns(u"flag"_s, u"yes"_s, u"bool"_s).ok());
    EXPECT_FALSE(SystemSetting::fromColumns(u"j"_s, u"{oops"_s, u"json"_s).ok());
    EXPECT_FALSE(SystemSetting::fromColumns(u"j"_s, u"3"_s, u"json"_s).ok());
    EXPECT_FALSE(SystemSetting::fromColumns(u"k"_s, u"x"_s, u"float"_s).ok());
}

TEST(SystemSettingJson, ValueOfTheWrongTypeIsAFieldError)
{
    QJsonObject json = SystemSetting::makeInt(u"quota"_s, 2).toJson();
    json.insert(u"value"_s, u"2"_s);
    const Result<SystemSetting> parsed = SystemSetting::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(fieldsOf(parsed.error().fieldErrors), QStringList{u"value"_s});
}

TEST(SystemSettingJson, IntegralDoubleIsAnInt)
{
    QJsonObject json = SystemSetting::makeInt(u"quota"_s, 2).toJson();
    json.insert(u"value"_s, 2.0);
    const Result<SystemSetting> parsed = SystemSetting::fromJson(json);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, SystemSetting::makeInt(u"quota"_s, 2));
}

} // namespace
