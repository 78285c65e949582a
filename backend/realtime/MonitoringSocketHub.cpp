#include "MonitoringSocketHub.h"

#include "Clock.h"
#include "FleetEventListener.h"
#include "JsonLog.h"
#include "MonitoringSubscriber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

namespace remotegpu {

Q_LOGGING_CATEGORY(lcRealtime, "remotegpu.realtime")

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kCloseUnauthorized = 4401; // no, bad or expired token: sign in again
constexpr int kCloseForbidden = 4403;    // a valid token of an account that is not an admin
constexpr int kClosePolicy = 1008;       // too slow a reader
constexpr int kCloseGoingAway = 1001;    // server shutdown
constexpr int kCloseInternal = 1011;     // the token could not be checked (database down)
constexpr int kCloseUnsupported = 1003;  // a binary message
constexpr qint64 kMaxIncomingBytes = qint64(64) * 1024;
constexpr int kMaxSubscribedHosts = 100000;
constexpr int kHandshakeTimeoutMs = 10000;

const QString kExpiredReason = u"access token expired: sign in again"_s;

// The "exp" of an access token that has already verified (so its payload is the server's own).
QDateTime tokenExpiry(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    const QByteArray json = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 exp = QJsonDocument::fromJson(json).object().value(u"exp"_s).toInteger(-1);
    return exp < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
}

QString normalizedOrigin(QString origin)
{
    origin = origin.trimmed().toLower();
    while (origin.endsWith(u'/'))
        origin.chop(1);
    return origin;
}

} // namespace

MonitoringSocketHub::MonitoringSocketHub(TokenVerifier verify,
                                         std::function<void(qint64)> forgetAccount,
                                         QThreadPool *workers, const Clock &clock,
                                         MonitoringOptions options, QObject *parent)
    : QObject(parent)
    , m_verify(std::move(verify))
    , m_forgetAccount(std::move(forgetAccount))
    , m_workers(workers)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_server(new QWebSocketServer(u"remotegpu-server"_s, QWebSocketServer::NonSecureMode, this))
{
    for (QString &origin : m_options.allowedOrigins)
        origin = normalizedOrigin(origin);
    connect(m_server, &QWebSocketServer::newConnection, this,
            &MonitoringSocketHub::onNewConnection);
    m_tick.setInterval(m_options.flushIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &MonitoringSocketHub::tick);
    m_tick.start();
    m_monotonic.start();
}

MonitoringSocketHub::~MonitoringSocketHub()
{
    m_listener.reset(); // joins its thread, so no event arrives for a half-destroyed hub
    const auto subscribers = std::exchange(m_subscribers, {});
    for (const auto &s : subscribers)
        delete s->socket;
    qDeleteAll(std::exchange(m_handshaking, {}));
}

WebSocketRoute MonitoringSocketHub::route()
{
    return {[this](const WebSocketUpgrade &upgrade) { return admit(upgrade); },
            [this](QTcpSocket *socket, const WebSocketUpgrade &) { take(socket); }};
}

void MonitoringSocketHub::listen(const QString &databaseUrl)
{
    m_listener = std::make_unique<FleetEventListener>(databaseUrl);
    connect(m_listener.get(), &FleetEventListener::eventReceived, this,
            &MonitoringSocketHub::publish);
    connect(m_listener.get(), &FleetEventListener::accountChanged, this,
            &MonitoringSocketHub::accountChanged);
    connect(m_listener.get(), &FleetEventListener::listeningChanged, this, [this](bool listening) {
        if (!listening) {
            m_listenerLost = true;
        } else if (m_listenerLost) {
            m_listenerLost = false;
            resync(u"the server was not receiving fleet events for a while; read the current "
                   "state again"_s);
        }
    });
    m_listener->start();
}

