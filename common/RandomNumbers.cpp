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

} // namespace remotegpu::random
