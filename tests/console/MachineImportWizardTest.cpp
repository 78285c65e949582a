// MachineImportWizard: the CSV machine import, from the file to the report, against a real
// server (a private one: imports change the machine list and are limited to 10 a minute).
#include "MachineImportWizard.h"
#include "ApiCall.h"
#include "ConsoleServer.h"
#include "CsvReader.h"
#include "ImportPreviewModel.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include <cstdio>
#include <set>

using namespace remotegpu;
using namespace remotegpu::ui;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// name,ipAddress,totalCpu,totalMemoryGb,gpuCount,sshHost: rows 1 and 6 are valid; 2 has a bad IP,
// 3 no name, 4 repeats the name of 1, 5 asks for 65 GPUs, 7 has one cell too many.
const QByteArray kBadRows = "name,ipAddress,totalCpu,totalMemoryGb,gpuCount,sshHost\n"
                            "pv-ok-1,10.99.0.1,8,64,2,\n"
                            "pv-bad-ip,10.99.0.300,8,64,2,\n"
                            ",10.99.0.3,8,64,2,\n"
                            "pv-ok-1,10.99.0.4,8,64,2,\n"
                            "pv-bad-gpu,10.99.0.5,8,64,65,\n"
                            "pv-ok-2,10.99.0.6,16,128,0,\n"
                            "pv-extra,10.99.0.7,8,64,0,,surplus\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// A unique tag for the rows a test imports, so its machines are its own.
QString uniqueTag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

class MachineImportServer : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_server = ConsoleServer::start(u"import"_s); }
    static void TearDownTestSuite() { s_server.reset(); }

    void SetUp() override
    {
        ASSERT_TRUE(s_server) << "the import test server did not start";
        m_client = SignedInClient::admin(*s_server);
        ASSERT_TRUE(m_client);
        ASSERT_TRUE(m_dir.isValid());
    }

    // GET /api/admin/machines with filters.q = `q`: the machines whose name, IP or host name
    // holds it.
    QJsonObject machinesMatching(const QString &q)
    {
        QUrlQuery query;
        query.addQueryItem(u"pageSize"_s, u"200"_s);
        query.addQueryItem(
            u"filters"_s,
            QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"q"_s, q}}).toJson(QJsonDocument::Compact)));
        std::optional<Result<QJsonObject>> answer;
        QObject context;
        api::get<QJsonObject>(*m_client->api, u"/api/admin/machines"_s, query, &context,
                              [&](Result<QJsonObject> r) { answer = std::move(r); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); }));
        if (!answer || !answer->ok()) {
            ADD_FAILURE() << (answer ? answer->error().message.toStdString() : "no answer");
            return {};
        }
        return answer->value();
    }

    std::unique_ptr<MachineImportWizard> wizardWith(const QString &path)
    {
        auto w = std::make_unique<MachineImportWizard>(m_client->api.get());
        QSignalSpy ready(w.get(), &MachineImportWizard::previewReady);
        w->setFilePath(path);
        EXPECT_TRUE(ready.wait(15000));
        return w;
    }

    static std::unique_ptr<ConsoleServer> s_server;
    std::unique_ptr<SignedInClient> m_client;
    QTemporaryDir m_dir;
};

std::unique_ptr<ConsoleServer> MachineImportServer::s_server;

std::set<std::pair<int, QString>> markedCells(const ImportPreviewModel &model)
{
    std::set<std::pair<int, QString>> cells;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.index(r, c).data(ImportPreviewModel::CellHasErrorRole).toBool())
                cells.insert({r, model.headerData(c, Qt::Horizontal).toString()});
        }
    }
    return cells;
}

} // namespace

