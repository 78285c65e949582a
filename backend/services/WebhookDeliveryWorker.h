#pragma once

#include "DeliveryRetry.h"
#include "WebhookDeliveryRepository.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace remotegpu {

class Clock;
class DatabasePool;

// WebhookDispatcher's half that lives on its thread: claims due deliveries (SQL on the pool),
// resolves and checks each target, sends it, and records the outcome (SQL on the pool again).
// One batch at a time; a full batch is followed by the next at once.
class WebhookDeliveryWorker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int intervalMs = 1000;
        int expiringScanMs = 60000;
        int batch = 20;
        int timeoutMs = 10000;
        DeliveryRetry retry;
    };

    // The longest part of an answer's body kept in the log.
    static constexpr qsizetype MaxLoggedBody = 2048;

    WebhookDeliveryWorker(DatabasePool &pool, const Clock &clock, Settings settings);
    ~WebhookDeliveryWorker() override;

    // On the worker's thread, once it runs.
    void begin();
    // Looks for due deliveries unless a batch is still out.
    void tick();

private:
    struct Batch
    {
        QList<ClaimedDelivery> deliveries;
        bool allowPrivate = false;
    };
    void sendAll(const Batch &batch);
    void send(const ClaimedDelivery &delivery, bool allowPrivate);
    void post(const ClaimedDelivery &delivery, const QHostAddress &address);
    void finished(const ClaimedDelivery &delivery, QNetworkReply *reply, qint64 startedMs);
    void conclude(const ClaimedDelivery &delivery, DeliveryOutcome outcome);
    void done();

    DatabasePool &m_pool;
    const Clock &m_clock;
    Settings m_settings;
    QTimer *m_timer = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    qint64 m_lastScanMs = 0;
    bool m_busy = false;
    bool m_again = false;
    int m_outstanding = 0;
};

} // namespace remotegpu
