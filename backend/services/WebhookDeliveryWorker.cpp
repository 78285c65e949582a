#include "WebhookDeliveryWorker.h"

#include "Clock.h"
#include "DatabasePool.h"
#include "JsonLog.h"
#include "SqlSession.h"
#include "WebhookSignature.h"
#include "WebhookTargetPolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// A claimed delivery is not due again for this long, so a worker that stopped mid-send does not
// keep it forever, and a slow receiver is not sent the same attempt twice.
constexpr int kLeaseSecs = 60;

} // namespace

WebhookDeliveryWorker::WebhookDeliveryWorker(DatabasePool &pool, const Clock &clock,
                                             Settings settings)
    : m_pool(pool)
    , m_clock(clock)
    , m_settings(std::move(settings))
{}

WebhookDeliveryWorker::~WebhookDeliveryWorker() = default;

void WebhookDeliveryWorker::begin()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(std::max(m_settings.intervalMs, 50));
    connect(m_timer, &QTimer::timeout, this, &WebhookDeliveryWorker::tick);
    m_timer->start();
    m_network = new QNetworkAccessManager(this);
    // Receivers are different hosts each time: no cookies, no cache, no proxy surprises.
    m_network->setCookieJar(nullptr);
    m_network->setProxy(QNetworkProxy::NoProxy);
    tick();
}

void WebhookDeliveryWorker::tick()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const bool scan = m_lastScanMs == 0 || nowMs - m_lastScanMs >= m_settings.expiringScanMs ||
                      nowMs < m_lastScanMs;
    if (scan)
        m_lastScanMs = nowMs;
    const int limit = m_settings.batch;
    QtConcurrent::run(m_pool.threadPool(), [pool = &m_pool, now, scan, limit]() -> Result<Batch> {
        auto session = SqlSession::open(*pool);
        if (!session)
            return session.error();
        WebhookDeliveryRepository repo(*session);
        if (scan)
            if (auto r = repo.scanExpiring(now); !r)
                return r.error();
        auto allow = repo.privateTargetsAllowed();
        if (!allow)
            return allow.error();
        auto claimed = repo.claimDue(now, now.addSecs(kLeaseSecs), limit);
        if (!claimed)
            return claimed.error();
        return Batch{*claimed, *allow};
    }).then(this, [this](Result<Batch> batch) {
        if (!batch) {
            qCWarning(lcDb).noquote()
                << "webhook deliveries: claim failed:" << batch.error().message;
            done();
            return;
        }
        m_again = m_again || batch->deliveries.size() >= m_settings.batch;
        sendAll(*batch);
    });
}

void WebhookDeliveryWorker::sendAll(const Batch &batch)
{
    m_outstanding = int(batch.deliveries.size());
    if (m_outstanding == 0) {
        done();
        return;
    }
    for (const ClaimedDelivery &d : batch.deliveries)
        send(d, batch.allowPrivate);
}

void WebhookDeliveryWorker::send(const ClaimedDelivery &d, bool allowPrivate)
{
    if (!d.webhookEnabled) {
        QtConcurrent::run(m_pool.threadPool(), [pool = &m_pool, id = d.id]() -> Result<void> {
            auto session = SqlSession::open(*pool);
            if (!session)
                return session.error();
            return WebhookDeliveryRepository(*session).cancel(id);
        }).then(this, [this](const Result<void> &) { done(); });
        return;
    }
    const QUrl url(d.url);
    auto refuse = [this, d](const QString &error) {
        DeliveryOutcome outcome;
        outcome.error = error;
        conclude(d, outcome);
    };
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        refuse(u"the URL is not an http or https URL"_s);
        return;
    }
    const QString host = url.host();
    // The address is checked as resolved now and the request goes to that very address, so a
    // name re-pointed at an internal address after registration (DNS rebinding) is caught.
    auto checked = [this, d, host, allowPrivate, refuse](const QList<QHostAddress> &addresses) {
        if (auto r = WebhookTargetPolicy::checkAddresses(host, addresses, allowPrivate); !r) {
            refuse(r.error().message);
            return;
        }
        post(d, addresses.first());
    };
    if (QHostAddress literal; literal.setAddress(host)) {
        checked({literal});
        return;
    }
    QHostInfo::lookupHost(host, this, [checked, host, refuse](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError)
            refuse(u"cannot resolve %1: %2"_s.arg(host, info.errorString()));
        else
            checked(info.addresses());
    });
}

