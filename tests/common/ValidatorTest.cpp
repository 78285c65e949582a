#include "Validator.h"
#include "TestHelpers.h"

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

TEST(Validator, Ipv4)
{
    for (const QString &ok :
         {u"0.0.0.0"_s, u"192.168.1.100"_s, u"255.255.255.255"_s, u"10.0.0.1"_s})
        EXPECT_TRUE(Validator::isIpv4(ok)) << ok.toStdString();
    for (const QString &bad :
         {u""_s, u"1.2.3"_s, u"1.2.3.4.5"_s, u"256.1.1.1"_s, u"1.2.3.-4"_s, u"01.2.3.4"_s,
          u"1..3.4"_s, u"a.b.c.d"_s, u" 1.2.3.4"_s, u"1.2.3.4 "_s, u"１.2.3.4"_s})
        EXPECT_FALSE(Validator::isIpv4(bad)) << bad.toStdString();
}

TEST(Validator, Ipv6)
{
    for (const QString &ok : {u"::"_s, u"::1"_s, u"1::"_s, u"fe80::1"_s, u"2001:db8::10"_s,
                              u"2001:0db8:0000:0000:0000:ff00:0042:8329"_s, u"1:2:3:4:5:6:7::"_s,
                              u"::ffff:192.0.2.1"_s, u"1:2:3:4:5:6:192.0.2.1"_s, u"ABCD:EF01::"_s})
        EXPECT_TRUE(Validator::isIpv6(ok)) << ok.toStdString();
    for (const QString &bad :
         {u""_s, u":"_s, u":::"_s, u"1:2:3:4:5:6:7:8:9"_s, u"1:2:3:4:5:6:7"_s, u"1::2::3"_s,
          u"12345::1"_s, u"g::1"_s, u"1:"_s, u":1"_s, u"fe80::1%eth0"_s,
          u"1:2:3:4:5:6:7:192.0.2.1"_s, u"::192.0.2.256"_s, u"1:2:3:4:5:6:7:8::"_s, u"[::1]"_s})
        EXPECT_FALSE(Validator::isIpv6(bad)) << bad.toStdString();
}

TEST(Validator, Hostname)
{
    for (const QString &ok : {u"gpu01"_s, u"gpu-01.bj.example.com"_s, u"a.b"_s, u"1e100.net"_s})
        EXPECT_TRUE(Validator::isHostname(ok)) << ok.toStdString();
    for (const QString &bad : {u""_s, u"-gpu.example.com"_s, u"gpu-.example.com"_s,
                               u"gpu_01.example.com"_s, u"gpu..example.com"_s, u"example.com."_s,
                               QString(QString(64, u'a') + u".com"_s), u"机器.cn"_s})
        EXPECT_FALSE(Validator::isHostname(bad)) << bad.toStdString();
}

TEST(Validator, Email)
{
    for (const QString &ok : {u"admin@remotegpu.com"_s, u"it@acme.com"_s,
                              u"first.last+tag@mail.example.co.uk"_s, u"o'brien@example.org"_s})
        EXPECT_TRUE(Validator::isEmail(ok)) << ok.toStdString();
    for (const QString &bad :
         {u""_s, u"plain"_s, u"@example.com"_s, u"a@"_s, u"a@b"_s, u"a b@example.com"_s,
          u".a@example.com"_s, u"a.@example.com"_s, u"a..b@example.com"_s, u"a@-example.com"_s,
          u"a@exa_mple.com"_s, u"a@@example.com"_s, u"李@example.com"_s})
        EXPECT_FALSE(Validator::isEmail(bad)) << bad.toStdString();
}

TEST(Validator, CharacterCountCountsCodePoints)
{
    EXPECT_EQ(Validator::characterCount(u"abc"), 3);
    EXPECT_EQ(Validator::characterCount(u"北京"), 2);
    EXPECT_EQ(Validator::characterCount(u"😀😀"), 2);
    EXPECT_EQ(QStringView(u"😀😀").size(), 4);
}

TEST(Validator, PrefixNamesNestedFields)
{
    Validator v(u"gpus[0]."_s);
    v.required(u"name"_s, {});
    ASSERT_EQ(v.errors().size(), 1);
    EXPECT_EQ(v.errors().first().field, u"gpus[0].name"_s);
    EXPECT_EQ(v.errors().first().message, u"gpus[0].name is required"_s);
}

TEST(Validator, OneErrorPerFieldTheFirstFailed)
{
    Validator v;
    v.maxLength(u"sshHost"_s, QString(300, u'_'), 256)
        .hostOrAddress(u"sshHost"_s, QString(300, u'_'));
    ASSERT_EQ(v.errors().size(), 1);
    EXPECT_TRUE(v.errors().first().message.contains(u"at most 256"_s));
}

TEST(Validator, FormatChecksSkipEmptyOptionalValues)
{
    Validator v;
    v.ipAddress(u"publicIp"_s, {}).email(u"email"_s, {}).hostOrAddress(u"sshHost"_s, {});
    EXPECT_TRUE(v.ok());
}

TEST(Validator, InvalidFieldsErrorRepeatsFirstMessage)
{
    const Error one = Error::invalidFields({{u"a"_s, u"a is required"_s}});
    EXPECT_EQ(one.kind, ErrorKind::BadRequest);
    EXPECT_EQ(one.message, u"a is required"_s);
    const Error two =
        Error::invalidFields({{u"a"_s, u"a is required"_s}, {u"b"_s, u"b is required"_s}});
    EXPECT_EQ(two.message, u"a is required (and 1 more problems, listed in data.errors)"_s);
    EXPECT_EQ(two.fieldErrors.size(), 2);
}

} // namespace
