#include "HttpServer.h"

#include "ApiEnvelope.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "HttpConnection.h"
#include "JsonLog.h"
#include "Router.h"

#include <QDateTime>
#include <QPointer>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadPool>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Counts a request from its arrival until its answer is written or dropped, whichever thread
// lets go of it last.
class InFlightGuard
{
public:
    explicit InFlightGuard(QAtomicInteger<int> &counter)
        : m_counter(counter)
    {
        m_counter.ref();
    }
    ~InFlightGuard() { m_counter.deref(); }
    InFlightGuard(const InFlightGuard &) = delete;
    InFlightGuard &operator=(const InFlightGuard &) = delete;

private:
    QAtomicInteger<int> &m_counter;
};

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return ""; // the reason phrase may be empty (RFC 9112 §4)
    }
}

// The whole HTTP/1.1 answer in one buffer, built on the worker: the HTTP thread then hands it
// to the socket with one write.
QByteArray wireBytes(const ApiResponse &response, bool head, bool close, bool keepAlive10)
{
    const QByteArray length = QByteArray::number(response.body.size());
    qsizetype headerBytes = 96 + response.contentType.size() + length.size();
    for (const auto &h : response.headers)
        headerBytes += h.first.size() + h.second.size() + 4;
    QByteArray out;
    out.reserve(headerBytes + (head ? 0 : response.body.size()));
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += reasonPhrase(response.status);
    out += "\r\nContent-Type: ";
    out += response.contentType;
    out += "\r\nContent-Length: ";
    out += length;
    out += "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (keepAlive10)
        out += "Connection: keep-alive\r\n";
    for (const auto &h : response.headers) {
        out += h.first;
        out += ": ";
        out += h.second;
        out += "\r\n";
    }
    out += "\r\n";
    if (!head) // HEAD: the headers a GET would send, no body (RFC 9110 §9.3.2)
        out += response.body;
    return out;
}

QHostAddress addressOf(const sockaddr_storage &storage)
{
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // ::ffff:a.b.c.d counts as a.b.c.d
    return isV4 ? QHostAddress(v4) : address;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

HttpServer::HttpServer(Router &router, QThreadPool *pool, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_pool(pool)
    , m_limits(limits)
{
    m_drainTimer.setInterval(20);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] {
        if (m_inFlight.loadAcquire() == 0 || nowMs() > m_drainDeadline) {
            m_drainTimer.stop();
            Q_EMIT drained();
        }
    });
    m_resumeAccepting.setSingleShot(true);
    connect(&m_resumeAccepting, &QTimer::timeout, this, [this] {
        if (m_acceptNotifier && !m_draining)
            m_acceptNotifier->setEnabled(true);
    });
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &HttpServer::sweep);
}

HttpServer::~HttpServer()
{
    // A worker still answering posts to this object: let it finish before this goes away.
    m_pool->waitForDone();
    const QSet<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *c : connections)
        delete c;
    delete m_acceptNotifier;
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    if (m_spareFd >= 0)
        ::close(m_spareFd);
}

Result<quint16> HttpServer::listen(const QHostAddress &address, quint16 port,
                                   std::optional<QSslConfiguration> tls)
{
    m_tls = std::move(tls);
    const auto failure = [&](const QString &why) {
        return Error::unavailable(
            u"Cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(why));
    };
    sockaddr_storage storage{};
    socklen_t length = 0;
    int family = AF_INET;
    bool dualStack = false;
    if (address == QHostAddress::Any || address.protocol() == QAbstractSocket::IPv6Protocol) {
        family = AF_INET6;
        dualStack = address == QHostAddress::Any;
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        if (!dualStack) {
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, &bytes, sizeof(bytes));
        } else {
            in6->sin6_addr = in6addr_any;
        }
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr =
            address == QHostAddress::AnyIPv4 ? htonl(INADDR_ANY) : htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return failure(QString::fromLocal8Bit(std::strerror(errno)));
    const int on = 1, off = 0;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
    if (dualStack)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof(off));
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 ||
        ::listen(fd, 1024) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return failure(why);
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof(bound);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    const quint16 boundPort =
        ntohs(family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                                 : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    m_listenFd = fd;
    // Held for the moment the process runs out of descriptors: closing it makes room to accept
    // (and close) one waiting client instead of leaving the listen queue to spin.
    m_spareFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    m_acceptNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &HttpServer::onAcceptable);
    m_sweep.start();
    return boundPort;
}

