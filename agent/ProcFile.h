#pragma once

#include "Result.h"

#include <QString>

namespace remotegpu {

// Reads a whole small text file from /proc or /sys. Those report a size of 0, so the reader
// reads to the end rather than trusting the size.
class ProcFile
{
public:
    static Result<QString> read(const QString &path);
};

} // namespace remotegpu
