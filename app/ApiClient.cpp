#include "ApiClient.h"

#include "ApiEnvelope.h"
#include "ApiUpload.h"
#include "RandomNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <algorithm>
#include <memory>
#include <utility>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "remotegpu.api")

namespace {

// Where a request went, without path or credentials, for messages: "http://10.0.0.5:8080".
QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

// QNetworkReply numbers its errors by layer: below 200 the connection or the proxy failed and
// no HTTP answer exists; from 200 on an answer arrived and its body is worth reading.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

QString methodOf(const QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::HeadOperation:
        return u"HEAD"_s;
    case QNetworkAccessManager::GetOperation:
        return u"GET"_s;
    case QNetworkAccessManager::PutOperation:
        return u"PUT"_s;
    case QNetworkAccessManager::PostOperation:
        return u"POST"_s;
    case QNetworkAccessManager::DeleteOperation:
        return u"DELETE"_s;
    default:
        return QString::fromLatin1(
            reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    }
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    Q_EMIT baseUrlChanged(m_baseUrl);
}

void ApiClient::setAccessToken(const QString &token)
{
    m_accessToken = token;
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void ApiClient::get(const QString &path, const QUrlQuery &query, QObject *context,
                    Callback callback)
{
    send("GET"_ba, path, query, QJsonValue(QJsonValue::Undefined), context, std::move(callback));
}

void ApiClient::post(const QString &path, const QJsonValue &body, QObject *context,
                     Callback callback)
{
    send("POST"_ba, path, {}, body, context, std::move(callback));
}

void ApiClient::put(const QString &path, const QJsonValue &body, QObject *context,
                    Callback callback)
{
    send("PUT"_ba, path, {}, body, context, std::move(callback));
}

void ApiClient::remove(const QString &path, QObject *context, Callback callback)
{
    send("DELETE"_ba, path, {}, QJsonValue(QJsonValue::Undefined), context, std::move(callback));
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + (path.startsWith(u'/') ? path : u'/' + path));
    url.setQuery(query);
    return url;
}

void ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                     const QJsonValue &body, QObject *context, Callback callback)
{
    Q_ASSERT(context);
    dispatch(Request{method, path, query, body, context,
                     [callback = std::move(callback)](Result<QJsonValue> answer, QNetworkReply *) {
                         callback(std::move(answer));
                     }});
}

ApiClient::UploadBody ApiClient::UploadBody::raw(const QByteArray &contentType,
                                                 const QByteArray &bytes)
{
    return UploadBody{contentType, bytes};
}

ApiClient::UploadBody ApiClient::UploadBody::multipart(const QList<Part> &parts)
{
    QByteArray boundary;
    const auto inAnyPart = [&parts](const QByteArray &b) {
        return std::any_of(parts.cbegin(), parts.cend(),
                           [&b](const Part &p) { return p.bytes.contains(b); });
    };
    do {
        boundary = "remotegpu-" + random::bytes(16).toHex();
    } while (inAnyPart(boundary));
    QByteArray body;
    for (const Part &part : parts) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + '"';
        if (!part.fileName.isEmpty())
            body += "; filename=\"" + part.fileName + '"';
        body += "\r\n";
        if (!part.contentType.isEmpty())
            body += "Content-Type: " + part.contentType + "\r\n";
        body += "\r\n" + part.bytes + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return UploadBody{"multipart/form-data; boundary=" + boundary, body};
}

ApiUpload *ApiClient::upload(const QByteArray &method, const QString &path, const QUrlQuery &query,
                             const UploadBody &body, QObject *context, ReplyCallback callback,
                             std::chrono::milliseconds timeout)
{
    Q_ASSERT(context);
    auto *handle = new ApiUpload(context);
    Request r{method,
              path,
              query,
              QJsonValue(QJsonValue::Undefined),
              handle->requestContext(),
              std::move(callback)};
    r.upload = body;
    r.transfer = handle;
    r.timeout = timeout;
    dispatch(std::move(r));
    return handle;
}

