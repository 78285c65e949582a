#include "HttpServer.h"

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "JsonLog.h"
#include "Router.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
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

void writeResponse(QHttpServerResponder &responder, const ApiResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(response.body.size()));
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(response.body);
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
    ApiRequest api;
    api.method = toMethod(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.headers = request.headers();
    api.body = request.body();
    api.peerAddress = request.remoteAddress();

    // The responder and the socket are touched on this thread only: the worker gets the request
    // by value and hands its answer back through this object's event queue, where a socket that
    // closed meanwhile (QPointer, read on this thread) only drops the write. Qt 6.4's
    // QtConcurrent::run(…).then(socket, …) crashed here under load (SIGSEGV in
    // QFutureInterfaceBase::reportStarted with 64 keep-alive clients on /healthz).
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto guard = std::make_shared<InFlightGuard>(m_inFlight);
    m_pool->start([this, api = std::move(api), responder = std::move(responder),
                   socketAlive = QPointer<QTcpSocket>(socket), guard = std::move(guard)]() mutable {
        ApiResponse response = m_router.dispatch(api);
        QMetaObject::invokeMethod(
            this,
            [responder = std::move(responder), socketAlive = std::move(socketAlive),
             response = std::move(response), guard = std::move(guard)] {
                if (socketAlive)
                    writeResponse(*responder, response);
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
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, response);
}

} // namespace remotegpu
