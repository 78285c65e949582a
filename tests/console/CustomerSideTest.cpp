// The customer side against a real server, signed in as the demo owner `acme`: My machines
// shows exactly acme's machines (never another tenant's) and the selected one's charts with the
// series the server sent, the workbench shows the demo figures, a team member is added and
// removed, a profile save persists and an invalid field is refused without a request, an SSH
// key pasted shows ssh-keygen's fingerprint before sending and is added, a private key is
// refused without a request, and marking a notification read lowers the status bar's count.

#include "ConsoleServer.h"
#include "CustomerApi.h"
#include "MachineMonitoringCharts.h"
#include "MainWindow.h"
#include "MyMachineDetailPanel.h"
#include "MyMachinesView.h"
#include "NotificationsView.h"
#include "PagedTableModel.h"
#include "ProfileView.h"
#include "SshKeysView.h"
#include "StatCard.h"
#include "TeamView.h"
#include "Theme.h"
#include "WorkbenchView.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using namespace remotegpu::test;
using remotegpu::ui::MainWindow;
using remotegpu::ui::MyMachineDetailPanel;
using remotegpu::ui::MyMachinesView;
using remotegpu::ui::NotificationsView;
using remotegpu::ui::ProfileView;
using remotegpu::ui::SshKeysView;
using remotegpu::ui::StatCard;
using remotegpu::ui::TeamView;
using remotegpu::ui::WorkbenchView;

namespace {

// Written by `ssh-keygen -t ed25519 -C test@console`; `ssh-keygen -lf` printed the fingerprint.
const QString KnownKey =
    u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBFIyLHZP1UsU0va6CMLmr5eUXboIzBqW17ZklJZrT/d test@console"_s;
const QString KnownFingerprint = u"SHA256:cTooH/p9ANiqF2o8WFZvMJRQq1aUPMpRmf4NeesyYyg"_s;
const QString PrivateKey =
    u"-----BEGIN OPENSSH PRIVATE KEY-----\n"
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
    "-----END OPENSSH PRIVATE KEY-----"_s;

// A server of this suite's own (it adds keys and reads notifications), started at info level:
// the shared one's --log-level warning hides the "listening" line ServerProcess waits for.
std::unique_ptr<ConsoleServer> &customerServerSlot()
{
    static std::unique_ptr<ConsoleServer> server;
    return server;
}

// Stopped while the QApplication still exists (a static destroyed after Qt's own globals
// crashes in QSqlDatabase at exit).
ConsoleServer *customerServer()
{
    static bool started = false;
    if (!started) {
        started = true;
        customerServerSlot() = ConsoleServer::start(u"customer"_s, {u"--log-level"_s, u"info"_s});
        qAddPostRoutine([] { customerServerSlot().reset(); });
    }
    return customerServerSlot().get();
}

// Signed-in clients live as long as the program: a Session destroyed while its keychain job
// runs crashes in QKeychain's callback.
SignedInClient *signedIn(const QString &user)
{
    // The table itself is never freed either, so the clients stay reachable at exit and
    // LeakSanitizer does not report them.
    static auto *clients = new QHash<QString, SignedInClient *>;
    if (!clients->contains(user)) {
        ConsoleServer *server = customerServer();
        if (!server)
            return nullptr;
        clients->insert(
            user, SignedInClient::signIn(server->url(), user, server->demoPassword()).release());
    }
    return clients->value(user);
}

template<typename T>
std::optional<Result<T>> await(const std::function<void(QObject *, Reply<T>)> &call)
{
    QObject context;
    std::optional<Result<T>> answer;
    call(&context, [&](Result<T> a) { answer.emplace(std::move(a)); });
    waitFor([&] { return answer.has_value(); });
    return answer;
}

QList<CustomerMachine> allMachines(SignedInClient *client)
{
    CustomerApi api(client->api.get());
    PageRequest request;
    request.pageSize = 200;
    request.sortBy = u"name"_s;
    auto answer = await<Page<CustomerMachine>>([&](QObject *ctx, Reply<Page<CustomerMachine>> r) {
        api.machines(request, ctx, std::move(r));
    });
    if (!answer || !answer->ok()) {
        ADD_FAILURE() << "GET /api/customer/machines failed";
        return {};
    }
    return (*answer)->list;
}

QStringList allMachineIds(SignedInClient *client)
{
    QStringList ids;
    for (const CustomerMachine &m : allMachines(client))
        ids << m.id;
    return ids;
}

// A task of acme's on node-01 (the demo data has none), once per program.
void ensureAcmeTask()
{
    static bool inserted = false;
    if (inserted)
        return;
    inserted = true;
    ASSERT_EQ(customerServer()->db().exec(
                  u"INSERT INTO tasks (id, customer_id, tenant_id, host_id, name, image, command, "
                  "status, started_at) SELECT 'task-console-1', id, id, 'node-01', "
                  "'llama-7b pre-training', 'pytorch/2.3-cuda12.1', 'python train.py', 'running', "
                  "now() - interval '2 hours' FROM customers WHERE username = 'acme'"_s),
              QString());
}

std::optional<CustomerApi::WorkspaceDetail> workspaceOnServer(SignedInClient *client, qint64 id)
{
    CustomerApi api(client->api.get());
    auto answer = await<CustomerApi::WorkspaceDetail>(
        [&](QObject *ctx, Reply<CustomerApi::WorkspaceDetail> r) {
            api.workspace(id, ctx, std::move(r));
        });
    if (!answer || !answer->ok())
        return std::nullopt;
    return (*answer).value();
}

} // namespace

