#include "MachineCsv.h"

#include "CsvWriter.h"
#include "Validator.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject RowError::toJson() const
{
    return QJsonObject{{u"line"_s, line}, {u"column"_s, column}, {u"message"_s, message}};
}

RowError RowError::fromJson(const QJsonObject &json)
{
    return RowError{json.value(u"line"_s).toInt(), json.value(u"column"_s).toString(),
                    json.value(u"message"_s).toString()};
}

const QStringList &MachineCsv::columns()
{
    static const QStringList names = {
        u"id"_s,        u"name"_s,        u"hostname"_s,      u"ipAddress"_s,   u"publicIp"_s,
        u"sshHost"_s,   u"sshPort"_s,     u"sshUsername"_s,   u"region"_s,      u"osType"_s,
        u"osVersion"_s, u"totalCpu"_s,    u"totalMemoryGb"_s, u"totalDiskGb"_s, u"gpuModel"_s,
        u"gpuCount"_s,  u"gpuMemoryMb"_s, u"tags"_s,          u"remark"_s,      u"tenant"_s,
    };
    return names;
}

const QStringList &MachineCsv::requiredColumns()
{
    static const QStringList names = {u"name"_s, u"ipAddress"_s, u"totalCpu"_s, u"totalMemoryGb"_s};
    return names;
}

QByteArray MachineCsv::templateBytes()
{
    const QStringList example = {
        u"node-01"_s,
        u"北京-A100-01"_s,
        u"gpu-bj-01"_s,
        u"10.0.1.11"_s,
        u"203.0.113.11"_s,
        u"gpu-bj-01.example.com"_s,
        u"22"_s,
        u"root"_s,
        u"cn-beijing"_s,
        u"linux"_s,
        u"Ubuntu 22.04"_s,
        u"64"_s,
        u"512"_s,
        u"2000"_s,
        u"NVIDIA A100-SXM4-80GB"_s,
        u"8"_s,
        u"81920"_s,
        u"a100;training"_s,
        u"Rack 3, slot 2"_s,
        u""_s,
    };
    CsvWriter w;
    w.addRow(columns());
    w.addRow(example);
    return w.data();
}

namespace {

// The cell work the machine rules cannot do: text to numbers, defaults, and the columns that
// are not a Machine field. Columns that fail here are not checked again by Machine::validate.
struct RowChecker
{
    const QHash<QString, QString> &cells;
    int line;
    QList<RowError> errors;
    QSet<QString> failed;

    QString text(const QString &column) const { return cells.value(column).trimmed(); }
    void fail(const QString &column, const QString &message)
    {
        errors.append(RowError{line, column, message});
        failed.insert(column);
    }
    QString optional(const QString &column, qsizetype max)
    {
        QString v = text(column);
        Validator check;
        check.maxLength(column, v, max);
        for (const FieldError &e : check.errors())
            fail(column, e.message);
        return v;
    }
    // Whole numbers only: "8", not "8.0" or "8 GB", so a unit typed into the cell is caught.
    // The range is the machine rules' business, except for the columns that are the file's own.
    std::optional<qint64> integer(const QString &column, bool isRequired)
    {
        const QString v = text(column);
        if (v.isEmpty()) {
            if (isRequired)
                fail(column, u"%1 is required"_s.arg(column));
            return {};
        }
        bool parsed = false;
        const qint64 n = v.toLongLong(&parsed);
        if (!parsed) {
            fail(column, u"%1 must be a whole number, not \"%2\""_s.arg(column, v.left(40)));
            return {};
        }
        return n;
    }
    // An int field: a figure beyond int's range is kept out of range (not wrapped into it), so
    // the machine rules still refuse it.
    int intField(const QString &column, bool isRequired, int fallback)
    {
        const auto n = integer(column, isRequired);
        if (!n)
            return fallback;
        return int(std::clamp<qint64>(*n, std::numeric_limits<int>::min(),
                                      std::numeric_limits<int>::max()));
    }
    qint64 ranged(const QString &column, qint64 min, qint64 max)
    {
        const auto n = integer(column, false);
        if (!n)
            return 0;
        if (*n < min || *n > max) {
            fail(column, u"%1 must be between %2 and %3"_s.arg(column).arg(min).arg(max));
            return 0;
        }
        return *n;
    }
};

// The CSV column a field error of Machine::validate belongs to: "tags[2]" is in "tags".
QString columnOf(const QString &field)
{
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == u'[' || field.at(i) == u'.')
            return field.left(i);
    }
    return field;
}

} // namespace

