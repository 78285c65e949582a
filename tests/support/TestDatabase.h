#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace remotegpu::test {

// A fresh PostgreSQL database on the private cluster that scripts/test started
// (REMOTEGPU_TEST_DATABASE_URL points at its maintenance database). Created empty or migrated by
// the server's own MigrationRunner from the bundled sql/ migrations; dropped on destruction.
// Any failure to get one is a hard test failure (a FAIL with the reason), never a skip.
class TestDatabase
{
public:
    enum class Schema { Empty, Migrated };

    // `label` becomes part of the database name (letters, digits, _), so a leftover one can be
    // traced back to its suite.
    static std::unique_ptr<TestDatabase> create(const QString &label,
                                                Schema schema = Schema::Migrated);
    ~TestDatabase();

    QString name() const { return m_name; }
    // libpq URL of this database, as the server's --database-url takes it.
    QString url() const { return m_url; }

    // A QPSQL connection owned by the calling thread (opened on first use).
    QSqlDatabase connection() const;

    // Runs SQL (one or many statements) through libpq; returns the server's error message,
    // or an empty string on success.
    QString exec(const QString &sql) const;
    // First column of the first row of a single query, or an invalid QVariant when it returns
    // no row. A connection or SQL error fails the calling test (ADD_FAILURE with the SQL and
    // the server's message) besides returning an invalid QVariant.
    QVariant scalar(const QString &sql) const;

private:
    TestDatabase(QString name, QString url);
    QString m_name;
    QString m_url;
};

} // namespace remotegpu::test