TEST(CustomerSideTest, MyMachinesShowsExactlyTheTenantsMachines)
{
    SignedInClient *acme = signedIn(u"acme"_s);
    SignedInClient *galaxy = signedIn(u"galaxy"_s);
    ASSERT_TRUE(acme && galaxy);
    const QStringList acmeIds = allMachineIds(acme);
    const QStringList galaxyIds = allMachineIds(galaxy);
    ASSERT_FALSE(acmeIds.isEmpty()) << "the demo data gives acme machines";
    ASSERT_FALSE(galaxyIds.isEmpty()) << "the demo data gives galaxy machines";

    MyMachinesView view(acme->api.get(), acme->session.get());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    view.resize(1280, 800);
    view.show();
    view.activate();
    ASSERT_TRUE(waitFor([&] {
        return !view.model()->isLoading() && view.model()->totalRows() > 0 &&
               !view.model()->canFetchMore({});
    }));
    QStringList shown;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        shown << view.model()->keyAt(row);
    EXPECT_EQ(shown, acmeIds);
    for (const QString &id : galaxyIds)
        EXPECT_FALSE(shown.contains(id)) << "galaxy's " << id.toStdString() << " shown to acme";
    auto *ssh = view.findChild<QLineEdit *>(u"myMachineSsh"_s);
    ASSERT_NE(ssh, nullptr);
    EXPECT_TRUE(ssh->text().startsWith(u"ssh "_s)) << ssh->text().toStdString();
    view.grab().save(u"/tmp/cust-machines.png"_s);
    ui::applyTheme(ui::Theme::Dark);
    view.grab().save(u"/tmp/cust-machines-dark.png"_s);
    ui::applyTheme(ui::Theme::System);
}