TEST(MachineImportPreview, MarksExactlyTheBadCellsWithTheServersRules)
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ImportPreviewFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy verdicts(&model, &ImportPreviewModel::verdictsChanged);

    auto preview = ImportPreview::fromBytes(kBadRows);
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    model.setPreview(std::move(preview).value());
    EXPECT_EQ(verdicts.count(), 1);

    ASSERT_EQ(model.rowCount(), 7);
    ASSERT_EQ(model.columnCount(), 7); // verdict + 6 CSV columns
    const std::set<std::pair<int, QString>> expected = {
        {1, u"ipAddress"_s}, {2, u"name"_s}, {3, u"name"_s}, {4, u"gpuCount"_s}, {6, u"Verdict"_s}};
    EXPECT_EQ(markedCells(model), expected);
    EXPECT_EQ(model.validRowCount(), 2);
    EXPECT_EQ(model.invalidRowCount(), 5);

    // The reason is in the tooltip, the cell has an icon and a background; good cells none.
    const QModelIndex dup = model.index(3, model.columnOf(u"name"_s));
    EXPECT_EQ(dup.data(Qt::ToolTipRole).toString(), u"name pv-ok-1 repeats line 2"_s);
    EXPECT_FALSE(dup.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(dup.data(Qt::BackgroundRole).isValid());
    const QModelIndex good = model.index(0, model.columnOf(u"name"_s));
    EXPECT_TRUE(good.data(Qt::DecorationRole).isNull());
    EXPECT_FALSE(good.data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(model.index(0, 0).data().toString(), u"OK"_s);
    EXPECT_EQ(model.headerData(3, Qt::Vertical).toString(), u"5"_s); // the file's line
    EXPECT_TRUE(model.index(6, 0).data(Qt::ToolTipRole).toString().contains(u"7 fields"_s));

    filter.setOnlyErrors(true);
    EXPECT_EQ(filter.rowCount(), 5);

    // The server's verdicts join: a clash only the server sees marks the cell, "Server:" says who.
    model.setServerErrors({RowError{7, u"ipAddress"_s, u"ipAddress 10.99.0.6 is taken"_s}});
    EXPECT_EQ(model.serverOnlyErrorCount(), 1);
    EXPECT_EQ(model.invalidRowCount(), 6);
    EXPECT_EQ(filter.rowCount(), 6);
    EXPECT_EQ(model.index(5, model.columnOf(u"ipAddress"_s)).data(Qt::ToolTipRole).toString(),
              u"Server: ipAddress 10.99.0.6 is taken"_s);
    model.clearServerErrors();
    EXPECT_EQ(model.invalidRowCount(), 5);
}

TEST(MachineImportPreview, WizardSummarisesAndWalksTheErrors)
{
    QTemporaryDir dir;
    ApiClient api; // no server needed to preview
    MachineImportWizard wizard(&api);
    QAbstractItemModelTester tester(wizard.previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    wizard.show();
    QSignalSpy ready(&wizard, &MachineImportWizard::previewReady);
    wizard.setFilePath(writeFile(dir, u"bad.csv"_s, kBadRows));
    EXPECT_EQ(wizard.currentId(), MachineImportWizard::PreviewPage);
    EXPECT_TRUE(wizard.isLoading());
    ASSERT_TRUE(ready.wait(15000));
    EXPECT_EQ(wizard.summaryText(), u"2 valid, 5 invalid (7 rows)"_s);

    auto *table = wizard.findChild<QTableView *>(u"previewTable"_s);
    ASSERT_TRUE(table);
    const auto *model = wizard.previewModel();
    const auto current = [&] {
        const QModelIndex i = table->currentIndex();
        return std::pair{i.row(), model->headerData(i.column(), Qt::Horizontal).toString()};
    };
    auto *next = wizard.findChild<QPushButton *>(u"nextErrorButton"_s);
    auto *previous = wizard.findChild<QPushButton *>(u"previousErrorButton"_s);
    next->click();
    EXPECT_EQ(current(), (std::pair{1, u"ipAddress"_s}));
    EXPECT_TRUE(wizard.findChild<QLabel *>(u"cellDetail"_s)
                    ->text()
                    .contains(u"line 3"_s, Qt::CaseInsensitive));
    next->click();
    EXPECT_EQ(current(), (std::pair{2, u"name"_s}));
    previous->click();
    EXPECT_EQ(current(), (std::pair{1, u"ipAddress"_s}));
    previous->click(); // wraps to the last one
    EXPECT_EQ(current(), (std::pair{6, u"Verdict"_s}));

    // Only the rows with errors: five rows, and Next still walks them.
    wizard.findChild<QCheckBox *>(u"onlyErrorsCheck"_s)->setChecked(true);
    EXPECT_EQ(table->model()->rowCount(), 5);
    next->click(); // wraps to the first
    EXPECT_EQ(table->currentIndex().row(), 0);
    EXPECT_EQ(table->currentIndex().data(ImportPreviewModel::LineRole).toInt(), 3);
}

TEST(MachineImportPreview, SaysWhatToDoWithAFileThatIsNotUtf8)
{
    QTemporaryDir dir;
    ApiClient api;
    MachineImportWizard wizard(&api);
    QSignalSpy ready(&wizard, &MachineImportWizard::previewReady);
    // UTF-16, as "Unicode text" from a spreadsheet.
    QByteArray utf16("\xFF\xFE", 2);
    for (QChar c : u"name,ipAddress,totalCpu,totalMemoryGb\n"_s) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    wizard.setFilePath(writeFile(dir, u"unicode.csv"_s, utf16));
    ASSERT_TRUE(ready.wait(15000));
    auto *message = wizard.findChild<QLabel *>(u"fileError"_s);
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(u"CSV UTF-8"_s)) << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(u"UTF-16"_s));
    EXPECT_FALSE(wizard.currentPage()->isComplete());
    EXPECT_EQ(wizard.previewModel()->rowCount(), 0);
}

