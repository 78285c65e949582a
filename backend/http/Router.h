#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "RequestContext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace remotegpu {

class DatabasePool;
class RequestMetrics;

using Handler = std::function<ApiResponse(RequestContext &)>;

// Matches method + path to a handler and wraps every answer the same way: trace id (taken from a
// well-formed incoming X-Trace-Id or made here) in the body and header, one JSON log line, the
// request metrics, and the error envelopes for what no handler sees — unknown route (404), wrong
// method (405 with Allow), malformed JSON (400), oversized body (413), a handler that throws (500).
// dispatch() is synchronous and socket-free: the HTTP adapter calls it on a worker thread, tests
// call it directly.
class Router
{
public:
    struct Options
    {
        qint64 maxBodyBytes = 16 * 1024 * 1024;
    };

    Router(Options options, RequestMetrics *metrics, DatabasePool *pool);

    // `pattern` is a path with `:name` segments ("/api/admin/machines/:id"). Routes match in the
    // order added; a literal segment does not match a `:name` of an earlier route only if added
    // before it, so add "/machines/import" before "/machines/:id".
    void add(HttpMethod method, const QString &pattern, Handler handler);

    ApiResponse dispatch(const ApiRequest &request) const;

    static QString makeTraceId(const QByteArray &incoming);

private:
    struct Route
    {
        HttpMethod method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    ApiResponse handle(const ApiRequest &request, const QString &traceId, QString *routeName) const;

    Options m_options;
    RequestMetrics *m_metrics;
    DatabasePool *m_pool;
    QList<Route> m_routes;
};

} // namespace remotegpu
