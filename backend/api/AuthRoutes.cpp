#include "ApiRoutes.h"
#include "AuthService.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerAuthRoutes(Router &router, AuthService &auth)
{
    router.add(HttpMethod::Post, u"/api/auth/login"_s, Permission::publicRoute(),
               [&auth](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto tokens =
                       auth.login(body->value(u"username"_s).toString(),
                                  body->value(u"password"_s).toString(), clientInfoOf(ctx));
                   return tokens ? ctx.ok(tokens->toJson()) : ctx.fail(tokens.error());
               });

    router.add(HttpMethod::Post, u"/api/auth/refresh"_s, Permission::publicRoute(),
               [&auth](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto tokens =
                       auth.refresh(body->value(u"refreshToken"_s).toString(), clientInfoOf(ctx));
                   return tokens ? ctx.ok(tokens->toJson()) : ctx.fail(tokens.error());
               });

    router.add(
        HttpMethod::Post, u"/api/auth/logout"_s, Permission::write(Module::Profile),
        [&auth](RequestContext &ctx) {
            const QJsonObject body = ctx.jsonObject().ok() ? *ctx.jsonObject() : QJsonObject();
            auto done = auth.logout(*ctx.principal(), body.value(u"refreshToken"_s).toString(),
                                    body.value(u"everywhere"_s).toBool(false), clientInfoOf(ctx));
            return done ? ctx.ok(QJsonObject{{u"signedOut"_s, true}}) : ctx.fail(done.error());
        });

    router.add(HttpMethod::Get, u"/api/auth/profile"_s, Permission::read(Module::Profile),
               [&auth](RequestContext &ctx) {
                   auto profile = auth.profile(*ctx.principal());
                   return profile ? ctx.ok(profile->toJson()) : ctx.fail(profile.error());
               });

    router.add(HttpMethod::Post, u"/api/auth/password-reset/request"_s, Permission::publicRoute(),
               [&auth](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   const QString login =
                       body->value(u"username"_s).toString(body->value(u"email"_s).toString());
                   auto answer = auth.requestPasswordReset(login, clientInfoOf(ctx));
                   if (!answer)
                       return ctx.fail(answer.error());
                   QJsonObject json{{u"message"_s, answer->message}};
                   if (!answer->directoryResetUrl.isEmpty())
                       json.insert(u"directoryResetUrl"_s, answer->directoryResetUrl);
                   return ctx.ok(json);
               });

    router.add(HttpMethod::Post, u"/api/auth/password-reset/confirm"_s, Permission::publicRoute(),
               [&auth](RequestContext &ctx) {
                   auto body = ctx.jsonObject();
                   if (!body)
                       return ctx.fail(body.error());
                   auto done = auth.confirmPasswordReset(
                       body->value(u"username"_s).toString(), body->value(u"code"_s).toString(),
                       body->value(u"newPassword"_s).toString(), clientInfoOf(ctx));
                   return done ? ctx.ok(QJsonObject{{u"passwordChanged"_s, true}})
                               : ctx.fail(done.error());
               });
}

} // namespace remotegpu