TEST_F(MachineImportServer, DryRunMarksADuplicateOfAStoredMachine)
{
    // A demo machine: its name again, with a new address.
    const QJsonArray demo = machinesMatching(u"10."_s).value(u"list"_s).toArray();
    ASSERT_FALSE(demo.isEmpty());
    const QString taken = demo.first().toObject().value(u"name"_s).toString();
    const QString tag = uniqueTag();
    const QByteArray csv = "name,ipAddress,totalCpu,totalMemoryGb\n" + taken.toUtf8() +
                           ",10.98.1.1,8,64\n"
                           "dry-" +
                           tag.toUtf8() + ",10.98.1.2,8,64\n";
    auto wizard = wizardWith(writeFile(m_dir, u"dup.csv"_s, csv));
    QAbstractItemModelTester tester(wizard->previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(wizard->summaryText(), u"2 valid, 0 invalid (2 rows)"_s);

    QSignalSpy dryRun(wizard.get(), &MachineImportWizard::dryRunFinished);
    wizard->next(); // the mode page checks the file with the server on arrival
    EXPECT_EQ(wizard->currentId(), MachineImportWizard::ModePage);
    ASSERT_TRUE(dryRun.wait(15000));
    ASSERT_TRUE(wizard->dryRunOutcome().has_value());
    EXPECT_TRUE(wizard->dryRunOutcome()->report.dryRun);

    const auto *model = wizard->previewModel();
    const std::set<std::pair<int, QString>> expected = {{0, u"name"_s}};
    EXPECT_EQ(markedCells(*model), expected);
    const QString why =
        model->index(0, model->columnOf(u"name"_s)).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(why.startsWith(u"Server: "_s)) << why.toStdString();
    EXPECT_TRUE(why.contains(taken)) << why.toStdString();
    EXPECT_EQ(wizard->summaryText(), u"1 valid, 1 invalid (2 rows)  ·  checked by the server"_s);

    // All or nothing would import nothing: Import stays off until the mode skips the bad row.
    EXPECT_FALSE(wizard->currentPage()->isComplete());
    wizard->setMode(MachineImportReport::Mode::SkipInvalid);
    EXPECT_TRUE(wizard->currentPage()->isComplete());
    EXPECT_EQ(markedCells(*model), expected); // still known: skip-invalid has the same clashes
    // Nothing was written by the dry run.
    EXPECT_EQ(machinesMatching(u"dry-"_s + tag).value(u"total"_s).toInt(), 0);
}

TEST_F(MachineImportServer, ImportsAValidFileAndSavesNothingToReject)
{
    const QString tag = uniqueTag();
    QByteArray csv = "name,ipAddress,totalCpu,totalMemoryGb,gpuModel,gpuCount,remark\n";
    for (int i = 1; i <= 3; ++i)
        csv += QStringLiteral("imp-%1-%2,10.97.%3.%2,32,256,NVIDIA L40S,4,\"rack %2, slot 1\"\n")
                   .arg(tag)
                   .arg(i)
                   .arg(tag.left(2).toInt(nullptr, 16))
                   .toUtf8();
    auto wizard = wizardWith(writeFile(m_dir, u"ok.csv"_s, csv));
    EXPECT_EQ(wizard->summaryText(), u"3 valid, 0 invalid (3 rows)"_s);
    QSignalSpy imported(wizard.get(), &MachineImportWizard::imported);
    QSignalSpy dryRun(wizard.get(), &MachineImportWizard::dryRunFinished);
    QSignalSpy finished(wizard.get(), &MachineImportWizard::uploadFinished);

    wizard->next();
    ASSERT_TRUE(dryRun.wait(15000));
    EXPECT_EQ(wizard->dryRunOutcome()->report.created, 3);
    EXPECT_EQ(machinesMatching(u"imp-"_s + tag).value(u"total"_s).toInt(), 0);
    QAbstractButton *import = wizard->button(QWizard::CommitButton);
    ASSERT_FALSE(import->isHidden());
    ASSERT_TRUE(import->isEnabled());
    import->click();
    EXPECT_EQ(wizard->currentId(), MachineImportWizard::UploadPage);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(wizard->currentId(), MachineImportWizard::ReportPage);
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.first().first().toInt(), 3);
    EXPECT_TRUE(wizard->findChild<QLabel *>(u"reportSummary"_s)
                    ->text()
                    .startsWith(u"✔ Imported 3 machines (3 created, 0 updated)."_s));
    EXPECT_TRUE(wizard->findChild<QPushButton *>(u"saveRejectedButton"_s)->isHidden());

    const QJsonObject page = machinesMatching(u"imp-"_s + tag);
    EXPECT_EQ(page.value(u"total"_s).toInt(), 3);
    for (const QJsonValue &m : page.value(u"list"_s).toArray()) {
        EXPECT_EQ(m.toObject().value(u"totalGpu"_s).toInt(), 4);
        EXPECT_EQ(m.toObject().value(u"gpuModel"_s).toString(), u"NVIDIA L40S"_s);
        EXPECT_EQ(m.toObject().value(u"status"_s).toString(), u"offline"_s);
    }
}