void ApiClient::download(const QString &path, const QUrlQuery &query, QObject *context,
                         ReplyCallback callback)
{
    Q_ASSERT(context);
    dispatch(Request{"GET"_ba, path, query, QJsonValue(QJsonValue::Undefined), context,
                     std::move(callback)});
}

void ApiClient::finish(Request &r, Result<QJsonValue> answer, QNetworkReply *reply)
{
    if (r.transfer) {
        r.transfer->markDone();
        r.transfer->deleteLater();
    }
    r.callback(std::move(answer), reply);
}

bool ApiClient::isSignInRoute(const QString &path)
{
    // These carry their own credentials (a password or a refresh token); holding them behind a
    // renewal would wait for themselves.
    return path.startsWith(u"/api/auth/login"_s) || path.startsWith(u"/api/auth/refresh"_s) ||
           path.startsWith(u"/api/auth/logout"_s) || path.startsWith(u"/api/auth/password-reset"_s);
}

void ApiClient::dispatch(Request r)
{
    if (!r.context)
        return;
    const QString scheme = m_baseUrl.scheme();
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty() ||
        (scheme != u"http"_s && scheme != u"https"_s)) {
        Error error = Error::badRequest(
            tr("The server address \"%1\" is not usable. Enter an address such as "
               "http://127.0.0.1:8080.")
                .arg(m_baseUrl.toString()));
        // Queued, so a caller never sees its callback run before send() has returned.
        QObject *context = r.context.data();
        QMetaObject::invokeMethod(
            context,
            [r = std::move(r), error = std::move(error)]() mutable { finish(r, error, nullptr); },
            Qt::QueuedConnection);
        return;
    }
    if (m_holding && !m_accessToken.isEmpty() && !isSignInRoute(r.path)) {
        m_held.append(std::move(r));
        return;
    }

    QNetworkRequest request(urlFor(r.path, r.query));
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QByteArray("remotegpu-console/" + QCoreApplication::applicationVersion().toUtf8()));
    request.setTransferTimeout(
        static_cast<int>((r.timeout.count() > 0 ? r.timeout : m_timeout).count()));
    const QString sentToken = m_accessToken;
    if (!sentToken.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer " + sentToken.toUtf8());

    QByteArray payload;
    if (r.upload) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.upload->contentType);
        payload = r.upload->bytes;
    } else if (!r.body.isUndefined()) {
        Q_ASSERT_X(r.body.isObject() || r.body.isArray(), "ApiClient::send",
                   "a request body is a JSON object or array");
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        payload = r.body.isArray()
                      ? QJsonDocument(r.body.toArray()).toJson(QJsonDocument::Compact)
                      : QJsonDocument(r.body.toObject()).toJson(QJsonDocument::Compact);
    }

    QNetworkReply *reply = r.body.isUndefined() && !r.upload
                               ? m_network->sendCustomRequest(request, r.method)
                               : m_network->sendCustomRequest(request, r.method, payload);
    if (r.transfer)
        r.transfer->setReply(reply);

    // The finished connection is dropped before an abort caused by the context's destruction,
    // because `destroyed` fires while the context's own connections still exist: the callback
    // would otherwise run against a half-destroyed object.
    QObject *context = r.context.data();
    auto finishedConnection = std::make_shared<QMetaObject::Connection>();
    QPointer<ApiClient> self(this);
    *finishedConnection = connect(
        reply, &QNetworkReply::finished, context,
        [self, reply, sentToken, r = std::move(r)]() mutable {
            if (!self)
                return;
            Result<QJsonValue> result = self->interpret(reply);
            const bool unreachable =
                !result.ok() && result.error().kind == ErrorKind::Unavailable &&
                !reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
            self->setReachable(!unreachable);
            if (!result.ok()) {
                qCInfo(lcApi).noquote()
                    << r.method << reply->url().toString()
                    << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                    << "traceId" << reply->rawHeader("X-Trace-Id"_ba) << result.error().message;
                if (!sentToken.isEmpty() && result.error().kind == ErrorKind::Unauthorized &&
                    !isSignInRoute(r.path) && !r.retried) {
                    r.retried = true;
                    if (sentToken != self->m_accessToken && !self->m_holding) {
                        // Another request renewed the token meanwhile: try again with it.
                        self->dispatch(std::move(r));
                    } else {
                        self->hold(std::move(r), result.error());
                    }
                    return;
                }
            }
            self->finish(r, std::move(result), reply);
        });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(context, &QObject::destroyed, reply, [reply, finishedConnection] {
        QObject::disconnect(*finishedConnection);
        reply->abort();
    });
}

