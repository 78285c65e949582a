#include "LiveFeed.h"

#include "RandomNumbers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLiveFeed, "remotegpu.livefeed")

namespace {

constexpr int kCloseUnauthorized = 4401;
constexpr int kCloseForbidden = 4403;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

LiveFeed::LiveFeed(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LiveFeed::connectNow);
}

LiveFeed::~LiveFeed()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void LiveFeed::setBackoff(int baseMs, int capMs)
{
    m_baseMs = baseMs;
    m_capMs = capMs;
}

qint64 LiveFeed::msUntilNextAttempt() const
{
    return m_retry.isActive() ? std::max<qint64>(0, m_retryAtMs - nowMs()) : -1;
}

QUrl LiveFeed::feedUrl() const
{
    QUrl url = m_server;
    url.setScheme(m_server.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/ws/admin/monitoring"_s);
    url.setQuery(QString());
    return url;
}

void LiveFeed::start(const QUrl &server, const QString &accessToken)
{
    const bool sameServer = m_wanted && server == m_server;
    m_server = server;
    m_token = accessToken;
    m_wanted = true;
    m_refusal.clear();
    if (sameServer && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        // A refreshed token: the open socket carries on under it.
        sendJson({{u"type"_s, u"auth"_s}, {u"token"_s, m_token}});
        return;
    }
    if (sameServer && m_socket && !m_awaitingToken)
        return; // an attempt is under way; it picks the new token when it opens
    m_awaitingToken = false;
    m_retry.stop();
    if (m_state == State::Offline)
        setState(State::Connecting);
    connectNow();
}

void LiveFeed::stop()
{
    m_wanted = false;
    m_missedEvents = false;
    m_retry.stop();
    m_token.clear();
    if (m_socket) {
        QWebSocket *socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    setState(State::Offline);
}

void LiveFeed::subscribe(const QStringList &hostIds)
{
    m_hosts = hostIds;
    if (m_state == State::Live)
        sendJson({{u"type"_s, u"subscribe"_s}, {u"hosts"_s, QJsonArray::fromStringList(m_hosts)}});
}

void LiveFeed::connectNow()
{
    if (!m_wanted || m_token.isEmpty())
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &LiveFeed::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &LiveFeed::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &LiveFeed::onMessage);
    m_socket->open(feedUrl());
}

void LiveFeed::onConnected()
{
    // The token goes in the first message rather than the URL, which proxies may log.
    sendJson({{u"type"_s, u"auth"_s}, {u"token"_s, m_token}});
}

void LiveFeed::onDisconnected()
{
    if (!m_socket)
        return;
    const int code = int(m_socket->closeCode());
    const QString reason = m_socket->closeReason();
    m_socket->deleteLater();
    m_socket = nullptr;
    if (!m_wanted)
        return;
    if (m_state == State::Live)
        m_missedEvents = true;
    qCInfo(lcLiveFeed).noquote() << "live feed closed:" << code << reason;
    if (code == kCloseForbidden) {
        // Not an administrator: retrying cannot help.
        m_refusal = reason;
        m_wanted = false;
        setState(State::Offline);
        return;
    }
    if (code == kCloseUnauthorized) {
        // Expired or revoked: reconnect once the session has a new token (start()).
        m_awaitingToken = true;
        ++m_attempt;
        setState(State::Reconnecting);
        Q_EMIT accessTokenRefused(reason);
        return;
    }
    scheduleRetry();
}

void LiveFeed::scheduleRetry()
{
    ++m_attempt;
    // Capped exponential back-off with full jitter: a fleet of consoles that lost one server
    // does not come back at the same instant.
    const qint64 ceiling =
        std::min<qint64>(m_capMs, qint64(m_baseMs) << std::min(m_attempt - 1, 20));
    const qint64 delay = ceiling / 2 + random::bounded(quint32(ceiling / 2 + 1));
    m_retryAtMs = nowMs() + delay;
    m_retry.start(int(delay));
    setState(State::Reconnecting);
}

void LiveFeed::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type"_s).toString();
    const QString hostId = message.value(u"hostId"_s).toString();
    if (type == u"metrics"_s) {
        Q_EMIT metricsReceived(hostId, message);
    } else if (type == u"host_status"_s) {
        Q_EMIT hostStatusChanged(
            hostId, message.value(u"status"_s).toString(), message.value(u"reason"_s).toString(),
            message.value(u"flapping"_s).toBool(),
            QDateTime::fromString(message.value(u"at"_s).toString(), Qt::ISODateWithMs));
    } else if (type == u"alert"_s) {
        Q_EMIT alertEvent(message.value(u"event"_s).toString(), message);
    } else if (type == u"hello"_s) {
        m_attempt = 0;
        if (!m_hosts.isEmpty())
            sendJson(
                {{u"type"_s, u"subscribe"_s}, {u"hosts"_s, QJsonArray::fromStringList(m_hosts)}});
        setState(State::Live);
        if (std::exchange(m_missedEvents, false))
            Q_EMIT resyncNeeded(tr("the live feed was interrupted"));
    } else if (type == u"resync"_s) {
        // The server's own words are English and for its log; the console says it in the
        // user's language.
        qCInfo(lcLiveFeed).noquote() << "resync:" << message.value(u"reason"_s).toString();
        Q_EMIT resyncNeeded(tr("the server's event stream was interrupted"));
    }
}

void LiveFeed::sendJson(const QJsonObject &message)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void LiveFeed::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace remotegpu
