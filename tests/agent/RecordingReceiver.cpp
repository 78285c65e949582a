#include "RecordingReceiver.h"

#include <QTcpSocket>

namespace remotegpu::test {

RecordingReceiver::RecordingReceiver(QObject *parent)
    : QObject(parent)
    , m_responder([](const Request &) { return Answer{}; })
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

bool RecordingReceiver::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QString RecordingReceiver::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

RecordingReceiver::Answer RecordingReceiver::envelope(int status, const QByteArray &dataOrMessage)
{
    if (status == 200)
        return {200, R"({"code":0,"message":"ok","data":)" + dataOrMessage + "}"};
    return {status, R"({"code":)" + QByteArray::number(status) + R"(,"message":")" + dataOrMessage +
                        R"(","data":null})"};
}

void RecordingReceiver::serve(QTcpSocket *socket)
{
    auto *buffer = new QByteArray;
    connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
        delete buffer;
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer->size() < headerEnd + 4 + length)
            return;
        request.body = buffer->mid(headerEnd + 4, length);
        buffer->clear();
        m_requests << request;
        const Answer answer = m_responder(request);
        QByteArray response =
            "HTTP/1.1 " + QByteArray::number(answer.status) +
            " Status\r\n"
            "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
        socket->write(response);
        socket->disconnectFromHost();
    });
}

} // namespace remotegpu::test
