#include "HttpTestClient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace remotegpu::test {

using namespace Qt::Literals::StringLiterals;

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray databaseTextIn(const QByteArray &body)
{
    // Phrases of PostgreSQL's messages (constraint and encoding errors, quoted rows), of libpq's
    // connection errors (which name the host and port) and of QPSQL's wrappers.
    static const QList<QByteArray> phrases = {"violates ",
                                              "duplicate key value",
                                              "new row for relation",
                                              "DETAIL:",
                                              "SQLSTATE",
                                              "syntax error at or near",
                                              "invalid input syntax",
                                              "invalid byte sequence",
                                              "unterminated quoted",
                                              "QPSQL",
                                              "Unable to ",
                                              "server closed the connection",
                                              "connection to server",
                                              "Connection refused",
                                              "could not connect",
                                              "no connection to the server",
                                              "terminating connection",
                                              "relation \"",
                                              "Key ("};
    for (const QByteArray &p : phrases) {
        if (body.contains(p))
            return p;
    }
    return {};
}

HttpResult HttpTestClient::get(const QString &path,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", path, {}, headers);
}

HttpResult HttpTestClient::send(const QByteArray &method, const QString &path,
                                const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QUrl url = m_base.resolved(QUrl(path));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    bool hasContentType = false;
    for (const auto &h : headers) {
        request.setRawHeader(h.first, h.second);
        hasContentType =
            hasContentType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasContentType)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        result.error = u"timed out after %1 ms"_s.arg(timeoutMs);
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    if (const QByteArray leak = databaseTextIn(result.body); !leak.isEmpty())
        ADD_FAILURE() << method.constData() << ' ' << qPrintable(path)
                      << " answered with the database's own words (\"" << leak.constData()
                      << "\"): " << result.body.left(600).constData();
    return result;
}

} // namespace remotegpu::test
