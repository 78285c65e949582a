#include "ProcFile.h"

#include <QFile>

namespace remotegpu {

Result<QString> ProcFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::unavailable(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

} // namespace remotegpu
