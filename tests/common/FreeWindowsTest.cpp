#include "FreeWindows.h"
#include "BulkExtendResult.h"
#include "Samples.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

FreeWindows sampleWindows()
{
    FreeWindows f;
    f.from = utc("2026-12-01T00:00:00.000Z");
    f.to = utc("2026-12-29T00:00:00.000Z");
    f.hosts = {
        HostFreeWindows{u"node-01"_s,
                        u"node 01"_s,
                        false,
                        {TimeWindow{f.from, utc("2026-12-10T08:00:00.000Z")},
                         TimeWindow{utc("2026-12-20T08:00:00.000Z"), f.to}}},
        HostFreeWindows{u"node-02"_s, QString(), true, {}},
    };
    return f;
}

TEST(FreeWindows, RoundTripsThroughJson)
{
    const FreeWindows f = sampleWindows();
    const auto back = FreeWindows::fromJson(f.toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(*back, f);
}

TEST(FreeWindows, SpeaksTheDocumentedShape)
{
    const QJsonObject json = sampleWindows().toJson();
    EXPECT_EQ(json.keys(), (QStringList{u"from"_s, u"hosts"_s, u"to"_s}));
    EXPECT_EQ(json.value(u"from"_s).toString(), u"2026-12-01T00:00:00.000Z"_s);
    const QJsonObject host = json.value(u"hosts"_s).toArray().at(0).toObject();
    EXPECT_EQ(host.keys(),
              (QStringList{u"free"_s, u"hostId"_s, u"hostName"_s, u"inMaintenance"_s}));
    EXPECT_EQ(host.value(u"free"_s).toArray().at(0).toObject().keys(),
              (QStringList{u"end"_s, u"start"_s}));
    // An unnamed host is null, not "".
    EXPECT_TRUE(json.value(u"hosts"_s).toArray().at(1).toObject().value(u"hostName"_s).isNull());
}

TEST(FreeWindows, IsFreeOverOnlyWhenOneWindowHoldsTheWholePeriod)
{
    const FreeWindows f = sampleWindows();
    const HostFreeWindows &h = f.hosts.at(0);
    EXPECT_TRUE(h.isFreeOver(utc("2026-12-02T00:00:00Z"), utc("2026-12-10T08:00:00Z")));
    EXPECT_FALSE(h.isFreeOver(utc("2026-12-02T00:00:00Z"), utc("2026-12-10T08:00:01Z")));
    // Spanning the held gap between two free windows is not free.
    EXPECT_FALSE(h.isFreeOver(utc("2026-12-05T00:00:00Z"), utc("2026-12-25T00:00:00Z")));
    EXPECT_FALSE(f.hosts.at(1).isFreeOver(f.from, f.to)); // in maintenance
}

TEST(FreeWindows, ReportsABadWindowByItsPath)
{
    QJsonObject json = sampleWindows().toJson();
    QJsonArray hosts = json.value(u"hosts"_s).toArray();
    QJsonObject host = hosts.at(0).toObject();
    host.insert(u"free"_s, QJsonArray{QJsonObject{{u"start"_s, u"yesterday"_s}}});
    hosts.replace(0, host);
    json.insert(u"hosts"_s, hosts);
    const auto back = FreeWindows::fromJson(json);
    ASSERT_FALSE(back.ok());
    ASSERT_FALSE(back.error().fieldErrors.isEmpty());
    EXPECT_TRUE(back.error().fieldErrors.first().field.startsWith(u"hosts[0].free[0]"_s))
        << back.error().fieldErrors.first().field.toStdString();
}

TEST(BulkExtendResult, RoundTripsThroughJson)
{
    Allocation a = sample<Allocation>();
    BulkExtendResult r{{a, a}, 2};
    r.list[1].id = u"alloc-20261203-000002"_s;
    const QJsonObject json = r.toJson();
    EXPECT_EQ(json.keys(), (QStringList{u"list"_s, u"total"_s}));
    const auto back = BulkExtendResult::fromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(*back, r);
}

} // namespace
