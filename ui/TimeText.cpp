#include "TimeText.h"

#include <QDateTime>

namespace remotegpu::ui::timetext {

using namespace Qt::Literals::StringLiterals;

namespace {

QString format(Precision precision)
{
    return precision == Precision::Seconds ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s;
}

// QDateTime::toString(format) writes in the C locale: only digits and separators here.
QString local(const QDateTime &time, Precision precision, const QString &whenInvalid)
{
    return time.isValid() ? time.toLocalTime().toString(format(precision)) : whenInvalid;
}

} // namespace

QString text(const QDateTime &time, const QString &whenInvalid)
{
    return local(time, Precision::Minutes, whenInvalid);
}

QString textWithSeconds(const QDateTime &time, const QString &whenInvalid)
{
    return local(time, Precision::Seconds, whenInvalid);
}

QString textWithZone(const QDateTime &time, Precision precision)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.toString(format(precision)) + u' ' + local.timeZoneAbbreviation();
}

QString date(const QDateTime &time, const QString &whenInvalid)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd"_s) : whenInvalid;
}

QString clock(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"HH:mm:ss"_s) : QString();
}

QString notSet()
{
    return u"–"_s;
}

} // namespace remotegpu::ui::timetext
