#pragma once

#include "GpuReading.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

// Parses `nvidia-smi --query-gpu=<fields> --format=csv[,noheader][,nounits]`, one GPU a line.
// With a header the columns are named by it ("memory.used [MiB]": the unit in brackets is
// dropped); without one the caller passes the fields it asked for, in order. Cells such as
// `[N/A]`, `[Not Supported]` or `[Requested functionality has been deprecated]` become null,
// never 0; units after a number ("81559 MiB", "69.85 W", "0 %") are dropped.
class NvidiaSmiCsvParser
{
public:
    // The fields the agent asks for, in the order it asks. `clocks.sm` and `clocks.mem` are the
    // old spellings every driver accepts; newer headers print them as clocks.current.*.
    static QStringList queryFields();
    // The fields of queryFields() that drivers before the R470 branch do not know: a query
    // naming one fails as a whole there, so the collector retries without them.
    static QStringList healthFields();

    static Result<QList<GpuReading>> parse(const QString &csv, const QStringList &fields = {});

    // "[N/A]" -> nothing, "81559 MiB" -> 81559.
    static std::optional<double> number(const QString &cell);
    static QString canonicalField(const QString &headerCell);
    // The column names of a CSV: its header line (taken off `lines`) when `fields` is empty,
    // else `fields`; either way in canonical spelling.
    static Result<QStringList> takeColumns(QStringList &lines, const QStringList &fields);
};

} // namespace remotegpu
