#include "ProcessOwner.h"

#include <QFile>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace remotegpu {

QString ProcessOwner::userName(uint uid)
{
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? size_t(size) : size_t(16384));
    struct passwd entry
    {
    };
    struct passwd *found = nullptr;
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

QString ProcessOwner::of(qint64 pid, const QString &procRoot)
{
    struct stat info
    {
    };
    const QByteArray path = QFile::encodeName(procRoot + u'/' + QString::number(pid));
    if (::stat(path.constData(), &info) != 0)
        return {};
    return userName(info.st_uid);
}

} // namespace remotegpu
