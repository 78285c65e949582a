#include "LoadAvgReader.h"

#include "ProcFile.h"

#include <QStringList>

namespace remotegpu {

Result<LoadAvgReader::Load> LoadAvgReader::parse(const QString &procLoadavg)
{
    const QStringList fields = procLoadavg.simplified().split(u' ', Qt::SkipEmptyParts);
    if (fields.size() < 3)
        return Error::badRequest(QStringLiteral("/proc/loadavg: fewer than three figures"));
    bool ok1 = false, ok5 = false, ok15 = false;
    Load load{fields[0].toDouble(&ok1), fields[1].toDouble(&ok5), fields[2].toDouble(&ok15)};
    if (!ok1 || !ok5 || !ok15)
        return Error::badRequest(QStringLiteral("/proc/loadavg: not numbers"));
    return load;
}

Result<LoadAvgReader::Load> LoadAvgReader::read(const QString &procRoot)
{
    Result<QString> text = ProcFile::read(procRoot + QStringLiteral("/loadavg"));
    if (!text)
        return text.error();
    return parse(*text);
}

} // namespace remotegpu
