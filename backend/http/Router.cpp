#include "Router.h"

#include "JsonLog.h"
#include "RandomNumbers.h"
#include "RequestMetrics.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <exception>
#include <optional>
#include <utility>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool matches(const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i].startsWith(u':'))
            found.insert(pattern[i].mid(1), path[i]);
        else if (pattern[i] != path[i])
            return false;
    }
    if (params)
        *params = std::move(found);
    return true;
}

bool isJsonContentType(const QByteArray &contentType)
{
    return contentType.isEmpty() || contentType.toLower().contains("json");
}

// Text PostgreSQL refuses: NUL (no text type holds it) and UTF-16 that is not valid (a lone
// surrogate from a "\ud800" escape has no UTF-8 form).
bool isStorableText(QStringView text)
{
    return !text.contains(QChar(u'\0')) && text.isValidUtf16();
}

// The path of the first string (or key) in `value` PostgreSQL would refuse, e.g. "gpus[2].model";
// empty when there is none. `depth` bounds the walk (QJsonDocument itself stops at 1024 levels).
std::optional<QString> unstorableField(const QJsonValue &value, const QString &path, int depth = 0)
{
    if (depth > 64)
        return std::nullopt;
    if (value.isString())
        return isStorableText(value.toString()) ? std::nullopt : std::optional(path);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto bad = unstorableField(array.at(i), path + u'[' + QString::number(i) + u']',
                                           depth + 1))
                return bad;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString field = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (!isStorableText(it.key()))
                return path.isEmpty() ? u"(a field name)"_s : path;
            if (auto bad = unstorableField(it.value(), field, depth + 1))
                return bad;
        }
    }
    return std::nullopt;
}

Error unstorable(const QString &field)
{
    const QString message =
        u"%1 contains a character that cannot be stored (a NUL, U+0000, or an unpaired UTF-16 surrogate); remove it"_s
            .arg(field);
    return Error::badRequest(message, {{field, message}});
}

} // namespace

Router::Router(Options options, RequestMetrics *metrics)
    : m_options(std::move(options))
    , m_metrics(metrics)
{}

void Router::add(HttpMethod method, const QString &pattern, Permission permission, Handler handler)
{
    m_routes.append({method, pattern, splitPath(pattern), permission, std::move(handler), 0});
}

void Router::setMaxBodyBytes(HttpMethod method, const QString &pattern, qint64 bytes)
{
    for (Route &route : m_routes) {
        if (route.method == method && route.pattern == pattern)
            route.maxBodyBytes = bytes;
    }
}

qint64 Router::maxBodyBytes(HttpMethod method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    for (const Route &route : m_routes) {
        if (route.method == method && matches(route.segments, segments, nullptr))
            return route.maxBodyBytes > 0 ? route.maxBodyBytes : m_options.maxBodyBytes;
    }
    return m_options.maxBodyBytes;
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> result;
    for (const Route &r : m_routes)
        result.append({r.method, r.pattern, r.permission});
    return result;
}

QString Router::makeTraceId(const QByteArray &incoming)
{
    // A caller's id is kept so one trace spans a proxy, the console and us; anything that could
    // smuggle text into logs is replaced.
    static const QRegularExpression safe(u"^[A-Za-z0-9._-]{8,64}$"_s);
    QString candidate = QString::fromLatin1(incoming);
    if (!incoming.isEmpty() && safe.match(candidate).hasMatch())
        return candidate;
    return QString::fromLatin1(random::bytes(16).toHex());
}

ApiResponse Router::dispatch(const ApiRequest &request) const
{
    QElapsedTimer timer;
    timer.start();
    if (m_metrics)
        m_metrics->requestStarted();
    const QString traceId = makeTraceId(request.header("X-Trace-Id"));
    const JsonLog::ThreadTraceScope traceScope(traceId);
    // Through trusted proxies only: what audit rows record and what the request log prints.
    const QHostAddress client =
        m_options.clientAddresses.resolve(request.peerAddress, request.header("X-Forwarded-For"));
    QString routeName;
    ApiResponse response;
    try {
        response = handle(request, client, traceId, &routeName);
    } catch (const std::exception &e) {
        qCCritical(lcHttp).noquote() << "handler threw:" << e.what() << "traceId" << traceId;
        response = ApiResponse::error(
            Error::internal(u"Internal error; quote trace id %1 when reporting it"_s.arg(traceId)),
            traceId);
    } catch (...) {
        response = ApiResponse::error(
            Error::internal(u"Internal error; quote trace id %1 when reporting it"_s.arg(traceId)),
            traceId);
    }
    response.headers.append({QByteArrayLiteral("X-Trace-Id"), traceId.toLatin1()});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (m_metrics) {
        m_metrics->record(routeName, methodName(request.method), response.status, seconds);
        m_metrics->requestFinished();
    }
    if (lcHttp().isInfoEnabled()) // the fields cost more than the line at --log-level warning
        JsonLog::event(lcHttp(), QtInfoMsg, u"request"_s,
                       {{u"method"_s, methodName(request.method)},
                        {u"path"_s, request.path},
                        {u"route"_s, routeName},
                        {u"status"_s, response.status},
                        {u"durationMs"_s, seconds * 1000.0},
                        {u"traceId"_s, traceId},
                        {u"peer"_s, client.toString()}});
    return response;
}