void HttpServer::beginShutdown(int timeoutMs)
{
    m_draining = true;
    if (m_acceptNotifier)
        m_acceptNotifier->setEnabled(false);
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
    }
    const QSet<HttpConnection *> connections = m_connections;
    for (HttpConnection *c : connections)
        c->finishAndClose();
    m_drainDeadline = nowMs() + timeoutMs;
    m_drainTimer.start();
}

void HttpServer::onAcceptable()
{
    // A bounded batch per wake-up, so a flood of connections cannot starve the answers.
    for (int i = 0; i < 64 && m_listenFd >= 0; ++i) {
        sockaddr_storage storage{};
        socklen_t length = sizeof(storage);
        const int fd = ::accept4(m_listenFd, reinterpret_cast<sockaddr *>(&storage), &length,
                                 SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            adopt(fd, addressOf(storage));
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
            outOfDescriptors();
            return;
        }
        int suppressed = 0;
        if (m_refusalWarning.allow(nowMs(), &suppressed))
            JsonLog::event(lcHttp(), QtWarningMsg, u"accept failed"_s,
                           {{u"error"_s, QString::fromLocal8Bit(std::strerror(errno))},
                            {u"suppressedLines"_s, suppressed}});
        m_acceptNotifier->setEnabled(false);
        m_resumeAccepting.start(100);
        return;
    }
}

void HttpServer::outOfDescriptors()
{
    const qint64 now = nowMs();
    // Room first from the connections that cost the most and give the least: the longest idle.
    const int shed = shedIdle(std::max<int>(1, int(m_connections.size() / 16)));
    int closedWaiting = 0;
    if (shed == 0 && m_spareFd >= 0) {
        ::close(m_spareFd);
        m_spareFd = -1;
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd >= 0) {
            if (!m_tls) {
                static const char busy[] =
                    "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n"
                    "Retry-After: 1\r\n\r\n";
                (void)::send(fd, busy, sizeof(busy) - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
            }
            ::close(fd);
            closedWaiting = 1;
        }
        m_spareFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    }
    int suppressed = 0;
    if (m_descriptorWarning.allow(now, &suppressed))
        JsonLog::event(lcHttp(), QtWarningMsg, u"out of file descriptors"_s,
                       {{u"connections"_s, int(m_connections.size())},
                        {u"shedIdle"_s, shed},
                        {u"refusedWaiting"_s, closedWaiting},
                        {u"suppressedLines"_s, suppressed},
                        {u"hint"_s, u"raise LimitNOFILE or lower --max-connections"_s}});
    if (shed == 0) {
        // Nothing could be freed: wait a moment rather than spin on a listen queue we cannot
        // take from (the notifier is level-triggered).
        m_acceptNotifier->setEnabled(false);
        m_resumeAccepting.start(100);
    }
}

int HttpServer::shedIdle(int count)
{
    QList<HttpConnection *> idle;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->isSheddable())
            idle.append(c);
    }
    std::sort(idle.begin(), idle.end(), [](HttpConnection *a, HttpConnection *b) {
        return a->lastActivityMs() < b->lastActivityMs();
    });
    const int n = std::min<int>(count, int(idle.size()));
    for (int i = 0; i < n; ++i)
        idle[i]->closeNow(); // the descriptor is closed here, synchronously
    return n;
}

