#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace remotegpu {

// GETs a local exporter's /metrics page (dcgm-exporter, node-exporter) without blocking: the
// answer comes to `done` on the caller's thread. A page that does not arrive within the timeout
// is an error, so one hung exporter cannot hold a heartbeat back for long.
class MetricsEndpoint
{
public:
    using Done = std::function<void(Result<QString>)>;

    MetricsEndpoint(QNetworkAccessManager &network, QUrl url, int timeoutMs = 5000);
    void fetch(QObject *context, Done done);
    const QUrl &url() const { return m_url; }

private:
    QNetworkAccessManager &m_network;
    QUrl m_url;
    int m_timeoutMs;
};

} // namespace remotegpu
