#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace remotegpu {

// Exchanges the site's enrollment token for a per-host agent token at `POST /api/agent/enroll`
// (no auth header). 401 = the enrollment token is wrong, 404 = no machine has that id (an admin
// registers machines first); both are final, the caller says so and stops. Asynchronous: the
// answer comes to `done` on the caller's thread.
class AgentEnrollment
{
public:
    struct Enrolled
    {
        QString hostId;
        QString agentToken;
        int intervalSeconds = 10;
    };
    using Done = std::function<void(Result<Enrolled>)>;

    AgentEnrollment(QNetworkAccessManager &network, QUrl server, QString agentVersion);
    void enroll(const QString &enrollmentToken, const QString &hostId, QObject *context, Done done);

private:
    QNetworkAccessManager &m_network;
    QUrl m_server;
    QString m_agentVersion;
};

} // namespace remotegpu
