#include "MigrationRunner.h"
#include "HttpTestClient.h"
#include "PgConnection.h"
#include "QtPrinters.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<Migration> bundled()
{
    auto m = MigrationRunner::bundled();
    EXPECT_TRUE(m.ok()) << qPrintable(m.error().message);
    return m ? *m : QList<Migration>{};
}

PgConnection connect(const TestDatabase &db)
{
    auto c = PgConnection::open(db.url());
    if (!c)
        throw std::runtime_error(c.error().message.toStdString());
    return std::move(c).value();
}

} // namespace

TEST(MigrationRunner, BundledMigrationsAreNumberedWithoutGaps)
{
    const QList<Migration> migrations = bundled();
    ASSERT_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i)
        EXPECT_EQ(migrations[i].version, i + 1) << qPrintable(migrations[i].name);
}

TEST(MigrationRunner, AppliesEverythingOnceAndIsIdempotent)
{
    auto db = TestDatabase::create(u"mig_idem"_s, TestDatabase::Schema::Empty);
    ASSERT_TRUE(db);
    PgConnection c = connect(*db);
    MigrationRunner runner(c);
    const QList<Migration> migrations = bundled();

    auto first = runner.migrate(migrations);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().message);
    EXPECT_EQ(first->applied.size(), migrations.size());
    EXPECT_EQ(first->alreadyApplied, 0);

    auto second = runner.migrate(migrations);
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().message);
    EXPECT_TRUE(second->applied.isEmpty());
    EXPECT_EQ(second->alreadyApplied, migrations.size());
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM schema_migrations"_s).toInt(), migrations.size());
    EXPECT_TRUE(runner.verify(migrations).ok());
}

TEST(MigrationRunner, EditedMigrationIsRefusedByName)
{
    auto db = TestDatabase::create(u"mig_edit"_s);
    ASSERT_TRUE(db);
    QList<Migration> migrations = bundled();
    ASSERT_GE(migrations.size(), 2);
    migrations[1] =
        Migration::fromFile(migrations[1].name, migrations[1].sql + "\n-- a quiet edit\n");
    PgConnection c = connect(*db);
    MigrationRunner runner(c);
    auto r = runner.migrate(migrations);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(migrations[1].name)) << qPrintable(r.error().message);
    EXPECT_TRUE(r.error().message.contains(u"edited"_s));
    EXPECT_FALSE(runner.verify(migrations).ok());
}

TEST(MigrationRunner, DatabaseNewerThanTheBinaryIsRefused)
{
    auto db = TestDatabase::create(u"mig_newer"_s);
    ASSERT_TRUE(db);
    ASSERT_EQ(
        db->exec(
            u"INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, '9999_future.sql', 'x')"_s),
        QString());
    PgConnection c = connect(*db);
    MigrationRunner runner(c);
    auto r = runner.migrate(bundled());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"9999"_s)) << qPrintable(r.error().message);
    EXPECT_TRUE(r.error().message.contains(u"newer"_s));
}

TEST(MigrationRunner, FailingMigrationRollsBackAndKeepsEarlierOnes)
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &sql) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(sql);
    };
    write(u"0001_good.sql"_s, "CREATE TABLE good (id INT);");
    write(u"0002_bad.sql"_s,
          "CREATE TABLE half (id INT);\nCREATE TABLE broken (id INT REFERENCES nowhere(id));");
    auto migrations = MigrationRunner::fromDirectory(dir.path());
    ASSERT_TRUE(migrations.ok()) << qPrintable(migrations.error().message);

    auto db = TestDatabase::create(u"mig_fail"_s, TestDatabase::Schema::Empty);
    ASSERT_TRUE(db);
    PgConnection c = connect(*db);
    MigrationRunner runner(c);
    auto r = runner.migrate(*migrations);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"0002_bad.sql"_s)) << qPrintable(r.error().message);
    EXPECT_TRUE(r.error().message.contains(u"nowhere"_s));
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM schema_migrations"_s).toInt(), 1);
    EXPECT_EQ(db->scalar(u"SELECT to_regclass('good') IS NOT NULL"_s).toString(), u"t"_s);
    EXPECT_EQ(db->scalar(u"SELECT to_regclass('half') IS NULL"_s).toString(), u"t"_s);
}

TEST(MigrationRunner, BadlyNamedFileIsRefused)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"1_short.sql"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("SELECT 1;");
    f.close();
    auto migrations = MigrationRunner::fromDirectory(dir.path());
    ASSERT_FALSE(migrations.ok());
    EXPECT_TRUE(migrations.error().message.contains(u"1_short.sql"_s));
}

TEST(MigrationRunner, ConcurrentRunnersApplyEachMigrationOnce)
{
    auto db = TestDatabase::create(u"mig_race"_s, TestDatabase::Schema::Empty);
    ASSERT_TRUE(db);
    const QList<Migration> migrations = bundled();
    const QString url = db->url();
    auto run = [&]() -> QString {
        auto c = PgConnection::open(url);
        if (!c)
            return c.error().message;
        MigrationRunner runner(*c);
        auto r = runner.migrate(migrations);
        return r ? QString() : r.error().message;
    };
    QFuture<QString> a = QtConcurrent::run(run);
    QFuture<QString> b = QtConcurrent::run(run);
    EXPECT_EQ(a.result(), QString());
    EXPECT_EQ(b.result(), QString());
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM schema_migrations"_s).toInt(), migrations.size());
}

TEST(MigrationRunner, ServerRefusesToStartOnATamperedMigration)
{
    auto db = TestDatabase::create(u"mig_server"_s);
    ASSERT_TRUE(db);
    ASSERT_EQ(db->exec(u"UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1"_s),
              QString());
    QString log;
    const int code = ServerProcess::runToExit(
        {u"--listen"_s, u"127.0.0.1:0"_s, u"--database-url"_s, db->url()}, &log);
    EXPECT_NE(code, 0);
    EXPECT_TRUE(log.contains(u"was edited after it was applied"_s)) << qPrintable(log);
    EXPECT_FALSE(log.contains(u"\"listening\""_s));
}

TEST(MigrationRunner, ReadinessReportsAMigrationEditedUnderARunningServerByName)
{
    auto db = TestDatabase::create(u"mig_ready"_s);
    ASSERT_TRUE(db);
    QString error;
    auto server = ServerProcess::start(db->url(), {}, &error);
    ASSERT_TRUE(server) << qPrintable(error);
    HttpTestClient http(server->baseUrl());
    ASSERT_EQ(http.get(u"/readyz"_s).status, 200);

    ASSERT_EQ(db->exec(u"UPDATE schema_migrations SET checksum = 'edited' WHERE version = 2"_s),
              QString());
    const HttpResult edited = http.get(u"/readyz"_s);
    EXPECT_EQ(edited.status, 503);
    const QString message = edited.json().value(u"message"_s).toString();
    EXPECT_TRUE(message.contains(bundled().value(1).name)) << qPrintable(message);
    EXPECT_TRUE(message.contains(u"edited"_s)) << qPrintable(message);

    ASSERT_EQ(db->exec(u"DELETE FROM schema_migrations WHERE version = 2"_s), QString());
    const HttpResult missing = http.get(u"/readyz"_s);
    EXPECT_EQ(missing.status, 503);
    EXPECT_TRUE(missing.json().value(u"message"_s).toString().contains(u"migrations are applied"_s))
        << missing.body.constData();
}
