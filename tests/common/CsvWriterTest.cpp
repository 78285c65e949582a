// CsvWriter: RFC 4180 quoting, the UTF-8 byte-order mark and formula-injection escaping.
#include "CsvWriter.h"

#include <gtest/gtest.h>

#include <QString>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

namespace {

QString textOf(const CsvWriter &w)
{
    return QString::fromUtf8(w.data());
}

} // namespace

TEST(CsvWriter, StartsWithUtf8ByteOrderMarkAndUsesCrlf)
{
    CsvWriter w;
    w.addRow({u"a"_s, u"b"_s});
    w.addRow({u"1"_s, u"2"_s});
    const QByteArray bytes = w.data();
    ASSERT_GE(bytes.size(), 3);
    EXPECT_EQ(bytes.left(3), QByteArray("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes.mid(3), QByteArray("a,b\r\n1,2\r\n"));
    EXPECT_EQ(w.rowCount(), 2);
}

TEST(CsvWriter, WithoutByteOrderMarkWhenAsked)
{
    CsvWriter w(false);
    w.addRow({u"x"_s});
    EXPECT_EQ(w.data(), QByteArray("x\r\n"));
}

TEST(CsvWriter, QuotesCommasQuotesAndLineBreaks)
{
    EXPECT_EQ(CsvWriter::textCell(u"plain"_s), u"plain"_s);
    EXPECT_EQ(CsvWriter::textCell(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(CsvWriter::textCell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(CsvWriter::textCell(u"two\nlines"_s), u"\"two\nlines\""_s);
    EXPECT_EQ(CsvWriter::textCell(u"cr\rhere"_s), u"\"cr\rhere\""_s);
    EXPECT_EQ(CsvWriter::textCell(QString()), QString());
}

TEST(CsvWriter, EscapesCellsThatASpreadsheetWouldRunAsFormula)
{
    EXPECT_EQ(CsvWriter::textCell(u"=1+2"_s), u"'=1+2"_s);
    EXPECT_EQ(CsvWriter::textCell(u"+41 22"_s), u"'+41 22"_s);
    EXPECT_EQ(CsvWriter::textCell(u"-cmd"_s), u"'-cmd"_s);
    EXPECT_EQ(CsvWriter::textCell(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    EXPECT_EQ(CsvWriter::textCell(u"\tx"_s), u"'\tx"_s);
    // A CR first is both escaped and, being a line break, quoted.
    EXPECT_EQ(CsvWriter::textCell(u"\rx"_s), u"\"'\rx\""_s);
    // Only the first character matters.
    EXPECT_EQ(CsvWriter::textCell(u"a=b"_s), u"a=b"_s);
    // Escaping happens before quoting: the apostrophe ends up inside the quotes.
    EXPECT_EQ(CsvWriter::textCell(u"=HYPERLINK(\"http://x\",\"y\")"_s),
              u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s);
}

TEST(CsvWriter, TypedRowsKeepNumbersAsNumbers)
{
    CsvWriter w(false);
    w.addValues({QVariant(-3), QVariant(qint64(12)), QVariant(0.5), QVariant(2.0), QVariant(),
                 QVariant(u"-text"_s), QVariant(1.0 / 3.0)});
    EXPECT_EQ(textOf(w), u"-3,12,0.5,2,,'-text,0.333333\r\n"_s);
}

TEST(CsvWriter, NumberCellDropsTrailingZeros)
{
    EXPECT_EQ(CsvWriter::numberCell(8.0), u"8"_s);
    EXPECT_EQ(CsvWriter::numberCell(12.25), u"12.25"_s);
    EXPECT_EQ(CsvWriter::numberCell(-0.0), u"0"_s);
    EXPECT_EQ(CsvWriter::numberCell(100.0), u"100"_s);
}

TEST(CsvWriter, NonAsciiTextIsUtf8)
{
    CsvWriter w(false);
    w.addRow({u"北京"_s, u"Zürich"_s});
    EXPECT_EQ(w.data(), QString(u"北京,Zürich\r\n"_s).toUtf8());
}
