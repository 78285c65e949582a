#include "JsonStreamWriter.h"
#include "ApiEnvelope.h"
#include "Page.h"
#include "Samples.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <limits>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// What QJsonDocument writes for one value, the reference this writer must match byte for byte.
QByteArray qtSpelling(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray written(const QJsonValue &value)
{
    JsonStreamWriter w;
    w.value(value);
    return w.take();
}

TEST(JsonStreamWriter, StringsAreEscapedAsQtEscapesThem)
{
    const QList<QString> samples = {
        u""_s,
        u"plain ascii"_s,
        u"quote \" backslash \\ slash /"_s,
        u"controls \b\f\n\r\t and \x01\x1f"_s,
        u"中文名称 — ünïcödé"_s,
        u"emoji 🚀 and 𝄞"_s,
        QString(QChar(0x7f)) + QChar(0x80) + QChar(0x7ff) + QChar(0x800) + QChar(0xffff),
    };
    for (const QString &s : samples)
        EXPECT_EQ(written(s), qtSpelling(s)) << s.toStdString();
}

TEST(JsonStreamWriter, Latin1TextIsWrittenAsUtf8)
{
    const QLatin1StringView latin1("caf\xe9 \"quoted\" \\ tab\t \xff end");
    JsonStreamWriter w;
    w.value(latin1);
    EXPECT_EQ(w.bytes(), qtSpelling(QString(latin1)));
}

TEST(JsonStreamWriter, EnumsAreWrittenByTheirWireName)
{
    JsonStreamWriter w;
    w.beginArray();
    w.enumValue(MachineStatus::Maintenance);
    w.enumValue(AllocationState::Expiring);
    w.endArray();
    EXPECT_EQ(w.bytes(), "[\"" + toString(MachineStatus::Maintenance).toUtf8() + "\",\"" +
                             toString(AllocationState::Expiring).toUtf8() + "\"]");
    EXPECT_EQ(toString(MachineStatus::Maintenance), u"maintenance"_s);
}

TEST(JsonStreamWriter, ALoneSurrogateBecomesTheReplacementCharacter)
{
    const QString lone = u"a"_s + QChar(0xd800) + u"b"_s;
    EXPECT_EQ(written(lone), "\"a\xef\xbf\xbd"
                             "b\"");
    EXPECT_EQ(QJsonDocument::fromJson("[" + written(lone) + "]").array().at(0).toString(),
              u"a\uFFFDb"_s);
}

TEST(JsonStreamWriter, NumbersAreSpelledAsQtSpellsThem)
{
    const QList<qint64> integers = {0,
                                    1,
                                    -1,
                                    42,
                                    9'007'199'254'740'993LL,
                                    std::numeric_limits<qint64>::max(),
                                    std::numeric_limits<qint64>::min()};
    for (qint64 n : integers)
        EXPECT_EQ(written(QJsonValue(n)), qtSpelling(QJsonValue(n))) << n;

    const QList<double> doubles = {0.5, -2.25, 1e-7, 1.5e300, 3.0, 0.1 + 0.2, 73.456};
    for (double d : doubles)
        EXPECT_EQ(written(QJsonValue(d)), qtSpelling(QJsonValue(d))) << d;

    JsonStreamWriter w;
    w.beginArray();
    w.value(std::numeric_limits<double>::quiet_NaN());
    w.value(std::numeric_limits<double>::infinity());
    w.value(true);
    w.value(false);
    w.null();
    w.endArray();
    EXPECT_EQ(w.bytes(), "[null,null,true,false,null]");
}

TEST(JsonStreamWriter, TimestampsMatchQDateTimeIsoWithMilliseconds)
{
    QList<qint64> instants = {0,
                              1,
                              -1,
                              951'782'400'000LL,      // 2000-02-29
                              4'107'542'399'999LL,    // 2100-02-28T23:59:59.999
                              -2'208'988'800'001LL,   // 1899-12-31T23:59:59.999
                              253'402'300'799'999LL}; // 9999-12-31T23:59:59.999
    QRandomGenerator rng(20261124);
    for (int i = 0; i < 2000; ++i)
        instants.append(qint64(rng.bounded(Q_INT64_C(8'000'000'000'000))) - 2'000'000'000'000LL);
    for (qint64 ms : instants) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        JsonStreamWriter w;
        w.timestampMs(ms);
        EXPECT_EQ(w.bytes(), '"' + t.toString(Qt::ISODateWithMs).toUtf8() + '"') << ms;
        JsonStreamWriter fromDateTime;
        fromDateTime.timestamp(t.toTimeZone(QTimeZone(3600 * 8)));
        EXPECT_EQ(fromDateTime.bytes(), w.bytes()) << "an offset time is written in UTC";
    }
    JsonStreamWriter unset;
    unset.timestamp(QDateTime());
    EXPECT_EQ(unset.bytes(), "null");
}

