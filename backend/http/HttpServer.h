#pragma once

#include <QAbstractHttpServer>
#include <QAtomicInteger>
#include <QTimer>

class QThreadPool;

namespace remotegpu {

class Router;

// Adapts QtHttpServer to our Router. QHttpServer's own routing is not used: it answers a wrong
// method with 404 and cannot give every answer one envelope. Each request is dispatched on the
// worker pool and its answer is written back on the server's thread, if the client is still there
// (a QFuture-returning route crashes 6.4 when it is not, DESIGN.md "Qt 6.4 facts"; so did a
// QFuture continuation under load, see handleRequest).
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpServer(Router &router, QThreadPool *pool, QObject *parent = nullptr);
    ~HttpServer() override;

    // Stops accepting connections and emits drained() once every request already received has
    // been answered, or after `timeoutMs` at the latest.
    void beginShutdown(int timeoutMs = 10000);
    int inFlight() const { return m_inFlight.loadRelaxed(); }

Q_SIGNALS:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Router &m_router;
    QThreadPool *m_pool;
    QAtomicInteger<int> m_inFlight = 0;
    QTimer m_drainTimer;
    qint64 m_drainDeadline = 0;
};

} // namespace remotegpu
