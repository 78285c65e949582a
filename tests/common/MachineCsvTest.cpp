// The machine CSV reader and validator shared by server and console (docs/machine-import.md).
#include "MachineCsv.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "TestHelpers.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <functional>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kHeader = "name,ipAddress,totalCpu,totalMemoryGb";

QList<CsvRecord> records(const QByteArray &bytes)
{
    auto r = CsvReader::read(bytes);
    EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
    return r.ok() ? r->records : QList<CsvRecord>{};
}

MachineCsvFile parsed(const QByteArray &bytes)
{
    auto r = MachineCsv::parse(bytes);
    EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
    return r.ok() ? *r : MachineCsvFile{};
}

// The errors of a file whose header is kHeader plus `extraColumns` and whose one data row is `row`.
QList<RowError> rowErrors(const QByteArray &extraColumns, const QByteArray &row)
{
    return parsed(kHeader + extraColumns + "\n" + row + "\n").errors;
}

TEST(CsvReader, BomCrlfQuotedCommaQuoteAndNewline)
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "a,b,c\r\n"
                             "\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                             "plain,,last\r\n";
    const QList<CsvRecord> r = records(bytes);
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r[0].fields, (QStringList{u"a"_s, u"b"_s, u"c"_s})); // the BOM is not part of "a"
    EXPECT_EQ(r[0].line, 1);
    EXPECT_EQ(r[1].fields, (QStringList{u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s}));
    EXPECT_EQ(r[1].line, 2);
    // The record after a two-line field starts on physical line 4.
    EXPECT_EQ(r[2].fields, (QStringList{u"plain"_s, u""_s, u"last"_s}));
    EXPECT_EQ(r[2].line, 4);
}

TEST(CsvReader, LfOnlyAndNoFinalNewline)
{
    const QList<CsvRecord> r = records("a,b\n1,2\n3,\"4\"");
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r[2].fields, (QStringList{u"3"_s, u"4"_s}));
    EXPECT_EQ(r[2].line, 3);
}

TEST(CsvReader, EmptyLinesAreSkippedButCounted)
{
    const QList<CsvRecord> r = records("a,b\n\n1,2\r\n,\n\r\n3,4\n");
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r[1].line, 3);
    EXPECT_EQ(r[2].line, 6);
}

TEST(CsvReader, ChineseUtf8)
{
    const QList<CsvRecord> r = records(u"名称,地区\n北京-GPU-01,华北\n"_s.toUtf8());
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r[1].fields, (QStringList{u"北京-GPU-01"_s, u"华北"_s}));
}

TEST(CsvReader, UnclosedQuoteNamesItsLine)
{
    auto r = CsvReader::read("a,b\n1,2\n3,\"oops\n4,5\n");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::BadRequest);
    EXPECT_TRUE(r.error().message.contains(u"Line 3"_s)) << r.error().message.toStdString();
}

TEST(CsvReader, TextAfterClosingQuoteIsAnError)
{
    auto r = CsvReader::read("a,b\n\"x\"y,2\n");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"Line 2"_s)) << r.error().message.toStdString();
}

TEST(CsvReader, GbkIsDecoded)
{
    // The behaviour we ship: a GBK file (Excel "CSV" on a Chinese Windows) is read as GBK. That
    // needs a Qt built with ICU, which Debian's Qt 6 is (scripts/setup installs it); a build
    // without it is a build that lost this feature, and fails here instead of passing either way.
    ASSERT_TRUE(CsvReader::gbkAvailable())
        << "this Qt cannot decode GBK (no ICU): the machine import would refuse GBK files";
    // "北京,华北" in GBK, written out byte by byte so the test does not need a GBK encoder.
    const QByteArray gbk = "name\n\xB1\xB1\xBE\xA9,\xBB\xAA\xB1\xB1\n";
    auto r = CsvReader::read(gbk);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->encoding, u"GBK"_s);
    ASSERT_EQ(r->records.size(), 2);
    EXPECT_EQ(r->records[1].fields, (QStringList{u"北京"_s, u"华北"_s}));
}

