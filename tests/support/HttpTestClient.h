#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace remotegpu::test {

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error; // transport error, if any

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // the body as a JSON object (empty if it is not one)
};

// The phrase of PostgreSQL's (or QPSQL's, or libpq's) own text found in `body`, or empty. No
// answer may quote the database (issue 10 item 7): HttpTestClient fails the running test on
// any answer that does, so every suite that talks HTTP checks it on every request.
QByteArray databaseTextIn(const QByteArray &body);

// A blocking HTTP client for tests: sends one request to a real server over a socket and waits
// (with QSignalSpy, on the test's event loop) for the whole answer.
class HttpTestClient
{
public:
    explicit HttpTestClient(QUrl base)
        : m_base(std::move(base))
    {}

    HttpResult get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    int timeoutMs = 30000);

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
};

} // namespace remotegpu::test