TEST(JsonStreamWriter, CommasAndNestingMakeOneDocument)
{
    JsonStreamWriter w;
    w.beginObject();
    w.field("a"_L1, 1);
    w.key("empty"_L1);
    w.beginArray();
    w.endArray();
    w.key("list"_L1);
    w.beginArray();
    w.beginObject();
    w.endObject();
    w.value(u"x"_s);
    w.beginArray();
    w.value(2);
    w.value(3);
    w.endArray();
    w.endArray();
    w.field("labels"_L1, QJsonObject{{u"gpu"_s, u"h100"_s}, {u"n"_s, 8}});
    w.field("tags"_L1, QStringList{u"a"_s, u"b"_s});
    w.nullable("none"_L1, QString());
    w.key("raw"_L1);
    w.rawValue("{\"k\":[1]}");
    w.endObject();
    EXPECT_EQ(w.bytes(), R"({"a":1,"empty":[],"list":[{},"x",[2,3]],"labels":{"gpu":"h100","n":8},)"
                         R"("tags":["a","b"],"none":null,"raw":{"k":[1]}})");
    QJsonParseError error;
    QJsonDocument::fromJson(w.bytes(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError);
}

TEST(JsonStreamWriter, MachineWrittenDirectlyEqualsItsJsonObject)
{
    // Every field of the sample is set, including GPUs, Chinese text and timestamps.
    const Machine machine = sample<Machine>();
    JsonStreamWriter w;
    machine.writeJson(w);
    const QJsonObject parsed = QJsonDocument::fromJson(w.bytes()).object();
    EXPECT_EQ(parsed, machine.toJson());
    const Result<Machine> back = Machine::fromJson(parsed);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, machine);
}

TEST(JsonStreamWriter, PageWrittenDirectlyEqualsItsJsonObject)
{
    Page<Machine> page = Page<Machine>::of({sample<Machine>(), Machine{}}, 51, PageRequest{});
    JsonStreamWriter w;
    page.writeJson(w);
    EXPECT_EQ(QJsonDocument::fromJson(w.bytes()).object(), page.toJson());
}

TEST(JsonStreamWriter, EnvelopeWrittenAroundDataEqualsTheEnvelopeOfTheSameData)
{
    const Machine machine = sample<Machine>();
    JsonStreamWriter w;
    machine.writeJson(w);
    JsonStreamWriter around;
    ApiEnvelope::beginSuccess(around);
    machine.writeJson(around);
    ApiEnvelope::endSuccess(around, u"trace-9"_s);
    const QByteArray spliced = around.bytes();
    EXPECT_EQ(spliced, ApiEnvelope::success(machine.toJson(), u"trace-9"_s)
                           .toBytes()
                           .replace(QJsonDocument(machine.toJson()).toJson(QJsonDocument::Compact),
                                    w.bytes()));
    const Result<ApiEnvelope> parsed = ApiEnvelope::parse(spliced);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->data.toObject(), machine.toJson());
    EXPECT_EQ(parsed->traceId, u"trace-9"_s);
}

} // namespace