void ApiClient::hold(Request request, const Error &error)
{
    m_held.append(std::move(request));
    if (m_holding)
        return;
    m_holding = true;
    Q_EMIT unauthorized(error);
}

void ApiClient::releaseHeldRequests()
{
    m_holding = false;
    QList<Request> held = std::exchange(m_held, {});
    for (Request &r : held)
        dispatch(std::move(r));
}

void ApiClient::failHeldRequests(const Error &error)
{
    m_holding = false;
    QList<Request> held = std::exchange(m_held, {});
    for (Request &r : held) {
        if (r.context)
            finish(r, error, nullptr);
    }
}

void ApiClient::setReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachableChanged(reachable);
}

Result<QJsonValue> ApiClient::interpret(QNetworkReply *reply) const
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (isTransportError(reply->error()) || !statusAttribute.isValid())
        return networkError(reply);

    const int status = statusAttribute.toInt();
    const QString origin = originOf(reply->url());
    const QString what = methodOf(reply) + u' ' + reply->url().path();
    Result<ApiEnvelope> envelope = ApiEnvelope::parse(reply->peek(reply->bytesAvailable()));
    if (!envelope.ok()) {
        if (status >= 400) {
            return Error{
                errorKindForStatus(status),
                tr("The server at %1 answered %2 with HTTP %3 %4 and no RemoteGPU "
                   "envelope. Check that this address is a RemoteGPU server.")
                    .arg(origin, what, QString::number(status),
                         reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()),
                {}};
        }
        return Error::internal(tr("The server at %1 answered %2 with something that is not a "
                                  "RemoteGPU envelope (%3). Check that this address is a "
                                  "RemoteGPU server of a matching version.")
                                   .arg(origin, what, envelope.error().message));
    }
    if (!envelope->ok()) {
        Error error = envelope->toError();
        if (error.traceId.isEmpty())
            error.traceId = QString::fromLatin1(reply->rawHeader("X-Trace-Id"_ba));
        return error;
    }
    return envelope->data;
}

Error ApiClient::networkError(QNetworkReply *reply) const
{
    const QString origin = originOf(reply->url());
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Error::unavailable(tr("Cannot reach the server at %1: connection refused. Check "
                                     "that the server is running and that the address and port "
                                     "are right.")
                                      .arg(origin));
    case QNetworkReply::HostNotFoundError:
        return Error::unavailable(
            tr("Cannot reach the server at %1: the host name was not found. Check the address.")
                .arg(origin));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Our own aborts never reach a callback (the context is gone), so a cancel here is
        // the transfer timeout firing.
        return Error::unavailable(tr("The server at %1 did not answer within %2 s. Check that "
                                     "it is running and not overloaded, then try again.")
                                      .arg(origin, QLocale().toString(m_timeout.count() / 1000.0)));
    case QNetworkReply::RemoteHostClosedError:
        return Error::unavailable(
            tr("The server at %1 closed the connection before answering. It may have stopped "
               "or restarted; try again.")
                .arg(origin));
    case QNetworkReply::SslHandshakeFailedError:
        return Error::unavailable(
            tr("Cannot open a secure connection to %1: %2").arg(origin, reply->errorString()));
    default:
        return Error::unavailable(
            tr("Cannot reach the server at %1: %2").arg(origin, reply->errorString()));
    }
}

} // namespace remotegpu
