#include "HeartbeatSender.h"

#include "AgentLog.h"
#include "ApiEnvelope.h"
#include "HeartbeatBuffer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace remotegpu {

HeartbeatSender::HeartbeatSender(QNetworkAccessManager &network, HeartbeatBuffer &buffer,
                                 const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_buffer(buffer)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_backoff(m_options.backoffBaseMs, m_options.backoffCapMs)
    , m_batchLimit(std::clamp(m_options.batchMax, 1, 100))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HeartbeatSender::flush);
}

Result<void> HeartbeatSender::submit(const AgentHeartbeat &heartbeat)
{
    Result<void> buffered = m_buffer.append(heartbeat);
    if (!waiting())
        flush();
    return buffered;
}

void HeartbeatSender::flush()
{
    if (m_refused || inFlight())
        return;
    m_retryTimer.stop();
    const QList<AgentHeartbeat> batch = m_buffer.oldest(m_sendSingly > 0 ? 1 : m_batchLimit);
    if (batch.isEmpty()) {
        Q_EMIT drained();
        return;
    }
    QList<qint64> sequences;
    QJsonObject body;
    if (batch.size() == 1) {
        body = batch.first().toJson();
    } else {
        QJsonArray heartbeats;
        for (const AgentHeartbeat &heartbeat : batch)
            heartbeats.append(heartbeat.toJson());
        body.insert(QStringLiteral("heartbeats"), heartbeats);
    }
    for (const AgentHeartbeat &heartbeat : batch)
        sequences << heartbeat.sequence;

    QUrl url = m_options.server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                QStringLiteral("/api/agent/heartbeat"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
    request.setTransferTimeout(m_options.requestTimeoutMs);
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, sequences] { finished(reply, sequences); });
}

void HeartbeatSender::finished(QNetworkReply *reply, const QList<qint64> &sequences)
{
    reply->deleteLater();
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const int count = int(sequences.size());
    if (status == 200) {
        m_backoff.succeeded();
        m_buffer.remove(sequences);
        m_delivered += count;
        if (m_sendSingly > 0)
            --m_sendSingly;
        const Result<ApiEnvelope> envelope = ApiEnvelope::parse(answer);
        const QJsonObject data = envelope ? envelope->data.toObject() : QJsonObject();
        Q_EMIT delivered(count, data.value(QStringLiteral("accepted")).toInt(count),
                         data.value(QStringLiteral("duplicates")).toInt());
        flush();
        return;
    }
    if (status == 400) {
        m_backoff.succeeded(); // the server is up; the body was the problem
        if (count > 1) {
            // Which heartbeat is bad is unknown: send them one at a time, dropping only it.
            m_sendSingly = count;
        } else {
            if (m_sendSingly > 0)
                --m_sendSingly;
            m_buffer.remove(sequences);
            m_rejected += count;
            const Result<ApiEnvelope> envelope = ApiEnvelope::parse(answer);
            const QString message =
                envelope ? envelope->message : QString::fromUtf8(answer.left(200));
            qCWarning(agentLog).noquote()
                << "server rejected heartbeat" << sequences.first() << ":" << message;
            Q_EMIT rejected(count, message);
        }
        flush();
        return;
    }
    if (status == 401) {
        m_refused = true;
        qCCritical(agentLog).noquote() << "agent token refused: re-enrol with --enroll-token";
        Q_EMIT tokenRefused();
        return;
    }
    if (status == 413)
        m_batchLimit = std::max(1, m_batchLimit / 2);
    scheduleRetry(status != 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString());
}

void HeartbeatSender::scheduleRetry(const QString &reason)
{
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    const qint64 delayMs = std::max<qint64>(0, m_backoff.failed(nowMs) - nowMs);
    m_retryTimer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
    qCInfo(agentLog).noquote() << "heartbeat not delivered (" << reason << "); retrying in"
                               << delayMs << "ms with" << m_buffer.size() << "buffered";
    Q_EMIT retryScheduled(m_backoff.failures(), delayMs, reason);
}

} // namespace remotegpu
