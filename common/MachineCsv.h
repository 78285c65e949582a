#pragma once

#include "CsvReader.h"
#include "Machine.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace remotegpu {

// A problem with one cell (or one whole row when `column` is empty) of an
// imported CSV file. `line` is the physical line the row starts on, as a text
// editor numbers it (the header is 1).
struct RowError
{
    int line = 0;
    QString column;
    QString message;

    QJsonObject toJson() const;
    static RowError fromJson(const QJsonObject &json);
    friend bool operator==(const RowError &, const RowError &) = default;
};

// One valid data row: the machine it describes plus what `hosts` keeps beside
// Machine's fields and the GPUs to create (gpuCount cards, index 0..n-1, all
// gpuModel with gpuMemoryMb).
struct MachineCsvRow
{
    int line = 0;
    Machine machine; // id empty when the file left it to the server
    QString sshUsername;
    QString remark;
    QString tenant; // user name of the customer owner the machine is reserved
                    // for, or empty
    int gpuCount = 0;
    QString gpuModel;
    qint64 gpuMemoryMb = 0; // 0: not given
};

// What a file holds after parsing and per-row validation.
struct MachineCsvFile
{
    QString encoding;
    QStringList header;
    int totalRows = 0;         // data rows (blank ones not counted)
    QList<MachineCsvRow> rows; // the rows with no error, in file order
    QList<RowError> errors;    // every problem found, in file order
};

// The machine import format (docs/machine-import.md): its columns, the template
// offered for download, and the parser + validator both the server
// (authoritative) and the console (preview before upload) run. Checks that need
// the database — ids, names and addresses already taken, the tenant's existence
// — are the server's; duplicates inside the file are found here.
class MachineCsv
{
public:
    // Header names, in template order.
    static const QStringList &columns();
    static const QStringList &requiredColumns();
    // Highest gpuCount accepted: a bigger number is a typo, not a machine.
    static constexpr int kMaxGpuCount = Machine::kMaxGpus;

    // UTF-8 with a BOM (so Excel shows Chinese right), CRLF, a header row and one
    // example row.
    static QByteArray templateBytes();

    // A file-level Error (400) for bytes that are not a CSV we can read, an empty
    // file, unknown or missing required header columns; otherwise every data row
    // validated.
    static Result<MachineCsvFile> parse(const QByteArray &bytes);
    // The same from records already read (header first).
    static Result<MachineCsvFile> parseRecords(const QList<CsvRecord> &records);

    // One data row against the header; appends its problems to `errors`, returns
    // whether it is valid (then `out` is filled). The cells are read here; the
    // machine they make is checked by Machine::validate, the API's rules, each
    // field error reported in the column of that field.
    static bool validateRow(const QStringList &header, const CsvRecord &record, MachineCsvRow *out,
                            QList<RowError> *errors);

    // Marks rows repeating an id, name, ipAddress or sshHost:sshPort of an
    // earlier row in the same file: they move from `file.rows` to `file.errors`
    // (errors re-sorted by line).
    static void findDuplicates(MachineCsvFile *file);

    static QJsonArray errorsToJson(const QList<RowError> &errors);
};

} // namespace remotegpu