TEST(CustomerSideTest, APastedKeyShowsSshKeygensFingerprintAndIsAdded)
{
    SignedInClient *carol = signedIn(u"acme.carol"_s);
    ASSERT_NE(carol, nullptr);
    SshKeysView view(carol->api.get(), carol->session.get());
    view.resize(1280, 800);
    view.show();
    view.activate();
    ASSERT_TRUE(waitFor([&] { return view.isLoaded(); }));
    const qsizetype before = view.keys().size();

    auto *paste = view.findChild<QPlainTextEdit *>(u"sshKeyPaste"_s);
    auto *preview = view.findChild<QLabel *>(u"sshKeyPreview"_s);
    auto *add = view.findChild<QPushButton *>(u"sshKeyAdd"_s);
    auto *name = view.findChild<QLineEdit *>(u"sshKeyName"_s);
    ASSERT_TRUE(paste && preview && add && name);
    EXPECT_FALSE(add->isEnabled());
    paste->setPlainText(KnownKey);
    EXPECT_TRUE(preview->text().contains(KnownFingerprint)) << preview->text().toStdString();
    EXPECT_TRUE(add->isEnabled());
    name->setText(u"console test key"_s);
    view.grab().save(u"/tmp/cust-sshkeys-preview.png"_s);

    QSignalSpy added(&view, &SshKeysView::keyAdded);
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return added.count() == 1; }));
    ASSERT_TRUE(waitFor([&] { return view.keys().size() == before + 1; }));
    bool found = false;
    for (const SshKey &k : view.keys())
        found = found || (k.fingerprint == KnownFingerprint && k.name == u"console test key"_s);
    EXPECT_TRUE(found);
    view.grab().save(u"/tmp/cust-sshkeys.png"_s);
}

TEST(CustomerSideTest, APrivateKeyIsRefusedBeforeSending)
{
    SignedInClient *mia = signedIn(u"deepblue.mia"_s);
    ASSERT_NE(mia, nullptr);
    SshKeysView view(mia->api.get(), mia->session.get());
    view.show();
    view.activate();
    ASSERT_TRUE(waitFor([&] { return view.isLoaded(); }));
    const qsizetype before = view.keys().size();

    auto *paste = view.findChild<QPlainTextEdit *>(u"sshKeyPaste"_s);
    auto *error = view.findChild<QLabel *>(u"sshKeyError"_s);
    auto *add = view.findChild<QPushButton *>(u"sshKeyAdd"_s);
    ASSERT_TRUE(paste && error && add);
    paste->setPlainText(PrivateKey);
    EXPECT_FALSE(add->isEnabled());
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(u".pub"_s)) << error->text().toStdString();
    QSignalSpy added(&view, &SshKeysView::keyAdded);
    EXPECT_FALSE(view.addPastedKey()); // even called directly, nothing is sent
    QTest::qWait(200);
    EXPECT_EQ(added.count(), 0);

    // The server holds no new key either.
    CustomerApi api(mia->api.get());
    auto keys = await<QList<SshKey>>(
        [&](QObject *ctx, Reply<QList<SshKey>> r) { api.sshKeys(ctx, std::move(r)); });
    ASSERT_TRUE(keys && keys->ok());
    EXPECT_EQ((*keys)->size(), before);
}

