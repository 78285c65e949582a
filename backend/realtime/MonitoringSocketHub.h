#pragma once

#include "Router.h"
#include "WebSocketRoute.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QThreadPool;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace remotegpu {

class Clock;
class FleetEventListener;
struct MonitoringSubscriber;

// Limits and policy of the monitoring feed (docs/api.md "WebSocket").
struct MonitoringOptions
{
    // Origins a browser page may connect from (scheme://host[:port]); a request without an Origin
    // header is a native client (the console) and is let in.
    QStringList allowedOrigins;
    // Unsent bytes one socket may have queued before it is closed as too slow (1008).
    qint64 maxUnsentBytes = qint64(4) * 1024 * 1024;
    int authTimeoutMs = 5000;   // the token must arrive (query or first message) within this
    int flushIntervalMs = 1000; // metric snapshots: at most one per host per interval
    int closeGraceMs = 5000;    // after a close frame, a peer that does not answer is cut off
};

// Serves WS /ws/admin/monitoring. The HTTP layer hands it each upgraded socket (route()); it
// completes the handshake with a QWebSocketServer that listens on nothing, authenticates the
// socket with an access token (admins only), then forwards the fleet events that
// FleetEventListener receives from PostgreSQL (so every server instance sees every event):
// host status changes and alerts at once, metric snapshots at most once per host per interval
// (the first at once, later ones in the interval coalesced to the latest and flushed by a timer).
// It lives on the HTTP thread; token checks run on the worker pool.
class MonitoringSocketHub : public QObject
{
    Q_OBJECT
public:
    // `verify` runs on a thread of `workers` (it may read the database); `forgetAccount` drops
    // an account's cached state so the next verify reads it afresh.
    MonitoringSocketHub(TokenVerifier verify, std::function<void(qint64)> forgetAccount,
                        QThreadPool *workers, const Clock &clock, MonitoringOptions options,
                        QObject *parent = nullptr);
    ~MonitoringSocketHub() override;

    WebSocketRoute route();
    // Starts LISTEN remotegpu_fleet / remotegpu_accounts on a connection of its own.
    void listen(const QString &databaseUrl);
    // One fleet event (contract C2 JSON), as received from remotegpu_fleet.
    void publish(const QByteArray &payload);
    // An account changed (remotegpu_accounts): sockets acting for it are checked again.
    void accountChanged(qint64 accountId);
    // Server shutdown: every socket gets 1001.
    void closeAll();
    // The listener lost its database connection and has it back: events of the gap were not
    // received, so every socket is told to read the current state again ({"type":"resync"}).
    void resync(const QString &reason);

    int socketCount() const { return int(m_subscribers.size()); }
    qint64 slowConsumersDropped() const { return m_slowDropped; }

private:
    Result<void> admit(const WebSocketUpgrade &upgrade) const;
    void take(QTcpSocket *socket);
    void onNewConnection();
    void onMessage(QWebSocket *socket, const QString &text);
    void verify(QWebSocket *socket, const QString &token, bool greet);
    void verified(QWebSocket *socket, const QString &token, const Result<Principal> &result,
                  bool greet);
    void send(MonitoringSubscriber &subscriber, const QString &text);
    void sendJson(MonitoringSubscriber &subscriber, const QJsonObject &message);
    void closeWith(MonitoringSubscriber &subscriber, int code, const QString &reason);
    void deliver(const QString &hostId, const QByteArray &payload);
    void tick();

    TokenVerifier m_verify;
    std::function<void(qint64)> m_forgetAccount;
    QThreadPool *m_workers;
    const Clock &m_clock;
    MonitoringOptions m_options;
    QWebSocketServer *m_server;
    std::unique_ptr<FleetEventListener> m_listener;
    bool m_listenerLost = false;
    QList<QTcpSocket *> m_handshaking;
    QHash<QWebSocket *, std::shared_ptr<MonitoringSubscriber>> m_subscribers;
    // The latest metrics event per host held back by the throttle (coalescing), and when each
    // host's last snapshot went out (m_monotonic milliseconds).
    QHash<QString, QByteArray> m_latestMetrics;
    QHash<QString, qint64> m_lastMetricsSentMs;
    QElapsedTimer m_monotonic;
    QTimer m_tick;
    qint64 m_slowDropped = 0;
};

} // namespace remotegpu
