#include "HttpConnection.h"

#include "ApiRequest.h"
#include "HttpServer.h"
#include "JsonLog.h"
#include "Router.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrlQuery>

#include <sys/socket.h>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kReadChunk = qint64(64) * 1024;
constexpr qint64 kLingerMs = 2000;

HttpMethod toMethod(const QByteArray &m)
{
    if (m == "GET")
        return HttpMethod::Get;
    if (m == "POST")
        return HttpMethod::Post;
    if (m == "PUT")
        return HttpMethod::Put;
    if (m == "PATCH")
        return HttpMethod::Patch;
    if (m == "DELETE")
        return HttpMethod::Delete;
    if (m == "HEAD")
        return HttpMethod::Head;
    if (m == "OPTIONS")
        return HttpMethod::Options;
    return HttpMethod::Other;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

HttpConnection::HttpConnection(HttpServer &server, QTcpSocket *socket, const QHostAddress &peer,
                               const HttpLimits &limits, qint64 now)
    : m_server(server)
    , m_socket(socket)
    , m_peer(peer)
    , m_limits(limits)
    , m_parser(limits.maxHeaderBytes, limits.maxHeaderCount)
    , m_lastActivityMs(now)
    , m_requestStartMs(now)
    , m_writeProgressMs(now)
{
    m_socket->setParent(this);
    // Qt stops reading from the kernel once this much is buffered and not taken: with pump()
    // not taking while blocked, a client that sends faster than it reads meets TCP's window.
    m_socket->setReadBufferSize(kReadChunk);
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    if (auto *secure = qobject_cast<QSslSocket *>(m_socket))
        connect(secure, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::closeNow);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::closeNow);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::requestInProgress() const
{
    return m_parser.started() || !m_in.isEmpty();
}

bool HttpConnection::isSheddable() const
{
    return !m_closed && !m_lingering && !m_closing && m_pending.empty() &&
           !m_parser.readingBody() && m_socket->bytesToWrite() == 0;
}

bool HttpConnection::blocked() const
{
    return m_pending.size() >= size_t(m_limits.maxPipelined) ||
           m_socket->bytesToWrite() > m_limits.maxUnsentBytes;
}

void HttpConnection::onReadyRead()
{
    if (m_lingering) {
        // Closing: what the client still sends (the rest of a refused body) is read and dropped,
        // so the kernel does not answer it with a reset that could destroy our last answer.
        (void)m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    pump();
}

void HttpConnection::pump()
{
    while (!m_closed && !m_stopReading && !blocked()) {
        const auto step = m_parser.feed(m_in);
        switch (step) {
        case HttpRequestParser::Step::NeedMore: {
            if (m_socket->bytesAvailable() <= 0)
                return;
            const qint64 now = nowMs();
            if (!requestInProgress())
                m_requestStartMs = now;
            m_in.append(m_socket->read(kReadChunk));
            m_lastActivityMs = now;
            m_bodyProgressMs = now;
            break;
        }
        case HttpRequestParser::Step::HeadComplete:
            if (!headReceived())
                return;
            break;
        case HttpRequestParser::Step::Complete:
            requestReceived();
            break;
        case HttpRequestParser::Step::Failed: {
            const QString reason = QString::fromLatin1(m_parser.reason());
            switch (m_parser.status()) {
            case 431:
                refuse(431, u"Refused: %1 (the limit is %2 bytes and %3 header lines)"_s.arg(reason)
                                .arg(m_limits.maxHeaderBytes)
                                .arg(m_limits.maxHeaderCount));
                break;
            case 413:
                refuse(413,
                       u"Refused: %1 (at most %2 bytes)"_s.arg(reason).arg(m_parser.bodyLimit()));
                break;
            case 417:
                refuse(417, u"Refused: %1; send Expect: 100-continue or no Expect"_s.arg(reason));
                break;
            default:
                refuse(m_parser.status(), u"The request is malformed: %1"_s.arg(reason));
            }
            return;
        }
        }
    }
}

bool HttpConnection::headReceived()
{
    const HttpRequestHead &head = m_parser.head();
    ApiRequest probe;
    probe.method = toMethod(head.method);
    const qsizetype question = head.target.indexOf('?');
    probe.path = QString::fromUtf8(question < 0 ? head.target : head.target.left(question));
    const qint64 limit = m_server.bodyLimit(probe);
    // Refused by its declared size, before a byte of it is read (and instead of a 100 Continue).
    if (head.contentLength > limit) {
        refuse(413, u"The request body is %1 bytes; this route accepts at most %2 bytes"_s
                        .arg(head.contentLength)
                        .arg(limit));
        return false;
    }
    m_parser.setBodyLimit(limit);
    m_bodyProgressMs = nowMs();
    if (head.expectContinue) {
        // An interim answer may not overtake the final answers of earlier requests.
        if (m_pending.empty())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        else
            m_owe100 = true;
    }
    return true;
}

void HttpConnection::requestReceived()
{
    const HttpRequestHead &head = m_parser.head();
    {
        const qsizetype question = head.target.indexOf('?');
        const QString path =
            QString::fromUtf8(question < 0 ? head.target : head.target.left(question));
        if (const WebSocketRoute *route = m_server.webSocketRoute(path)) {
            upgradeReceived(*route, path,
                            question < 0 ? QByteArray() : head.target.mid(question + 1));
            return;
        }
    }
    ApiRequest request;
    request.method = toMethod(head.method);
    const qsizetype question = head.target.indexOf('?');
    request.path = QString::fromUtf8(question < 0 ? head.target : head.target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(head.target.mid(question + 1)));
    request.headers = head.headers;
    request.body = m_parser.takeBody();
    request.peerAddress = m_peer;
    const bool close = !head.keepAlive || m_server.m_draining;
    const HttpServer::WireOptions options{request.method == HttpMethod::Head, close,
                                          head.keepAlive && head.minorVersion == 0};
    m_owe100 = false;
    m_parser.reset();
    ++m_requests;
    const quint64 sequence = m_nextSequence++;
    m_pending.push_back({sequence, false, close, {}});
    if (close)
        m_stopReading = true; // nothing after this request is read, let alone served
    m_requestStartMs = nowMs();
    m_server.dispatch(this, sequence, std::move(request), options);
}

namespace {

bool headerHasToken(const HttpRequestHead &head, QByteArrayView name, QByteArrayView token)
{
    for (const auto &h : head.headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : h.second.split(',')) {
            if (token.compare(part.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// The head as the client sent it, in the form QWebSocketServer reads a handshake from.
QByteArray headBytes(const HttpRequestHead &head)
{
    QByteArray out = head.method + ' ' + head.target + " HTTP/1." +
                     QByteArray::number(head.minorVersion) + "\r\n";
    for (const auto &h : head.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    return out;
}

} // namespace

void HttpConnection::upgradeReceived(const WebSocketRoute &route, const QString &path,
                                     const QByteArray &query)
{
    const HttpRequestHead &head = m_parser.head();
    if (head.method != "GET" || !headerHasToken(head, "Upgrade", "websocket") ||
        !headerHasToken(head, "Connection", "upgrade")) {
        refuse(426, u"%1 is a WebSocket endpoint: connect with a WebSocket client (GET with "
                    "Upgrade: websocket)"_s.arg(path));
        return;
    }
    if (!m_pending.empty() || head.hasBody()) {
        refuse(400, u"A WebSocket upgrade must be the only request in flight and have no body"_s);
        return;
    }
    WebSocketUpgrade upgrade{path, QUrlQuery(QString::fromUtf8(query)), head.headers, m_peer};
    if (auto admitted = route.admit(upgrade); !admitted) {
        refuse(httpStatusFor(admitted.error().kind), admitted.error().message);
        return;
    }
    // The socket leaves this connection with its read buffer as it came off the wire: the
    // request head again, then whatever the client sent after it. ungetChar puts bytes back in
    // front, so the last byte goes first.
    const QByteArray replay = headBytes(head) + m_in;
    m_in.clear();
    m_parser.reset();
    m_closed = true; // nothing here touches the socket again
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->setParent(nullptr);
    socket->setReadBufferSize(0); // the WebSocket bounds its own frames and messages
    for (qsizetype i = replay.size() - 1; i >= 0; --i)
        socket->ungetChar(replay.at(i));
    m_server.handOver(this, socket, route, upgrade);
}

void HttpConnection::refuse(int status, const QString &message)
{
    const QString traceId = Router::makeTraceId({});
    if (lcHttp().isInfoEnabled())
        JsonLog::event(lcHttp(), QtInfoMsg, u"request refused"_s,
                       {{u"status"_s, status},
                        {u"reason"_s, message},
                        {u"traceId"_s, traceId},
                        {u"peer"_s, m_peer.toString()}});
    m_stopReading = true;
    m_in.clear();
    m_pending.push_back(
        {m_nextSequence++, true, true, HttpServer::errorWire(status, message, traceId)});
    flush();
}

void HttpConnection::deliver(quint64 sequence, QByteArray wire)
{
    for (Pending &p : m_pending) {
        if (p.sequence == sequence) {
            p.ready = true;
            p.wire = std::move(wire);
            break;
        }
    }
    flush();
}

void HttpConnection::flush()
{
    if (m_closed)
        return;
    const qint64 now = nowMs();
    while (!m_pending.empty() && m_pending.front().ready) {
        Pending answer = std::move(m_pending.front());
        m_pending.pop_front();
        if (m_socket->bytesToWrite() == 0)
            m_writeProgressMs = now;
        m_socket->write(answer.wire);
        m_lastActivityMs = now;
        if (answer.close) {
            m_closing = true;
            m_pending.clear();
            break;
        }
    }
    if (m_closing) {
        if (m_socket->bytesToWrite() == 0)
            startClosing();
        return;
    }
    if (m_pending.empty()) {
        if (m_owe100) {
            m_owe100 = false;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        m_requestStartMs = now; // the head under way was not read while answers were owed
        if (m_stopReading) {    // shutdown: everything asked is answered
            m_closing = true;
            if (m_socket->bytesToWrite() == 0)
                startClosing();
            return;
        }
    }
    pump();
}

void HttpConnection::onBytesWritten()
{
    m_writeProgressMs = nowMs();
    if (m_closing) {
        if (m_socket->bytesToWrite() == 0)
            startClosing();
        return;
    }
    if (!m_stopReading)
        pump();
}

void HttpConnection::startClosing()
{
    if (m_lingering || m_closed)
        return;
    m_lingering = true;
    m_lingerUntilMs = nowMs() + kLingerMs;
    if (qobject_cast<QSslSocket *>(m_socket)) {
        m_socket->disconnectFromHost();
        return;
    }
    // Half-close: the client reads our last answer and sees the end; what it still sends is
    // drained for a moment (onReadyRead) rather than met with a reset.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    (void)m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnection::finishAndClose()
{
    if (isSheddable() && !requestInProgress()) {
        closeNow();
        return;
    }
    m_stopReading = true;
    if (m_pending.empty() && !m_closing) {
        m_closing = true;
        if (m_socket->bytesToWrite() == 0)
            startClosing();
    }
}

void HttpConnection::closeNow()
{
    if (m_closed)
        return;
    m_closed = true;
    m_pending.clear();
    m_in.clear();
    m_socket->abort(); // closes the descriptor now
    Q_EMIT closed(this);
}

void HttpConnection::tick(qint64 now)
{
    if (m_closed)
        return;
    if (m_lingering) {
        if (now > m_lingerUntilMs)
            closeNow();
        return;
    }
    if (m_socket->bytesToWrite() > 0) {
        // A client that does not read its answers is dropped once writing stalls this long.
        if (now - m_writeProgressMs > m_limits.bodyTimeoutMs)
            closeNow();
        return;
    }
    if (!m_pending.empty() || m_closing)
        return; // workers are answering
    if (!requestInProgress() && m_socket->bytesAvailable() == 0) {
        // A new connection has the head timeout to start talking; between requests, the idle
        // keep-alive timeout.
        const int limit = m_requests == 0 ? m_limits.headerTimeoutMs : m_limits.idleTimeoutMs;
        if (now - m_lastActivityMs > limit)
            closeNow();
        return;
    }
    if (m_parser.readingBody()) {
        if (now - m_bodyProgressMs > m_limits.bodyTimeoutMs)
            refuse(408, u"The request body stalled; send it without pauses"_s);
    } else if (now - m_requestStartMs > m_limits.headerTimeoutMs) {
        refuse(408, u"The request head took too long to arrive"_s);
    }
}

} // namespace remotegpu
