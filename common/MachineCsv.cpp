#include "MachineCsv.h"

#include "Validator.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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
    QStringList quoted;
    for (const QString &f : example)
        quoted << CsvReader::quote(f);
    return QByteArrayLiteral("\xEF\xBB\xBF") + columns().join(u',').toUtf8() + "\r\n" +
           quoted.join(u',').toUtf8() + "\r\n";
}

namespace {

struct RowChecker
{
    const QHash<QString, QString> &cells;
    int line;
    QList<RowError> *errors;
    bool ok = true;

    QString text(const QString &column) const { return cells.value(column).trimmed(); }
    void fail(const QString &column, const QString &message)
    {
        errors->append(RowError{line, column, message});
        ok = false;
    }
    QString required(const QString &column, qsizetype max)
    {
        const QString v = text(column);
        if (v.isEmpty())
            fail(column, u"%1 is required"_s.arg(column));
        else if (Validator::characterCount(v) > max)
            fail(column, u"%1 must be at most %2 characters"_s.arg(column).arg(max));
        return v;
    }
    QString optional(const QString &column, qsizetype max)
    {
        const QString v = text(column);
        if (Validator::characterCount(v) > max)
            fail(column, u"%1 must be at most %2 characters"_s.arg(column).arg(max));
        return v;
    }
    // Whole numbers only: "8", not "8.0" or "8 GB", so a unit typed into the cell
    // is caught.
    std::optional<qint64> integer(const QString &column, bool isRequired, qint64 min, qint64 max,
                                  std::optional<qint64> fallback = {})
    {
        const QString v = text(column);
        if (v.isEmpty()) {
            if (isRequired)
                fail(column, u"%1 is required"_s.arg(column));
            return fallback;
        }
        bool parsed = false;
        const qint64 n = v.toLongLong(&parsed);
        if (!parsed) {
            fail(column, u"%1 must be a whole number, not \"%2\""_s.arg(column, v.left(40)));
            return {};
        }
        if (n < min || n > max) {
            fail(column, u"%1 must be between %2 and %3"_s.arg(column).arg(min).arg(max));
            return {};
        }
        return n;
    }
};

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

    RowChecker c{cells, record.line, errors};
    MachineCsvRow row;
    row.line = record.line;
    Machine &m = row.machine;

    m.id = c.text(u"id"_s);
    if (!m.id.isEmpty() && (m.id.size() > 64 || !Validator::isIdentifier(m.id)))
        c.fail(u"id"_s, u"id must be at most 64 letters, digits, '.', '_' or '-'"_s);
    m.name = c.required(u"name"_s, 128);
    m.hostname = c.optional(u"hostname"_s, 256);
    if (!m.hostname.isEmpty() && !Validator::isHostname(m.hostname))
        c.fail(u"hostname"_s,
               u"hostname \"%1\" is not a valid host name"_s.arg(m.hostname.left(60)));
    m.ipAddress = c.required(u"ipAddress"_s, 64);
    if (!m.ipAddress.isEmpty() && !Validator::isIpAddress(m.ipAddress))
        c.fail(u"ipAddress"_s,
               u"ipAddress \"%1\" is not an IPv4 or IPv6 address"_s.arg(m.ipAddress.left(60)));
    m.publicIp = c.optional(u"publicIp"_s, 64);
    if (!m.publicIp.isEmpty() && !Validator::isIpAddress(m.publicIp))
        c.fail(u"publicIp"_s,
               u"publicIp \"%1\" is not an IPv4 or IPv6 address"_s.arg(m.publicIp.left(60)));
    m.sshHost = c.optional(u"sshHost"_s, 256);
    if (!m.sshHost.isEmpty() && !Validator::isHostname(m.sshHost) &&
        !Validator::isIpAddress(m.sshHost))
        c.fail(u"sshHost"_s,
               u"sshHost \"%1\" is not a host name or IP address"_s.arg(m.sshHost.left(60)));
    m.sshPort = int(c.integer(u"sshPort"_s, false, 1, 65535, 22).value_or(22));
    row.sshUsername = c.optional(u"sshUsername"_s, 64);
    m.region = c.optional(u"region"_s, 64);
    const QString os = c.text(u"osType"_s).toLower();
    m.osType = os.isEmpty() ? u"linux"_s : os;
    if (m.osType != u"linux"_s && m.osType != u"windows"_s)
        c.fail(u"osType"_s,
               u"osType must be linux or windows, not \"%1\""_s.arg(c.text(u"osType"_s).left(40)));
    m.osVersion = c.optional(u"osVersion"_s, 64);
    m.totalCpu = int(c.integer(u"totalCpu"_s, true, 1, 1000000).value_or(0));
    m.totalMemoryGb = c.integer(u"totalMemoryGb"_s, true, 1, qint64(1) << 40).value_or(0);
    m.totalDiskGb = c.integer(u"totalDiskGb"_s, false, 0, qint64(1) << 40, 0).value_or(0);
    row.gpuModel = c.optional(u"gpuModel"_s, 128);
    row.gpuCount = int(c.integer(u"gpuCount"_s, false, 0, kMaxGpuCount, 0).value_or(0));
    row.gpuMemoryMb = c.integer(u"gpuMemoryMb"_s, false, 0, 2147483647, 0).value_or(0);
    m.totalGpu = row.gpuCount;
    const QStringList tags = c.cells.value(u"tags"_s).split(u';', Qt::SkipEmptyParts);
    for (const QString &t : tags) {
        const QString tag = t.trimmed();
        if (tag.isEmpty())
            continue;
        if (Validator::characterCount(tag) > 64)
            c.fail(u"tags"_s, u"each tag must be at most 64 characters"_s);
        else if (!m.tags.contains(tag))
            m.tags << tag;
    }
    row.remark = c.cells.value(u"remark"_s).trimmed();
    row.tenant = c.optional(u"tenant"_s, 64);
    if (!row.tenant.isEmpty())
        m.labels.insert(u"reservedFor"_s, row.tenant);

    if (c.ok && out)
        *out = std::move(row);
    return c.ok;
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
