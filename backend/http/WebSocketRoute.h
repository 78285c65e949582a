#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace remotegpu {

// A WebSocket upgrade request as HttpConnection parsed it (a GET with Upgrade: websocket on a
// path registered with HttpServer::addWebSocketRoute).
struct WebSocketUpgrade
{
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent
    QHostAddress peer;

    // The first header of that name (case-insensitive), or a null QByteArray when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (name.compare(h.first, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// What serves one WebSocket path. `admit` runs on the HTTP thread before the upgrade: an Error
// is answered as a plain HTTP error (e.g. 403 for a refused Origin) and the connection closed.
// `take` then receives the socket, its read buffer holding the upgrade request again (so
// QWebSocketServer::handleConnection can read the handshake), no longer owned by the HTTP layer;
// it must delete the socket when done (the server's connection caps count it until then).
struct WebSocketRoute
{
    std::function<Result<void>(const WebSocketUpgrade &)> admit;
    std::function<void(QTcpSocket *, const WebSocketUpgrade &)> take;
};

} // namespace remotegpu
