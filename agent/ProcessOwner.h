#pragma once

#include <QString>

namespace remotegpu {

// Who runs a process: the owner of /proc/<pid>, as a user name (or the numeric uid when the
// name service does not know it; empty when the process is gone or /proc is hidden from us).
class ProcessOwner
{
public:
    static QString of(qint64 pid, const QString &procRoot = QStringLiteral("/proc"));
    static QString userName(uint uid);
};

} // namespace remotegpu
