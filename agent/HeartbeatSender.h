#pragma once

#include "AgentHeartbeat.h"
#include "Backoff.h"
#include "Clock.h"
#include "Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace remotegpu {

class HeartbeatBuffer;

// Delivers heartbeats to `POST /api/agent/heartbeat` in sequence order. Every heartbeat goes
// into the on-disk buffer first and leaves it only when the server has answered for it, so a
// crash, an unreachable server or a restart loses nothing within the buffer's bound. One request
// is in flight at a time: the oldest heartbeat alone, or up to 100 of them in the batch body
// when a backlog built up. The answer decides:
//   200          delivered (accepted, duplicates and tooOld all count as answered) → next batch
//   400          the body is wrong: those heartbeats are dropped and counted, never retried (a
//                400 for a batch is retried one heartbeat at a time to drop only the bad one)
//   401          the token is refused: stop for good (tokenRefused)
//   413          the batch is too large: halved, retried after back-off
//   429/5xx/network error → retried after an exponential back-off with jitter
class HeartbeatSender : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server; // base URL, e.g. http://127.0.0.1:8080
        QString token;
        int batchMax = 100;
        qint64 backoffBaseMs = 1000;
        qint64 backoffCapMs = 5 * 60 * 1000;
        int requestTimeoutMs = 15'000;
    };

    HeartbeatSender(QNetworkAccessManager &network, HeartbeatBuffer &buffer, const Clock &clock,
                    Options options, QObject *parent = nullptr);

    // Buffers the heartbeat and sends what is due (unless a back-off wait is running).
    Result<void> submit(const AgentHeartbeat &heartbeat);
    // Sends the oldest buffered heartbeats now unless a request is in flight or it was refused.
    void flush();

    bool inFlight() const { return !m_reply.isNull(); }
    bool waiting() const { return m_retryTimer.isActive(); }
    bool refused() const { return m_refused; }
    qint64 deliveredCount() const { return m_delivered; }
    qint64 rejectedCount() const { return m_rejected; }
    int consecutiveFailures() const { return m_backoff.failures(); }
    const HeartbeatBuffer &buffer() const { return m_buffer; }

Q_SIGNALS:
    void delivered(int heartbeats, int accepted, int duplicates);
    void rejected(int heartbeats, const QString &message);
    void retryScheduled(int failures, qint64 delayMs, const QString &reason);
    void tokenRefused();
    // The buffer is empty and nothing is in flight.
    void drained();

private:
    void finished(QNetworkReply *reply, const QList<qint64> &sequences);
    void scheduleRetry(const QString &reason);

    QNetworkAccessManager &m_network;
    HeartbeatBuffer &m_buffer;
    const Clock &m_clock;
    Options m_options;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QPointer<QNetworkReply> m_reply;
    int m_batchLimit;
    int m_sendSingly = 0; // heartbeats left to send one at a time after a rejected batch
    bool m_refused = false;
    qint64 m_delivered = 0;
    qint64 m_rejected = 0;
};

} // namespace remotegpu
