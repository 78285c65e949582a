#include "RandomText.h"

#include "RandomNumbers.h"

#include <QByteArray>

namespace remotegpu::random_text {

QString urlSafeToken(int bytes)
{
    QByteArray raw;
    raw.reserve(bytes);
    while (raw.size() < bytes) {
        const quint32 word = random::number();
        for (int shift = 0; shift < 32 && raw.size() < bytes; shift += 8)
            raw.append(char((word >> shift) & 0xff));
    }
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString digits(int count)
{
    QString s;
    s.reserve(count);
    while (s.size() < count)
        s += QChar(u'0' + int(random::bounded(10)));
    return s;
}

} // namespace remotegpu::random_text