void WebhookDeliveryWorker::post(const ClaimedDelivery &d, const QHostAddress &address)
{
    const QUrl original(d.url);
    QUrl target = original;
    target.setHost(address.toString());
    QNetworkRequest request(target);
    QString hostHeader = original.host(QUrl::FullyEncoded);
    if (original.port() != -1)
        hostHeader += u':' + QString::number(original.port());
    request.setRawHeader("Host", hostHeader.toUtf8());
    if (original.scheme() == u"https"_s)
        request.setPeerVerifyName(original.host());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("RemoteGPU-Webhooks/1"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_settings.timeoutMs);
    const qint64 timestamp = m_clock.now().toSecsSinceEpoch();
    request.setRawHeader("webhook-id", d.eventId.toLatin1());
    request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
    request.setRawHeader("webhook-signature",
                         WebhookSignature::sign(d.secret, d.eventId.toLatin1(), timestamp, d.body));
    QElapsedTimer started;
    started.start();
    QNetworkReply *reply = m_network->post(request, d.body);
    // A receiver that streams a large answer is cut short once the logged part has arrived.
    connect(reply, &QNetworkReply::readyRead, reply, [reply] {
        if (reply->bytesAvailable() > qint64(64) * 1024)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, d, reply, started] { finished(d, reply, started.elapsed()); });
}

void WebhookDeliveryWorker::finished(const ClaimedDelivery &d, QNetworkReply *reply,
                                     qint64 elapsedMs)
{
    reply->deleteLater();
    DeliveryOutcome outcome;
    outcome.durationMs = int(std::min<qint64>(elapsedMs, INT_MAX));
    outcome.statusCode = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.responseBody = reply->read(MaxLoggedBody);
    if (outcome.statusCode >= 300 && outcome.statusCode < 400)
        outcome.error = u"redirect to %1 not followed"_s.arg(
            QString::fromUtf8(reply->rawHeader("Location")).left(300));
    else if (outcome.statusCode >= 400)
        outcome.error = u"the receiver answered HTTP %1"_s.arg(outcome.statusCode);
    else if (outcome.statusCode == 0 && reply->error() == QNetworkReply::OperationCanceledError)
        outcome.error = u"no answer within %1 ms"_s.arg(m_settings.timeoutMs);
    else if (outcome.statusCode == 0)
        outcome.error = reply->errorString();
    if (outcome.statusCode >= 200 && outcome.statusCode < 300)
        outcome.error.clear();
    conclude(d, outcome);
}

void WebhookDeliveryWorker::conclude(const ClaimedDelivery &d, DeliveryOutcome outcome)
{
    using Next = DeliveryOutcome::Next;
    if (outcome.statusCode >= 200 && outcome.statusCode < 300)
        outcome.next = Next::Delivered;
    else if (outcome.statusCode == 410)
        outcome.next = Next::Gone;
    else if (m_settings.retry.exhausted(d.attempt))
        outcome.next = Next::Failed;
    else {
        outcome.next = Next::Retry;
        outcome.nextAttemptAt = m_settings.retry.nextAttemptAt(m_clock.now(), d.attempt);
    }
    QtConcurrent::run(m_pool.threadPool(), [pool = &m_pool, d, outcome]() -> Result<void> {
        auto session = SqlSession::open(*pool);
        if (!session)
            return session.error();
        return WebhookDeliveryRepository(*session).record(d, outcome);
    }).then(this, [this, id = d.id](const Result<void> &r) {
        if (!r)
            qCWarning(lcDb).noquote()
                << "webhook delivery" << id << "not recorded:" << r.error().message;
        done();
    });
}

void WebhookDeliveryWorker::done()
{
    if (m_outstanding > 0)
        --m_outstanding;
    if (m_outstanding > 0)
        return;
    m_busy = false;
    if (m_again)
        QMetaObject::invokeMethod(this, &WebhookDeliveryWorker::tick, Qt::QueuedConnection);
}

} // namespace remotegpu