TEST_F(MachineImportServer, SkipsTheBadRowsAndSavesExactlyThemForFixing)
{
    const QString tag = uniqueTag();
    const QByteArray t = tag.toUtf8();
    // Lines 2 and 5 are good; 3 has a bad CPU count, 4 repeats line 2's address, 6 a bad GPU count.
    const QByteArray csv = "name,ipAddress,totalCpu,totalMemoryGb,gpuCount,remark\r\n"
                           "rej-" +
                           t +
                           "-1,10.96.7.1,8,64,1,first\r\n"
                           "rej-" +
                           t +
                           "-2,10.96.7.2,sixteen,64,1,\"has, comma\"\r\n"
                           "rej-" +
                           t +
                           "-3,10.96.7.1,8,64,1,\r\n"
                           "rej-" +
                           t +
                           "-4,10.96.7.4,8,64,0,\r\n"
                           "rej-" +
                           t + "-5,10.96.7.5,8,64,99,last\r\n";
    auto wizard = wizardWith(writeFile(m_dir, u"mixed.csv"_s, csv));
    EXPECT_EQ(wizard->summaryText(), u"2 valid, 3 invalid (5 rows)"_s);
    QSignalSpy dryRun(wizard.get(), &MachineImportWizard::dryRunFinished);
    QSignalSpy finished(wizard.get(), &MachineImportWizard::uploadFinished);
    QSignalSpy imported(wizard.get(), &MachineImportWizard::imported);
    wizard->next();
    ASSERT_TRUE(dryRun.wait(15000));
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled()); // all or nothing
    wizard->setMode(MachineImportReport::Mode::SkipInvalid);
    ASSERT_TRUE(wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->button(QWizard::CommitButton)->click();
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_EQ(wizard->currentId(), MachineImportWizard::ReportPage);
    ASSERT_TRUE(wizard->outcome().has_value());
    const MachineImportReport report = wizard->outcome()->report;
    EXPECT_EQ(report.created, 2);
    EXPECT_EQ(report.skipped, 3);
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.first().first().toInt(), 2);
    EXPECT_EQ(wizard->rejectedRowCount(), 3);
    EXPECT_EQ(machinesMatching(u"rej-"_s + tag).value(u"total"_s).toInt(), 2);

    // The saved file: the original columns plus reason, and exactly lines 3, 4 and 6 as they were.
    QSignalSpy saved(wizard.get(), &MachineImportWizard::rejectedRowsSaved);
    const QString path = m_dir.filePath(u"rejected.csv"_s);
    wizard->saveRejectedRows(path);
    ASSERT_TRUE(saved.wait(10000));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_EQ(bytes, wizard->rejectedRowsCsv());
    auto doc = CsvReader::read(bytes);
    ASSERT_TRUE(doc.ok());
    const QList<CsvRecord> &records = doc->records;
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records.at(0).fields,
              (QStringList{u"name"_s, u"ipAddress"_s, u"totalCpu"_s, u"totalMemoryGb"_s,
                           u"gpuCount"_s, u"remark"_s, u"reason"_s}));
    const QStringList original = QString::fromUtf8(csv).split(u"\r\n"_s);
    for (int i = 0; i < 3; ++i) {
        const int line = QList<int>{3, 4, 6}.at(i);
        QStringList expected = CsvReader::parseText(original.at(line - 1)).value().first().fields;
        QStringList got = records.at(i + 1).fields;
        ASSERT_EQ(got.size(), 7);
        got.removeLast();
        EXPECT_EQ(got, expected) << "line " << line;
    }
    EXPECT_TRUE(
        records.at(1).fields.last().contains(u"totalCpu: totalCpu must be a whole number"_s))
        << records.at(1).fields.last().toStdString();
    EXPECT_TRUE(records.at(2).fields.last().contains(u"repeats line 2"_s));
    EXPECT_TRUE(records.at(3).fields.last().startsWith(u"gpuCount: "_s));
}

