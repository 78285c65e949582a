#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace remotegpu {

// The console's live fleet feed: one WebSocket to the server's /ws/admin/monitoring (docs/api.md
// "WebSocket"), owned by Session, which starts it after an administrator signs in and hands it
// each new access token (a live socket re-authenticates with it; a socket the server closed for
// an expired token reconnects with it). A lost connection is retried with capped exponential
// back-off and jitter and the subscription is sent again. The events come out as typed signals.
class LiveFeed : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Live, Reconnecting };
    Q_ENUM(State)

    explicit LiveFeed(QObject *parent = nullptr);
    ~LiveFeed() override;

    State state() const { return m_state; }
    // Failed attempts since the feed was last live (0 while live).
    int attempt() const { return m_attempt; }
    // Milliseconds until the next connection attempt while Reconnecting and waiting; -1 otherwise.
    qint64 msUntilNextAttempt() const;
    QStringList subscribedHosts() const { return m_hosts; }
    // The server's reason when it refused the feed for good (an account that is not an admin).
    QString refusal() const { return m_refusal; }

    // Connects to `server` (the REST base URL; ws/wss is derived from it) with `accessToken`,
    // or re-authenticates the open socket when only the token changed.
    void start(const QUrl &server, const QString &accessToken);
    // Closes the socket and stays Offline (sign-out).
    void stop();

    // Back-off bounds, for tests that cannot wait half a minute.
    void setBackoff(int baseMs, int capMs);

public Q_SLOTS:
    // Only these hosts' metrics, status changes and alerts from now on; empty = every host.
    void subscribe(const QStringList &hostIds);

Q_SIGNALS:
    void stateChanged(remotegpu::LiveFeed::State state);
    // The C2 "metrics" object, as the server sent it.
    void metricsReceived(const QString &hostId, const QJsonObject &event);
    // `at`: when the server saw the change (its clock, UTC); invalid if the event had none.
    void hostStatusChanged(const QString &hostId, const QString &status, const QString &reason,
                           bool flapping, const QDateTime &at);
    // `event` is fired, acknowledged or resolved; `alert` the whole C2 "alert" object.
    void alertEvent(const QString &event, const QJsonObject &alert);
    // The server closed the feed for the token (expired or revoked): a fresh one is needed.
    void accessTokenRefused(const QString &reason);
    // Events may have been missed — the feed was down and is live again, or the server says its
    // own event source had a gap ({"type":"resync"}) — so what is shown should be read again.
    void resyncNeeded(const QString &reason);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void sendJson(const QJsonObject &message);
    void scheduleRetry();
    void setState(State state);
    QUrl feedUrl() const;

    QWebSocket *m_socket = nullptr;
    QUrl m_server;
    QString m_token;
    QStringList m_hosts;
    QString m_refusal;
    State m_state = State::Offline;
    QTimer m_retry;
    qint64 m_retryAtMs = 0;
    int m_attempt = 0;
    int m_baseMs = 1000;
    int m_capMs = 30000;
    bool m_wanted = false;        // started and not stopped
    bool m_awaitingToken = false; // the token was refused; wait for a new one before retrying
    bool m_missedEvents = false;  // a live feed dropped; the next hello calls for a resync
};

} // namespace remotegpu
