#include "AgentEnrollmentService.h"
#include "ApiRoutes.h"
#include "HeartbeatIngestService.h"
#include "JsonWriter.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Bodies of the agent and token routes: a replayed buffer of 100 heartbeats with their process
// lists fits in 8 MiB; the others are a few fields.
constexpr qint64 HeartbeatBodyBytes = qint64(8) * 1024 * 1024;
constexpr qint64 SmallBodyBytes = qint64(4) * 1024;

Error agentTokenMissing()
{
    return Error::unauthorized(
        u"agent token refused: send \"Authorization: Bearer <agent token>\" (re-enrol with --enroll-token)"_s);
}

} // namespace

void registerAgentRoutes(Router &router, HeartbeatIngestService &ingest,
                         AgentEnrollmentService &enrollment)
{
    // The agent routes are public to the router (no user access token): the handler
    // authenticates the agent itself, by its per-host token, and a user's token is refused.
    router.add(HttpMethod::Post, u"/api/agent/enroll"_s, Permission::publicRoute(),
               [&enrollment](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto enrolled = enrollment.enroll(body->value(u"enrollmentToken"_s).toString(),
                                                     body->value(u"hostId"_s).toString(),
                                                     body->value(u"agentVersion"_s).toString(),
                                                     clientInfoOf(ctx));
                   if (!enrolled)
                       return ctx.fail(enrolled.error());
                   return ctx.ok(QJsonObject{{u"hostId"_s, enrolled->hostId},
                                             {u"agentToken"_s, enrolled->agentToken},
                                             {u"intervalSeconds"_s, enrolled->intervalSeconds}});
               });
    router.setMaxBodyBytes(HttpMethod::Post, u"/api/agent/enroll"_s, SmallBodyBytes);

    router.add(HttpMethod::Post, u"/api/agent/heartbeat"_s, Permission::publicRoute(),
               [&ingest](RequestContext &ctx) {
                   // The body first: a malformed one is refused without a database round trip.
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto heartbeats = ingest.parse(*body);
                   if (!heartbeats)
                       return ctx.fail(heartbeats.error());
                   const QByteArray authorization = ctx.request().header("Authorization");
                   if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
                       return ctx.fail(agentTokenMissing());
                   const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
                   auto summary = ingest.ingest(token, *heartbeats);
                   if (!summary)
                       return ctx.fail(summary.error());
                   return ctx.ok(
                       QJsonObject{{u"accepted"_s, summary->accepted},
                                   {u"duplicates"_s, summary->duplicates},
                                   {u"tooOld"_s, summary->tooOld},
                                   {u"intervalSeconds"_s, summary->intervalSeconds},
                                   {u"serverTime"_s, json::timestamp(summary->serverTime)}});
               });
    router.setMaxBodyBytes(HttpMethod::Post, u"/api/agent/heartbeat"_s, HeartbeatBodyBytes);

    router.add(HttpMethod::Post, u"/api/admin/agents/enrollment-token"_s,
               Permission::write(Module::Machines), [&enrollment](RequestContext &ctx) {
                   auto token =
                       enrollment.rotateEnrollmentToken(*ctx.principal(), clientInfoOf(ctx));
                   if (!token)
                       return ctx.fail(token.error());
                   return ctx.ok(QJsonObject{{u"enrollmentToken"_s, *token}});
               });
    router.setMaxBodyBytes(HttpMethod::Post, u"/api/admin/agents/enrollment-token"_s,
                           SmallBodyBytes);

    router.add(HttpMethod::Post, u"/api/admin/machines/:id/agent-token/revoke"_s,
               Permission::write(Module::Machines), [&enrollment](RequestContext &ctx) {
                   const QString id = ctx.pathParam(u"id"_s);
                   auto done = enrollment.revokeAgentToken(id, *ctx.principal(), clientInfoOf(ctx));
                   if (!done)
                       return ctx.fail(done.error());
                   return ctx.ok(QJsonObject{{u"id"_s, id}, {u"agentTokenRevoked"_s, true}});
               });
    router.setMaxBodyBytes(HttpMethod::Post, u"/api/admin/machines/:id/agent-token/revoke"_s,
                           SmallBodyBytes);
}

} // namespace remotegpu
