#include "ProcStatReader.h"

#include "ProcFile.h"

#include <algorithm>

#include <QStringList>

namespace remotegpu {

Result<ProcStatReader::Times> ProcStatReader::parse(const QString &procStat)
{
    const QStringList lines = procStat.split(u'\n');
    for (const QString &line : lines) {
        const QStringList fields = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (fields.isEmpty() || fields.first() != u"cpu")
            continue;
        // user nice system idle iowait irq softirq steal (guest and guest_nice are already in
        // user and nice, so they are left out of the total).
        Times times;
        for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
            bool ok = false;
            const quint64 value = fields[i].toULongLong(&ok);
            if (!ok)
                return Error::badRequest(QStringLiteral("/proc/stat: bad cpu field %1").arg(i));
            times.total += value;
            if (i == 4 || i == 5)
                times.idle += value;
        }
        if (fields.size() < 5)
            return Error::badRequest(QStringLiteral("/proc/stat: short cpu line"));
        return times;
    }
    return Error::badRequest(QStringLiteral("/proc/stat: no cpu line"));
}

Result<ProcStatReader::Times> ProcStatReader::read(const QString &procRoot)
{
    Result<QString> text = ProcFile::read(procRoot + QStringLiteral("/stat"));
    if (!text)
        return text.error();
    return parse(*text);
}

std::optional<double> ProcStatReader::usagePercent(const Times &earlier, const Times &later)
{
    if (later.total <= earlier.total || later.idle < earlier.idle)
        return std::nullopt;
    const double total = double(later.total - earlier.total);
    const double idle = double(later.idle - earlier.idle);
    return std::clamp(100.0 * (total - idle) / total, 0.0, 100.0);
}

} // namespace remotegpu
