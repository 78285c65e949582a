#pragma once

#include "ApiCall.h"
#include "MachineImportReport.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace remotegpu {

class MachineImportUpload;

// The machine import routes (docs/machine-import.md): the template download and the CSV upload,
// dry run or for real. Both carry bodies that are not JSON (the CSV itself), which ApiClient does
// not send, so this class sends them on its own network manager with the ApiClient's server and
// access token, and turns the answers into common/ models with ApiClient::interpret's messages.
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
    // token expired) goes through the ApiClient's renewal like every other call — a request to
    // /api/auth/profile is held until the Session has a new token — and is then sent once more.
    MachineImportUpload *upload(const QByteArray &csv, MachineImportReport::Mode mode, bool dryRun,
                                QObject *context, Reply<Outcome> reply);

private:
    void send(MachineImportUpload *handle, const QByteArray &csv, MachineImportReport::Mode mode,
              bool dryRun, Reply<Outcome> reply, bool retried);
    Result<Outcome> interpretImport(QNetworkReply *reply) const;

    ApiClient *m_api;
    QNetworkAccessManager *m_network;
};

// One import request in flight.
class MachineImportUpload : public QObject
{
    Q_OBJECT

public:
    explicit MachineImportUpload(QObject *parent);
    ~MachineImportUpload() override;

    bool isRunning() const { return !m_done; }
    bool isDone() const { return m_done; }
    // Aborts the request; the reply callback does not run. The server handles an import only
    // once it has the whole body, and writes it in one transaction, so a cancelled upload leaves
    // nothing imported.
    void cancel();
    void markDone() { m_done = true; }
    // The request now in flight (a new one after a token renewal).
    void setReply(QNetworkReply *reply);

Q_SIGNALS:
    // Bytes of the CSV sent so far (the request body), of `total`.
    void progress(qint64 sent, qint64 total);
    // Everything was sent; the server is checking and writing.
    void sent();
    void cancelled();

private:
    QPointer<QNetworkReply> m_reply;
    bool m_done = false;
    bool m_sentSignalled = false;
};

} // namespace remotegpu