TEST(CustomerSideTest, MarkingANotificationReadUpdatesTheListAndTheServer)
{
    SignedInClient *acme = signedIn(u"acme"_s);
    ASSERT_NE(acme, nullptr);
    // Two unread notifications of acme's own (this suite's server; the demo data has none).
    ASSERT_EQ(
        customerServer()->db().exec(
            u"INSERT INTO notifications (customer_id, tenant_id, title, content, type, level) "
            "SELECT id, id, 'Allocation ALLOC-7 expires in 3 days', 'Extend it or copy "
            "your data off node-07 before it ends.', 'expiry', 'warning' FROM customers "
            "WHERE username = 'acme'; "
            "INSERT INTO notifications (customer_id, tenant_id, title, content, type, level) "
            "SELECT id, id, 'Task train-42 finished', 'Exit code 0 after 2 h 13 min.', "
            "'task', 'info' FROM customers WHERE username = 'acme'"_s),
        QString());
    NotificationsView view(acme->api.get(), acme->session.get());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    view.resize(1280, 800);
    view.show();
    view.activate();
    ASSERT_TRUE(waitFor([&] { return !view.model()->isLoading() && view.model()->rowCount() > 0; }))
        << "the demo data gives acme notifications";
    int unreadRow = -1;
    for (int row = 0; row < view.model()->rowCount() && unreadRow < 0; ++row)
        if (!view.model()->rowAt(row)->isRead)
            unreadRow = row;
    ASSERT_GE(unreadRow, 0) << "acme has an unread notification in the demo data";
    const qint64 id = view.model()->rowAt(unreadRow)->id;
    EXPECT_TRUE(view.model()->index(unreadRow, 1).data(Qt::FontRole).value<QFont>().bold());
    view.grab().save(u"/tmp/cust-notifications.png"_s);

    auto *table = view.findChild<QTableView *>(u"notificationsTable"_s);
    ASSERT_NE(table, nullptr);
    table->selectRow(unreadRow);
    QSignalSpy changed(&view, &NotificationsView::readStateChanged);
    QTest::mouseClick(view.findChild<QPushButton *>(u"notificationMarkRead"_s), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return changed.count() == 1; }));
    const int row = view.model()->rowOfKey(QString::number(id));
    ASSERT_TRUE(waitFor([&] {
        const int r = view.model()->rowOfKey(QString::number(id));
        return r >= 0 && view.model()->rowAt(r)->isRead;
    }));
    Q_UNUSED(row);
    EXPECT_FALSE(view.model()
                     ->index(view.model()->rowOfKey(QString::number(id)), 1)
                     .data(Qt::FontRole)
                     .value<QFont>()
                     .bold());

    // The server agrees.
    CustomerApi api(acme->api.get());
    PageRequest request;
    request.pageSize = 200;
    auto page = await<Page<Notification>>([&](QObject *ctx, Reply<Page<Notification>> r) {
        api.notifications(request, ctx, std::move(r));
    });
    ASSERT_TRUE(page && page->ok());
    bool read = false;
    for (const Notification &n : (*page)->list)
        if (n.id == id)
            read = n.isRead;
    EXPECT_TRUE(read);
}

TEST(CustomerSideTest, WorkbenchShowsTheDemoFiguresAndOpensTheMachines)
{
    SignedInClient *acme = signedIn(u"acme"_s);
    ASSERT_NE(acme, nullptr);
    ensureAcmeTask();
    const QList<CustomerMachine> machines = allMachines(acme);
    ASSERT_EQ(machines.size(), 3) << "the demo data gives acme node-01, node-02 and node-03";
    qint64 gpus = 0;
    for (const CustomerMachine &m : machines)
        gpus += m.gpuCount;

    WorkbenchView view(acme->api.get(), acme->session.get());
    QAbstractItemModelTester tester(view.recentTasksModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    view.resize(1280, 800);
    view.show();
    QSignalSpy loaded(&view, &WorkbenchView::loaded);
    view.activate();
    ASSERT_TRUE(waitFor([&] { return loaded.count() == 1; }));
    ASSERT_TRUE(view.stats() && view.summary());

    EXPECT_EQ(view.card(u"machinesCard"_s)->valueText(), u"3"_s);
    EXPECT_EQ(view.card(u"gpusCard"_s)->valueText(), QLocale().toString(gpus));
    EXPECT_EQ(view.card(u"expiringCard"_s)->valueText(),
              QLocale().toString(view.summary()->expiringSoon));
    EXPECT_GE(view.summary()->expiringSoon, 1) << "node-03's allocation ends in two days";
    EXPECT_GE(view.stats()->tasksRunning, 1);
    EXPECT_TRUE(view.card(u"tasksCard"_s)
                    ->itemText(u"running"_s)
                    .startsWith(QLocale().toString(view.stats()->tasksRunning)))
        << view.card(u"tasksCard"_s)->itemText(u"running"_s).toStdString();
    ASSERT_TRUE(view.summary()->averageGpuUtilization24h.has_value());
    EXPECT_EQ(view.card(u"loadCard"_s)->valueText(),
              QLocale().toString(*view.summary()->averageGpuUtilization24h, 'f', 0) + u" %"_s);

    bool found = false;
    for (const Task &t : view.recentTasksModel()->rows())
        found = found || (t.id == u"task-console-1"_s && t.hostId == u"node-01"_s);
    EXPECT_TRUE(found) << "the recent tasks list the task run on node-01";

    // The expiring card opens My machines, soonest end first.
    QSignalSpy open(&view, &ui::SectionView::openSectionRequested);
    QTest::mouseClick(view.card(u"expiringCard"_s), Qt::LeftButton);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).toInt(), int(MainWindow::Section::MyMachines));
    EXPECT_EQ(open.at(0).at(1).toJsonObject(), (QJsonObject{{u"expiring"_s, true}}));
    view.grab().save(u"/tmp/cust-workbench.png"_s);

    // And My machines, so filtered, sorts by the allocation's end.
    MyMachinesView machinesView(acme->api.get(), acme->session.get());
    machinesView.activate();
    machinesView.applyFilters(open.at(0).at(1).toJsonObject());
    ASSERT_TRUE(waitFor([&] {
        return !machinesView.model()->isLoading() && machinesView.model()->rowCount() == 3;
    }));
    EXPECT_EQ(machinesView.model()->sortField(), u"endTime"_s);
    EXPECT_EQ(machinesView.model()->keyAt(0), u"node-03"_s) << "node-03 ends first";
}