TEST(CsvReader, BytesThatAreNeitherUtf8NorGbkAreRefused)
{
    // 0xFF is not a lead byte in UTF-8 nor in GBK.
    auto r = CsvReader::read("name\n\xFF\xFF\xFF\n");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.startsWith(u"The file is not UTF-8"_s));
    auto utf16 = CsvReader::read("\xFF\xFEn\0a\0"_ba);
    ASSERT_FALSE(utf16.ok());
    EXPECT_TRUE(utf16.error().message.startsWith(u"The file is not UTF-8"_s));
}

// What CsvWriter writes (the template, exports) reads back as it was.
TEST(CsvReader, QuoteRoundTrips)
{
    const QStringList fields = {u"a,b"_s, u"say \"x\""_s, u"l1\nl2"_s, u"plain"_s};
    QStringList quoted;
    for (const QString &f : fields)
        quoted << CsvWriter::textCell(f);
    const QList<CsvRecord> r = records(quoted.join(u',').toUtf8());
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r[0].fields, fields);
}

TEST(MachineCsv, TemplateParsesAsOneValidRow)
{
    const QByteArray t = MachineCsv::templateBytes();
    EXPECT_TRUE(t.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(t.contains("\r\n"));
    const MachineCsvFile f = parsed(t);
    EXPECT_EQ(f.header, MachineCsv::columns());
    EXPECT_EQ(f.totalRows, 1);
    EXPECT_TRUE(f.errors.isEmpty())
        << (f.errors.isEmpty() ? "" : f.errors.first().message.toStdString());
    ASSERT_EQ(f.rows.size(), 1);
    EXPECT_EQ(f.rows[0].machine.name, u"北京-A100-01"_s);
    EXPECT_EQ(f.rows[0].gpuCount, 8);
    EXPECT_EQ(f.rows[0].remark, u"Rack 3, slot 2"_s);
}

// The template's exact bytes (the example in docs/machine-import.md): a change of writer must
// not change what admins download.
TEST(MachineCsv, TemplateBytesAreStable)
{
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "id,name,hostname,ipAddress,publicIp,sshHost,sshPort,sshUsername,region,osType,osVersion,"
        "totalCpu,totalMemoryGb,totalDiskGb,gpuModel,gpuCount,gpuMemoryMb,tags,remark,tenant\r\n"_ba +
        u"node-01,北京-A100-01,gpu-bj-01,10.0.1.11,203.0.113.11,gpu-bj-01.example.com,22,root,"
        u"cn-beijing,linux,Ubuntu 22.04,64,512,2000,NVIDIA A100-SXM4-80GB,8,81920,a100;training,"
        u"\"Rack 3, slot 2\",\r\n"_s.toUtf8();
    EXPECT_EQ(MachineCsv::templateBytes(), expected);
}

TEST(MachineCsv, FullRowFillsMachine)
{
    const QByteArray bytes =
        "\xEF\xBB\xBF" + MachineCsv::columns().join(u',').toUtf8() + "\r\n" +
        u"n-1,\"训练机, "
        u"一号\",h1.example.com,10.0.0.1,203.0.113.1,ssh1.example.com,2222,ubuntu,cn-east,"
        "Windows,Server 2022,32,256,1000,NVIDIA H100,4,81559, a ;b;;a ,\"note \"\"x\"\"\",acme\r\n"_s
            .toUtf8();
    const MachineCsvFile f = parsed(bytes);
    ASSERT_EQ(f.rows.size(), 1);
    const MachineCsvRow &r = f.rows[0];
    EXPECT_EQ(r.line, 2);
    EXPECT_EQ(r.machine.id, u"n-1"_s);
    EXPECT_EQ(r.machine.name, u"训练机, 一号"_s);
    EXPECT_EQ(r.machine.ipAddress, u"10.0.0.1"_s);
    EXPECT_EQ(r.machine.sshPort, 2222);
    EXPECT_EQ(r.sshUsername, u"ubuntu"_s);
    EXPECT_EQ(r.machine.osType, u"windows"_s);
    EXPECT_EQ(r.machine.totalCpu, 32);
    EXPECT_EQ(r.machine.totalMemoryGb, 256);
    EXPECT_EQ(r.machine.totalDiskGb, 1000);
    EXPECT_EQ(r.gpuCount, 4);
    EXPECT_EQ(r.machine.totalGpu, 4);
    EXPECT_EQ(r.gpuModel, u"NVIDIA H100"_s);
    EXPECT_EQ(r.gpuMemoryMb, 81559);
    EXPECT_EQ(r.machine.tags, (QStringList{u"a"_s, u"b"_s}));
    EXPECT_EQ(r.remark, u"note \"x\""_s);
    EXPECT_EQ(r.tenant, u"acme"_s);
    EXPECT_EQ(r.machine.labels.value(u"reservedFor"_s).toString(), u"acme"_s);
}

TEST(MachineCsv, DefaultsForEmptyOptionalCells)
{
    const MachineCsvFile f = parsed(kHeader + ",sshPort,osType,gpuCount\nm,10.0.0.1,1,1,,,\n");
    ASSERT_EQ(f.rows.size(), 1);
    EXPECT_EQ(f.rows[0].machine.sshPort, 22);
    EXPECT_EQ(f.rows[0].machine.osType, u"linux"_s);
    EXPECT_EQ(f.rows[0].gpuCount, 0);
    EXPECT_TRUE(f.rows[0].machine.id.isEmpty());
}

TEST(MachineCsv, RequiredCells)
{
    const QList<RowError> e = rowErrors("", ",,,");
    // An all-blank row is skipped as an empty line, so use one cell to make it a row.
    EXPECT_TRUE(e.isEmpty());
    const QList<RowError> e2 = rowErrors(",remark", ",,,,x");
    ASSERT_EQ(e2.size(), 4);
    EXPECT_EQ(e2[0], (RowError{2, u"name"_s, u"name is required"_s}));
    EXPECT_EQ(e2[1].column, u"ipAddress"_s);
    EXPECT_EQ(e2[2].column, u"totalCpu"_s);
    EXPECT_EQ(e2[3].column, u"totalMemoryGb"_s);
}

TEST(MachineCsv, TypesAndRanges)
{
    struct Case
    {
        QByteArray extra;
        QByteArray row;
        QString column;
    };
    const QList<Case> cases = {
        {"", "m,10.0.0.1,0,1", u"totalCpu"_s},
        {"", "m,10.0.0.1,1.5,1", u"totalCpu"_s},
        {"", "m,10.0.0.1,8,64 GB", u"totalMemoryGb"_s},
        {"", "m,10.0.0.1,8,0", u"totalMemoryGb"_s},
        {",totalDiskGb", "m,10.0.0.1,8,1,-1", u"totalDiskGb"_s},
        {",gpuCount", "m,10.0.0.1,8,1,-1", u"gpuCount"_s},
        {",gpuCount", "m,10.0.0.1,8,1,65", u"gpuCount"_s},
        {",gpuMemoryMb", "m,10.0.0.1,8,1,lots", u"gpuMemoryMb"_s},
        {",sshPort", "m,10.0.0.1,8,1,70000", u"sshPort"_s},
        {",osType", "m,10.0.0.1,8,1,macos", u"osType"_s},
        {",id", "m,10.0.0.1,8,1,bad id!", u"id"_s},
        {",hostname", "m,10.0.0.1,8,1,under_score", u"hostname"_s},
        {",sshHost", "m,10.0.0.1,8,1,not a host", u"sshHost"_s},
        {",tags", "m,10.0.0.1,8,1," + QByteArray(65, 't'), u"tags"_s},
        {",region", "m,10.0.0.1,8,1," + QByteArray(65, 'r'), u"region"_s},
    };
    for (const Case &c : cases) {
        const QList<RowError> e = rowErrors(c.extra, c.row);
        ASSERT_EQ(e.size(), 1) << c.row.toStdString();
        EXPECT_EQ(e[0].column, c.column) << c.row.toStdString();
        EXPECT_EQ(e[0].line, 2);
        EXPECT_FALSE(e[0].message.isEmpty());
    }
}

TEST(MachineCsv, IpSyntax)
{
    for (const QByteArray &ok : {"10.0.0.1"_ba, "2001:db8::1"_ba, "::1"_ba})
        EXPECT_TRUE(rowErrors(",publicIp", "m," + ok + ",1,1," + ok).isEmpty()) << ok.toStdString();
    for (const QByteArray &bad :
         {"10.0.0"_ba, "256.0.0.1"_ba, "host.example.com"_ba, "1::2::3"_ba}) {
        const QList<RowError> e = rowErrors("", "m," + bad + ",1,1");
        ASSERT_EQ(e.size(), 1) << bad.toStdString();
        EXPECT_EQ(e[0].column, u"ipAddress"_s);
        const QList<RowError> p = rowErrors(",publicIp", "m,10.0.0.1,1,1," + bad);
        ASSERT_EQ(p.size(), 1) << bad.toStdString();
        EXPECT_EQ(p[0].column, u"publicIp"_s);
    }
}

// A row's cell errors are Machine::validate's, the rules the API applies, with the same words.
TEST(MachineCsv, CellErrorsAreTheApiRules)
{
    struct Case
    {
        QByteArray extra;
        QByteArray cell;
        QString column;
        std::function<void(Machine &)> apply;
        QString field;
    };
    const QList<Case> cases = {
        {",hostname", "under_score", u"hostname"_s,
         [](Machine &m) { m.hostname = u"under_score"_s; }, u"hostname"_s},
        {",publicIp", "10.0.0", u"publicIp"_s, [](Machine &m) { m.publicIp = u"10.0.0"_s; },
         u"publicIp"_s},
        {",osType", "macos", u"osType"_s, [](Machine &m) { m.osType = u"macos"_s; }, u"osType"_s},
        {",sshPort", "70000", u"sshPort"_s, [](Machine &m) { m.sshPort = 70000; }, u"sshPort"_s},
        {",id", "bad id!", u"id"_s, [](Machine &m) { m.id = u"bad id!"_s; }, u"id"_s},
        {",tags", QByteArray(65, 't'), u"tags"_s, [](Machine &m) { m.tags = {QString(65, u't')}; },
         u"tags[0]"_s},
    };
    for (const Case &c : cases) {
        const QList<RowError> e = rowErrors(c.extra, "m,10.0.0.1,8,1," + c.cell);
        ASSERT_EQ(e.size(), 1) << c.cell.toStdString();
        EXPECT_EQ(e[0].column, c.column);
        Machine m;
        m.name = u"m"_s;
        m.ipAddress = u"10.0.0.1"_s;
        m.totalCpu = 8;
        m.totalMemoryGb = 1;
        c.apply(m);
        const QString expected = messageFor(m.validate(), c.field);
        EXPECT_FALSE(expected.isEmpty()) << c.cell.toStdString();
        EXPECT_EQ(e[0].message, expected) << c.cell.toStdString();
    }
    // Ranges too: 0 CPUs is refused in the same words by both.
    const QList<RowError> cpu = rowErrors("", "m,10.0.0.1,0,1");
    ASSERT_EQ(cpu.size(), 1);
    EXPECT_EQ(cpu[0].message, u"totalCpu must be between 1 and 1000000"_s);
    // A number too big for the column is out of range, not wrapped into range.
    const QList<RowError> huge = rowErrors(",sshPort", "m,10.0.0.1,8,1,4294967318");
    ASSERT_EQ(huge.size(), 1);
    EXPECT_EQ(huge[0].column, u"sshPort"_s);
}

TEST(MachineCsv, RaggedRows)
{
    const MachineCsvFile f = parsed(kHeader + ",remark\nm1,10.0.0.1,1,1\nm2,10.0.0.2,1,1,a,b\n");
    // Short rows read their missing trailing cells as empty; long rows are refused.
    EXPECT_EQ(f.totalRows, 2);
    ASSERT_EQ(f.rows.size(), 1);
    EXPECT_EQ(f.rows[0].machine.name, u"m1"_s);
    ASSERT_EQ(f.errors.size(), 1);
    EXPECT_EQ(f.errors[0].line, 3);
    EXPECT_TRUE(f.errors[0].column.isEmpty());
    EXPECT_TRUE(f.errors[0].message.contains(u"6 fields"_s)) << f.errors[0].message.toStdString();
}

TEST(MachineCsv, DuplicatesInsideTheFile)
{
    const MachineCsvFile f =
        parsed("id,name,ipAddress,totalCpu,totalMemoryGb,sshHost,sshPort\n"
               "a,m1,10.0.0.1,1,1,s.example.com,22\n"  // line 2
               "a,m2,10.0.0.2,1,1,,\n"                 // 3: id
               ",m1,10.0.0.3,1,1,,\n"                  // 4: name
               ",m4,10.0.0.1,1,1,,\n"                  // 5: ip
               ",m5,10.0.0.5,1,1,S.example.com,\n"     // 6: ssh host:port (port 22 by default)
               ",m6,10.0.0.6,1,1,s.example.com,2222\n" // 7: other port: fine
               ",m7,10.0.0.7,1,1,,\n");                // 8
    EXPECT_EQ(f.totalRows, 7);
    ASSERT_EQ(f.errors.size(), 4);
    EXPECT_EQ(f.errors[0], (RowError{3, u"id"_s, u"id a repeats line 2"_s}));
    EXPECT_EQ(f.errors[1].line, 4);
    EXPECT_EQ(f.errors[1].column, u"name"_s);
    EXPECT_EQ(f.errors[2].line, 5);
    EXPECT_EQ(f.errors[2].column, u"ipAddress"_s);
    EXPECT_EQ(f.errors[3].line, 6);
    EXPECT_EQ(f.errors[3].column, u"sshHost"_s);
    QList<int> lines;
    for (const MachineCsvRow &r : f.rows)
        lines << r.line;
    EXPECT_EQ(lines, (QList<int>{2, 7, 8}));
}

TEST(MachineCsv, FileLevelErrors)
{
    auto unknown = MachineCsv::parse(kHeader + ",colour,gpus\nm,10.0.0.1,1,1,red,2\n");
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(u"colour, gpus"_s))
        << unknown.error().message.toStdString();
    auto missing = MachineCsv::parse("name,totalCpu\nm,1\n");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(u"ipAddress, totalMemoryGb"_s))
        << missing.error().message.toStdString();
    auto empty = MachineCsv::parse("\xEF\xBB\xBF\r\n");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, ErrorKind::BadRequest);
    auto twice = MachineCsv::parse(kHeader + ",name\n");
    ASSERT_FALSE(twice.ok());
}

TEST(MachineCsv, LineNumbersFollowMultiLineFields)
{
    const MachineCsvFile f =
        parsed(kHeader + ",remark\r\nm1,10.0.0.1,1,1,\"one\r\ntwo\r\nthree\"\r\nm2,bad,1,1,\r\n");
    ASSERT_EQ(f.errors.size(), 1);
    EXPECT_EQ(f.errors[0].line, 5);
    EXPECT_EQ(f.errors[0].column, u"ipAddress"_s);
    ASSERT_EQ(f.rows.size(), 1);
    EXPECT_EQ(f.rows[0].remark, u"one\ntwo\nthree"_s);
}

TEST(MachineCsv, ErrorsJsonShape)
{
    const QJsonArray a = MachineCsv::errorsToJson({RowError{7, u"name"_s, u"name is required"_s}});
    ASSERT_EQ(a.size(), 1);
    const QJsonObject o = a[0].toObject();
    EXPECT_EQ(o.value(u"line"_s).toInt(), 7);
    EXPECT_EQ(o.value(u"column"_s).toString(), u"name"_s);
    EXPECT_EQ(RowError::fromJson(o), (RowError{7, u"name"_s, u"name is required"_s}));
}

} // namespace
