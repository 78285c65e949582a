#pragma once

#include "ClientInfo.h"
#include "MachineCsv.h"
#include "MachineImportReport.h"
#include "Principal.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class DatabasePool;
class RateLimiter;

// Bulk machine registration from CSV (docs/machine-import.md): parses and
// validates with common's MachineCsv, checks the rows against the database
// (taken ids, names, addresses; tenants), and writes hosts + GPUs and one audit
// row in one transaction — a failure or a lost connection anywhere leaves the
// database as it was.
class MachineImportService
{
public:
    // Each import parses and checks a whole file: a few per minute per account is plenty.
    static constexpr int ImportLimit = 10;
    static constexpr int ImportWindowSeconds = 60;

    MachineImportService(DatabasePool &pool, RateLimiter &limiter)
        : m_pool(pool)
        , m_limiter(limiter)
    {}

    // A 429 past the actor's rate limit, a file-level Error (not CSV, unknown/missing columns)
    // or the report; a rejected() report wrote nothing but its audit row.
    Result<MachineImportReport> import(const QByteArray &csv, MachineImportReport::Mode mode,
                                       bool dryRun, const Principal &actor,
                                       const ClientInfo &client);
    // The 400 a rejected() report answers with, counting the rows in error.
    static Error rejection(const MachineImportReport &report);

private:
    DatabasePool &m_pool;
    RateLimiter &m_limiter;
};

} // namespace remotegpu