TEST(CustomerSideTest, MachineDetailChartsTheSeriesTheServerSent)
{
    SignedInClient *acme = signedIn(u"acme"_s);
    ASSERT_NE(acme, nullptr);
    ensureAcmeTask();
    MyMachinesView view(acme->api.get(), acme->session.get());
    view.resize(1280, 900);
    view.show();
    view.activate();
    ASSERT_TRUE(
        waitFor([&] { return !view.model()->isLoading() && view.model()->rowCount() > 0; }));
    view.applyFilters({{u"id"_s, u"node-01"_s}});
    MyMachineDetailPanel *panel = view.detailPanel();
    ASSERT_EQ(panel->machineId(), u"node-01"_s);
    ui::MachineMonitoringCharts *charts = panel->charts();
    ASSERT_TRUE(waitFor([&] {
        return charts->utilizationLine()->count() > 0 && panel->processModel()->rowCount() > 0 &&
               panel->taskModel()->rowCount() > 0;
    }));

    CustomerApi api(acme->api.get());
    auto monitoring = await<MachineMonitoring>([&](QObject *ctx, Reply<MachineMonitoring> r) {
        api.monitoring(u"node-01"_s, 60, ctx, std::move(r));
    });
    ASSERT_TRUE(monitoring && monitoring->ok());
    const MachineMonitoring &m = monitoring->value();
    // Each GPU's bars hold its newest reading.
    ASSERT_GT(m.gpus.size(), 0);
    ASSERT_EQ(charts->utilizationBars()->count(), m.gpus.size());
    for (int i = 0; i < m.gpus.size(); ++i) {
        EXPECT_DOUBLE_EQ(charts->utilizationBars()->at(i), m.gpus.at(i).utilization.value_or(0));
        EXPECT_DOUBLE_EQ(charts->memoryBars()->at(i), m.gpus.at(i).memoryUsagePercent.value_or(0));
    }
    EXPECT_EQ(panel->gpuModel()->rowCount(), m.gpus.size());
    // The lines are the series' points, at their times. The two requests' windows may differ
    // by one 5-minute sample at the old end, so points are matched by time.
    QHash<qint64, double> sent;
    for (const MachineMonitoringPoint &p : m.series) {
        if (p.gpuAvgUtilization)
            sent.insert(p.time.toMSecsSinceEpoch(), *p.gpuAvgUtilization);
    }
    const QList<QPointF> shown = charts->utilizationLine()->points();
    EXPECT_LE(std::abs(shown.size() - sent.size()), 1);
    qsizetype matched = 0;
    for (const QPointF &point : shown) {
        const auto it = sent.constFind(qint64(point.x()));
        if (it == sent.cend())
            continue;
        ++matched;
        EXPECT_DOUBLE_EQ(point.y(), *it);
    }
    EXPECT_GE(matched, shown.size() - 1);
    EXPECT_GE(matched, 10) << "an hour of 5-minute samples";

    // The process report: one training process per GPU and the notebook on GPU 0.
    auto processes = await<MachineProcessReport>([&](QObject *ctx, Reply<MachineProcessReport> r) {
        api.processes(u"node-01"_s, ctx, std::move(r));
    });
    ASSERT_TRUE(processes && processes->ok());
    EXPECT_EQ(panel->processModel()->rowCount(), (*processes)->processes.size());
    EXPECT_EQ(panel->processModel()->rowCount(), m.gpus.size() + 1);
    EXPECT_EQ(panel->taskModel()->item(0, 0)->text(), u"llama-7b pre-training"_s);
    panel->tabs()->setCurrentIndex(MyMachineDetailPanel::MonitoringTab);
    view.grab().save(u"/tmp/cust-machine-detail.png"_s);
}

