#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace remotegpu {

class SqlSession;

// A delivery claimed by one worker: the event to send and where to.
struct ClaimedDelivery
{
    qint64 id = 0;
    QString eventId;
    QString eventType;
    QByteArray body; // the event's JSON, exactly as it is signed and sent
    int attempt = 1; // this attempt's number
    qint64 webhookId = 0;
    QString url;
    QString secret;
    bool webhookEnabled = true;
};

// What one attempt came to, for the log and the delivery's next state.
struct DeliveryOutcome
{
    int statusCode = 0; // 0: no HTTP answer
    int durationMs = 0;
    QString error;
    QByteArray responseBody; // already cut to what the log keeps
    enum class Next { Delivered, Retry, Failed, Gone } next = Next::Retry;
    QDateTime nextAttemptAt; // with Retry
};

// The webhook_deliveries outbox (sql/0022) as the delivery worker uses it. Several server
// instances share the work: a claim takes due rows with FOR UPDATE SKIP LOCKED and leases them
// by moving next_attempt_at past the lease, so no two workers send the same attempt and a
// worker that dies leaves its rows due again.
class WebhookDeliveryRepository
{
public:
    explicit WebhookDeliveryRepository(SqlSession &session)
        : m_session(session)
    {}

    // allocation.expiring events for allocations inside the expiring window at `now`; how many.
    Result<int> scanExpiring(const QDateTime &now);
    // Up to `limit` deliveries due at `now`, each counted as one more attempt and leased until
    // `leaseUntil`.
    Result<QList<ClaimedDelivery>> claimDue(const QDateTime &now, const QDateTime &leaseUntil,
                                            int limit);
    // Logs the attempt and moves the delivery (and its webhook's counters) on, in one
    // transaction: Delivered and Gone end it (Gone also disables the webhook), Failed ends it
    // after the last attempt, Retry makes it due again at nextAttemptAt.
    Result<void> record(const ClaimedDelivery &delivery, const DeliveryOutcome &outcome);
    // The webhook is gone or disabled: the delivery is dropped without an attempt.
    Result<void> cancel(qint64 deliveryId);
    // webhook_allow_private_targets.
    Result<bool> privateTargetsAllowed();

private:
    SqlSession &m_session;
};

} // namespace remotegpu
