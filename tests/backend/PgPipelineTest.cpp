// SqlSession::execPipelined (PgPipeline) against PostgreSQL: several statements in one round
// trip on a QPSQL connection's own libpq handle, their prepared statements kept per connection,
// generic plans for one batch only, and failures that leave nothing half-done.
#include "PgPipeline.h"
#include "QtPrinters.h"
#include "SqlSession.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "ThreadDbState.h"

#include <QDateTime>
#include <QPoint>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class Pipeline : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = TestDatabase::create(u"pipeline"_s, TestDatabase::Schema::Empty);
        ASSERT_TRUE(m_db);
        ASSERT_EQ(m_db->exec(u"CREATE TABLE t (id int PRIMARY KEY, name text)"_s), QString());
    }
    void TearDown() override
    {
        if (m_db)
            ThreadDbState::current().forgetStatements(m_db->connection().connectionName());
    }

    // A scalar read through QPSQL on the same connection (so the same server session).
    QVariant sameSession(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    std::unique_ptr<TestDatabase> m_db;
};

} // namespace

TEST(PgPipelinePlaceholders, NumbersQuestionMarksOutsideLiteralsIdentifiersAndComments)
{
    EXPECT_EQ(
        PgPipeline::numberedPlaceholders(u"SELECT ?, '?', 'it''s ?', \"a?b\", ? -- why?\n, ?"_s),
        QByteArray("SELECT $1, '?', 'it''s ?', \"a?b\", $2 -- why?\n, $3"));
    EXPECT_EQ(PgPipeline::numberedPlaceholders(u"SELECT 1"_s), QByteArray("SELECT 1"));
    EXPECT_EQ(PgPipeline::numberedPlaceholders(u"WHERE name = ? COLLATE \"C\" AND x > ?"_s),
              QByteArray("WHERE name = $1 COLLATE \"C\" AND x > $2"));
}

TEST_F(Pipeline, AnswersEachStatementInOrderWithItsBinds)
{
    SqlSession session(m_db->connection());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'790'000'000'123, Qt::UTC);
    auto rows = session.execPipelined({
        {u"SELECT ?::int + 1, ?::text || '!', ?::text IS NULL"_s,
         {41, u"算力"_s, QVariant(QMetaType::fromType<QString>())}},
        {u"SELECT ?::boolean, ?::float8 * 2, (extract(epoch FROM ?::timestamptz) * 1000)::int8"_s,
         {true, 1.25, at}},
        {u"SELECT generate_series(1, ?)"_s, {3}},
    });
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().message);
    ASSERT_EQ(rows->size(), 3);

    const PgRows &first = (*rows)[0];
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first.int64(0, 0), 42);
    EXPECT_EQ(first.text(0, 1), u"算力!"_s);
    EXPECT_EQ(first.text(0, 2), u"t"_s);

    const PgRows &second = (*rows)[1];
    EXPECT_EQ(second.text(0, 0), u"t"_s);
    EXPECT_EQ(second.text(0, 1), u"2.5"_s);
    EXPECT_EQ(second.utcFromEpochMs(0, 2), at);

    const PgRows &third = (*rows)[2];
    ASSERT_EQ(third.size(), 3);
    EXPECT_EQ(third.int64(2, 0), 3);
}

TEST_F(Pipeline, ANullCellReadsAsNullNotAsAValue)
{
    SqlSession session(m_db->connection());
    auto rows = session.execPipelined({{u"SELECT NULL::text, NULL::int8, ''::text"_s, {}}});
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().message);
    const PgRows &r = (*rows)[0];
    EXPECT_TRUE(r.isNull(0, 0));
    EXPECT_TRUE(r.text(0, 0).isNull());
    EXPECT_FALSE(r.optionalInt64(0, 1).has_value());
    EXPECT_FALSE(r.utcFromEpochMs(0, 1).isValid());
    EXPECT_FALSE(r.isNull(0, 2));
    EXPECT_TRUE(r.text(0, 2).isEmpty());
}

TEST_F(Pipeline, PreparesEachStatementOnceAndReusesItOnTheConnection)
{
    SqlSession session(m_db->connection());
    const QList<SqlStatement> batch = {{u"SELECT count(*) FROM t WHERE id > ?"_s, {0}},
                                       {u"SELECT name FROM t WHERE id = ?"_s, {1}}};
    for (int i = 0; i < 3; ++i) {
        auto rows = session.execPipelined(batch);
        ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().message);
    }
    EXPECT_EQ(
        sameSession(u"SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'rgp\\_%'"_s)
            .toInt(),
        2);
}