TEST(CustomerSideTest, AddingAndRemovingATeamMemberRoundTrips)
{
    SignedInClient *acme = signedIn(u"acme"_s);
    ASSERT_NE(acme, nullptr);
    TeamView view(acme->api.get(), acme->session.get());
    QAbstractItemModelTester workspaces(view.workspaceModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester members(view.memberModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Warning);
    view.resize(1280, 800);
    view.show();
    view.activate();
    ASSERT_TRUE(view.canManage());
    ASSERT_TRUE(waitFor([&] { return !view.workspaceModel()->isLoading(); }));

    // A team of its own, made through the view.
    const QString name = u"Console team "_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto *newName = view.findChild<QLineEdit *>(u"newTeamName"_s);
    auto *create = view.findChild<QPushButton *>(u"createTeam"_s);
    ASSERT_TRUE(newName && create);
    EXPECT_FALSE(create->isEnabled());
    newName->setText(name);
    ASSERT_TRUE(create->isEnabled());
    QSignalSpy created(&view, &TeamView::workspaceCreated);
    QTest::mouseClick(create, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return created.count() == 1; }));
    int row = -1;
    ASSERT_TRUE(waitFor([&] {
        for (int r = 0; r < view.workspaceModel()->rowCount(); ++r)
            if (view.workspaceModel()->rowAt(r)->name == name)
                row = r;
        return row >= 0;
    }));
    const qint64 workspaceId = view.workspaceModel()->rowAt(row)->id;
    view.findChild<QTableView *>(u"workspaceTable"_s)->selectRow(row);
    ASSERT_TRUE(waitFor([&] {
        return view.currentWorkspaceId() == workspaceId && view.memberModel()->rowCount() == 1;
    })) << "the owner is the new team's first member";

    // Add acme.bob through the account choice.
    auto *account = view.findChild<QComboBox *>(u"memberAccount"_s);
    auto *add = view.findChild<QPushButton *>(u"addMember"_s);
    ASSERT_TRUE(account && add);
    ASSERT_TRUE(waitFor([&] { return account->findText(u"acme.bob"_s, Qt::MatchContains) >= 0; }));
    account->setCurrentIndex(account->findText(u"acme.bob"_s, Qt::MatchContains));
    const qint64 bobId = account->currentData().toLongLong();
    QSignalSpy added(&view, &TeamView::memberAdded);
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return added.count() == 1; }));
    ASSERT_TRUE(waitFor([&] { return view.memberModel()->rowCount() == 2; }));
    auto onServer = workspaceOnServer(acme, workspaceId);
    ASSERT_TRUE(onServer);
    bool bobIn = false;
    for (const WorkspaceMember &m : onServer->members)
        bobIn = bobIn || m.customerId == bobId;
    EXPECT_TRUE(bobIn);
    EXPECT_EQ(account->findText(u"acme.bob"_s, Qt::MatchContains), -1)
        << "a member is no longer offered";
    view.grab().save(u"/tmp/cust-team.png"_s);

    // Remove him again, after confirming.
    int bobRow = -1;
    for (int r = 0; r < view.memberModel()->rowCount(); ++r)
        if (view.memberModel()->rowAt(r)->customerId == bobId)
            bobRow = r;
    ASSERT_GE(bobRow, 0);
    view.findChild<QTableView *>(u"memberTable"_s)->selectRow(bobRow);
    auto *remove = view.findChild<QPushButton *>(u"removeMember"_s);
    ASSERT_TRUE(remove && remove->isEnabled());
    QSignalSpy removed(&view, &TeamView::memberRemoved);
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *box = view.findChild<QMessageBox *>(u"removeMemberConfirmation"_s);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(removed.count(), 0) << "nothing is removed before confirming";
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return removed.count() == 1; }));
    ASSERT_TRUE(waitFor([&] { return view.memberModel()->rowCount() == 1; }));
    onServer = workspaceOnServer(acme, workspaceId);
    ASSERT_TRUE(onServer);
    for (const WorkspaceMember &m : onServer->members)
        EXPECT_NE(m.customerId, bobId);
}

