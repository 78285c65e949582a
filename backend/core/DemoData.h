#pragma once

#include "Result.h"

#include <QString>

namespace remotegpu {

class PgConnection;

// Loads the demo fleet (backend/demo/demo.sql) into a database that has no machines yet, in one
// transaction. Every demo account gets `password`; when it is empty a random one nobody knows is
// used, so a demo database never has a guessable login.
class DemoData
{
public:
    struct Report
    {
        bool loaded = false; // false: the database already had machines; nothing was changed
        int hosts = 0;
        int customers = 0;
    };
    static Result<Report> loadIfEmpty(PgConnection &connection, const QString &password);
};

} // namespace remotegpu
