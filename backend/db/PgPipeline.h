#pragma once

#include "PgRows.h"
#include "Result.h"
#include "SqlStatement.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace remotegpu {

// Runs several statements on a QPSQL connection's own libpq handle in one round trip (libpq
// pipeline mode, PostgreSQL 14+), each as a named prepared statement kept per connection in
// ThreadDbState. QPSQL sends one statement per round trip and hands back every cell as a
// QVariant; a list page and its count need neither. The statements run in one implicit
// transaction (autocommit) unless the session already has one open.
class PgPipeline
{
public:
    // The rows of each statement, in order, or the first statement's error (SqlSession's
    // mapping: 409 for a clash, 503 for a lost connection…); nothing after a failed statement
    // runs.
    static Result<QList<PgRows>> run(QSqlDatabase &db, const QList<SqlStatement> &statements,
                                     PlanChoice plans);

    // `?` placeholders numbered `$1`, `$2`… as libpq wants them; a `?` inside a quoted literal,
    // a quoted identifier or a `--` comment is left alone. Public for its test.
    static QByteArray numberedPlaceholders(const QString &sql);
};

} // namespace remotegpu
