#include "RandomNumbers.h"

#include <QRandomGenerator>

namespace remotegpu::random {

quint32 number()
{
    return quint32(QRandomGenerator::system()->generate64());
}

quint32 bounded(quint32 bound)
{
    Q_ASSERT(bound > 0);
    return quint32(QRandomGenerator::system()->generate64() % bound);
}

QByteArray bytes(qsizetype count)
{
    Q_ASSERT(count >= 0);
    // Whole 64-bit draws, the tail of the last one dropped: generate64 is the call that does not
    // repeat itself (see the header).
    QByteArray out;
    out.reserve(count + 8);
    while (out.size() < count) {
        const quint64 draw = QRandomGenerator::system()->generate64();
        out.append(reinterpret_cast<const char *>(&draw), sizeof draw);
    }
    out.truncate(count);
    return out;
}

} // namespace remotegpu::random
