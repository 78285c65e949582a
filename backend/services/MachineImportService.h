#pragma once

#include "ClientInfo.h"
#include "MachineCsv.h"
#include "Principal.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

class DatabasePool;

// What an import did (or, with dryRun, would do).
struct MachineImportReport
{
    enum class Mode { AllOrNothing, SkipInvalid, Upsert };

    bool dryRun = false;
    Mode mode = Mode::AllOrNothing;
    int totalRows = 0;
    int validRows = 0;
    int created = 0; // with dryRun: would be created
    int updated = 0; // with dryRun: would be updated
    int skipped = 0; // rows not written because they are bad
    QList<RowError> errors;

    // Whether the request as a whole failed: bad rows in a mode that then writes
    // nothing.
    bool rejected() const { return !errors.isEmpty() && mode != Mode::SkipInvalid; }
    QJsonObject toJson() const;

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
};

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
