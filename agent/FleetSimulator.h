#pragma once

#include "AgentConfig.h"
#include "AgentTokenStore.h"
#include "Clock.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace remotegpu {

class AgentEnrollment;

// `remotegpu-agent --simulate N`: N simulated hosts from one process, each as the server sees a
// real agent: it enrols once with the site's enrollment token (tokens kept in the 0600 token
// file and reused on restart), then posts one heartbeat per interval through its own buffer and
// sender. The hosts' schedules are spread evenly over the interval so the server sees a steady
// stream, not N posts at once. The --silent-host stops after --silent-after seconds (a host that
// goes silent); a host whose token is refused (401) or that the server does not know (404 on
// enrolment) is dropped with a message. A wrong enrollment token ends the simulator (failed).
class FleetSimulator : public QObject
{
    Q_OBJECT

public:
    FleetSimulator(QNetworkAccessManager &network, const Clock &clock, AgentConfig config,
                   QObject *parent = nullptr);
    ~FleetSimulator() override;

    void start();
    int runningHosts() const;
    // Timing for tests: back-off base and cap of the hosts' senders, in milliseconds.
    void setRetryTiming(qint64 baseMs, qint64 capMs)
    {
        m_retryBaseMs = baseMs, m_retryCapMs = capMs;
    }

Q_SIGNALS:
    void hostStarted(const QString &hostId);
    void hostStopped(const QString &hostId, const QString &reason);
    void failed(const QString &message);

private:
    struct Host;
    void enrollNext();
    void startHost(Host &host, const QString &token);
    void beat(Host &host);
    void stopHost(Host &host, const QString &reason);

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    AgentConfig m_config;
    AgentTokenStore m_tokens;
    std::unique_ptr<AgentEnrollment> m_enrollment;
    std::vector<std::unique_ptr<Host>> m_hosts;
    qsizetype m_enrollAt = 0;
    qint64 m_retryBaseMs = 1000;
    qint64 m_retryCapMs = 5 * 60 * 1000;
};

} // namespace remotegpu
