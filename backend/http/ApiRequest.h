#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace remotegpu {

enum class HttpMethod { Get, Post, Put, Patch, Delete, Head, Options, Other };

QString methodName(HttpMethod method);

// A request as the router sees it, independent of QtHttpServer, so tests can hand one to the
// router directly (no socket) and the server adapter only has to copy fields across.
struct ApiRequest
{
    HttpMethod method = HttpMethod::Get;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent; compare case-insensitively
    QByteArray body;
    QHostAddress peerAddress;

    QByteArray header(const QByteArray &name) const;
};

} // namespace remotegpu
