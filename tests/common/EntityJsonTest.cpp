#include "Samples.h"
#include "TestHelpers.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QRegularExpression>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T>
class EntityJsonTest : public ::testing::Test
{
};

using AllEntities =
    ::testing::Types<Machine, Gpu, Customer, Workspace, WorkspaceMember, Allocation, AlertRule,
                     Alert, AuditEntry, Task, Dataset, Image, SshKey, Notification, SystemSetting,
                     HostMetricSample, GpuMetricSample, GpuProcess>;
TYPED_TEST_SUITE(EntityJsonTest, AllEntities);

// Through text, as over HTTP: catches anything QJsonValue keeps that JSON text cannot.
template<typename T>
Result<T> throughBytes(const T &value)
{
    const QByteArray bytes = QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact);
    return T::fromJson(QJsonDocument::fromJson(bytes).object());
}

bool looksLikeTimestamp(const QJsonValue &v)
{
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"_s);
    return v.isString() && iso.match(v.toString()).hasMatch();
}

// A value of a different JSON type than `v`.
QJsonValue wrongTypeFor(const QJsonValue &v)
{
    if (v.isString())
        return 12345;
    if (v.isDouble())
        return u"not a number"_s;
    if (v.isBool())
        return u"yes"_s;
    if (v.isObject())
        return 7;
    if (v.isArray())
        return u"not a list"_s;
    return QJsonObject{};
}

TYPED_TEST(EntityJsonTest, SampleIsValid)
{
    EXPECT_EQ(sample<TypeParam>().validate(), QList<FieldError>{});
}

TYPED_TEST(EntityJsonTest, FullyPopulatedRoundTrips)
{
    const TypeParam original = sample<TypeParam>();
    const Result<TypeParam> parsed = TypeParam::fromJson(original.toJson());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(*parsed, original);
}

TYPED_TEST(EntityJsonTest, FullyPopulatedRoundTripsThroughText)
{
    const TypeParam original = sample<TypeParam>();
    const Result<TypeParam> parsed = throughBytes(original);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(*parsed, original);
}

TYPED_TEST(EntityJsonTest, DefaultConstructedRoundTrips)
{
    const TypeParam original{};
    const Result<TypeParam> parsed = throughBytes(original);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(*parsed, original);
}

TYPED_TEST(EntityJsonTest, NullTimestampsRoundTrip)
{
    QJsonObject json = sample<TypeParam>().toJson();
    int cleared = 0;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (looksLikeTimestamp(it.value())) {
            it.value() = QJsonValue::Null;
            ++cleared;
        }
    }
    ASSERT_GT(cleared, 0);
    const Result<TypeParam> withNulls = TypeParam::fromJson(json);
    ASSERT_TRUE(withNulls.ok()) << withNulls.error().message.toStdString();
    EXPECT_NE(*withNulls, sample<TypeParam>());
    EXPECT_EQ(withNulls->toJson(), json);
    const Result<TypeParam> again = throughBytes(*withNulls);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *withNulls);
}

TYPED_TEST(EntityJsonTest, SampleSetsEveryFieldAndKeysAreCamelCase)
{
    const QJsonObject json = sample<TypeParam>().toJson();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        EXPECT_FALSE(it.value().isNull()) << "sample leaves " << it.key().toStdString() << " unset";
        EXPECT_FALSE(it.key().contains(u'_')) << it.key().toStdString();
        EXPECT_TRUE(it.key().front().isLower()) << it.key().toStdString();
    }
}

TYPED_TEST(EntityJsonTest, TimestampsAreUtcWithMilliseconds)
{
    static const QRegularExpression utcMs(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    const QJsonObject json = sample<TypeParam>().toJson();
    int timestamps = 0;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!looksLikeTimestamp(it.value()))
            continue;
        ++timestamps;
        EXPECT_TRUE(utcMs.match(it.value().toString()).hasMatch())
            << it.key().toStdString() << " = " << it.value().toString().toStdString();
    }
    EXPECT_GT(timestamps, 0);
}

// Dropping any one key must change the result: proves fromJson reads every key toJson writes.
TYPED_TEST(EntityJsonTest, EveryWrittenKeyIsReadBack)
{
    const TypeParam original = sample<TypeParam>();
    const QJsonObject json = original.toJson();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        QJsonObject without = json;
        without.remove(it.key());
        const Result<TypeParam> parsed = TypeParam::fromJson(without);
        EXPECT_TRUE(!parsed.ok() || *parsed != original)
            << it.key().toStdString() << " is ignored by fromJson";
    }
}

