#include "MetricsEndpoint.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace remotegpu {

MetricsEndpoint::MetricsEndpoint(QNetworkAccessManager &network, QUrl url, int timeoutMs)
    : m_network(network)
    , m_url(std::move(url))
    , m_timeoutMs(timeoutMs)
{}

void MetricsEndpoint::fetch(QObject *context, Done done)
{
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.get(request);
    QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, done = std::move(done), url = m_url] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                done(Error::unavailable(
                    QStringLiteral("%1: %2").arg(url.toString(), reply->errorString())));
                return;
            }
            done(QString::fromUtf8(reply->readAll()));
        });
}

} // namespace remotegpu