TEST(CustomerSideTest, AMemberCannotChangeTeams)
{
    SignedInClient *carol = signedIn(u"acme.carol"_s);
    ASSERT_NE(carol, nullptr);
    TeamView view(carol->api.get(), carol->session.get());
    view.show();
    view.activate();
    ASSERT_TRUE(waitFor([&] { return !view.workspaceModel()->isLoading(); }));
    EXPECT_FALSE(view.canManage());
    view.findChild<QLineEdit *>(u"newTeamName"_s)->setText(u"not allowed"_s);
    for (const QString &name : {u"createTeam"_s, u"addMember"_s, u"removeMember"_s}) {
        auto *button = view.findChild<QPushButton *>(name);
        ASSERT_NE(button, nullptr);
        EXPECT_FALSE(button->isEnabled()) << name.toStdString();
        EXPECT_FALSE(button->toolTip().isEmpty()) << name.toStdString() << " says why";
    }
}

TEST(CustomerSideTest, AProfileSavePersists)
{
    SignedInClient *acme = signedIn(u"acme"_s);
    ASSERT_NE(acme, nullptr);
    ProfileView view(acme->api.get(), acme->session.get());
    view.resize(1280, 800);
    view.show();
    view.activate();
    ASSERT_TRUE(waitFor([&] { return view.isLoaded(); }));
    EXPECT_EQ(view.editor(u"fullName"_s)->text(), view.profile()->fullName);

    const QString fullName = u"Alice Chen "_s + QUuid::createUuid().toString(QUuid::Id128).left(6);
    view.editor(u"fullName"_s)->setText(fullName);
    view.editor(u"phone"_s)->setText(u"+86 138 0013 8000"_s);
    QCheckBox *tasks = view.preference(u"taskUpdates"_s);
    const bool taskUpdates = !tasks->isChecked();
    tasks->setChecked(taskUpdates);
    auto *save = view.findChild<QPushButton *>(u"profileSave"_s);
    ASSERT_TRUE(save && save->isEnabled());
    QSignalSpy saved(&view, &ProfileView::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return saved.count() == 1; }));
    EXPECT_FALSE(save->isEnabled()) << "nothing left to save";
    view.grab().save(u"/tmp/cust-profile.png"_s);

    // Read back: the server and a fresh view agree.
    CustomerApi api(acme->api.get());
    auto profile =
        await<Customer>([&](QObject *ctx, Reply<Customer> r) { api.profile(ctx, std::move(r)); });
    ASSERT_TRUE(profile && profile->ok());
    EXPECT_EQ((*profile)->fullName, fullName);
    EXPECT_EQ((*profile)->phone, u"+86 138 0013 8000"_s);
    ProfileView again(acme->api.get(), acme->session.get());
    again.activate();
    ASSERT_TRUE(waitFor([&] { return again.isLoaded(); }));
    EXPECT_EQ(again.editor(u"fullName"_s)->text(), fullName);
    EXPECT_EQ(again.preference(u"taskUpdates"_s)->isChecked(), taskUpdates);
}

