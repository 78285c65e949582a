#pragma once

#include "Result.h"

#include <QMap>
#include <QString>

namespace remotegpu {

// The per-host agent tokens this agent holds, as a JSON map hostId -> token in one file of mode
// 0600 (created so from the start, never readable by others even for a moment). A real host
// keeps one entry, the simulator one per simulated host. The token is a bearer secret: whoever
// reads it can post metrics as that host.
class AgentTokenStore
{
public:
    explicit AgentTokenStore(QString path);

    Result<void> load(); // a missing file is an empty store
    Result<void> save() const;

    QString token(const QString &hostId) const { return m_tokens.value(hostId); }
    // The only host of a one-host file (a real host started without --host-id).
    QString onlyHostId() const { return m_tokens.size() == 1 ? m_tokens.firstKey() : QString(); }
    void setToken(const QString &hostId, const QString &token) { m_tokens.insert(hostId, token); }
    void forget(const QString &hostId) { m_tokens.remove(hostId); }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    QMap<QString, QString> m_tokens;
};

} // namespace remotegpu
