#include "MachineImportApi.h"

#include "ApiEnvelope.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto kImportPath = "/api/admin/machines/import";

QUrl urlFor(const QUrl &base, const QString &path, const QUrlQuery &query = {})
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    return url;
}

} // namespace

MachineImportApi::MachineImportApi(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_network(new QNetworkAccessManager(this))
{}

static QNetworkRequest requestFor(const ApiClient &api, const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QByteArray("remotegpu-console/" + QCoreApplication::applicationVersion().toUtf8()));
    request.setTransferTimeout(timeoutMs);
    if (!api.accessToken().isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer " + api.accessToken().toUtf8());
    return request;
}

void MachineImportApi::fetchTemplate(QObject *context, Reply<QByteArray> reply)
{
    QNetworkRequest request = requestFor(
        *m_api, urlFor(m_api->baseUrl(), QString::fromLatin1(kImportPath) + u"/template"_s),
        int(m_api->timeout().count()));
    QNetworkReply *r = m_network->get(request);
    QPointer<ApiClient> api(m_api);
    connect(r, &QNetworkReply::finished, context, [r, api, reply = std::move(reply)] {
        r->deleteLater();
        const QVariant status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (r->error() == QNetworkReply::NoError && status.toInt() == 200) {
            reply(r->readAll());
            return;
        }
        if (!api) {
            reply(Error::unavailable(tr("The connection to the server was closed.")));
            return;
        }
        Result<QJsonValue> answer = api->interpret(r);
        reply(answer.ok() ? Error::internal(tr("The server answered the template download with "
                                               "HTTP %1 instead of the file.")
                                                .arg(status.toInt()))
                          : std::move(answer).error());
    });
    connect(context, &QObject::destroyed, r, &QNetworkReply::abort);
}

MachineImportUpload *MachineImportApi::upload(const QByteArray &csv, MachineImportReport::Mode mode,
                                              bool dryRun, QObject *context, Reply<Outcome> reply)
{
    auto *handle = new MachineImportUpload(context);
    send(handle, csv, mode, dryRun, std::move(reply), false);
    return handle;
}

void MachineImportApi::send(MachineImportUpload *handle, const QByteArray &csv,
                            MachineImportReport::Mode mode, bool dryRun, Reply<Outcome> reply,
                            bool retried)
{
    QUrlQuery query;
    query.addQueryItem(u"dryRun"_s, dryRun ? u"true"_s : u"false"_s);
    query.addQueryItem(u"mode"_s, MachineImportReport::modeName(mode));
    // A large file is checked and written on the server before it answers, with no traffic
    // meanwhile: give it longer than an ordinary call.
    const int timeoutMs = int(std::max<qint64>(m_api->timeout().count() * 4, 120000));
    QNetworkRequest request = requestFor(
        *m_api, urlFor(m_api->baseUrl(), QString::fromLatin1(kImportPath), query), timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "text/csv; charset=utf-8"_ba);
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    QNetworkReply *r = m_network->post(request, csv);
    handle->setReply(r);
    QPointer<MachineImportApi> self(this);
    connect(r, &QNetworkReply::finished, handle,
            [self, r, handle, csv, mode, dryRun, retried, reply = std::move(reply)]() mutable {
                r->deleteLater();
                if (!self) {
                    handle->markDone();
                    reply(Error::unavailable(tr("The connection to the server was closed.")));
                    return;
                }
                const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 401 && !retried) {
                    // Through ApiClient, which holds the call until the Session has renewed the
                    // token (or the person has signed in again), then the file once more.
                    self->m_api->get(
                        u"/api/auth/profile"_s, {}, handle,
                        [self, handle, csv, mode, dryRun,
                         reply = std::move(reply)](Result<QJsonValue> answer) mutable {
                            if (handle->isDone())
                                return; // cancelled while the token was renewed
                            if (!answer.ok() || !self) {
                                handle->markDone();
                                reply(answer.ok() ? Error::unavailable(tr(
                                                        "The connection to the server was closed."))
                                                  : std::move(answer).error());
                                return;
                            }
                            self->send(handle, csv, mode, dryRun, std::move(reply), true);
                        });
                    return;
                }
                handle->markDone();
                reply(self->interpretImport(r));
            });
}

Result<MachineImportApi::Outcome> MachineImportApi::interpretImport(QNetworkReply *r) const
{
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // 200, or 400 with the report of the refused rows in `data`.
    if (status == 200 || status == 400) {
        auto envelope = ApiEnvelope::parse(r->peek(r->bytesAvailable()));
        if (envelope.ok() && envelope->data.isObject() &&
            envelope->data.toObject().contains(u"totalRows"_s)) {
            auto report = MachineImportReport::fromJson(envelope->data.toObject());
            QString traceId = envelope->traceId;
            if (traceId.isEmpty())
                traceId = QString::fromLatin1(r->rawHeader("X-Trace-Id"_ba));
            if (!report.ok()) {
                Error e = std::move(report).error();
                e.message = tr("The server's import report could not be read: %1").arg(e.message);
                e.traceId = traceId;
                return e;
            }
            return Outcome{std::move(report).value(), envelope->message, traceId};
        }
    }
    Result<QJsonValue> answer = m_api->interpret(r);
    if (answer.ok())
        return Error::internal(tr("The server answered the import without a report."));
    return std::move(answer).error();
}

MachineImportUpload::MachineImportUpload(QObject *parent)
    : QObject(parent)
{}

void MachineImportUpload::setReply(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        Q_EMIT progress(sent, total);
        if (total > 0 && sent >= total && !m_sentSignalled) {
            m_sentSignalled = true;
            Q_EMIT this->sent();
        }
    });
}

MachineImportUpload::~MachineImportUpload()
{
    // The context went away first (a closed wizard): nothing is waiting for the answer.
    if (m_reply && !m_done) {
        m_reply->disconnect();
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void MachineImportUpload::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_reply) {
        m_reply->disconnect();
        m_reply->abort();
        m_reply->deleteLater();
    }
    Q_EMIT cancelled();
}

} // namespace remotegpu
