#pragma once

#include "HttpLimits.h"
#include "HttpRequestParser.h"
#include "WebSocketRoute.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <deque>

class QTcpSocket;

namespace remotegpu {

class HttpServer;

// One client connection: reads requests with HttpRequestParser, hands each to the server's
// worker pool, and writes the answers back in request order however the workers finish them.
// It reads only while fewer than HttpLimits::maxPipelined answers are outstanding and the
// client has taken its earlier answers (unsent bytes under maxUnsentBytes); otherwise the
// socket's bounded read buffer fills and TCP pushes back on the client. A framing error, a
// refused body or a timeout is answered (after the answers before it) and the connection closed.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(HttpServer &server, QTcpSocket *socket, const QHostAddress &peer,
                   const HttpLimits &limits, qint64 nowMs);
    ~HttpConnection() override;

    const QHostAddress &peer() const { return m_peer; }
    // The answer to request `sequence`, built by a worker.
    void deliver(quint64 sequence, QByteArray wire);
    // Nothing asked and nothing owed: may be closed to make room (or waits only for a head).
    bool isSheddable() const;
    qint64 lastActivityMs() const { return m_lastActivityMs; }
    // Timeouts; called by the server a few times a second.
    void tick(qint64 nowMs);
    // Closes at once (shedding, timeouts, shutdown of an idle connection).
    void closeNow();
    // Answers what it has, then closes (server shutdown).
    void finishAndClose();

Q_SIGNALS:
    void closed(HttpConnection *connection);

private:
    struct Pending
    {
        quint64 sequence;
        bool ready = false;
        bool close = false;
        QByteArray wire;
    };
    void pump();
    bool blocked() const;
    bool headReceived();
    void requestReceived();
    // A request on a WebSocket path: refused, or the socket handed to the route (see
    // WebSocketRoute); either way this connection reads nothing more.
    void upgradeReceived(const WebSocketRoute &route, const QString &path, const QByteArray &query);
    void refuse(int status, const QString &message);
    void flush();
    void startClosing();
    void onReadyRead();
    void onBytesWritten();
    bool requestInProgress() const;

    HttpServer &m_server;
    QTcpSocket *m_socket;
    QHostAddress m_peer;
    const HttpLimits &m_limits;
    HttpRequestParser m_parser;
    QByteArray m_in;
    std::deque<Pending> m_pending;
    quint64 m_nextSequence = 0;
    quint64 m_requests = 0;
    bool m_stopReading = false; // a request said close, an error was answered, or shutdown
    bool m_closing = false;     // the last answer is queued; close once it is written
    bool m_lingering = false;   // write side shut; draining what the client still sends
    bool m_closed = false;
    bool m_owe100 = false;
    qint64 m_lastActivityMs = 0;
    qint64 m_requestStartMs = 0;
    qint64 m_bodyProgressMs = 0;
    qint64 m_writeProgressMs = 0;
    qint64 m_lingerUntilMs = 0;
};

} // namespace remotegpu
