#include "ReportAnswer.h"

#include "QueryParameters.h"
#include "RequestContext.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<bool> ReportAnswer::wantsCsv(const QUrlQuery &query)
{
    if (!query.hasQueryItem(u"format"_s))
        return false;
    const QString format = query.queryItemValue(u"format"_s).toLower();
    if (format == u"csv"_s)
        return true;
    if (format == u"json"_s)
        return false;
    return Error::badRequest(u"format must be json or csv"_s,
                             {{u"format"_s, u"must be json or csv"_s}});
}

Result<ReportRange> ReportAnswer::requestedRange(const QUrlQuery &query)
{
    auto parse = [&](const QString &name) -> Result<QDateTime> {
        if (!query.hasQueryItem(name))
            return QDateTime();
        return timeParameter(name, query.queryItemValue(name, QUrl::FullyDecoded));
    };
    auto from = parse(u"from"_s);
    if (!from)
        return from.error();
    auto to = parse(u"to"_s);
    if (!to)
        return to.error();
    return ReportRange{*from, *to};
}

Result<ReportAnswer::Request> ReportAnswer::request(const QUrlQuery &query)
{
    auto csv = wantsCsv(query);
    if (!csv)
        return csv.error();
    auto range = requestedRange(query);
    if (!range)
        return range.error();
    return Request{*csv, *range};
}

ApiResponse ReportAnswer::answer(const RequestContext &ctx, bool csv, const QJsonObject &json,
                                 const std::function<QByteArray()> &renderCsv,
                                 const QString &fileName)
{
    if (!csv)
        return ctx.ok(json);
    ApiResponse r =
        ApiResponse::raw(200, QByteArrayLiteral("text/csv; charset=utf-8"), renderCsv());
    r.headers.append({QByteArrayLiteral("Content-Disposition"),
                      "attachment; filename=\"" + fileName.toLatin1() + '"'});
    return r;
}

} // namespace remotegpu
