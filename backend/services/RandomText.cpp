#include "RandomText.h"

#include "RandomNumbers.h"

#include <QByteArray>

namespace remotegpu::random_text {

QString urlSafeToken(int bytes)
{
    const QByteArray raw = random::bytes(bytes);
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
