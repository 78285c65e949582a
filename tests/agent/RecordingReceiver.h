#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

#include <functional>

namespace remotegpu::test {

// A tiny HTTP/1.1 server on loopback for the agent's tests: records every request and answers
// each with what `answer` returns (200 with an "ok" envelope by default). One request per
// connection (it answers with Connection: close).
class RecordingReceiver : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names lower-case
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body = R"({"code":0,"message":"ok","data":{}})";
    };
    using Responder = std::function<Answer(const Request &)>;

    explicit RecordingReceiver(QObject *parent = nullptr);
    bool listen(quint16 port = 0);
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    const QList<Request> &requests() const { return m_requests; }

    static Answer envelope(int status, const QByteArray &dataOrMessage);

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    Responder m_responder;
    QList<Request> m_requests;
};

} // namespace remotegpu::test
