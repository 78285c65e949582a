#include "AgentEnrollment.h"

#include "ApiEnvelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace remotegpu {

AgentEnrollment::AgentEnrollment(QNetworkAccessManager &network, QUrl server, QString agentVersion)
    : m_network(network)
    , m_server(std::move(server))
    , m_agentVersion(std::move(agentVersion))
{}

void AgentEnrollment::enroll(const QString &enrollmentToken, const QString &hostId,
                             QObject *context, Done done)
{
    QUrl url = m_server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                QStringLiteral("/api/agent/enroll"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(15'000);
    const QJsonObject body{{QStringLiteral("enrollmentToken"), enrollmentToken},
                           {QStringLiteral("hostId"), hostId},
                           {QStringLiteral("agentVersion"), m_agentVersion}};
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, hostId, done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                done(Error::unavailable(
                    QStringLiteral("enrolling %1: %2").arg(hostId, reply->errorString())));
                return;
            }
            const Result<ApiEnvelope> envelope = ApiEnvelope::parse(reply->readAll());
            if (!envelope) {
                done(
                    Error::unavailable(QStringLiteral("enrolling %1: HTTP %2 without an API answer")
                                           .arg(hostId)
                                           .arg(status)));
                return;
            }
            if (status != 200 || !envelope->ok()) {
                Error error = envelope->toError();
                error.message = QStringLiteral("enrolling %1: %2").arg(hostId, error.message);
                done(error);
                return;
            }
            const QJsonObject data = envelope->data.toObject();
            Enrolled enrolled{data.value(QStringLiteral("hostId")).toString(hostId),
                              data.value(QStringLiteral("agentToken")).toString(),
                              data.value(QStringLiteral("intervalSeconds")).toInt(10)};
            if (enrolled.agentToken.isEmpty()) {
                done(Error::unavailable(
                    QStringLiteral("enrolling %1: the answer has no agentToken").arg(hostId)));
                return;
            }
            done(enrolled);
        });
}

} // namespace remotegpu
