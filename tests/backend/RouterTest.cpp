#include "Router.h"
#include "../support/QtPrinters.h"
#include "ApiEnvelope.h"
#include "RequestMetrics.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <stdexcept>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

namespace {

ApiRequest request(HttpMethod method, const QString &path, const QByteArray &body = {},
                   QList<QPair<QByteArray, QByteArray>> headers = {})
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

ApiEnvelope envelope(const ApiResponse &response)
{
    auto parsed = ApiEnvelope::parse(response.body);
    EXPECT_TRUE(parsed.ok()) << response.body.constData();
    return parsed ? *parsed : ApiEnvelope{};
}

class RouterTest : public ::testing::Test
{
protected:
    RouterTest()
        : router(Router::Options{1024, {}}, &metrics)
    {
        router.add(HttpMethod::Get, u"/api/things/import"_s, Permission::publicRoute(),
                   [](RequestContext &ctx) { return ctx.ok(u"import"_s); });
        router.add(HttpMethod::Get, u"/api/things/:id"_s, Permission::publicRoute(),
                   [](RequestContext &ctx) {
                       return ctx.ok(QJsonObject{{u"id"_s, ctx.pathParam(u"id"_s)}});
                   });
        router.add(HttpMethod::Post, u"/api/things"_s, Permission::publicRoute(),
                   [](RequestContext &ctx) {
                       auto body = ctx.jsonObject();
                       if (!body)
                           return ctx.fail(body.error());
                       return ctx.ok(*body, 201);
                   });
        router.add(HttpMethod::Get, u"/api/boom"_s, Permission::publicRoute(),
                   [](RequestContext &) -> ApiResponse { throw std::runtime_error("boom"); });
    }
    RequestMetrics metrics;
    Router router;
};

} // namespace

TEST_F(RouterTest, UnknownRouteIsA404EnvelopeWithTraceId)
{
    const ApiResponse r = router.dispatch(request(HttpMethod::Get, u"/api/nothing"_s));
    EXPECT_EQ(r.status, 404);
    const ApiEnvelope e = envelope(r);
    EXPECT_EQ(e.code, 404);
    EXPECT_TRUE(e.message.contains(u"/api/nothing"_s));
    EXPECT_EQ(e.traceId.size(), 32);
    EXPECT_EQ(QString::fromLatin1(r.header("X-Trace-Id")), e.traceId);
}

TEST_F(RouterTest, PathParametersAndLiteralSegmentsMatchInOrder)
{
    EXPECT_EQ(envelope(router.dispatch(request(HttpMethod::Get, u"/api/things/import"_s)))
                  .data.toString(),
              u"import"_s);
    EXPECT_EQ(envelope(router.dispatch(request(HttpMethod::Get, u"/api/things/node-7"_s)))
                  .data.toObject()
                  .value(u"id"_s)
                  .toString(),
              u"node-7"_s);
}

TEST_F(RouterTest, WrongMethodIs405WithAllow)
{
    const ApiResponse r = router.dispatch(request(HttpMethod::Delete, u"/api/things"_s));
    EXPECT_EQ(r.status, 405);
    EXPECT_EQ(r.header("Allow"), QByteArray("POST"));
    EXPECT_EQ(envelope(r).code, 405);
}

TEST_F(RouterTest, HeadIsServedByTheGetRouteAndAllowedBesideIt)
{
    const ApiResponse head = router.dispatch(request(HttpMethod::Head, u"/api/things/7"_s));
    EXPECT_EQ(head.status, 200);
    EXPECT_EQ(envelope(head).data.toObject().value(u"id"_s).toString(), u"7"_s);

    const ApiResponse r = router.dispatch(request(HttpMethod::Delete, u"/api/things/7"_s));
    EXPECT_EQ(r.status, 405);
    EXPECT_EQ(r.header("Allow"), QByteArray("GET, HEAD"));
}

TEST_F(RouterTest, MalformedJsonIs400WithTraceIdAndPosition)
{
    const ApiResponse r =
        router.dispatch(request(HttpMethod::Post, u"/api/things"_s, R"({"name": "a",})",
                                {{"Content-Type", "application/json"}}));
    EXPECT_EQ(r.status, 400);
    const ApiEnvelope e = envelope(r);
    EXPECT_EQ(e.code, 400);
    EXPECT_TRUE(e.message.contains(u"not valid JSON"_s)) << qPrintable(e.message);
    EXPECT_TRUE(e.message.contains(u"byte"_s));
    EXPECT_FALSE(e.traceId.isEmpty());
    EXPECT_EQ(QString::fromLatin1(r.header("X-Trace-Id")), e.traceId);
}

TEST_F(RouterTest, BodyThatIsNotAnObjectIsRefusedByTheHandler)
{
    const ApiResponse r = router.dispatch(request(HttpMethod::Post, u"/api/things"_s, "[1,2]"));
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(envelope(r).message.contains(u"JSON object"_s));
}

TEST_F(RouterTest, WellFormedBodyReachesTheHandler)
{
    const ApiResponse r =
        router.dispatch(request(HttpMethod::Post, u"/api/things"_s, R"({"name":"机器"})"));
    EXPECT_EQ(r.status, 201);
    EXPECT_EQ(envelope(r).data.toObject().value(u"name"_s).toString(), u"机器"_s);
}

TEST_F(RouterTest, OversizedBodyIs413)
{
    const ApiResponse r =
        router.dispatch(request(HttpMethod::Post, u"/api/things"_s, QByteArray(2048, 'x')));
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(envelope(r).code, 413);
    EXPECT_TRUE(envelope(r).message.contains(u"1024"_s));
}

TEST_F(RouterTest, WellFormedIncomingTraceIdIsKeptAndHostileOneReplaced)
{
    const ApiResponse kept = router.dispatch(
        request(HttpMethod::Get, u"/api/things/1"_s, {}, {{"x-trace-id", "client-trace-0001"}}));
    EXPECT_EQ(envelope(kept).traceId, u"client-trace-0001"_s);
    const ApiResponse replaced = router.dispatch(
        request(HttpMethod::Get, u"/api/things/1"_s, {}, {{"X-Trace-Id", "bad\"}\n{injected"}}));
    EXPECT_NE(envelope(replaced).traceId, u"bad\"}\n{injected"_s);
    EXPECT_EQ(envelope(replaced).traceId.size(), 32);
}

TEST_F(RouterTest, ThrowingHandlerIs500WithoutLeakingTheException)
{
    const ApiResponse r = router.dispatch(request(HttpMethod::Get, u"/api/boom"_s));
    EXPECT_EQ(r.status, 500);
    const ApiEnvelope e = envelope(r);
    EXPECT_FALSE(e.message.contains(u"boom"_s));
    EXPECT_TRUE(e.message.contains(e.traceId));
}

TEST_F(RouterTest, MetricsCountByRoutePatternNotRawPath)
{
    router.dispatch(request(HttpMethod::Get, u"/api/things/a"_s));
    router.dispatch(request(HttpMethod::Get, u"/api/things/b"_s));
    router.dispatch(request(HttpMethod::Get, u"/api/missing"_s));
    const QString text = QString::fromUtf8(metrics.renderPrometheus());
    EXPECT_TRUE(text.contains(
        u"remotegpu_http_requests_total{route=\"/api/things/:id\",method=\"GET\",status=\"200\"} 2"_s))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(
        u"remotegpu_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"} 1"_s));
    EXPECT_FALSE(text.contains(u"/api/things/a"_s));
}