ApiResponse Router::handle(const ApiRequest &request, const QHostAddress &client,
                           const QString &traceId, QString *routeName) const
{
    // HEAD is GET without the body (RFC 9110 §9.3.2): the GET route answers it and HttpServer
    // drops the body from what it writes.
    const HttpMethod method = request.method == HttpMethod::Head ? HttpMethod::Get : request.method;
    const QStringList path = splitPath(request.path);
    const Route *found = nullptr;
    QHash<QString, QString> params;
    QStringList allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> candidate;
        if (!matches(route.segments, path, &candidate))
            continue;
        if (route.method == method) {
            found = &route;
            params = std::move(candidate);
            break;
        }
        allowed.append(methodName(route.method));
        if (route.method == HttpMethod::Get)
            allowed.append(methodName(HttpMethod::Head));
    }
    if (!found) {
        if (!allowed.isEmpty()) {
            *routeName = u"unmatched-method"_s;
            const QString message = u"%1 is not allowed on %2; use %3"_s.arg(
                methodName(request.method), request.path, allowed.join(u", "_s));
            ApiResponse r;
            r.status = 405;
            r.body = ApiEnvelope{405, message, QJsonValue::Null, traceId}.toBytes();
            r.headers.append({QByteArrayLiteral("Allow"), allowed.join(u", "_s).toLatin1()});
            return r;
        }
        *routeName = u"unmatched"_s;
        return ApiResponse::error(
            Error::notFound(u"No API route %1 %2"_s.arg(methodName(request.method), request.path)),
            traceId);
    }
    *routeName = found->pattern;

    const qint64 bodyLimit = found->maxBodyBytes > 0 ? found->maxBodyBytes : m_options.maxBodyBytes;
    if (request.body.size() > bodyLimit) {
        return ApiResponse::error(
            {ErrorKind::PayloadTooLarge,
             u"The request body is %1 bytes; the limit is %2 bytes"_s.arg(request.body.size())
                 .arg(bodyLimit),
             {}},
            traceId);
    }
    if (!isStorableText(request.path))
        return ApiResponse::error(unstorable(u"the path"_s), traceId);
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!isStorableText(item.first) || !isStorableText(item.second))
            return ApiResponse::error(unstorable(u"query parameter "_s + item.first.left(64)),
                                      traceId);
    }

    std::optional<Principal> principal;
    if (!found->permission.isPublic) {
        const QByteArray authorization = request.header("Authorization");
        if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
            return ApiResponse::error(
                Error::unauthorized(
                    u"Sign in first: this route needs an \"Authorization: Bearer <access token>\" header"_s),
                traceId);
        if (!m_verifier)
            return ApiResponse::error(
                Error::unauthorized(u"Sign-in is not available on this server"_s), traceId);
        auto verified = m_verifier(QString::fromLatin1(authorization.mid(7).trimmed()));
        if (!verified)
            return ApiResponse::error(verified.error(), traceId);
        if (!permits(verified->role, found->permission)) {
            return ApiResponse::error(
                Error::forbidden(u"Your role (%1) may not %2 %3"_s.arg(
                    toString(verified->role),
                    found->permission.access == AccessKind::Read ? u"read"_s : u"change"_s,
                    moduleName(found->permission.module))),
                traceId);
        }
        principal = *verified;
    }

    QJsonValue body = QJsonValue::Undefined;
    if (!request.body.isEmpty() && isJsonContentType(request.header("Content-Type"))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError) {
            return ApiResponse::error(
                Error::badRequest(
                    u"The request body is not valid JSON: %1 at byte %2"_s.arg(error.errorString())
                        .arg(error.offset)),
                traceId);
        }
        body = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        if (auto bad = unstorableField(body, QString()))
            return ApiResponse::error(unstorable(bad->isEmpty() ? u"the body"_s : *bad), traceId);
    }
    RequestContext context(request, std::move(params), traceId, body, principal, client);
    return found->handler(context);
}

} // namespace remotegpu