bool MachineCsv::validateRow(const QStringList &header, const CsvRecord &record, MachineCsvRow *out,
                             QList<RowError> *errors)
{
    if (record.fields.size() > header.size()) {
        errors->append(RowError{
            record.line, QString(),
            u"the row has %1 fields but the header has %2; quote a field that holds a comma"_s
                .arg(record.fields.size())
                .arg(header.size())});
        return false;
    }
    // A row shorter than the header reads its missing trailing cells as empty
    // (hand-written files often leave off trailing optional columns).
    QHash<QString, QString> cells;
    for (qsizetype i = 0; i < record.fields.size(); ++i)
        cells.insert(header.at(i), record.fields.at(i));

    RowChecker c{cells, record.line, {}, {}};
    MachineCsvRow row;
    row.line = record.line;
    Machine &m = row.machine;

    m.id = c.text(u"id"_s);
    m.name = c.text(u"name"_s);
    m.hostname = c.text(u"hostname"_s);
    m.ipAddress = c.text(u"ipAddress"_s);
    m.publicIp = c.text(u"publicIp"_s);
    m.sshHost = c.text(u"sshHost"_s);
    m.sshPort = c.intField(u"sshPort"_s, false, 22);
    row.sshUsername = c.optional(u"sshUsername"_s, 64);
    m.region = c.text(u"region"_s);
    // Spreadsheets capitalise: "Linux" means linux.
    const QString os = c.text(u"osType"_s).toLower();
    m.osType = os.isEmpty() ? u"linux"_s : os;
    m.osVersion = c.text(u"osVersion"_s);
    m.totalCpu = c.intField(u"totalCpu"_s, true, 0);
    m.totalMemoryGb = c.integer(u"totalMemoryGb"_s, true).value_or(0);
    m.totalDiskGb = c.integer(u"totalDiskGb"_s, false).value_or(0);
    row.gpuModel = c.optional(u"gpuModel"_s, 128);
    row.gpuCount = int(c.ranged(u"gpuCount"_s, 0, kMaxGpuCount));
    row.gpuMemoryMb = c.ranged(u"gpuMemoryMb"_s, 0, std::numeric_limits<int>::max());
    m.totalGpu = row.gpuCount;
    for (const QString &t : c.cells.value(u"tags"_s).split(u';', Qt::SkipEmptyParts)) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !m.tags.contains(tag))
            m.tags << tag;
    }
    row.remark = c.cells.value(u"remark"_s).trimmed();
    row.tenant = c.optional(u"tenant"_s, 64);
    if (!row.tenant.isEmpty())
        m.labels.insert(u"reservedFor"_s, row.tenant);

    for (const FieldError &e : m.validate()) {
        const QString column = columnOf(e.field);
        if (!c.failed.contains(column))
            c.errors.append(RowError{record.line, column, e.message});
    }
    if (c.errors.isEmpty()) {
        if (out)
            *out = std::move(row);
        return true;
    }
    // In the order of the template's columns, as a person reads the row.
    const auto rank = [](const RowError &e) {
        const qsizetype i = columns().indexOf(e.column);
        return i < 0 ? columns().size() : i;
    };
    std::stable_sort(c.errors.begin(), c.errors.end(),
                     [&](const RowError &a, const RowError &b) { return rank(a) < rank(b); });
    errors->append(c.errors);
    return false;
}

