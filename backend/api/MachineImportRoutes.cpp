#include "ApiEnvelope.h"
#include "ApiRoutes.h"
#include "ClientInfo.h"
#include "MachineCsv.h"
#include "MachineImportService.h"
#include "RateLimiter.h"
#include "Router.h"
#include "ServerContext.h"

#include <QSet>

#include <memory>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerMachineImportRoutes(Router &router, const ServerContext &context)
{
    // The template is registered with the import, before /api/admin/machines/:id.
    router.add(
        HttpMethod::Get, u"/api/admin/machines/import/template"_s,
        Permission::read(Module::Machines), [](RequestContext &) {
            ApiResponse r = ApiResponse::raw(200, QByteArrayLiteral("text/csv; charset=utf-8"),
                                             MachineCsv::templateBytes());
            r.headers.append({QByteArrayLiteral("Content-Disposition"),
                              QByteArrayLiteral("attachment; filename=\"machines-template.csv\"")});
            return r;
        });

    auto service = std::make_shared<MachineImportService>(context.pool);
    RateLimiter *limiter = &context.limiter;
    router.add(HttpMethod::Post, u"/api/admin/machines/import"_s,
               Permission::write(Module::Machines), [service, limiter](RequestContext &ctx) {
                   const QUrlQuery &query = ctx.request().query;
                   const QString dryRunText = query.queryItemValue(u"dryRun"_s).toLower();
                   if (!dryRunText.isEmpty() && dryRunText != u"true"_s && dryRunText != u"false"_s)
                       return ctx.fail(Error::badRequest(u"dryRun must be true or false"_s,
                                                         {{u"dryRun"_s, u"true or false"_s}}));
                   const QString modeText = query.queryItemValue(u"mode"_s);
                   const auto mode = modeText.isEmpty()
                                         ? std::optional(MachineImportReport::Mode::AllOrNothing)
                                         : MachineImportReport::modeFromName(modeText);
                   if (!mode)
                       return ctx.fail(Error::badRequest(
                           u"mode must be all-or-nothing, skip-invalid or upsert"_s,
                           {{u"mode"_s, u"all-or-nothing, skip-invalid or upsert"_s}}));
                   if (ctx.request().body.isEmpty())
                       return ctx.fail(Error::badRequest(
                           u"Send the CSV file as the request body (Content-Type: text/csv)"_s,
                           {{u"file"_s, u"empty body"_s}}));
                   const Principal &actor = *ctx.principal();
                   if (auto r = limiter->hit(u"machine-import:"_s + QString::number(actor.id), 10,
                                             60, u"machine imports"_s);
                       !r)
                       return ctx.fail(r.error());

                   auto report = service->import(ctx.request().body, *mode, dryRunText == u"true"_s,
                                                 actor, clientInfoOf(ctx));
                   if (!report)
                       return ctx.fail(report.error());
                   if (report->rejected()) {
                       QSet<int> lines;
                       for (const RowError &e : report->errors)
                           lines.insert(e.line);
                       const QString message =
                           lines.size() == 1
                               ? u"1 row has errors; nothing was imported"_s
                               : u"%1 rows have errors; nothing was imported"_s.arg(lines.size());
                       const ApiEnvelope envelope{400, message, report->toJson(), ctx.traceId()};
                       return ApiResponse::raw(400, QByteArrayLiteral("application/json"),
                                               envelope.toBytes());
                   }
                   return ctx.ok(report->toJson());
               });
}

} // namespace remotegpu