Result<void> MonitoringSocketHub::admit(const WebSocketUpgrade &upgrade) const
{
    const QByteArray origin = upgrade.header("Origin");
    // No Origin: not a browser (the console, a script); browsers always send one, and a page of
    // another site must not ride on a token it got hold of.
    if (origin.isNull())
        return {};
    if (m_options.allowedOrigins.contains(normalizedOrigin(QString::fromUtf8(origin))))
        return {};
    return Error::forbidden(u"Origin %1 may not open the monitoring feed; an operator allows an "
                            "origin with --ws-allowed-origins"_s.arg(QString::fromUtf8(origin)));
}

void MonitoringSocketHub::take(QTcpSocket *socket)
{
    socket->setParent(this);
    m_handshaking.append(socket);
    const auto drop = [this, socket] {
        if (m_handshaking.removeOne(socket))
            socket->deleteLater();
    };
    connect(socket, &QAbstractSocket::disconnected, this, drop);
    // Only a handshake still unfinished is cut off: an upgraded socket belongs to its QWebSocket.
    QTimer::singleShot(kHandshakeTimeoutMs, socket, [this, socket, drop] {
        if (!m_handshaking.contains(socket))
            return;
        socket->abort();
        drop();
    });
    m_server->handleConnection(socket);
}

void MonitoringSocketHub::onNewConnection()
{
    while (QWebSocket *ws = m_server->nextPendingConnection()) {
        // The QWebSocket does not own the socket it was upgraded from: find it (the same peer
        // address and port) and make it the WebSocket's, so both go together.
        for (qsizetype i = 0; i < m_handshaking.size(); ++i) {
            QTcpSocket *tcp = m_handshaking.at(i);
            if (tcp->peerPort() == ws->peerPort() && tcp->peerAddress() == ws->peerAddress()) {
                m_handshaking.removeAt(i);
                tcp->disconnect(this);
                tcp->setParent(ws);
                break;
            }
        }
        ws->setParent(this);
        ws->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
        ws->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
        auto subscriber = std::make_shared<MonitoringSubscriber>();
        subscriber->socket = ws;
        m_subscribers.insert(ws, subscriber);
        connect(ws, &QWebSocket::textMessageReceived, this,
                [this, ws](const QString &text) { onMessage(ws, text); });
        connect(ws, &QWebSocket::binaryMessageReceived, this, [this, ws](const QByteArray &) {
            if (auto s = m_subscribers.value(ws))
                closeWith(*s, kCloseUnsupported, u"send JSON text messages"_s);
        });
        connect(ws, &QWebSocket::disconnected, this, [this, ws] {
            if (m_subscribers.remove(ws))
                ws->deleteLater();
        });
        QTimer::singleShot(m_options.authTimeoutMs, ws, [this, ws] {
            auto s = m_subscribers.value(ws);
            if (s && !s->principal && !s->closing)
                closeWith(*s, kCloseUnauthorized,
                          u"authentication timed out: send the access token within %1 s"_s.arg(
                              m_options.authTimeoutMs / 1000));
        });
        const QString token =
            QUrlQuery(ws->requestUrl()).queryItemValue(u"access_token"_s, QUrl::FullyDecoded);
        if (!token.isEmpty())
            verify(ws, token, true);
    }
}

void MonitoringSocketHub::onMessage(QWebSocket *socket, const QString &text)
{
    auto subscriber = m_subscribers.value(socket);
    if (!subscriber || subscriber->closing)
        return;
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type"_s).toString();
    if (type == u"auth"_s) {
        const QString token = message.value(u"token"_s).toString();
        if (token.isEmpty()) {
            closeWith(*subscriber, kCloseUnauthorized, u"auth message without a token"_s);
            return;
        }
        verify(socket, token, true);
        return;
    }
    if (type == u"subscribe"_s) {
        if (!subscriber->principal) {
            closeWith(*subscriber, kCloseUnauthorized,
                      u"authenticate first: {\"type\":\"auth\",\"token\":\"...\"}"_s);
            return;
        }
        QSet<QString> hosts;
        const QJsonArray list = message.value(u"hosts"_s).toArray();
        for (const QJsonValue &v : list) {
            if (v.isString() && hosts.size() < kMaxSubscribedHosts)
                hosts.insert(v.toString());
        }
        subscriber->hosts = hosts;
        QJsonArray echoed;
        for (const QString &h : std::as_const(hosts))
            echoed.append(h);
        sendJson(*subscriber, {{u"type"_s, u"subscribed"_s}, {u"hosts"_s, echoed}});
        return;
    }
    sendJson(*subscriber,
             {{u"type"_s, u"error"_s},
              {u"message"_s, type.isEmpty() ? u"send a JSON object with a \"type\""_s
                                            : u"unknown message type \"%1\""_s.arg(type)}});
}

