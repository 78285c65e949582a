#include "CannedHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <memory>

namespace remotegpu::test {

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 409:
        return "Conflict"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    default:
        return "Status"_ba;
    }
}

} // namespace

QByteArray CannedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CannedHttpServer::handleConnection);
}

void CannedHttpServer::enqueue(int status, const QByteArray &body, const QByteArray &contentType)
{
    m_responses.append({status, body, contentType});
}

bool CannedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl CannedHttpServer::url() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_server.serverPort()));
}

quint16 CannedHttpServer::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void CannedHttpServer::handleConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            qsizetype contentLength = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray key = lines.at(i).left(colon).trimmed();
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                request.headers.append({key, value});
                if (key.compare("Content-Length"_ba, Qt::CaseInsensitive) == 0)
                    contentLength = value.toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + contentLength)
                return;
            request.body = buffer->mid(headerEnd + 4, contentLength);
            buffer->clear();
            m_requests.append(request);
            if (m_silent)
                return;

            const Response response = m_responses.size() > 1 ? m_responses.takeFirst()
                                      : m_responses.isEmpty()
                                          ? Response{500, "{}"_ba, "application/json"_ba}
                                          : m_responses.constFirst();
            socket->write("HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                          reasonFor(response.status) + "\r\nContent-Type: " + response.contentType +
                          "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                          "\r\nX-Trace-Id: canned-trace\r\nConnection: close\r\n\r\n" +
                          response.body);
            socket->disconnectFromHost();
        });
    }
}

} // namespace remotegpu::test
