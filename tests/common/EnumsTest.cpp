#include "Enums.h"
#include "TestHelpers.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

namespace {

template<typename E>
class WireEnumTest : public ::testing::Test
{
};

using AllEnums =
    ::testing::Types<MachineStatus, AllocationState, AllocationStatus, TaskStatus, DatasetStatus,
                     ImageStatus, AlertStatus, Role, UserType, CustomerStatus, AlertSeverity,
                     DatasetVisibility, TaskType, GpuStatus, SettingType, AlertComparison,
                     WorkspaceRole, AuditResult, SortOrder>;
TYPED_TEST_SUITE(WireEnumTest, AllEnums);

TYPED_TEST(WireEnumTest, EveryNameRoundTripsStringToEnumToString)
{
    ASSERT_FALSE(enumNames<TypeParam>().empty());
    for (const auto &entry : enumNames<TypeParam>()) {
        const QString name = entry.name.toString();
        const std::optional<TypeParam> value = fromString<TypeParam>(name);
        ASSERT_TRUE(value.has_value()) << name.toStdString();
        EXPECT_EQ(*value, entry.value);
        EXPECT_EQ(toString(*value), name);
    }
}

// The enums are declared without explicit values, so 0..N-1 are all of them: a value missing
// from the table would show up here as an empty name.
TYPED_TEST(WireEnumTest, EveryValueHasOneDistinctName)
{
    const auto names = enumNames<TypeParam>();
    QSet<QString> seen;
    for (qsizetype i = 0; i < qsizetype(names.size()); ++i) {
        const QString name = toString(static_cast<TypeParam>(i));
        EXPECT_FALSE(name.isEmpty()) << "value " << i << " has no wire name";
        EXPECT_FALSE(seen.contains(name)) << name.toStdString();
        seen.insert(name);
    }
}

TYPED_TEST(WireEnumTest, RejectsUnknownAndWronglyCasedStrings)
{
    EXPECT_FALSE(fromString<TypeParam>(u"no-such-value").has_value());
    EXPECT_FALSE(fromString<TypeParam>(u"").has_value());
    const QString first = enumNames<TypeParam>().front().name.toString();
    EXPECT_FALSE(fromString<TypeParam>(first.toUpper()).has_value());
    EXPECT_FALSE(fromString<TypeParam>(QString(u" "_s + first)).has_value());
}

TYPED_TEST(WireEnumTest, AliasesReadButAreNeverWritten)
{
    for (const auto &alias : enumAliases<TypeParam>()) {
        EXPECT_EQ(fromString<TypeParam>(alias.name), alias.value);
        EXPECT_NE(toString(alias.value), alias.name.toString());
    }
}

TEST(Enums, WireStringsMatchSeed001Section4_3)
{
    EXPECT_EQ(enumStrings<MachineStatus>(),
              (QStringList{u"online"_s, u"offline"_s, u"maintenance"_s}));
    EXPECT_EQ(enumStrings<AllocationState>(),
              (QStringList{u"allocated"_s, u"unallocated"_s, u"expiring"_s}));
    EXPECT_EQ(enumStrings<AllocationStatus>(),
              (QStringList{u"active"_s, u"expired"_s, u"reclaimed"_s, u"pending"_s}));
    EXPECT_EQ(enumStrings<TaskStatus>(),
              (QStringList{u"queued"_s, u"running"_s, u"succeeded"_s, u"failed"_s, u"stopped"_s}));
    EXPECT_EQ(enumStrings<DatasetStatus>(),
              (QStringList{u"uploading"_s, u"processing"_s, u"available"_s, u"failed"_s}));
    EXPECT_EQ(enumStrings<ImageStatus>(),
              (QStringList{u"building"_s, u"available"_s, u"failed"_s, u"rejected"_s}));
    EXPECT_EQ(enumStrings<AlertStatus>(),
              (QStringList{u"active"_s, u"acknowledged"_s, u"resolved"_s}));
}

TEST(Enums, OtherWireStrings)
{
    EXPECT_EQ(enumStrings<Role>(),
              (QStringList{u"admin"_s, u"customer_owner"_s, u"customer_member"_s}));
    EXPECT_EQ(enumStrings<UserType>(), (QStringList{u"admin"_s, u"external"_s}));
    EXPECT_EQ(enumStrings<CustomerStatus>(), (QStringList{u"active"_s, u"disabled"_s}));
    EXPECT_EQ(enumStrings<AlertSeverity>(), (QStringList{u"info"_s, u"warning"_s, u"critical"_s}));
    EXPECT_EQ(enumStrings<DatasetVisibility>(),
              (QStringList{u"private"_s, u"shared"_s, u"public"_s}));
    EXPECT_EQ(enumStrings<TaskType>(), (QStringList{u"training"_s, u"inference"_s}));
    EXPECT_EQ(enumStrings<GpuStatus>(), (QStringList{u"available"_s, u"allocated"_s}));
    EXPECT_EQ(enumStrings<SettingType>(),
              (QStringList{u"string"_s, u"int"_s, u"bool"_s, u"json"_s}));
    EXPECT_EQ(enumStrings<SortOrder>(), (QStringList{u"asc"_s, u"desc"_s}));
}

TEST(Enums, V21HostStatusAllocatedReadsAsOnline)
{
    EXPECT_EQ(fromString<MachineStatus>(u"allocated"), MachineStatus::Online);
    EXPECT_EQ(toString(MachineStatus::Online), u"online"_s);
}

TEST(Enums, V21DatasetReadyReadsAsAvailable)
{
    EXPECT_EQ(fromString<DatasetStatus>(u"ready"), DatasetStatus::Available);
    EXPECT_EQ(toString(DatasetStatus::Available), u"available"_s);
}

TEST(Enums, SchemaDefaultsReadAsTheirApiValues)
{
    // images.status defaults to 'active' and alert_records.status to 'firing' (§11.3).
    EXPECT_EQ(fromString<ImageStatus>(u"active"), ImageStatus::Available);
    EXPECT_EQ(toString(ImageStatus::Available), u"available"_s);
    EXPECT_EQ(fromString<AlertStatus>(u"firing"), AlertStatus::Active);
    EXPECT_EQ(toString(AlertStatus::Active), u"active"_s);
}

TEST(Enums, AliasesDoNotLeakIntoOtherEnums)
{
    EXPECT_FALSE(fromString<ImageStatus>(u"ready").has_value());
    EXPECT_FALSE(fromString<AllocationStatus>(u"allocated").has_value());
}

TEST(Enums, AllowedValuesListsCanonicalNamesForMessages)
{
    EXPECT_EQ(allowedValues<MachineStatus>(), u"online, offline, maintenance"_s);
}

TEST(Enums, OutOfRangeValueHasNoName)
{
    EXPECT_TRUE(toString(static_cast<TaskType>(42)).isEmpty());
}

} // namespace