void MonitoringSocketHub::verify(QWebSocket *socket, const QString &token, bool greet)
{
    // Verifying may read the account from the database: never on this (the HTTP) thread.
    m_workers->start(
        [this, alive = QPointer<QWebSocket>(socket), token, greet, check = m_verify]() {
            Result<Principal> result = check(token);
            QMetaObject::invokeMethod(
                this,
                [this, alive, token, result = std::move(result), greet] {
                    if (alive)
                        verified(alive, token, result, greet);
                },
                Qt::QueuedConnection);
        });
}

void MonitoringSocketHub::verified(QWebSocket *socket, const QString &token,
                                   const Result<Principal> &result, bool greet)
{
    auto subscriber = m_subscribers.value(socket);
    if (!subscriber || subscriber->closing)
        return;
    if (!result) {
        const Error &e = result.error();
        if (e.kind != ErrorKind::Unauthorized)
            closeWith(*subscriber, kCloseInternal,
                      u"the token cannot be checked now; try again shortly"_s);
        else if (e.message.contains(u"expired"_s))
            closeWith(*subscriber, kCloseUnauthorized, kExpiredReason);
        else
            closeWith(*subscriber, kCloseUnauthorized, u"access refused: "_s + e.message);
        return;
    }
    if (!result->isAdmin()) {
        closeWith(*subscriber, kCloseForbidden,
                  u"admin role required: the monitoring feed is for platform administrators"_s);
        return;
    }
    const QDateTime expiresAt = tokenExpiry(token);
    const QDateTime now = m_clock.now();
    if (!expiresAt.isValid() || now >= expiresAt) {
        closeWith(*subscriber, kCloseUnauthorized, kExpiredReason);
        return;
    }
    subscriber->principal = *result;
    subscriber->token = token;
    subscriber->expiresAt = expiresAt;
    if (greet)
        sendJson(*subscriber, {{u"type"_s, u"hello"_s},
                               {u"serverTime"_s, now.toString(Qt::ISODateWithMs)},
                               {u"expiresAt"_s, expiresAt.toString(Qt::ISODate)},
                               {u"username"_s, result->username}});
}

void MonitoringSocketHub::send(MonitoringSubscriber &subscriber, const QString &text)
{
    if (subscriber.closing)
        return;
    // Bounded per socket: a client that does not read is closed rather than buffered for.
    const qint64 queued = subscriber.socket->bytesToWrite();
    if (queued + text.size() > m_options.maxUnsentBytes) {
        ++m_slowDropped;
        JsonLog::event(
            lcRealtime(), QtWarningMsg, u"slow monitoring client dropped"_s,
            {{u"queuedBytes"_s, queued}, {u"peer"_s, subscriber.socket->peerAddress().toString()}});
        closeWith(subscriber, kClosePolicy, u"too slow: %1 bytes queued"_s.arg(queued));
        return;
    }
    subscriber.socket->sendTextMessage(text);
}

