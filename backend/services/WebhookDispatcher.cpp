#include "WebhookDispatcher.h"

#include "WebhookDeliveryWorker.h"

namespace remotegpu {

WebhookDispatcher::WebhookDispatcher(DatabasePool &pool, const Clock &clock, Options options)
{
    m_thread.setObjectName(QStringLiteral("webhooks"));
    m_worker = new WebhookDeliveryWorker(pool, clock, std::move(options));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &WebhookDeliveryWorker::begin);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

WebhookDispatcher::~WebhookDispatcher()
{
    stop();
    if (!m_started)
        delete m_worker;
}

void WebhookDispatcher::start()
{
    m_started = true;
    m_thread.start();
}

void WebhookDispatcher::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void WebhookDispatcher::deliverNow()
{
    if (m_worker && m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, &WebhookDeliveryWorker::tick, Qt::QueuedConnection);
}

} // namespace remotegpu