void HttpServer::adopt(int fd, const QHostAddress &peer)
{
    const auto refuse = [&](const char *why) {
        if (!m_tls) {
            static const char busy[] = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                                       "Connection: close\r\nRetry-After: 1\r\n\r\n";
            (void)::send(fd, busy, sizeof(busy) - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
        }
        ::close(fd);
        int suppressed = 0;
        if (m_refusalWarning.allow(nowMs(), &suppressed))
            JsonLog::event(lcHttp(), QtWarningMsg, u"connection refused"_s,
                           {{u"peer"_s, peer.toString()},
                            {u"reason"_s, QString::fromLatin1(why)},
                            {u"suppressedLines"_s, suppressed}});
    };
    if (m_draining) {
        ::close(fd);
        return;
    }
    if (m_perClient.value(peer) >= m_limits.maxConnectionsPerClient) {
        refuse("too many connections from this address (--max-connections-per-client)");
        return;
    }
    if (m_connections.size() + m_webSockets >= m_limits.maxConnections && shedIdle(1) == 0) {
        refuse("too many connections (--max-connections)");
        return;
    }
    QTcpSocket *socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(fd)) {
        ::close(fd);
        delete socket;
        return;
    }
    // TCP_NODELAY: an answer larger than one buffer block otherwise waits for the client's
    // delayed ACK (40 ms) between blocks.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_tls) {
        auto *secure = static_cast<QSslSocket *>(socket);
        secure->setSslConfiguration(*m_tls);
        secure->startServerEncryption();
    }
    auto *connection = new HttpConnection(*this, socket, peer, m_limits, nowMs());
    connect(connection, &HttpConnection::closed, this, &HttpServer::forget);
    m_connections.insert(connection);
    ++m_perClient[peer];
}

void HttpServer::forget(HttpConnection *connection)
{
    if (!m_connections.remove(connection))
        return;
    auto it = m_perClient.find(connection->peer());
    if (it != m_perClient.end() && --*it <= 0)
        m_perClient.erase(it);
    connection->deleteLater();
}

void HttpServer::addWebSocketRoute(const QString &path, const WebSocketRoute &route)
{
    m_webSocketRoutes.insert(path, route);
}

const WebSocketRoute *HttpServer::webSocketRoute(const QString &path) const
{
    const auto it = m_webSocketRoutes.constFind(path);
    return it == m_webSocketRoutes.cend() ? nullptr : &*it;
}

void HttpServer::handOver(HttpConnection *connection, QTcpSocket *socket,
                          const WebSocketRoute &route, const WebSocketUpgrade &upgrade)
{
    if (m_connections.remove(connection))
        connection->deleteLater();
    // The per-client count taken in adopt() stays with the socket until it is destroyed.
    ++m_webSockets;
    connect(socket, &QObject::destroyed, this, [this, peer = upgrade.peer] {
        --m_webSockets;
        auto it = m_perClient.find(peer);
        if (it != m_perClient.end() && --*it <= 0)
            m_perClient.erase(it);
    });
    route.take(socket, upgrade);
}

void HttpServer::sweep()
{
    const qint64 now = nowMs();
    const QSet<HttpConnection *> connections = m_connections; // tick may close (and forget)
    for (HttpConnection *c : connections)
        c->tick(now);
}

qint64 HttpServer::bodyLimit(const ApiRequest &request) const
{
    return m_router.maxBodyBytes(request.method, request.path);
}

QByteArray HttpServer::errorWire(int status, const QString &message, const QString &traceId)
{
    ApiResponse response;
    response.status = status;
    response.body = ApiEnvelope{status, message, QJsonValue::Null, traceId}.toBytes();
    response.headers.append({QByteArrayLiteral("X-Trace-Id"), traceId.toLatin1()});
    return wireBytes(response, false, true, false);
}

void HttpServer::dispatch(HttpConnection *connection, quint64 sequence, ApiRequest request,
                          WireOptions options)
{
    // The socket is touched on this thread only: the worker gets the request by value and hands
    // its answer back through this object's event queue, where a connection that closed
    // meanwhile (QPointer, read on this thread) only drops it. (Qt 6.4's
    // QtConcurrent::run(…).then(socket, …) crashed under load.)
    auto guard = std::make_shared<InFlightGuard>(m_inFlight);
    m_pool->start([this, request = std::move(request), alive = QPointer<HttpConnection>(connection),
                   sequence, options, guard = std::move(guard)]() mutable {
        QByteArray wire =
            wireBytes(m_router.dispatch(request), options.head, options.close, options.keepAlive10);
        QMetaObject::invokeMethod(
            this,
            [alive = std::move(alive), sequence, wire = std::move(wire),
             guard = std::move(guard)]() mutable {
                if (alive)
                    alive->deliver(sequence, std::move(wire));
            },
            Qt::QueuedConnection);
    });
}

} // namespace remotegpu
