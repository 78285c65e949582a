#include "AgentTokenStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace remotegpu {

AgentTokenStore::AgentTokenStore(QString path)
    : m_path(std::move(path))
{}

Result<void> AgentTokenStore::load()
{
    m_tokens.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error::unavailable(
            QStringLiteral("cannot read the token file %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return Error::badRequest(QStringLiteral("the token file %1 is not a JSON object: %2")
                                     .arg(m_path, error.errorString()));
    const QJsonObject tokens = document.object();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        if (!it.value().toString().isEmpty())
            m_tokens.insert(it.key(), it.value().toString());
    }
    return {};
}

Result<void> AgentTokenStore::save() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject tokens;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        tokens.insert(it.key(), it.value());
    const QByteArray data = QJsonDocument(tokens).toJson();
    QSaveFile file(m_path);
    // QSaveFile writes a temporary file and renames it over the old one: set 0600 on the
    // temporary before a byte of the secret goes in.
    if (!file.open(QIODevice::WriteOnly))
        return Error::unavailable(
            QStringLiteral("cannot write the token file %1: %2").arg(m_path, file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size() || !file.commit())
        return Error::unavailable(
            QStringLiteral("cannot write the token file %1: %2").arg(m_path, file.errorString()));
    return {};
}

} // namespace remotegpu