TYPED_TEST(EntityJsonTest, WrongTypeOfAnyFieldIsAFieldErrorNamingIt)
{
    const QJsonObject json = sample<TypeParam>().toJson();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        QJsonObject broken = json;
        broken.insert(it.key(), wrongTypeFor(it.value()));
        const Result<TypeParam> parsed = TypeParam::fromJson(broken);
        ASSERT_FALSE(parsed.ok()) << it.key().toStdString() << " accepted a wrong type";
        EXPECT_EQ(parsed.error().kind, ErrorKind::BadRequest);
        EXPECT_TRUE(fieldsOf(parsed.error().fieldErrors).contains(it.key()))
            << it.key().toStdString() << " not named in "
            << fieldsOf(parsed.error().fieldErrors).join(u", "_s).toStdString();
        EXPECT_FALSE(parsed.error().message.isEmpty());
    }
}

TYPED_TEST(EntityJsonTest, AbsentFieldsTakeDefaults)
{
    const Result<TypeParam> parsed = TypeParam::fromJson(QJsonObject{});
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(*parsed, TypeParam{});
}

TYPED_TEST(EntityJsonTest, UnknownKeysAreIgnored)
{
    QJsonObject json = sample<TypeParam>().toJson();
    json.insert(u"someFutureField"_s, u"x"_s);
    const Result<TypeParam> parsed = TypeParam::fromJson(json);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, sample<TypeParam>());
}

// ---- specific read rules -------------------------------------------------------------------

TEST(EntityJson, WholeNumberFieldRejectsStringAndFraction)
{
    QJsonObject json = sample<Machine>().toJson();
    json.insert(u"totalGpu"_s, u"8"_s);
    Result<Machine> parsed = Machine::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(fieldsOf(parsed.error().fieldErrors), QStringList{u"totalGpu"_s});
    EXPECT_TRUE(messageFor(parsed.error().fieldErrors, u"totalGpu"_s)
                    .startsWith(u"totalGpu must be a whole number"_s));

    json.insert(u"totalGpu"_s, 1.5);
    parsed = Machine::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(fieldsOf(parsed.error().fieldErrors), QStringList{u"totalGpu"_s});
}

TEST(EntityJson, IntFieldRejectsValuesBeyondInt)
{
    QJsonObject json = sample<Machine>().toJson();
    json.insert(u"sshPort"_s, qint64(1) << 40);
    const Result<Machine> parsed = Machine::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(fieldsOf(parsed.error().fieldErrors), QStringList{u"sshPort"_s});
}

TEST(EntityJson, ErrorsInNestedGpusAreNamedWithTheirIndex)
{
    QJsonObject json = sample<Machine>().toJson();
    QJsonArray gpus = json.value(u"gpus"_s).toArray();
    QJsonObject second = gpus.at(1).toObject();
    second.insert(u"index"_s, u"one"_s);
    gpus.replace(1, second);
    gpus.append(u"not an object"_s);
    json.insert(u"gpus"_s, gpus);
    const Result<Machine> parsed = Machine::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(fieldsOf(parsed.error().fieldErrors),
              (QStringList{u"gpus[1].index"_s, u"gpus[2]"_s}));
    EXPECT_TRUE(messageFor(parsed.error().fieldErrors, u"gpus[1].index"_s)
                    .startsWith(u"gpus[1].index must be"_s));
}

TEST(EntityJson, UnknownEnumStringListsTheAllowedValues)
{
    QJsonObject json = sample<Machine>().toJson();
    json.insert(u"status"_s, u"busy"_s);
    const Result<Machine> parsed = Machine::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(messageFor(parsed.error().fieldErrors, u"status"_s),
              u"status must be one of: online, offline, maintenance"_s);
}

TEST(EntityJson, SeveralWrongFieldsAreAllReported)
{
    QJsonObject json = sample<Task>().toJson();
    json.insert(u"name"_s, 1);
    json.insert(u"datasetIds"_s, QJsonArray{1, u"two"_s});
    json.insert(u"envVars"_s, QJsonArray{});
    const Result<Task> parsed = Task::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    const QStringList fields = fieldsOf(parsed.error().fieldErrors);
    EXPECT_EQ(fields.size(), 3);
    EXPECT_TRUE(fields.contains(u"name"_s));
    EXPECT_TRUE(fields.contains(u"datasetIds"_s));
    EXPECT_TRUE(fields.contains(u"envVars"_s));
    EXPECT_TRUE(parsed.error().message.contains(u"2 more problems"_s))
        << parsed.error().message.toStdString();
}

TEST(EntityJson, TimestampWithOffsetIsReadAsTheSameInstantInUtc)
{
    QJsonObject json = sample<Allocation>().toJson();
    json.insert(u"startTime"_s, u"2026-02-03T16:00:07.100+08:00"_s);
    const Result<Allocation> parsed = Allocation::fromJson(json);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->startTime, at(3, 8, 0, 100));
    EXPECT_EQ(parsed->toJson().value(u"startTime"_s).toString(), u"2026-02-03T08:00:07.100Z"_s);
}

