#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace remotegpu::test {

// Sets the process's local zone to `tz` (a POSIX TZ string such as "UTC+8", so no tzdata is
// needed) until the end of the scope, the way a server deployed outside UTC runs; restores the
// old zone afterwards.
class LocalZone
{
public:
    explicit LocalZone(const char *tz)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~LocalZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    LocalZone(const LocalZone &) = delete;
    LocalZone &operator=(const LocalZone &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace remotegpu::test
