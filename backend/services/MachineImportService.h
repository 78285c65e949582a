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

// Bulk machine registration from CSV (docs/machine-import.md): parses and
// validates with common's MachineCsv, checks the rows against the database
// (taken ids, names, addresses; tenants), and writes hosts + GPUs and one audit
// row in one transaction — a failure or a lost connection anywhere leaves the
// database as it was.
class MachineImportService
{
public:
    explicit MachineImportService(DatabasePool &pool)
        : m_pool(pool)
    {}

    // A file-level Error (not CSV, unknown/missing columns) or the report; a
    // rejected() report wrote nothing but its audit row.
    Result<MachineImportReport> import(const QByteArray &csv, MachineImportReport::Mode mode,
                                       bool dryRun, const Principal &actor,
                                       const ClientInfo &client);

private:
    DatabasePool &m_pool;
};

} // namespace remotegpu