TEST(CustomerSideTest, AnInvalidProfileFieldShowsItsErrorWithoutSending)
{
    SignedInClient *bob = signedIn(u"acme.bob"_s);
    ASSERT_NE(bob, nullptr);
    ProfileView view(bob->api.get(), bob->session.get());
    view.show();
    view.activate();
    ASSERT_TRUE(waitFor([&] { return view.isLoaded(); }));
    const QString avatarBefore = view.profile()->avatarUrl;

    view.editor(u"avatarUrl"_s)->setText(u"ftp://example.com/me.png"_s);
    QLabel *error = view.errorLabel(u"avatarUrl"_s);
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(u"http"_s)) << error->text().toStdString();
    EXPECT_TRUE(view.errorLabel(u"fullName"_s)->isHidden()) << "only the wrong field says so";
    auto *save = view.findChild<QPushButton *>(u"profileSave"_s);
    EXPECT_FALSE(save->isEnabled());
    QSignalSpy saved(&view, &ProfileView::saved);
    QSignalSpy failed(&view, &ProfileView::saveFailed);
    EXPECT_FALSE(view.save()); // even called directly, nothing is sent
    QTest::qWait(200);
    EXPECT_EQ(saved.count() + failed.count(), 0);
    view.grab().save(u"/tmp/cust-profile-invalid.png"_s);

    CustomerApi api(bob->api.get());
    auto profile =
        await<Customer>([&](QObject *ctx, Reply<Customer> r) { api.profile(ctx, std::move(r)); });
    ASSERT_TRUE(profile && profile->ok());
    EXPECT_EQ((*profile)->avatarUrl, avatarBefore);

    // Fixed, the message goes.
    view.editor(u"avatarUrl"_s)->setText(u"https://example.com/bob.png"_s);
    EXPECT_TRUE(error->isHidden());
    EXPECT_TRUE(save->isEnabled());
}

TEST(CustomerSideTest, MarkingANotificationReadLowersTheStatusBarCount)
{
    SignedInClient *acme = signedIn(u"acme"_s);
    ASSERT_NE(acme, nullptr);
    ASSERT_EQ(
        customerServer()->db().exec(
            u"INSERT INTO notifications (customer_id, tenant_id, title, content, type, level) "
            "SELECT id, id, 'Maintenance window on node-02', 'node-02 restarts on Sunday "
            "at 02:00 UTC.', 'system', 'info' FROM customers WHERE username = 'acme'"_s),
        QString());
    MainWindow window(acme->api.get(), acme->session.get());
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(waitFor([&] { return window.unreadNotifications() > 0; }));
    const int before = window.unreadNotifications();
    auto *label = window.findChild<QLabel *>(u"notificationLabel"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QString::number(before))) << label->text().toStdString();

    // One more arrives after the count was taken: opening the list counts it too.
    ASSERT_EQ(
        customerServer()->db().exec(
            u"INSERT INTO notifications (customer_id, tenant_id, title, content, type, level) "
            "SELECT id, id, 'Quota raised', 'Your team may now hold 32 GPUs.', 'system', "
            "'info' FROM customers WHERE username = 'acme'"_s),
        QString());
    window.showSection(MainWindow::Section::Notifications);
    auto *view = qobject_cast<NotificationsView *>(window.view(MainWindow::Section::Notifications));
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(
        waitFor([&] { return !view->model()->isLoading() && view->model()->rowCount() > 0; }));
    ASSERT_TRUE(waitFor([&] { return window.unreadNotifications() == before + 1; }, 5000));
    int unreadRow = -1;
    for (int row = 0; row < view->model()->rowCount() && unreadRow < 0; ++row)
        if (!view->model()->rowAt(row)->isRead)
            unreadRow = row;
    ASSERT_GE(unreadRow, 0);
    view->findChild<QTableView *>(u"notificationsTable"_s)->selectRow(unreadRow);
    view->markSelectedRead();
    // Well before the 60 s poll: the view's signal asks at once.
    ASSERT_TRUE(waitFor([&] { return window.unreadNotifications() == before; }, 5000));
    EXPECT_TRUE(label->text().contains(QString::number(before))) << label->text().toStdString();
}
