// The Audit section against a real server: its filters give exactly the API's rows, the time
// range is sent as UTC, the change pane diffs before/after, and Export CSV writes the filter's
// rows over several pages with formulas neutralised.

#include "AuditView.h"
#include "AuditApi.h"
#include "AuditCsvExport.h"
#include "AuditDiffModel.h"
#include "ConsoleServer.h"
#include "PagedTableModel.h"
#include "Theme.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using namespace remotegpu::test;
using remotegpu::ui::AuditCsvExport;
using remotegpu::ui::AuditDiffModel;
using remotegpu::ui::AuditView;

namespace {

// This suite's own server, at info level.
ConsoleServer *auditServer()
{
    return ConsoleServer::ofSuite(u"audit"_s, {u"--log-level"_s, u"info"_s});
}

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// A failed sign-in with `username`, which the server audits as auth.login / failure.
void failSignIn(ConsoleServer &server, const QString &username)
{
    ApiClient client;
    client.setBaseUrl(server.url());
    bool answered = false;
    client.post(u"/api/auth/login"_s,
                QJsonObject{{u"username"_s, username}, {u"password"_s, u"wrong-password-1"_s}},
                &client, [&](Result<QJsonValue> answer) {
                    answered = true;
                    EXPECT_FALSE(answer.ok());
                });
    ASSERT_TRUE(waitFor([&] { return answered; }));
}

// Every entry the API gives for `filters`, newest first, fetched independently of the view.
QList<AuditEntry> apiRows(ApiClient *client, const QJsonObject &filters)
{
    QList<AuditEntry> rows;
    AuditApi api(client);
    QObject context;
    for (int page = 1;; ++page) {
        PageRequest request;
        request.page = page;
        request.pageSize = 200;
        request.sortBy = u"createdAt"_s;
        request.order = SortOrder::Desc;
        request.filters = filters;
        std::optional<Result<Page<AuditEntry>>> answer;
        api.list(request, &context, [&](Result<Page<AuditEntry>> a) { answer.emplace(a); });
        if (!waitFor([&] { return answer.has_value(); })) {
            ADD_FAILURE() << "no answer from the audit list";
            return rows;
        }
        if (!answer->ok()) {
            ADD_FAILURE() << answer->error().message.toStdString();
            return rows;
        }
        rows.append((*answer)->list);
        if ((*answer)->list.size() < request.pageSize)
            return rows;
    }
}

QStringList ids(const QList<AuditEntry> &rows)
{
    QStringList out;
    for (const AuditEntry &e : rows)
        out << QString::number(e.id);
    return out;
}

QStringList modelKeys(const ui::PagedTableModel<AuditEntry> &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.keyAt(row);
    return out;
}

bool settled(const ui::PagedTableModel<AuditEntry> &model)
{
    return !model.isLoading() && !model.canFetchMore({});
}

// RFC 4180 as CsvWriter writes it (quotes doubled, CRLF), enough to read our own files back.
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

// One signed-in admin for the whole suite, never destroyed: a Session destroyed while its
// keychain job is still running crashes in QKeychain's callback (libsecret answers later), so
// tests must not sign in and drop a session per test.
SignedInClient *signedInAdmin(ConsoleServer &server)
{
    static SignedInClient *client = SignedInClient::admin(server).release();
    return client;
}

class AuditViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server = auditServer();
        ASSERT_NE(server, nullptr);
        admin = signedInAdmin(*server);
        ASSERT_NE(admin, nullptr);
        view = std::make_unique<AuditView>(admin->api.get(), admin->session.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
        diffTester = std::make_unique<QAbstractItemModelTester>(
            view->diffModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    }

    ConsoleServer *server = nullptr;
    SignedInClient *admin = nullptr;
    std::unique_ptr<AuditView> view;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QAbstractItemModelTester> diffTester;
};

} // namespace