TEST(EntityJson, AllocationCarriesTheStateTheServerComputed)
{
    Allocation a = sample<Allocation>();
    a.status = AllocationStatus::Active;
    a.state = AllocationState::Expiring;
    EXPECT_EQ(a.toJson().value(u"state"_s).toString(), u"expiring"_s);
    const Result<Allocation> parsed = Allocation::fromJson(a.toJson());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->state, AllocationState::Expiring);
    QJsonObject json = a.toJson();
    json.insert(u"state"_s, u"sometimes"_s);
    ASSERT_FALSE(Allocation::fromJson(json).ok());
}

TEST(EntityJson, TimestampWithoutMillisecondsIsAccepted)
{
    QJsonObject json = sample<Allocation>().toJson();
    json.insert(u"startTime"_s, u"2026-02-03T08:00:07Z"_s);
    const Result<Allocation> parsed = Allocation::fromJson(json);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->startTime, at(3, 8, 0, 0));
}

TEST(EntityJson, TimestampWithoutZoneOrGarbageIsRejected)
{
    for (const QString &bad :
         {u"2026-02-03T08:00:07.100"_s, u"yesterday"_s, u""_s, u"2026-02-30T08:00:00Z"_s}) {
        QJsonObject json = sample<Allocation>().toJson();
        json.insert(u"startTime"_s, bad);
        const Result<Allocation> parsed = Allocation::fromJson(json);
        ASSERT_FALSE(parsed.ok()) << bad.toStdString();
        EXPECT_EQ(fieldsOf(parsed.error().fieldErrors), QStringList{u"startTime"_s});
    }
}

TEST(EntityJson, LargeIdsSurviveText)
{
    Gpu g = sample<Gpu>();
    g.id = (qint64(1) << 53) - 1;
    const QByteArray bytes = QJsonDocument(g.toJson()).toJson(QJsonDocument::Compact);
    EXPECT_TRUE(bytes.contains("9007199254740991"));
    const Result<Gpu> parsed = Gpu::fromJson(QJsonDocument::fromJson(bytes).object());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->id, g.id);
}

TEST(EntityJson, EmptyOptionalTextIsWrittenAsNull)
{
    Machine m = sample<Machine>();
    m.publicIp.clear();
    m.winrmPort.reset();
    const QJsonObject json = m.toJson();
    EXPECT_TRUE(json.value(u"publicIp"_s).isNull());
    EXPECT_TRUE(json.value(u"winrmPort"_s).isNull());
    EXPECT_TRUE(json.contains(u"publicIp"_s));
}

// nvidia-smi prints `[N/A]` for a process's memory under MIG or WDDM, and the agent may not know
// the owner: both travel as null and come back unset, not as 0 or "".
TEST(EntityJson, GpuProcessWithoutMemoryOrOwnerRoundTripsAsNull)
{
    GpuProcess p = sample<GpuProcess>();
    p.usedMemoryMb.reset();
    p.username.clear();
    const QByteArray bytes = QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact);
    EXPECT_TRUE(bytes.contains("\"usedMemoryMb\":null")) << bytes.constData();
    EXPECT_TRUE(bytes.contains("\"username\":null")) << bytes.constData();
    const Result<GpuProcess> parsed = GpuProcess::fromJson(QJsonDocument::fromJson(bytes).object());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(*parsed, p);
    EXPECT_FALSE(parsed->usedMemoryMb.has_value());
    // A reading of 0 MiB is a reading, not "unknown".
    p.usedMemoryMb = 0;
    const Result<GpuProcess> zero = GpuProcess::fromJson(p.toJson());
    ASSERT_TRUE(zero.ok());
    EXPECT_EQ(zero->usedMemoryMb, std::optional<qint64>(0));
}

TEST(EntityJson, GpuProcessKeysAreTheWireNames)
{
    const QJsonObject json = sample<GpuProcess>().toJson();
    QStringList keys = json.keys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{u"gpuIndex"_s, u"gpuUuid"_s, u"pid"_s, u"processName"_s,
                                 u"reportedAt"_s, u"usedMemoryMb"_s, u"username"_s}));
    EXPECT_EQ(json.value(u"pid"_s).toInteger(), 4'294'978'641);
    EXPECT_EQ(json.value(u"usedMemoryMb"_s).toInteger(), 15690);
    EXPECT_EQ(json.value(u"reportedAt"_s).toString(), u"2026-02-03T08:00:07.500Z"_s);
}

TEST(EntityJson, GpuProcessMemoryMustBeAWholeNumber)
{
    QJsonObject json = sample<GpuProcess>().toJson();
    json.insert(u"usedMemoryMb"_s, u"15690 MiB"_s); // nvidia-smi's text, unparsed
    const Result<GpuProcess> parsed = GpuProcess::fromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(fieldsOf(parsed.error().fieldErrors), QStringList{u"usedMemoryMb"_s});
}

} // namespace
