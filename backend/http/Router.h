#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ClientAddressResolver.h"
#include "Permission.h"
#include "Principal.h"
#include "RequestContext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace remotegpu {

class RequestMetrics;

using Handler = std::function<ApiResponse(RequestContext &)>;
// Turns a bearer token into the account it speaks for, or Unauthorized.
using TokenVerifier = std::function<Result<Principal>(const QString &token)>;

// Matches method + path to a handler and wraps every answer the same way: trace id (taken from a
// well-formed incoming X-Trace-Id or made here) in the body and header, one JSON log line, the
// request metrics, and the error envelopes for what no handler sees — unknown route (404), wrong
// method (405 with Allow), malformed JSON (400), oversized body (413), a handler that throws (500),
// no or a bad token (401), a role the route's Permission does not admit (403).
// dispatch() is synchronous and socket-free: the HTTP adapter calls it on a worker thread, tests
// call it directly.
class Router
{
public:
    struct Options
    {
        qint64 maxBodyBytes = qint64(16) * 1024 * 1024;
        ClientAddressResolver clientAddresses;
    };

    struct RouteInfo
    {
        HttpMethod method;
        QString pattern;
        Permission permission;
    };

    Router(Options options, RequestMetrics *metrics);

    // `pattern` is a path with `:name` segments ("/api/admin/machines/:id"). Routes match in the
    // order added; a literal segment does not match a `:name` of an earlier route only if added
    // before it, so add "/machines/import" before "/machines/:id".
    void add(HttpMethod method, const QString &pattern, Permission permission, Handler handler);
    void setTokenVerifier(TokenVerifier verifier) { m_verifier = std::move(verifier); }
    // A route whose bodies may be larger (or must be smaller) than Options::maxBodyBytes, e.g.
    // the CSV import. Call after add().
    void setMaxBodyBytes(HttpMethod method, const QString &pattern, qint64 bytes);
    // The body limit of the route `method` + `path` would reach (the default when none matches),
    // so the connection layer can refuse a body by its Content-Length before reading it.
    qint64 maxBodyBytes(HttpMethod method, const QString &path) const;

    // Every route with what it demands: the permission-matrix test walks this list, so each
    // route added later is checked against every role without anyone listing it again.
    QList<RouteInfo> routes() const;

    ApiResponse dispatch(const ApiRequest &request) const;

    static QString makeTraceId(const QByteArray &incoming);

private:
    struct Route
    {
        HttpMethod method;
        QString pattern;
        QStringList segments;
        Permission permission;
        Handler handler;
        qint64 maxBodyBytes = 0; // 0: Options::maxBodyBytes
    };
    ApiResponse handle(const ApiRequest &request, const QHostAddress &client,
                       const QString &traceId, QString *routeName) const;

    Options m_options;
    RequestMetrics *m_metrics;
    QList<Route> m_routes;
    TokenVerifier m_verifier;
};

} // namespace remotegpu
