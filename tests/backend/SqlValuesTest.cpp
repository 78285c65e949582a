#include "SqlValues.h"

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

TEST(SqlValues, NullablesAreTypedNulls)
{
    const QVariant noId = sql::nullableId(std::nullopt);
    EXPECT_TRUE(noId.isNull());
    EXPECT_EQ(noId.metaType(), QMetaType::fromType<qint64>());
    EXPECT_EQ(sql::nullableId(42), QVariant(qint64(42)));

    const QVariant noInt = sql::nullableInt(std::nullopt);
    EXPECT_TRUE(noInt.isNull());
    EXPECT_EQ(noInt.metaType(), QMetaType::fromType<int>());
    EXPECT_EQ(sql::nullableInt(7), QVariant(7));

    const QVariant noText = sql::nullableText(QString());
    EXPECT_TRUE(noText.isNull());
    EXPECT_EQ(noText.metaType(), QMetaType::fromType<QString>());
    EXPECT_EQ(sql::nullableText(u"x"_s), QVariant(u"x"_s));
}

TEST(SqlValues, UtcTimeKeepsNullInvalid)
{
    EXPECT_FALSE(sql::utcTime(QVariant()).isValid());
    const QDateTime t = QDateTime::fromString(u"2026-11-24T08:00:00+02:00"_s, Qt::ISODate);
    const QDateTime utc = sql::utcTime(QVariant(t));
    EXPECT_EQ(utc, t);
    EXPECT_EQ(utc.timeSpec(), Qt::UTC);
}

TEST(SqlValues, WhereClauseJoinsConditionsWithTheirBindsInOrder)
{
    sql::WhereClause where;
    EXPECT_TRUE(where.sql().isEmpty());
    where.add(u"a.tenant_id = ?"_s, {qint64(3)})
        .addIn(u"a.host_id"_s, {})
        .addIn(u"a.host_id"_s, {u"h1"_s, u"h2"_s})
        .add(u"true"_s);
    EXPECT_EQ(where.sql(), u" WHERE a.tenant_id = ? AND a.host_id = ANY(?::text[]) AND true"_s);
    EXPECT_EQ(where.binds(), (QVariantList{qint64(3), u"{\"h1\",\"h2\"}"_s}));
}

TEST(SqlValues, AListFilterIsOneStatementWhateverTheNumberOfValues)
{
    sql::WhereClause one;
    one.addIn(u"h.region"_s, {u"beijing"_s});
    sql::WhereClause three;
    three.addIn(u"h.region"_s, {u"beijing"_s, u"shanghai"_s, u"chengdu"_s});
    EXPECT_EQ(one.sql(), three.sql());
    EXPECT_EQ(three.binds().size(), 1);
}

TEST(SqlValues, AnIdFilterIsABigintArrayAndRefusesWhatIsNotAnId)
{
    sql::WhereClause where;
    ASSERT_TRUE(where.addInIds(u"tenantId"_s, u"a.tenant_id"_s, {u"3"_s, u" 12 "_s}).ok());
    EXPECT_EQ(where.sql(), u" WHERE a.tenant_id = ANY(?::bigint[])"_s);
    EXPECT_EQ(where.binds(), (QVariantList{u"{3,12}"_s}));

    const Result<void> bad = where.addInIds(u"tenantId"_s, u"a.tenant_id"_s, {u"3 OR 1=1"_s});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::BadRequest);
    ASSERT_EQ(bad.error().fieldErrors.size(), 1);
    EXPECT_EQ(bad.error().fieldErrors[0].field, u"filters.tenantId"_s);
    EXPECT_EQ(where.binds().size(), 1) << "nothing added by a refused filter";
}

TEST(SqlValues, TextArrayQuotesEveryValue)
{
    EXPECT_EQ(sql::textArray({}), u"{}"_s);
    EXPECT_EQ(sql::textArray({u"a,b"_s, u"say \"hi\""_s, u"back\\slash"_s, u"{x}"_s, u"节点"_s}),
              u"{\"a,b\",\"say \\\"hi\\\"\",\"back\\\\slash\",\"{x}\",\"节点\"}"_s);
}