TEST_F(AuditViewTest, SendsNothingBeforeItIsShown)
{
    EXPECT_EQ(view->model()->rowCount(), 0);
    QTest::qWait(0);
    EXPECT_FALSE(view->model()->lastError());
    EXPECT_EQ(view->model()->totalRows(), 0);
}

TEST_F(AuditViewTest, TypingAUserAndChoosingAnActionShowsExactlyTheApisRows)
{
    const QString user = uniqueName(u"audit-who-"_s);
    failSignIn(*server, user);
    failSignIn(*server, user);
    failSignIn(*server, uniqueName(u"audit-other-"_s));

    view->resize(1280, 800);
    view->show();
    view->activate();
    ASSERT_TRUE(waitFor([&] { return view->model()->totalRows() > 0 && settled(*view->model()); }));

    auto *userField = view->findChild<QLineEdit *>(u"auditUserFilter"_s);
    auto *actionField = view->findChild<QComboBox *>(u"auditActionFilter"_s);
    ASSERT_NE(userField, nullptr);
    ASSERT_NE(actionField, nullptr);
    QTest::keyClicks(userField, user);
    actionField->setCurrentText(u"auth.login"_s);
    const QJsonObject expectedFilters{{u"username"_s, user}, {u"action"_s, u"auth.login"_s}};
    ASSERT_TRUE(waitFor(
        [&] { return view->model()->filters() == expectedFilters && settled(*view->model()); }));

    const QList<AuditEntry> expected = apiRows(admin->api.get(), expectedFilters);
    ASSERT_EQ(expected.size(), 2);
    EXPECT_EQ(modelKeys(*view->model()), ids(expected));
    for (const AuditEntry &e : view->model()->rows()) {
        EXPECT_EQ(e.username, user);
        EXPECT_EQ(e.result, AuditResult::Failure);
    }
    EXPECT_EQ(view->model()->totalRows(), 2);

    // The first row is selected and its detail shows its trace id, copyable.
    auto *trace = view->findChild<QLineEdit *>(u"auditDetailTrace"_s);
    ASSERT_NE(trace, nullptr);
    EXPECT_EQ(trace->text(), expected.first().traceId);
    EXPECT_FALSE(trace->text().isEmpty());
    view->grab().save(u"/tmp/cust-audit.png"_s);
    ui::applyTheme(ui::Theme::Dark);
    view->grab().save(u"/tmp/cust-audit-dark.png"_s);
    ui::applyTheme(ui::Theme::System);

    // Result = success on top of these: no row (both attempts failed).
    QJsonObject successOnly = expectedFilters;
    successOnly.insert(u"result"_s, u"success"_s);
    view->applyFilters(successOnly);
    ASSERT_TRUE(waitFor(
        [&] { return view->model()->filters() == successOnly && settled(*view->model()); }));
    EXPECT_EQ(view->model()->rowCount(), 0);
    EXPECT_TRUE(apiRows(admin->api.get(), successOnly).isEmpty());
}

// The Target column names the target as it is now ("customer admin" for a sign-in) and keeps the
// recorded reference ("customer #1") in its tooltip.
TEST_F(AuditViewTest, TheTargetColumnNamesTheTargetAndKeepsItsReference)
{
    view->resize(1280, 800);
    view->show();
    view->activate();
    const QJsonObject filters{{u"action"_s, u"auth.login"_s}, {u"result"_s, u"success"_s}};
    view->applyFilters(filters);
    ASSERT_TRUE(
        waitFor([&] { return view->model()->filters() == filters && settled(*view->model()); }));
    ASSERT_GT(view->model()->rowCount(), 0) << "the suite's admin signed in";
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const AuditEntry &e = view->model()->rows().at(row);
        ASSERT_EQ(e.resourceType, u"customer"_s);
        EXPECT_EQ(e.targetName, e.username) << "a sign-in's target is who signed in";
        const QModelIndex cell = view->model()->index(row, AuditView::Target);
        EXPECT_EQ(cell.data().toString(), u"customer "_s + e.username);
        EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(), u"customer #"_s + e.resourceId);
    }
}

