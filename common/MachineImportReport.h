#pragma once

#include "MachineCsv.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// What a machine import did (or, with dryRun, would do): the data of the answer to
// POST /api/admin/machines/import (docs/machine-import.md), 200 or, when the import was refused
// for row errors, 400.
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
    static Result<MachineImportReport> fromJson(const QJsonObject &json);

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);

    friend bool operator==(const MachineImportReport &, const MachineImportReport &) = default;
};

} // namespace remotegpu
