#include "TestDatabase.h"

#include "DatabaseUrl.h"
#include "MigrationRunner.h"
#include "PgConnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

namespace remotegpu::test {

using namespace Qt::Literals::StringLiterals;

namespace {
QAtomicInt g_counter;

QString adminUrl()
{
    return qEnvironmentVariable("REMOTEGPU_TEST_DATABASE_URL");
}
} // namespace

std::unique_ptr<TestDatabase> TestDatabase::create(const QString &label, Schema schema)
{
    const QString admin = adminUrl();
    if (admin.isEmpty()) {
        ADD_FAILURE()
            << "REMOTEGPU_TEST_DATABASE_URL is not set: run the tests through ./scripts/test, "
               "which starts the private PostgreSQL and sets it";
        return nullptr;
    }
    auto parsed = DatabaseUrl::parse(admin);
    if (!parsed) {
        ADD_FAILURE() << qPrintable(parsed.error().message);
        return nullptr;
    }
    QString cleanLabel = label.toLower();
    cleanLabel.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    const QString name = u"t_%1_%2_%3"_s.arg(cleanLabel.left(30))
                             .arg(QCoreApplication::applicationPid())
                             .arg(g_counter.fetchAndAddRelaxed(1));

    auto connection = PgConnection::open(admin);
    if (!connection) {
        ADD_FAILURE() << qPrintable(connection.error().message);
        return nullptr;
    }
    const QByteArray quoted = '"' + name.toUtf8() + '"';
    if (auto r = connection->exec("DROP DATABASE IF EXISTS " + quoted); !r) {
        ADD_FAILURE() << qPrintable(r.error().message);
        return nullptr;
    }
    if (auto r = connection->exec("CREATE DATABASE " + quoted); !r) {
        ADD_FAILURE() << qPrintable(r.error().message);
        return nullptr;
    }
    std::unique_ptr<TestDatabase> db(new TestDatabase(name, parsed->withDatabase(name)));
    if (schema == Schema::Migrated) {
        auto migrations = MigrationRunner::bundled();
        if (!migrations) {
            ADD_FAILURE() << qPrintable(migrations.error().message);
            return nullptr;
        }
        auto target = PgConnection::open(db->url());
        if (!target) {
            ADD_FAILURE() << qPrintable(target.error().message);
            return nullptr;
        }
        MigrationRunner runner(*target);
        if (auto r = runner.migrate(*migrations); !r) {
            ADD_FAILURE() << qPrintable(r.error().message);
            return nullptr;
        }
    }
    return db;
}

TestDatabase::TestDatabase(QString name, QString url)
    : m_name(std::move(name))
    , m_url(std::move(url))
{}

TestDatabase::~TestDatabase()
{
    const QString prefix = u"test-"_s + m_name + u'-';
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &n : names) {
        if (!n.startsWith(prefix))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(n, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(n);
    }
    auto connection = PgConnection::open(adminUrl());
    if (connection)
        (void)connection->exec("DROP DATABASE IF EXISTS \"" + m_name.toUtf8() + "\" WITH (FORCE)");
}

QSqlDatabase TestDatabase::connection() const
{
    const QString connectionName =
        u"test-"_s + m_name + u'-' +
        QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        DatabaseUrl::parse(m_url)->applyTo(db);
    }
    if (!db.isOpen() && !db.open())
        ADD_FAILURE() << "cannot open " << qPrintable(m_name) << ": "
                      << qPrintable(db.lastError().text());
    return db;
}

QString TestDatabase::exec(const QString &sql) const
{
    auto connection = PgConnection::open(m_url);
    if (!connection)
        return connection.error().message;
    auto r = connection->exec(sql.toUtf8());
    return r ? QString() : r.error().message;
}

QVariant TestDatabase::scalar(const QString &sql) const
{
    // A query that cannot run is the test's failure, never an empty answer that a negative
    // check (count is 0, value is absent) would take for a pass.
    auto connection = PgConnection::open(m_url);
    if (!connection) {
        ADD_FAILURE() << "cannot connect to " << qPrintable(m_name)
                      << " to run: " << qPrintable(sql) << "\n"
                      << qPrintable(connection.error().message);
        return {};
    }
    auto rows = connection->query(sql.toUtf8());
    if (!rows) {
        ADD_FAILURE() << "query failed: " << qPrintable(sql) << "\n"
                      << qPrintable(rows.error().message);
        return {};
    }
    if (rows->isEmpty() || rows->first().isEmpty())
        return {};
    return rows->first().first();
}

} // namespace remotegpu::test
