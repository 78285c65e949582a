#pragma once

#include "Error.h"
#include "Result.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace remotegpu {

class ApiUpload;

// The console's only door to the REST API. Every call is asynchronous: it returns at once and the
// callback runs later on the context object's thread, exactly once, with the envelope's `data` or
// an Error whose message a person can act on. When the context object is destroyed first, the
// request is aborted and the callback never runs, so a closed dialog is never called back.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QJsonValue>)>;
    // The answer of a call whose body is not only the envelope's `data` (a file download, an
    // upload whose refusal carries a report): interpret()'s reading of it, and the reply itself
    // to read more from (its body is left unread), or nullptr when no request went out.
    using ReplyCallback = std::function<void(Result<QJsonValue> answer, QNetworkReply *reply)>;

    // A body that is not JSON: bytes with their content type, or a multipart/form-data form.
    struct UploadBody
    {
        QByteArray contentType;
        QByteArray bytes;

        static UploadBody raw(const QByteArray &contentType, const QByteArray &bytes);
        struct Part
        {
            QByteArray name;
            QByteArray fileName; // empty for a plain field
            QByteArray contentType;
            QByteArray bytes;
        };
        // The boundary is random and checked against the parts' bytes.
        static UploadBody multipart(const QList<Part> &parts);
    };

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

    // Sends `body` the way every call goes (access token, the hold and resend after a 401, trace
    // ids in the log, reachability), with its progress and a Cancel on the returned handle, a
    // child of `context`. `timeout` replaces the usual one when set: a server that answers only
    // once it has checked and written a large file needs longer. The callback runs once, unless
    // the upload was cancelled or `context` destroyed first.
    ApiUpload *upload(const QByteArray &method, const QString &path, const QUrlQuery &query,
                      const UploadBody &body, QObject *context, ReplyCallback callback,
                      std::chrono::milliseconds timeout = {});
    // A GET whose answer is read from the reply (a file rather than an envelope).
    void download(const QString &path, const QUrlQuery &query, QObject *context,
                  ReplyCallback callback);

    // While requests are held (after a 401, until the session has a new access token), every
    // authenticated request waits here instead of going out with a token known to be dead.
    bool isHoldingRequests() const { return m_holding; }
    // Sends every held request again with the current access token (once: a request refused
    // twice gets its 401).
    void releaseHeldRequests();
    // Ends every held request with `error` (the person gave up signing in again).
    void failHeldRequests(const Error &error);
    int heldRequestCount() const { return int(m_held.size()); }
    // Whether the last request reached the server (see reachableChanged).
    bool isReachable() const { return m_reachable; }

    // Turns a finished reply into the callback's value (peeking: the body stays readable);
    // public so it can be tested without a socket.
    Result<QJsonValue> interpret(QNetworkReply *reply) const;

Q_SIGNALS:
    void baseUrlChanged(const QUrl &url);
    // A request that carried a token was refused with 401: the access token expired or was
    // revoked. From now on requests are held; Session listens, renews the token (or has the
    // person sign in again) and then releases or fails them. Emitted once per hold.
    void unauthorized(const remotegpu::Error &error);
    // The connection state as the status bar shows it: a request reached the server (true) or
    // failed for want of it (false). Emitted on changes only.
    void reachableChanged(bool reachable);

private:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QJsonValue body;
        QPointer<QObject> context;
        ReplyCallback callback;
        bool retried = false;
        // Uploads: the body as sent, the handle that shows progress, their own timeout.
        std::optional<UploadBody> upload = {};
        QPointer<ApiUpload> transfer = {};
        std::chrono::milliseconds timeout{0};
    };
    void dispatch(Request request);
    static void finish(Request &request, Result<QJsonValue> answer, QNetworkReply *reply);
    void hold(Request request, const Error &error);
    void setReachable(bool reachable);
    static bool isSignInRoute(const QString &path);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    Error networkError(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_accessToken;
    std::chrono::milliseconds m_timeout{30000};
    QList<Request> m_held;
    bool m_holding = false;
    bool m_reachable = true;
};

} // namespace remotegpu
