#include "MachineImportApi.h"

#include "ApiEnvelope.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString importPath = u"/api/admin/machines/import"_s;

} // namespace

MachineImportApi::MachineImportApi(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void MachineImportApi::fetchTemplate(QObject *context, Reply<QByteArray> reply)
{
    m_api->download(importPath + u"/template"_s, {}, context,
                    [reply = std::move(reply)](Result<QJsonValue> answer, QNetworkReply *r) {
                        const int status =
                            r ? r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
                        if (r && r->error() == QNetworkReply::NoError && status == 200) {
                            reply(r->readAll());
                            return;
                        }
                        reply(answer.ok() ? Error::internal(tr("The server answered the template "
                                                               "download with HTTP %1 instead of "
                                                               "the file.")
                                                                .arg(status))
                                          : std::move(answer).error());
                    });
}

MachineImportUpload *MachineImportApi::upload(const QByteArray &csv, MachineImportReport::Mode mode,
                                              bool dryRun, QObject *context, Reply<Outcome> reply)
{
    QUrlQuery query;
    query.addQueryItem(u"dryRun"_s, dryRun ? u"true"_s : u"false"_s);
    query.addQueryItem(u"mode"_s, MachineImportReport::modeName(mode));
    // A large file is checked and written on the server before it answers, with no traffic
    // meanwhile: give it longer than an ordinary call.
    const auto timeout = std::max<std::chrono::milliseconds>(m_api->timeout() * 4,
                                                             std::chrono::milliseconds(120000));
    return m_api->upload(
        "POST"_ba, importPath, query, ApiClient::UploadBody::raw("text/csv; charset=utf-8"_ba, csv),
        context,
        [reply = std::move(reply)](Result<QJsonValue> answer, QNetworkReply *r) {
            reply(interpretImport(std::move(answer), r));
        },
        timeout);
}

Result<MachineImportApi::Outcome> MachineImportApi::interpretImport(Result<QJsonValue> answer,
                                                                    QNetworkReply *r)
{
    const int status = r ? r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    // 200, or 400 with the report of the refused rows in `data`.
    if (status == 200 || status == 400) {
        auto envelope = ApiEnvelope::parse(r->peek(r->bytesAvailable()));
        if (envelope.ok() && envelope->data.isObject() &&
            envelope->data.toObject().contains(u"totalRows"_s)) {
            auto report = MachineImportReport::fromJson(envelope->data.toObject());
            QString traceId = envelope->traceId;
            if (traceId.isEmpty())
                traceId = QString::fromLatin1(r->rawHeader("X-Trace-Id"_ba));
            if (!report.ok()) {
                Error e = std::move(report).error();
                e.message = tr("The server's import report could not be read: %1").arg(e.message);
                e.traceId = traceId;
                return e;
            }
            return Outcome{std::move(report).value(), envelope->message, traceId};
        }
    }
    if (answer.ok())
        return Error::internal(tr("The server answered the import without a report."));
    return std::move(answer).error();
}

} // namespace remotegpu