TEST_F(Pipeline, GenericPlansAreUsedForTheBatchAndForNothingAfterIt)
{
    SqlSession session(m_db->connection());
    const QList<SqlStatement> batch = {
        {u"SELECT current_setting('plan_cache_mode'), count(*) FROM t WHERE id > ?"_s, {0}}};
    for (int i = 0; i < 3; ++i) {
        auto rows = session.execPipelined(batch, PlanChoice::Generic);
        ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().message);
        EXPECT_EQ((*rows)[0].text(0, 0), u"force_generic_plan"_s);
    }
    // The server's own count of plans for that statement: never a custom one.
    EXPECT_EQ(sameSession(u"SELECT custom_plans FROM pg_prepared_statements "
                          "WHERE statement LIKE '%current_setting(''plan_cache_mode''), count%'"_s)
                  .toLongLong(),
              0);
    EXPECT_EQ(sameSession(u"SHOW plan_cache_mode"_s).toString(), u"auto"_s);

    auto plain = session.execPipelined(batch);
    ASSERT_TRUE(plain.ok()) << qPrintable(plain.error().message);
    EXPECT_EQ((*plain)[0].text(0, 0), u"auto"_s);
}

TEST_F(Pipeline, InsideATransactionThePlanChoiceIsLeftAsItIs)
{
    SqlSession session(m_db->connection());
    ASSERT_TRUE(session.begin().ok());
    auto rows = session.execPipelined({{u"SELECT current_setting('plan_cache_mode')"_s, {}}},
                                      PlanChoice::Generic);
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().message);
    // set_config(…, true) would have lasted until this transaction's end, past the batch.
    EXPECT_EQ((*rows)[0].text(0, 0), u"auto"_s);
    session.rollback();
}

TEST_F(Pipeline, AFailingStatementUndoesTheWholeBatchAndSaysWhy)
{
    SqlSession session(m_db->connection());
    auto rows = session.execPipelined({
        {u"INSERT INTO t (id, name) VALUES (?, ?)"_s, {1, u"first"_s}},
        {u"INSERT INTO t (id, name) VALUES (?, ?)"_s, {1, u"clash"_s}},
        {u"INSERT INTO t (id, name) VALUES (?, ?)"_s, {2, u"after"_s}},
    });
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().kind, ErrorKind::Conflict) << qPrintable(rows.error().message);
    // Why, in the server's log and databaseDetailOf(); the client's message says it in our words.
    EXPECT_TRUE(SqlSession::databaseDetailOf(rows.error()).contains(u"duplicate key"_s))
        << qPrintable(SqlSession::databaseDetailOf(rows.error()));
    EXPECT_TRUE(rows.error().message.contains(u"clashes with an existing record"_s))
        << qPrintable(rows.error().message);
    EXPECT_EQ(m_db->scalar(u"SELECT count(*) FROM t"_s).toInt(), 0);

    // The connection is fine afterwards.
    auto again = session.execPipelined({{u"INSERT INTO t (id, name) VALUES (?, ?)"_s, {3, u"ok"_s}},
                                        {u"SELECT count(*) FROM t"_s, {}}});
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    EXPECT_EQ((*again)[1].int64(0, 0), 1);
}

TEST_F(Pipeline, ASyntaxErrorIsReportedAndTheNextBatchStillRuns)
{
    SqlSession session(m_db->connection());
    auto bad = session.execPipelined({{u"SELEC 1"_s, {}}});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, ErrorKind::Internal);
    auto good = session.execPipelined({{u"SELECT 1"_s, {}}});
    ASSERT_TRUE(good.ok()) << qPrintable(good.error().message);
    EXPECT_EQ((*good)[0].int64(0, 0), 1);
}

TEST_F(Pipeline, ABindOfAnUnsupportedTypeStopsTheBatchBeforeAnythingRuns)
{
    SqlSession session(m_db->connection());
    auto rows = session.execPipelined({
        {u"INSERT INTO t (id, name) VALUES (?, ?)"_s, {1, u"first"_s}},
        {u"SELECT ?::text"_s, {QVariant(QPoint(1, 2))}},
    });
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().message.contains(u"QPoint"_s)) << qPrintable(rows.error().message);
    EXPECT_EQ(m_db->scalar(u"SELECT count(*) FROM t"_s).toInt(), 0);
}

TEST_F(Pipeline, StatementsDroppedUnderItAreReportedOnceThenPreparedAgain)
{
    SqlSession session(m_db->connection());
    const QList<SqlStatement> batch = {{u"SELECT count(*) FROM t"_s, {}}};
    ASSERT_TRUE(session.execPipelined(batch).ok());
    QSqlQuery discard(m_db->connection());
    ASSERT_TRUE(discard.exec(u"DEALLOCATE ALL"_s));

    auto lost = session.execPipelined(batch);
    ASSERT_FALSE(lost.ok());
    auto back = session.execPipelined(batch);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().message);
    EXPECT_EQ((*back)[0].int64(0, 0), 0);
}

