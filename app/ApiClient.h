#pragma once

#include "Error.h"
#include "Result.h"

#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace remotegpu {

// The console's only door to the REST API. Every call is asynchronous: it returns at once and the
// callback runs later on the context object's thread, exactly once, with the envelope's `data` or
// an Error whose message a person can act on. When the context object is destroyed first, the
// request is aborted and the callback never runs, so a closed dialog is never called back.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QJsonValue>)>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);

    QString accessToken() const { return m_accessToken; }
    // Sent as `Authorization: Bearer …` on every later request; empty sends none.
    void setAccessToken(const QString &token);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback callback);
    void post(const QString &path, const QJsonValue &body, QObject *context, Callback callback);
    void put(const QString &path, const QJsonValue &body, QObject *context, Callback callback);
    void remove(const QString &path, QObject *context, Callback callback);

    // The generic form behind the helpers. `body` is a JSON object or array, or undefined to
    // send no body (an action without parameters can send QJsonObject() instead).
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QJsonValue &body, QObject *context, Callback callback);

    // Turns a finished reply into the callback's value; public so it can be tested without a
    // socket and reused by callers that hold their own QNetworkReply (uploads, downloads).
    Result<QJsonValue> interpret(QNetworkReply *reply) const;

Q_SIGNALS:
    void baseUrlChanged(const QUrl &url);
    // A request was refused with 401: the access token is missing or expired. Session listens to
    // refresh or to ask the person to sign in again.
    void unauthorized(const remotegpu::Error &error);

private:
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    Error networkError(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_accessToken;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace remotegpu
