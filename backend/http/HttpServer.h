#pragma once

#include "Backoff.h"
#include "HttpLimits.h"
#include "Result.h"
#include "WebSocketRoute.h"

#include <QAtomicInteger>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

class QSocketNotifier;
class QTcpSocket;
class QThreadPool;

namespace remotegpu {

class HttpConnection;
class Router;
struct ApiRequest;

// The server's own HTTP/1.1 connection layer (docs/architecture.md "Connection layer"): it
// accepts on a listening socket of its own, so every limit of HttpLimits holds from the first
// byte — connections in all and per client address, head size and time, body size before it is
// read, pipelining depth, unsent answers, idle keep-alive. Out of descriptors (EMFILE) it sheds
// the longest-idle connections, or accepts and closes one client on a spare descriptor and
// pauses accepting briefly: never a busy loop, one warning per interval. Requests run on the
// worker pool (Router::dispatch) and their answers come back to this thread.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(Router &router, QThreadPool *pool, HttpLimits limits, QObject *parent = nullptr);
    ~HttpServer() override;

    // Binds and listens (TLS when `tls` is given); the Error names the address on failure.
    Result<quint16> listen(const QHostAddress &address, quint16 port,
                           std::optional<QSslConfiguration> tls = std::nullopt);

    // Stops accepting connections and emits drained() once every request already received has
    // been answered, or after `timeoutMs` at the latest.
    void beginShutdown(int timeoutMs = 10000);
    int inFlight() const { return m_inFlight.loadRelaxed(); }
    qsizetype connectionCount() const { return m_connections.size(); }
    const HttpLimits &limits() const { return m_limits; }

    // Serves `path` as a WebSocket endpoint: its upgrade requests leave the HTTP layer (see
    // WebSocketRoute). Sockets handed over still count against --max-connections and
    // --max-connections-per-client until they are destroyed.
    void addWebSocketRoute(const QString &path, const WebSocketRoute &route);
    const WebSocketRoute *webSocketRoute(const QString &path) const;
    int webSocketCount() const { return m_webSockets; }

Q_SIGNALS:
    void drained();

private:
    friend class HttpConnection;
    struct WireOptions
    {
        bool head = false;
        bool close = false;
        bool keepAlive10 = false; // an HTTP/1.0 client that asked for keep-alive
    };
    void dispatch(HttpConnection *connection, quint64 sequence, ApiRequest request,
                  WireOptions options);
    qint64 bodyLimit(const ApiRequest &request) const;
    static QByteArray errorWire(int status, const QString &message, const QString &traceId);
    void onAcceptable();
    void adopt(int fd, const QHostAddress &peer);
    void outOfDescriptors();
    int shedIdle(int count);
    void forget(HttpConnection *connection);
    // The connection parsed an upgrade that `route` admitted: the socket leaves it.
    void handOver(HttpConnection *connection, QTcpSocket *socket, const WebSocketRoute &route,
                  const WebSocketUpgrade &upgrade);
    void sweep();

    Router &m_router;
    QThreadPool *m_pool;
    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    int m_listenFd = -1;
    int m_spareFd = -1;
    QSocketNotifier *m_acceptNotifier = nullptr;
    QTimer m_resumeAccepting;
    QTimer m_sweep;
    QSet<HttpConnection *> m_connections;
    QHash<QHostAddress, int> m_perClient; // HTTP connections and handed-over WebSockets
    QHash<QString, WebSocketRoute> m_webSocketRoutes;
    int m_webSockets = 0; // handed over and not yet destroyed
    LogThrottle m_descriptorWarning{10000};
    LogThrottle m_refusalWarning{10000};
    bool m_draining = false;
    QAtomicInteger<int> m_inFlight = 0;
    QTimer m_drainTimer;
    qint64 m_drainDeadline = 0;
};

} // namespace remotegpu
