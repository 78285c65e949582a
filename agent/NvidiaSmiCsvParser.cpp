#include "NvidiaSmiCsvParser.h"

#include <QHash>

#include <cmath>

namespace remotegpu {

QStringList NvidiaSmiCsvParser::queryFields()
{
    return QStringList{QStringLiteral("index"),
                       QStringLiteral("uuid"),
                       QStringLiteral("name"),
                       QStringLiteral("utilization.gpu"),
                       QStringLiteral("memory.used"),
                       QStringLiteral("memory.total"),
                       QStringLiteral("temperature.gpu"),
                       QStringLiteral("power.draw"),
                       QStringLiteral("fan.speed"),
                       QStringLiteral("clocks.sm"),
                       QStringLiteral("clocks.mem")} +
           healthFields();
}

QStringList NvidiaSmiCsvParser::healthFields()
{
    return {QStringLiteral("ecc.errors.uncorrected.volatile.total"),
            QStringLiteral("retired_pages.double_bit.count"),
            QStringLiteral("remapped_rows.failure")};
}

QString NvidiaSmiCsvParser::canonicalField(const QString &headerCell)
{
    QString field = headerCell.trimmed();
    const qsizetype bracket = field.indexOf(u" [");
    if (bracket >= 0)
        field.truncate(bracket);
    if (field == u"clocks.current.sm")
        return QStringLiteral("clocks.sm");
    if (field == u"clocks.current.memory")
        return QStringLiteral("clocks.mem");
    return field;
}

std::optional<double> NvidiaSmiCsvParser::number(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'[') || trimmed == u"N/A")
        return std::nullopt;
    const qsizetype space = trimmed.indexOf(u' ');
    bool ok = false;
    const double value = (space < 0 ? trimmed : trimmed.left(space)).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

namespace {

QString text(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    return trimmed.startsWith(u'[') || trimmed == u"N/A" ? QString() : trimmed;
}

std::optional<qint64> integer(const QString &cell)
{
    const std::optional<double> value = NvidiaSmiCsvParser::number(cell);
    return value ? std::optional<qint64>(qint64(std::llround(*value))) : std::nullopt;
}

} // namespace

Result<QStringList> NvidiaSmiCsvParser::takeColumns(QStringList &lines, const QStringList &fields)
{
    QStringList columns;
    if (fields.isEmpty() && lines.isEmpty())
        return Error::badRequest(QStringLiteral("nvidia-smi: no header line"));
    for (const QString &cell : fields.isEmpty() ? lines.takeFirst().split(u',') : fields)
        columns << canonicalField(cell);
    return columns;
}

Result<QList<GpuReading>> NvidiaSmiCsvParser::parse(const QString &csv, const QStringList &fields)
{
    QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    Result<QStringList> header = takeColumns(lines, fields);
    if (!header)
        return header.error();
    const QStringList &columns = *header;
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < columns.size(); ++i)
        position.insert(columns[i], i);

    QList<GpuReading> readings;
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(u',');
        if (cells.size() != columns.size())
            return Error::badRequest(
                QStringLiteral("nvidia-smi: %1 cells where %2 columns were asked")
                    .arg(cells.size())
                    .arg(columns.size()));
        const auto cell = [&](const char *field) {
            const qsizetype at = position.value(QLatin1StringView(field), -1);
            return at < 0 ? QString() : cells[at];
        };
        GpuReading reading;
        reading.sample.gpuIndex = int(integer(cell("index")).value_or(readings.size()));
        reading.uuid = text(cell("uuid"));
        reading.name = text(cell("name"));
        reading.memoryTotalMb = integer(cell("memory.total"));
        reading.sample.utilizationPercent = number(cell("utilization.gpu"));
        reading.sample.memoryUsed = integer(cell("memory.used"));
        if (reading.sample.memoryUsed && reading.memoryTotalMb && *reading.memoryTotalMb > 0)
            reading.sample.memoryUsagePercent =
                100.0 * double(*reading.sample.memoryUsed) / double(*reading.memoryTotalMb);
        reading.sample.temperature = number(cell("temperature.gpu"));
        reading.sample.powerDraw = number(cell("power.draw"));
        reading.sample.fanSpeedPercent = number(cell("fan.speed"));
        if (const std::optional<qint64> sm = integer(cell("clocks.sm")))
            reading.sample.smClock = int(*sm);
        if (const std::optional<qint64> mem = integer(cell("clocks.mem")))
            reading.sample.memoryClock = int(*mem);
        reading.eccUncorrectedVolatile = integer(cell("ecc.errors.uncorrected.volatile.total"));
        reading.retiredPagesDoubleBit = integer(cell("retired_pages.double_bit.count"));
        const QString failure = text(cell("remapped_rows.failure"));
        reading.rowRemapFailure = failure == u"Yes" || integer(failure).value_or(0) > 0;
        readings << reading;
    }
    return readings;
}

} // namespace remotegpu
