#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace remotegpu::test {

// A loopback HTTP peer for client tests: answers every request with the next canned response
// (the last one repeats) and records what it received. No routing, no keep-alive: one request
// per connection, then it closes.
class CannedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
    };

    explicit CannedHttpServer(QObject *parent = nullptr);

    // Queues an answer; `body` is sent as application/json unless `contentType` says otherwise.
    void enqueue(int status, const QByteArray &body,
                 const QByteArray &contentType = QByteArrayLiteral("application/json"));
    // Accepts connections but never answers, for timeout tests.
    void setSilent(bool silent) { m_silent = silent; }

    bool listen();
    QUrl url() const;
    QList<Request> requests() const { return m_requests; }

    // A loopback port that nothing listens on (it was free a moment ago).
    static quint16 closedPort();

private:
    struct Response
    {
        int status;
        QByteArray body;
        QByteArray contentType;
    };

    void handleConnection();

    QTcpServer m_server;
    QList<Response> m_responses;
    QList<Request> m_requests;
    bool m_silent = false;
};

} // namespace remotegpu::test
