#pragma once

#include "WebhookDeliveryWorker.h"

#include <QObject>
#include <QThread>

namespace remotegpu {

class Clock;
class DatabasePool;

// Sends the webhook deliveries that sql/0022's triggers queue. Runs on a thread of its own (its
// timer, DNS lookups and QNetworkAccessManager live there) and does its SQL on the DatabasePool's
// threads, so neither the HTTP thread nor a request ever waits for a receiver. Every second it
// claims the due deliveries (several server instances share them, see
// WebhookDeliveryRepository), checks where each target resolves to now, sends it signed, and
// logs the attempt; every minute it also looks for allocations that became expiring.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    using Options = WebhookDeliveryWorker::Settings;

    WebhookDispatcher(DatabasePool &pool, const Clock &clock, Options options);
    WebhookDispatcher(DatabasePool &pool, const Clock &clock)
        : WebhookDispatcher(pool, clock, Options{})
    {}
    // Stops the thread; deliveries being sent are sent again after their lease (at most a
    // minute) by whichever instance comes first.
    ~WebhookDispatcher() override;

    void start();
    void stop();
    // Any thread: look for due deliveries now rather than at the next tick.
    void deliverNow();

private:
    QThread m_thread;
    // Deleted by its thread as that ends (or here, if it never started).
    WebhookDeliveryWorker *m_worker = nullptr;
    bool m_started = false;
};

} // namespace remotegpu
