// The machine list item and detail moved from the backend to common/ so the console can read
// them: what the server writes, the console reads back unchanged.
#include "CurrentAllocation.h"
#include "JsonStreamWriter.h"
#include "MachineDetail.h"
#include "MachineListItem.h"
#include "Samples.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace remotegpu {
namespace {

using namespace Qt::Literals::StringLiterals;
using test::at;
using test::sample;

MachineListItem sampleItem()
{
    MachineListItem item;
    item.machine = sample<Machine>();
    item.gpuModel = u"NVIDIA H100 80GB HBM3"_s;
    item.gpuAvgUtilization = 87.25;
    item.gpuAvgTemperature = 66.5;
    item.gpuAvgPower = 412.0;
    item.metricsAt = at(3, 5, 11, 30);
    return item;
}

CurrentAllocation sampleAllocation()
{
    CurrentAllocation a;
    a.id = u"alloc-20261124-3fa9c1"_s;
    a.tenantId = 2;
    a.tenantName = u"艾克米"_s;
    a.startTime = at(1, 8, 0, 1);
    a.endTime = at(20, 8, 0, 2);
    a.status = u"active"_s;
    return a;
}

TEST(MachineWire, ListItemRoundTripsWithItsGpuModel)
{
    const MachineListItem item = sampleItem();
    const QJsonObject json = item.toJson();
    EXPECT_EQ(json.value(u"gpuModel"_s).toString(), item.gpuModel);
    EXPECT_EQ(json.value(u"name"_s).toString(), item.machine.name);
    EXPECT_EQ(json.value(u"gpuAvgUtilization"_s).toDouble(), 87.25);
    EXPECT_EQ(json.value(u"metricsAt"_s).toString(), u"2026-02-03T05:11:07.030Z"_s);
    const Result<MachineListItem> back = MachineListItem::fromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(*back, item);
}

// A host with no current figures (offline, or no agent yet) says so with nulls.
TEST(MachineWire, ListItemWithoutCurrentLoadHasNulls)
{
    MachineListItem item = sampleItem();
    item.gpuAvgUtilization.reset();
    item.gpuAvgTemperature.reset();
    item.gpuAvgPower.reset();
    item.metricsAt = {};
    const QJsonObject json = item.toJson();
    for (const char *key : {"gpuAvgUtilization", "gpuAvgTemperature", "gpuAvgPower", "metricsAt"})
        EXPECT_TRUE(json.value(QLatin1StringView(key)).isNull()) << key;
    const Result<MachineListItem> back = MachineListItem::fromJson(json);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, item);
}

TEST(MachineWire, ListItemStreamAndObjectSpellTheSameBytes)
{
    const MachineListItem item = sampleItem();
    JsonStreamWriter w;
    item.writeJson(w);
    EXPECT_EQ(QJsonDocument::fromJson(w.bytes()).object(), item.toJson());
}

TEST(MachineWire, ListItemWithoutGpuModelReadsAsEmpty)
{
    MachineListItem item = sampleItem();
    item.gpuModel.clear();
    const QJsonObject json = item.toJson();
    EXPECT_TRUE(json.value(u"gpuModel"_s).isNull());
    const Result<MachineListItem> back = MachineListItem::fromJson(json);
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->gpuModel.isEmpty());
}

TEST(MachineWire, ListItemWrongTypeIsAFieldError)
{
    QJsonObject json = sampleItem().toJson();
    json.insert(u"gpuModel"_s, 5);
    json.insert(u"totalGpu"_s, u"8"_s);
    const Result<MachineListItem> back = MachineListItem::fromJson(json);
    ASSERT_FALSE(back.ok());
    QStringList fields;
    for (const FieldError &e : back.error().fieldErrors)
        fields << e.field;
    EXPECT_TRUE(fields.contains(u"gpuModel"_s)) << fields.join(u',').toStdString();
    EXPECT_TRUE(fields.contains(u"totalGpu"_s)) << fields.join(u',').toStdString();
}

TEST(MachineWire, CurrentAllocationRoundTrips)
{
    const CurrentAllocation a = sampleAllocation();
    const QJsonObject json = a.toJson();
    EXPECT_EQ(json.value(u"startTime"_s).toString(), u"2026-02-01T08:00:07.001Z"_s);
    const Result<CurrentAllocation> back = CurrentAllocation::fromJson(json);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, a);
}

TEST(MachineWire, DetailRoundTripsWithAllocationAndReadings)
{
    MachineDetail d;
    d.item = sampleItem();
    d.allocation = sampleAllocation();
    d.latestHostMetrics = sample<HostMetricSample>();
    d.latestGpuMetrics = {sample<GpuMetricSample>()};
    const Result<MachineDetail> back = MachineDetail::fromJson(d.toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(*back, d);
    EXPECT_EQ(back->item.machine.gpus.size(), d.item.machine.gpus.size());
}

TEST(MachineWire, DetailWithoutAllocationOrReadingsRoundTrips)
{
    MachineDetail d;
    d.item = sampleItem();
    const QJsonObject json = d.toJson();
    EXPECT_TRUE(json.value(u"allocation"_s).isNull());
    EXPECT_TRUE(json.value(u"latestHostMetrics"_s).isNull());
    const Result<MachineDetail> back = MachineDetail::fromJson(json);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, d);
}

TEST(MachineWire, DetailNamesAnErrorInsideItsAllocation)
{
    MachineDetail d;
    d.item = sampleItem();
    d.allocation = sampleAllocation();
    QJsonObject json = d.toJson();
    QJsonObject allocation = json.value(u"allocation"_s).toObject();
    allocation.insert(u"tenantId"_s, u"two"_s);
    json.insert(u"allocation"_s, allocation);
    const Result<MachineDetail> back = MachineDetail::fromJson(json);
    ASSERT_FALSE(back.ok());
    ASSERT_FALSE(back.error().fieldErrors.isEmpty());
    EXPECT_EQ(back.error().fieldErrors.first().field, u"allocation.tenantId"_s);
}

} // namespace
} // namespace remotegpu
