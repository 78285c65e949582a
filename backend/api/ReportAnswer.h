#pragma once

#include "ApiResponse.h"
#include "ReportRange.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace remotegpu {

class RequestContext;

// What the dashboard and statistics reports share on the HTTP side: `format` and the
// `from`/`to` range of the query, and the answer (the JSON envelope, or the CSV as a download).
class ReportAnswer
{
public:
    // What every report's query says: the answer's form and the range asked for.
    struct Request
    {
        bool csv = false;
        ReportRange range;
    };
    // `format`, then `from` and `to` (see wantsCsv and requestedRange).
    static Result<Request> request(const QUrlQuery &query);
    // `format` absent or json → false, csv → true, anything else → 400.
    static Result<bool> wantsCsv(const QUrlQuery &query);
    // `from`/`to` ISO 8601 (a time without offset is UTC), each invalid when absent; a 400
    // naming the parameter when unreadable.
    static Result<ReportRange> requestedRange(const QUrlQuery &query);
    // The envelope around `json`, or with `csv` the bytes `renderCsv` makes as an attachment
    // named `fileName` (text/csv, UTF-8).
    static ApiResponse answer(const RequestContext &ctx, bool csv, const QJsonObject &json,
                              const std::function<QByteArray()> &renderCsv,
                              const QString &fileName);
};

} // namespace remotegpu