TEST_F(Pipeline, ALostConnectionIsUnavailableAndClosedForThePoolToReopen)
{
    QSqlDatabase db = m_db->connection();
    SqlSession session(db);
    ASSERT_TRUE(session.execPipelined({{u"SELECT 1"_s, {}}}).ok());
    const qint64 pid = sameSession(u"SELECT pg_backend_pid()"_s).toLongLong();
    ASSERT_GT(pid, 0);
    ASSERT_EQ(m_db->exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)), QString());

    auto rows = session.execPipelined({{u"SELECT 1"_s, {}}});
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().kind, ErrorKind::Unavailable) << qPrintable(rows.error().message);
    EXPECT_FALSE(db.isOpen());
    EXPECT_FALSE(ThreadDbState::current().pipelineStatements.contains(db.connectionName()));
}

TEST_F(Pipeline, SessionStatementsDroppedUnderItArePreparedAgainToo)
{
    SqlSession session(m_db->connection());
    const QString sql = u"SELECT count(*) FROM t WHERE id > ?"_s;
    ASSERT_TRUE(session.exec(sql, {0}).ok());
    QSqlQuery discard(m_db->connection());
    ASSERT_TRUE(discard.exec(u"DEALLOCATE ALL"_s));

    EXPECT_FALSE(session.exec(sql, {0}).ok());
    auto back = session.exec(sql, {0});
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().message);
    ASSERT_TRUE((*back)->next());
    EXPECT_EQ((*back)->value(0).toInt(), 0);
}

TEST_F(Pipeline, ATextArrayBindArrivesAsTheSameValues)
{
    SqlSession session(m_db->connection());
    const QStringList values = {u"a,b"_s, u"say \"hi\""_s, u"back\\slash"_s,
                                u"{x}"_s, u"NULL"_s,       u"节点"_s};
    auto rows = session.execPipelined(
        {{u"SELECT v, ord FROM unnest(?::text[]) WITH ORDINALITY AS u(v, ord) ORDER BY ord"_s,
          {sql::textArray(values)}}});
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().message);
    QStringList back;
    for (int i = 0; i < (*rows)[0].size(); ++i) {
        EXPECT_FALSE((*rows)[0].isNull(i, 0)) << i;
        back << (*rows)[0].text(i, 0);
    }
    EXPECT_EQ(back, values);
    // The same bind through QPSQL (SqlSession::exec).
    auto q = session.exec(u"SELECT array_length(?::text[], 1)"_s, {sql::textArray(values)});
    ASSERT_TRUE(q.ok()) << qPrintable(q.error().message);
    ASSERT_TRUE((*q)->next());
    EXPECT_EQ((*q)->value(0).toInt(), values.size());
}

TEST_F(Pipeline, NullBindsAreNullAsQpsqlSendsThem)
{
    SqlSession session(m_db->connection());
    const QVariantList binds = {QVariant(QString()), QVariant(QDateTime()), QVariant(QByteArray())};
    const QString sql = u"SELECT ?::text IS NULL, ?::timestamptz IS NULL, ?::text IS NULL"_s;
    auto piped = session.execPipelined({{sql, binds}});
    ASSERT_TRUE(piped.ok()) << qPrintable(piped.error().message);
    auto plain = session.exec(sql, binds);
    ASSERT_TRUE(plain.ok()) << qPrintable(plain.error().message);
    ASSERT_TRUE((*plain)->next());
    for (int c = 0; c < 3; ++c) {
        EXPECT_EQ((*piped)[0].text(0, c), u"t"_s) << c;
        EXPECT_TRUE((*plain)->value(c).toBool()) << c;
    }
}

TEST_F(Pipeline, AStatementTwiceInOneBatchIsPreparedOnce)
{
    SqlSession session(m_db->connection());
    const QString sql = u"SELECT ?::int * 2"_s;
    auto rows = session.execPipelined({{sql, {1}}, {sql, {2}}});
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().message);
    EXPECT_EQ((*rows)[0].int64(0, 0), 2);
    EXPECT_EQ((*rows)[1].int64(0, 0), 4);
    EXPECT_EQ(
        sameSession(u"SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'rgp\\_%'"_s)
            .toInt(),
        1);
}

TEST_F(Pipeline, StatementsDroppedUnderAPipelineAreForgottenForTheSessionToo)
{
    SqlSession session(m_db->connection());
    const QString sql = u"SELECT count(*) FROM t WHERE id > ?"_s;
    ASSERT_TRUE(session.exec(sql, {0}).ok());
    ASSERT_TRUE(session.execPipelined({{u"SELECT 1"_s, {}}}).ok());
    QSqlQuery discard(m_db->connection());
    ASSERT_TRUE(discard.exec(u"DEALLOCATE ALL"_s));

    EXPECT_FALSE(session.execPipelined({{u"SELECT 1"_s, {}}}).ok());
    // The pipeline's failure told the session as well: its statement is prepared again at once.
    auto q = session.exec(sql, {0});
    ASSERT_TRUE(q.ok()) << qPrintable(q.error().message);
}