TEST_F(AuditViewTest, ATimeRangeIsSentAsUtcAndSelectsTheEntriesInside)
{
    const QString user = uniqueName(u"audit-when-"_s);
    failSignIn(*server, user);
    const QList<AuditEntry> first = apiRows(admin->api.get(), {{u"username"_s, user}});
    ASSERT_EQ(first.size(), 1);
    // The second attempt over a second later, so the bounds below sit well clear of both rows
    // whatever precision the database and the API keep.
    ASSERT_TRUE(waitFor(
        [&] { return QDateTime::currentDateTimeUtc() > first.first().createdAt.addMSecs(1200); }));
    failSignIn(*server, user);
    const QList<AuditEntry> both = apiRows(admin->api.get(), {{u"username"_s, user}});
    ASSERT_EQ(both.size(), 2);
    const QDateTime t1 = both.last().createdAt;
    const QDateTime t2 = both.first().createdAt;
    ASSERT_LT(t1.addMSecs(1000), t2);
    const QDateTime before = t1.addMSecs(-500);
    const QDateTime between = t1.addMSecs(t1.msecsTo(t2) / 2);

    view->show();
    // [before, between): only the first attempt ("to" is exclusive).
    view->applyFilters({{u"username"_s, user},
                        {u"from"_s, before.toUTC().toString(Qt::ISODateWithMs)},
                        {u"to"_s, between.toUTC().toString(Qt::ISODateWithMs)}});
    auto *fromOn = view->findChild<QCheckBox *>(u"auditFromEnabled"_s);
    auto *from = view->findChild<QDateTimeEdit *>(u"auditFrom"_s);
    ASSERT_TRUE(fromOn && from);
    EXPECT_TRUE(fromOn->isChecked());
    EXPECT_EQ(from->dateTime().toUTC(), before.toUTC());
    EXPECT_EQ(from->dateTime().timeSpec(), Qt::LocalTime); // shown in local time
    const QJsonObject sent = view->currentFilters();
    EXPECT_EQ(sent.value(u"from"_s).toString(), before.toUTC().toString(Qt::ISODateWithMs));
    EXPECT_TRUE(sent.value(u"to"_s).toString().endsWith(u'Z'));
    ASSERT_TRUE(
        waitFor([&] { return view->model()->filters() == sent && settled(*view->model()); }));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->rows().first().id, both.last().id);

    // From `between` on: only the second.
    const QJsonObject later{{u"username"_s, user},
                            {u"from"_s, between.toUTC().toString(Qt::ISODateWithMs)}};
    view->applyFilters(later);
    ASSERT_TRUE(
        waitFor([&] { return view->model()->filters() == later && settled(*view->model()); }));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->rows().first().id, both.first().id);
}