Result<MachineCsvFile> MachineCsv::parseRecords(const QList<CsvRecord> &records)
{
    if (records.isEmpty())
        return Error::badRequest(
            u"The file is empty; it needs a header row and at least one machine"_s,
            {{u"file"_s, u"empty file"_s}});
    MachineCsvFile file;
    QStringList unknown;
    for (const QString &h : records.first().fields) {
        const QString name = h.trimmed();
        if (!columns().contains(name))
            unknown << (name.isEmpty() ? u"(empty)"_s : name);
        else if (file.header.contains(name))
            return Error::badRequest(u"The header names column %1 twice"_s.arg(name),
                                     {{name, u"duplicate column"_s}});
        file.header << name;
    }
    if (!unknown.isEmpty())
        return Error::badRequest(u"Unknown column(s) in the header: %1. The columns are: %2"_s.arg(
                                     unknown.join(u", "_s), columns().join(u", "_s)),
                                 {{u"header"_s, u"unknown column(s): "_s + unknown.join(u", "_s)}});
    QStringList missing;
    for (const QString &r : requiredColumns()) {
        if (!file.header.contains(r))
            missing << r;
    }
    if (!missing.isEmpty())
        return Error::badRequest(
            u"The header lacks the required column(s) %1"_s.arg(missing.join(u", "_s)),
            {{u"header"_s, u"missing column(s): "_s + missing.join(u", "_s)}});

    file.totalRows = int(records.size() - 1);
    file.rows.reserve(file.totalRows);
    for (qsizetype i = 1; i < records.size(); ++i) {
        MachineCsvRow row;
        if (validateRow(file.header, records.at(i), &row, &file.errors))
            file.rows.append(std::move(row));
    }
    findDuplicates(&file);
    return file;
}

Result<MachineCsvFile> MachineCsv::parse(const QByteArray &bytes)
{
    auto doc = CsvReader::read(bytes);
    if (!doc)
        return doc.error();
    auto file = parseRecords(doc->records);
    if (file)
        file->encoding = doc->encoding;
    return file;
}

void MachineCsv::findDuplicates(MachineCsvFile *file)
{
    // First occurrence wins: a later row repeating a key is the one reported.
    QHash<QString, int> ids, names, ips, ssh;
    QList<MachineCsvRow> kept;
    kept.reserve(file->rows.size());
    bool any = false;
    for (MachineCsvRow &row : file->rows) {
        const Machine &m = row.machine;
        bool dup = false;
        auto check = [&](QHash<QString, int> &seen, const QString &key, const QString &column,
                         const QString &what) {
            if (key.isEmpty())
                return;
            const auto it = seen.constFind(key);
            if (it != seen.constEnd()) {
                file->errors.append(
                    RowError{row.line, column, u"%1 %2 repeats line %3"_s.arg(what, key).arg(*it)});
                dup = true;
            } else {
                seen.insert(key, row.line);
            }
        };
        check(ids, m.id, u"id"_s, u"id"_s);
        check(names, m.name, u"name"_s, u"name"_s);
        check(ips, m.ipAddress.toLower(), u"ipAddress"_s, u"ipAddress"_s);
        if (!m.sshHost.isEmpty())
            check(ssh, m.sshHost.toLower() + u':' + QString::number(m.sshPort), u"sshHost"_s,
                  u"sshHost:sshPort"_s);
        if (dup)
            any = true;
        else
            kept.append(std::move(row));
    }
    file->rows = std::move(kept);
    if (any)
        std::stable_sort(file->errors.begin(), file->errors.end(),
                         [](const RowError &a, const RowError &b) { return a.line < b.line; });
}

QJsonArray MachineCsv::errorsToJson(const QList<RowError> &errors)
{
    QJsonArray a;
    for (const RowError &e : errors)
        a.append(e.toJson());
    return a;
}

} // namespace remotegpu
