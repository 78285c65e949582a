#pragma once

#include "ApiCall.h"
#include "ApiUpload.h"
#include "MachineImportReport.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QNetworkReply;

namespace remotegpu {

// The import in flight as the wizard sees it: its progress and Cancel.
using MachineImportUpload = ApiUpload;

// The machine import routes (docs/machine-import.md): the template download and the CSV upload,
// dry run or for real. Both carry bodies that are not JSON (the CSV itself); ApiClient sends them
// like every other call (token renewal after a 401, trace ids, error messages), and this class
// turns the answers into common/ models.
class MachineImportApi : public QObject
{
    Q_OBJECT

public:
    // What an import answered: the report (also for a 400 that refused the file for row errors,
    // then `report.rejected()`), the server's message and trace id.
    struct Outcome
    {
        MachineImportReport report;
        QString message;
        QString traceId;
    };

    explicit MachineImportApi(ApiClient *api, QObject *parent = nullptr);

    // GET /api/admin/machines/import/template: the file's bytes, as the server offers them.
    void fetchTemplate(QObject *context, Reply<QByteArray> reply);

    // POST /api/admin/machines/import?dryRun=…&mode=… with `csv` as the body. The upload is a
    // child of `context` (destroying it aborts the request); `reply` runs once, unless the upload
    // was cancelled first. A file refused for row errors (400 with a report) is an Outcome, not
    // an Error: every other failure (403, 413, 429, network…) is an Error. A 401 (the access
    // token expired) is held by ApiClient until the Session has a new token, then the file is
    // sent once more.
    MachineImportUpload *upload(const QByteArray &csv, MachineImportReport::Mode mode, bool dryRun,
                                QObject *context, Reply<Outcome> reply);

private:
    static Result<Outcome> interpretImport(Result<QJsonValue> answer, QNetworkReply *reply);

    ApiClient *m_api;
};

} // namespace remotegpu