TEST_F(AuditViewTest, ExportWritesTheFiltersRowsOverSeveralPagesWithFormulasNeutralised)
{
    const QString evil = u"=cmd|'/C calc'!A0"_s;
    failSignIn(*server, evil);
    failSignIn(*server, evil);
    failSignIn(*server, evil);
    const QJsonObject filters{{u"username"_s, evil}};
    const QList<AuditEntry> expected = apiRows(admin->api.get(), filters);
    ASSERT_GE(expected.size(), 3);

    view->show();
    view->applyFilters(filters);
    ASSERT_TRUE(waitFor([&] { return view->model()->totalRows() > 0 && settled(*view->model()); }));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.csv"_s);
    view->exporter()->setPageSize(2); // three rows or more: at least two pages
    QSignalSpy finished(view->exporter(), &AuditCsvExport::finished);
    QSignalSpy progress(view->exporter(), &AuditCsvExport::progress);
    view->exportTo(path);
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
    EXPECT_GE(progress.count(), 2);
    EXPECT_EQ(finished.first().at(0).toLongLong(), expected.size());

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    ASSERT_EQ(rows.size(), expected.size() + 1);
    EXPECT_EQ(rows.first(), AuditCsvExport::header());
    const int userColumn = int(AuditCsvExport::header().indexOf(u"User"_s));
    const int traceColumn = int(AuditCsvExport::header().indexOf(u"Trace id"_s));
    const int actionColumn = int(AuditCsvExport::header().indexOf(u"Action"_s));
    ASSERT_GE(userColumn, 0);
    ASSERT_GE(traceColumn, 0);
    for (int i = 0; i < expected.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        ASSERT_EQ(row.size(), rows.first().size());
        EXPECT_EQ(row.at(traceColumn), expected.at(i).traceId);
        EXPECT_EQ(row.at(actionColumn), u"auth.login"_s);
        EXPECT_EQ(row.at(userColumn), u"'=cmd|'/C calc'!A0"_s); // text, not a formula
        for (const QString &cell : row)
            EXPECT_FALSE(cell.startsWith(u'=') || cell.startsWith(u'+') || cell.startsWith(u'@'))
                << cell.toStdString();
    }
    // The raw bytes never hold a line or cell starting with the formula.
    EXPECT_FALSE(bytes.contains("\n=cmd"));
    EXPECT_FALSE(bytes.contains(",=cmd"));
}

TEST_F(AuditViewTest, ACancelledExportLeavesNoFile)
{
    view->show();
    view->activate();
    ASSERT_TRUE(waitFor([&] { return settled(*view->model()); }));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cancelled.csv"_s);
    view->exporter()->setPageSize(1);
    QSignalSpy canceled(view->exporter(), &AuditCsvExport::canceled);
    view->exportTo(path);
    EXPECT_TRUE(view->exporter()->isRunning());
    view->exporter()->cancel();
    EXPECT_EQ(canceled.count(), 1);
    QTest::qWait(50); // a late page answer must not recreate the file
    EXPECT_FALSE(QFile::exists(path));
}

TEST(AuditDiffModelTest, ShowsChangesSideBySideAndMarksWhatChanged)
{
    AuditDiffModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setDetail(QJsonObject{
        {u"changes"_s,
         QJsonObject{
             {u"login_lockout_seconds"_s, QJsonObject{{u"old"_s, 900}, {u"new"_s, 600}}},
             {u"site_name"_s, QJsonObject{{u"old"_s, u"A"_s}, {u"new"_s, u"A"_s}}},
         }}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(model.isChange());
    EXPECT_EQ(model.rows().at(0), (AuditDiffModel::Row{u"login_lockout_seconds"_s, u"900"_s,
                                                       u"600"_s, AuditDiffModel::Kind::Changed}));
    EXPECT_EQ(model.rows().at(1).kind, AuditDiffModel::Kind::Unchanged);
    EXPECT_EQ(model.index(0, AuditDiffModel::Change).data().toString(), u"changed"_s);
    EXPECT_TRUE(model.index(0, AuditDiffModel::After).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model.index(1, AuditDiffModel::After).data(Qt::BackgroundRole).isValid());

    model.setDetail(QJsonObject{{u"before"_s, QJsonObject{{u"a"_s, 1}, {u"b"_s, 2}}},
                                {u"after"_s, QJsonObject{{u"b"_s, 3}, {u"c"_s, QJsonArray{1}}}}});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rows().at(0).kind, AuditDiffModel::Kind::Removed);
    EXPECT_EQ(model.rows().at(1).kind, AuditDiffModel::Kind::Changed);
    EXPECT_EQ(model.rows().at(2),
              (AuditDiffModel::Row{u"c"_s, QString(), u"[1]"_s, AuditDiffModel::Kind::Added}));

    model.setDetail(QJsonObject{{u"reason"_s, u"bad_credentials"_s}});
    EXPECT_FALSE(model.isChange());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rows().first().after, u"bad_credentials"_s);
}