TEST_F(MachineImportServer, CancelDuringUploadImportsNothing)
{
    const QString tag = uniqueTag();
    // About 12 MB: big enough that the cancel lands while the body is still going out.
    const QString padding(900, u'x');
    QByteArray csv = "name,ipAddress,totalCpu,totalMemoryGb,remark\n";
    for (int i = 0; i < 13000; ++i)
        csv += QStringLiteral("cx-%1-%2,10.%3.%4.%5,8,64,%6\n")
                   .arg(tag)
                   .arg(i)
                   .arg(200 + (i >> 16))
                   .arg((i >> 8) & 0xff)
                   .arg(i & 0xff)
                   .arg(padding)
                   .toUtf8();
    auto wizard = wizardWith(writeFile(m_dir, u"big.csv"_s, csv));
    ASSERT_EQ(wizard->previewModel()->validRowCount(), 13000);
    QSignalSpy dryRun(wizard.get(), &MachineImportWizard::dryRunFinished);
    QSignalSpy cancelled(wizard.get(), &MachineImportWizard::uploadCancelled);
    QSignalSpy finished(wizard.get(), &MachineImportWizard::uploadFinished);
    wizard->next();
    ASSERT_TRUE(dryRun.wait(60000));
    ASSERT_TRUE(wizard->button(QWizard::CommitButton)->isEnabled());

    // Stop at the first report of progress, well before the end of the body.
    qint64 sentAtCancel = -1;
    qint64 total = 0;
    auto *progress = wizard->findChild<QProgressBar *>(u"uploadProgress"_s);
    QMetaObject::Connection stopper =
        QObject::connect(progress, &QProgressBar::valueChanged, wizard.get(), [&](int value) {
            if (sentAtCancel < 0 && wizard->isUploading()) {
                sentAtCancel = value;
                total = 100;
                wizard->findChild<QPushButton *>(u"cancelUploadButton"_s)->click();
            }
        });
    wizard->button(QWizard::CommitButton)->click();
    ASSERT_TRUE(waitFor([&] { return cancelled.count() == 1 || finished.count() == 1; }, 60000));
    QObject::disconnect(stopper);
    ASSERT_EQ(cancelled.count(), 1) << "the upload finished before it could be cancelled";
    EXPECT_LT(sentAtCancel, total) << "cancelled only once everything was sent";
    EXPECT_FALSE(wizard->isUploading());
    EXPECT_FALSE(wizard->outcome().has_value());
    EXPECT_FALSE(wizard->findChild<QPushButton *>(u"retryUploadButton"_s)->isHidden());

    // Imports run one at a time on the server: one more (a dry run) has passed once the
    // cancelled one could have been written, had the server ever seen the whole file.
    std::optional<Result<MachineImportApi::Outcome>> after;
    MachineImportApi importApi(m_client->api.get());
    QObject context;
    importApi.upload("name,ipAddress,totalCpu,totalMemoryGb\nafter-" + tag.toUtf8() +
                         ",10.95.0.1,1,1\n",
                     MachineImportReport::Mode::AllOrNothing, true, &context,
                     [&](Result<MachineImportApi::Outcome> r) { after = std::move(r); });
    ASSERT_TRUE(waitFor([&] { return after.has_value(); }));
    ASSERT_TRUE(after->ok()) << after->error().message.toStdString();
    EXPECT_EQ(machinesMatching(u"cx-"_s + tag).value(u"total"_s).toInt(), 0);
}

