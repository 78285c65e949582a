#include "HttpServer.h"

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "JsonLog.h"
#include "Router.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>

#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

HttpMethod toMethod(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return HttpMethod::Get;
    case QHttpServerRequest::Method::Post:
        return HttpMethod::Post;
    case QHttpServerRequest::Method::Put:
        return HttpMethod::Put;
    case QHttpServerRequest::Method::Patch:
        return HttpMethod::Patch;
    case QHttpServerRequest::Method::Delete:
        return HttpMethod::Delete;
    case QHttpServerRequest::Method::Head:
        return HttpMethod::Head;
    case QHttpServerRequest::Method::Options:
        return HttpMethod::Options;
    default:
        return HttpMethod::Other;
    }
}

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
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
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
// to the socket with one write. QHttpServerResponder issues a write per token of the status
// line and headers and copies the body into the socket's buffer; for a 45 kB list page that
// was most of the HTTP thread's time, and that thread answers every connection.
QByteArray wireBytes(const ApiResponse &response, bool head)
{
    const QByteArray length = QByteArray::number(response.body.size());
    qsizetype headerBytes = 64 + response.contentType.size() + length.size();
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

} // namespace

HttpServer::HttpServer(Router &router, QThreadPool *pool, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_pool(pool)
{
    m_drainTimer.setInterval(20);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] {
        if (m_inFlight.loadAcquire() == 0 ||
            QDateTime::currentMSecsSinceEpoch() > m_drainDeadline) {
            m_drainTimer.stop();
            Q_EMIT drained();
        }
    });
}

HttpServer::~HttpServer()
{
    // A worker still answering posts to this object: let it finish before this goes away.
    m_pool->waitForDone();
}

void HttpServer::beginShutdown(int timeoutMs)
{
    const QList<QTcpServer *> listeners = servers();
    for (QTcpServer *server : listeners)
        server->close();
    m_drainDeadline = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    m_drainTimer.start();
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // TCP_NODELAY, once per connection. QTcpSocket flushes an answer one buffer block per event
    // loop pass, so with Nagle's algorithm on, a block after the first waited for the client to
    // acknowledge the first, which clients delay by up to 40 ms: a list page (45 kB) took 40 ms
    // whatever the load, and 64 clients got no more than 1,300 answers/s from an idle server.
    static constexpr char kLowDelay[] = "remotegpuLowDelay";
    if (!socket->property(kLowDelay).isValid()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setProperty(kLowDelay, true);
    }
    ApiRequest api;
    api.method = toMethod(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.headers = request.headers();
    api.body = request.body();
    api.peerAddress = request.remoteAddress();

    // The socket is touched on this thread only: the worker gets the request
    // by value and hands its answer back through this object's event queue, where a socket that
    // closed meanwhile (QPointer, read on this thread) only drops the write. Qt 6.4's
    // QtConcurrent::run(…).then(socket, …) crashed here under load (SIGSEGV in
    // QFutureInterfaceBase::reportStarted with 64 keep-alive clients on /healthz).
    auto guard = std::make_shared<InFlightGuard>(m_inFlight);
    m_pool->start([this, api = std::move(api), socketAlive = QPointer<QTcpSocket>(socket),
                   guard = std::move(guard)]() mutable {
        QByteArray wire = wireBytes(m_router.dispatch(api), api.method == HttpMethod::Head);
        QMetaObject::invokeMethod(
            this,
            [socketAlive = std::move(socketAlive), wire = std::move(wire),
             guard = std::move(guard)] {
                if (socketAlive)
                    socketAlive->write(wire);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest always takes the request; this exists because the base class demands it.
    ApiResponse response = ApiResponse::error(
        Error::notFound(u"No API route %1"_s.arg(request.url().path())), Router::makeTraceId({}));
    socket->write(wireBytes(response, request.method() == QHttpServerRequest::Method::Head));
}

} // namespace remotegpu