void MonitoringSocketHub::sendJson(MonitoringSubscriber &subscriber, const QJsonObject &message)
{
    send(subscriber, QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void MonitoringSocketHub::closeWith(MonitoringSubscriber &subscriber, int code,
                                    const QString &reason)
{
    if (subscriber.closing)
        return;
    subscriber.closing = true;
    QWebSocket *ws = subscriber.socket;
    ws->close(QWebSocketProtocol::CloseCode(code), reason);
    // A peer that never answers the close (or never reads) is cut off after a grace period.
    QTimer::singleShot(m_options.closeGraceMs, ws, [ws] { ws->abort(); });
}

void MonitoringSocketHub::publish(const QByteArray &payload)
{
    const QJsonObject event = QJsonDocument::fromJson(payload).object();
    const QString type = event.value(u"type"_s).toString();
    const QString hostId = event.value(u"hostId"_s).toString();
    if (type == u"metrics"_s) {
        if (hostId.isEmpty())
            return;
        // Leading-edge throttle: a host's first snapshot in an interval goes out at once (agents
        // report every few seconds, so that is nearly every snapshot, with no added latency);
        // any more within the interval are coalesced, the latest winning, and sent by tick().
        const qint64 now = m_monotonic.elapsed();
        const auto last = m_lastMetricsSentMs.constFind(hostId);
        if (last == m_lastMetricsSentMs.cend() || now - *last >= m_options.flushIntervalMs) {
            m_lastMetricsSentMs.insert(hostId, now);
            m_latestMetrics.remove(hostId);
            deliver(hostId, payload);
        } else {
            m_latestMetrics.insert(hostId, payload);
        }
        return;
    }
    if (type == u"host_status"_s || type == u"alert"_s)
        deliver(hostId, payload);
}

void MonitoringSocketHub::deliver(const QString &hostId, const QByteArray &payload)
{
    const QString text = QString::fromUtf8(payload);
    // A copy: a send may close (not yet remove) a socket, and removal happens in a later event.
    const auto subscribers = m_subscribers;
    for (const auto &s : subscribers) {
        if (s->isLive() && s->wants(hostId))
            send(*s, text);
    }
}

void MonitoringSocketHub::resync(const QString &reason)
{
    // NOTIFY is not queued for a listener that is not connected: what was sent in the gap is
    // gone, and only the clients can fetch the state they missed.
    const auto subscribers = m_subscribers;
    for (const auto &s : subscribers) {
        if (s->isLive())
            sendJson(*s, {{u"type"_s, u"resync"_s}, {u"reason"_s, reason}});
    }
}

void MonitoringSocketHub::accountChanged(qint64 accountId)
{
    if (m_forgetAccount)
        m_forgetAccount(accountId);
    for (const auto &s : std::as_const(m_subscribers)) {
        if (s->isLive() && (s->principal->id == accountId || s->principal->tenantId == accountId))
            verify(s->socket, s->token, false);
    }
}

void MonitoringSocketHub::closeAll()
{
    m_tick.stop();
    const auto subscribers = m_subscribers;
    for (const auto &s : subscribers)
        closeWith(*s, kCloseGoingAway, u"server shutting down"_s);
}

void MonitoringSocketHub::tick()
{
    const qint64 nowMs = m_monotonic.elapsed();
    QHash<QString, QByteArray> due;
    for (auto it = m_latestMetrics.begin(); it != m_latestMetrics.end();) {
        if (nowMs - m_lastMetricsSentMs.value(it.key()) >= m_options.flushIntervalMs) {
            due.insert(it.key(), it.value());
            it = m_latestMetrics.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = due.cbegin(); it != due.cend(); ++it) {
        m_lastMetricsSentMs.insert(it.key(), nowMs);
        deliver(it.key(), it.value());
    }
    // Hosts quiet for a whole interval need no memory of when they last went out.
    m_lastMetricsSentMs.removeIf([&](const QHash<QString, qint64>::iterator entry) {
        return nowMs - entry.value() >= m_options.flushIntervalMs &&
               !m_latestMetrics.contains(entry.key());
    });
    // Expiry is checked against the server's clock here, so a token that expires while
    // connected closes the socket within one interval of its expiry.
    const QDateTime now = m_clock.now();
    const auto subscribers = m_subscribers;
    for (const auto &s : subscribers) {
        if (s->isLive() && now >= s->expiresAt)
            closeWith(*s, kCloseUnauthorized, kExpiredReason);
    }
}

} // namespace remotegpu