TEST_F(MachineImportServer, DownloadsTheServersTemplate)
{
    MachineImportWizard wizard(m_client->api.get());
    QSignalSpy saved(&wizard, &MachineImportWizard::templateSaved);
    const QString path = m_dir.filePath(u"template.csv"_s);
    wizard.downloadTemplateTo(path);
    ASSERT_TRUE(saved.wait(15000));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_EQ(bytes, MachineCsv::templateBytes());
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBFid,name,hostname,ipAddress"));
    EXPECT_TRUE(wizard.findChild<QLabel *>(u"templateStatus"_s)->text().startsWith(u"Saved to "_s));
}

TEST_F(MachineImportServer, AnExpiredTokenIsRenewedAndTheFileSentAgain)
{
    // The access token the server no longer takes; the session still has its refresh token.
    m_client->api->setAccessToken(u"expired-token"_s);
    MachineImportApi importApi(m_client->api.get());
    std::optional<Result<MachineImportApi::Outcome>> answer;
    QObject context;
    importApi.upload("name,ipAddress,totalCpu,totalMemoryGb\nrenew-" + uniqueTag().toUtf8() +
                         ",10.93.0.1,1,1\n",
                     MachineImportReport::Mode::AllOrNothing, true, &context,
                     [&](Result<MachineImportApi::Outcome> r) { answer = std::move(r); });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    ASSERT_TRUE(answer->ok()) << answer->error().message.toStdString();
    EXPECT_EQ((*answer)->report.totalRows, 1);
    EXPECT_EQ((*answer)->report.created, 1);
    EXPECT_TRUE((*answer)->report.dryRun);
    EXPECT_NE(m_client->api->accessToken(), u"expired-token"_s);
}

