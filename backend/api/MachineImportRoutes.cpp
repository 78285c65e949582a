#include "ApiRoutes.h"
#include "MachineCsv.h"
#include "MachineImportService.h"
#include "Router.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void registerMachineImportRoutes(Router &router, MachineImportService &service)
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

    router.add(HttpMethod::Post, u"/api/admin/machines/import"_s,
               Permission::write(Module::Machines), [&service](RequestContext &ctx) {
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
                   auto report = service.import(ctx.request().body, *mode, dryRunText == u"true"_s,
                                                *ctx.principal(), clientInfoOf(ctx));
                   if (!report)
                       return ctx.fail(report.error());
                   if (report->rejected())
                       return ctx.fail(MachineImportService::rejection(*report), report->toJson());
                   return ctx.ok(report->toJson());
               });
}

} // namespace remotegpu
