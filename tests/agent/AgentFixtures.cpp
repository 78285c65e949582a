#include "AgentFixtures.h"

#include <QFile>
#include <QStringList>

namespace remotegpu::test {

QString AgentFixtures::path(const QString &relative)
{
    return QStringLiteral(REMOTEGPU_AGENT_FIXTURES "/") + relative;
}

QString AgentFixtures::read(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString AgentFixtures::section(const QString &captureFile, const QString &title)
{
    const QStringList lines = read(QStringLiteral("nvidia-smi/") + captureFile).split(u'\n');
    qsizetype at = 0;
    while (at < lines.size() && !lines[at].startsWith(QStringLiteral("# ") + title))
        ++at;
    while (at < lines.size() && !lines[at].startsWith(u"####"))
        ++at;
    QStringList body;
    for (++at; at < lines.size() && !lines[at].startsWith(u"####"); ++at)
        body << lines[at];
    while (!body.isEmpty() && body.last().trimmed().isEmpty())
        body.removeLast();
    return body.join(u'\n');
}

} // namespace remotegpu::test