// The 10,000-row preview timing of the brief: run once, by hand, with
//   --gtest_also_run_disabled_tests --gtest_filter='*PreviewOfTenThousandRows*'
TEST(MachineImportPreview, DISABLED_PreviewOfTenThousandRowsKeepsTheWindowResponsive)
{
    QTemporaryDir dir;
    QByteArray csv = "id,name,hostname,ipAddress,sshHost,sshPort,region,totalCpu,totalMemoryGb,"
                     "gpuModel,gpuCount,tags,remark\n";
    for (int i = 0; i < 10000; ++i)
        csv += QStringLiteral("t-%1,timing-%1,gpu-%1.dc1,10.%2.%3.%4,gpu-%1.example.com,22,"
                              "cn-beijing,64,512,NVIDIA H100 80GB HBM3,8,h100;training,"
                              "\"Rack %5, slot %6\"\n")
                   .arg(i)
                   .arg(50 + (i >> 16))
                   .arg((i >> 8) & 0xff)
                   .arg(i & 0xff)
                   .arg(i / 40)
                   .arg(i % 40)
                   .toUtf8();
    const QString path = writeFile(dir, u"10k.csv"_s, csv);
    ApiClient api;
    MachineImportWizard wizard(&api);
    wizard.resize(1100, 750);
    wizard.show();

    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    QSignalSpy ready(&wizard, &MachineImportWizard::previewReady);
    ticker.start();
    sinceTick.start();
    QElapsedTimer clock;
    clock.start();
    wizard.setFilePath(path);
    ASSERT_TRUE(waitFor([&] { return ready.count() == 1; }, 60000));
    QCoreApplication::processEvents(); // the summary painted
    const qint64 shown = clock.elapsed();
    ticker.stop();
    EXPECT_EQ(wizard.summaryText(), u"10,000 valid, 0 invalid (10,000 rows)"_s);
    std::printf("preview of 10,000 rows (%lld bytes): summary after %lld ms, longest UI stall "
                "%lld ms\n",
                qint64(csv.size()), shown, longestGap);
    EXPECT_LT(longestGap, 250);
}

// Pictures of every page, light and dark, for a person to look at (not a check): run by hand with
//   --gtest_also_run_disabled_tests --gtest_filter='*DISABLED_Screenshots*'
// They land in /tmp/import-<theme>-<page>.png.
TEST_F(MachineImportServer, DISABLED_Screenshots)
{
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        applyTheme(theme);
        const QString name = theme == Theme::Light ? u"light"_s : u"dark"_s;
        const QString tag = uniqueTag();
        QByteArray csv = "name,ipAddress,totalCpu,totalMemoryGb,gpuModel,gpuCount,tags,remark\n";
        for (int i = 1; i <= 40; ++i)
            csv += QStringLiteral("shot-%1-%2,10.94.%3.%2,64,512,NVIDIA H100 80GB HBM3,8,"
                                  "h100;training,\"Rack %2, slot 1\"\n")
                       .arg(tag)
                       .arg(i)
                       .arg(theme == Theme::Light ? 1 : 2)
                       .toUtf8();
        csv += "shot-bad,10.94.0.300,64,512,NVIDIA H100,8,,\n";
        csv += ",10.94.3.1,sixteen,512,NVIDIA H100,80,,\n";
        auto wizard = std::make_unique<MachineImportWizard>(m_client->api.get());
        wizard->resize(1100, 750);
        wizard->show();
        wizard->grab().save(u"/tmp/import-%1-1-choose.png"_s.arg(name));
        QSignalSpy ready(wizard.get(), &MachineImportWizard::previewReady);
        wizard->setFilePath(writeFile(m_dir, u"machines-%1.csv"_s.arg(name), csv));
        ASSERT_TRUE(ready.wait(15000));
        wizard->selectNextError();
        QCoreApplication::processEvents();
        wizard->grab().save(u"/tmp/import-%1-2-preview.png"_s.arg(name));
        QSignalSpy dryRun(wizard.get(), &MachineImportWizard::dryRunFinished);
        wizard->next();
        ASSERT_TRUE(dryRun.wait(15000));
        wizard->grab().save(u"/tmp/import-%1-3-mode.png"_s.arg(name));
        wizard->setMode(MachineImportReport::Mode::SkipInvalid);
        QSignalSpy finished(wizard.get(), &MachineImportWizard::uploadFinished);
        wizard->button(QWizard::CommitButton)->click();
        wizard->grab().save(u"/tmp/import-%1-4-upload.png"_s.arg(name));
        ASSERT_TRUE(finished.wait(30000));
        QCoreApplication::processEvents();
        wizard->grab().save(u"/tmp/import-%1-5-report.png"_s.arg(name));
    }
    applyTheme(Theme::Light);
}
