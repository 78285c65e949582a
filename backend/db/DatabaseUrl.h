#pragma once

#include "Result.h"

#include <QString>

class QSqlDatabase;

namespace remotegpu {

// A libpq connection URI or keyword string, split into what QPSQL takes. libpq parses it
// (PQconninfoParse), so every form libpq accepts works, and nothing is parsed twice by hand.
struct DatabaseUrl
{
    // The run-time settings of every session the server (and the tests' helpers) open, as
    // libpq's `options`: UTC, so that date arithmetic in SQL (a timestamptz plus a month, a
    // day's or a month's start) never depends on the zone the cluster or database defaults to.
    static constexpr const char *SessionSettings = "-c TimeZone=UTC";

    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password;
    QString options; // the remaining keyword=value pairs (sslmode, connect_timeout, …)
    QString original;

    static Result<DatabaseUrl> parse(const QString &url);

    // Applies to a QSqlDatabase of driver QPSQL, with SessionSettings added to the URL's own
    // `options` (if any).
    void applyTo(QSqlDatabase &db) const;
    // The same URL with another database name, for creating and dropping databases.
    QString withDatabase(const QString &name) const;
    // For logs: the URL without its password.
    QString redacted() const;
};

} // namespace remotegpu
