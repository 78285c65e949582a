#include "NvidiaSmiQueryParser.h"

#include <QStringList>

namespace remotegpu {

namespace {

struct Section
{
    qsizetype indent;
    QString name;
};

std::optional<qint64> count(const QString &value)
{
    bool ok = false;
    const qint64 parsed = value.split(u' ').first().toLongLong(&ok);
    return ok ? std::optional<qint64>(parsed) : std::nullopt;
}

void add(std::optional<qint64> &total, std::optional<qint64> value)
{
    if (value)
        total = total.value_or(0) + *value;
}

} // namespace

Result<QList<NvidiaSmiQueryParser::GpuHealthCounters>>
NvidiaSmiQueryParser::parse(const QString &report)
{
    QList<GpuHealthCounters> gpus;
    QList<Section> path;
    for (const QString &line : report.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent).isSpace())
            ++indent;
        if (indent == 0) {
            if (line.startsWith(u"GPU ")) {
                gpus.append(GpuHealthCounters{});
                gpus.last().busId = line.mid(4).trimmed();
            }
            path.clear();
            continue;
        }
        if (gpus.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString key = (colon < 0 ? line : line.left(colon)).trimmed();
        const QString value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
        while (!path.isEmpty() && path.last().indent >= indent)
            path.removeLast();
        QStringList names;
        for (const Section &section : std::as_const(path))
            names << section.name;
        if (colon < 0 || value.isEmpty()) {
            path.append(Section{indent, key});
            continue;
        }

        GpuHealthCounters &gpu = gpus.last();
        const QString where = names.join(u'/');
        if (names.isEmpty() && key == u"Product Name") {
            gpu.name = value;
        } else if (names.isEmpty() && key == u"GPU UUID") {
            gpu.uuid = value;
        } else if (where == u"ECC Errors/Volatile" && key.contains(u"Uncorrectable")) {
            add(gpu.eccUncorrectedVolatile, count(value));
        } else if (where == u"ECC Errors/Volatile/Double Bit" && key == u"Total") {
            add(gpu.eccUncorrectedVolatile, count(value));
        } else if (where == u"Retired Pages" && key == u"Double Bit ECC") {
            gpu.retiredPagesDoubleBit = count(value);
        } else if (where == u"Retired Pages/Double Bit ECC" && key == u"Count") {
            gpu.retiredPagesDoubleBit = count(value);
        } else if (where == u"Retired Pages" && key.startsWith(u"Pending")) {
            gpu.retiredPagesPending = value == u"Yes";
        } else if (where == u"Remapped Rows" && key == u"Uncorrectable Error") {
            gpu.remappedRowsUncorrectable = count(value);
        } else if (where == u"Remapped Rows" && key == u"Pending") {
            gpu.rowRemapPending = value == u"Yes";
        } else if (where == u"Remapped Rows" && key == u"Remapping Failure Occurred") {
            gpu.rowRemapFailure = value == u"Yes";
        }
    }
    if (gpus.isEmpty())
        return Error::badRequest(QStringLiteral("nvidia-smi -q: no GPU section"));
    return gpus;
}

} // namespace remotegpu
