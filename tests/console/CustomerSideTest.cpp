// The customer side against a real server, signed in as the demo owner `acme`: My machines
// shows exactly acme's machines (never another tenant's), an SSH key pasted shows ssh-keygen's
// fingerprint before sending and is added, a private key is refused without a request, and a
// notification is marked read.

#include "ConsoleServer.h"
#include "CustomerApi.h"
#include "MyMachinesView.h"
#include "NotificationsView.h"
#include "PagedTableModel.h"
#include "SshKeysView.h"
#include "Theme.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using namespace remotegpu::test;
using remotegpu::ui::MyMachinesView;
using remotegpu::ui::NotificationsView;
using remotegpu::ui::SshKeysView;

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
    static QHash<QString, SignedInClient *> clients;
    if (!clients.contains(user)) {
        ConsoleServer *server = customerServer();
        if (!server)
            return nullptr;
        clients.insert(
            user, SignedInClient::signIn(server->url(), user, server->demoPassword()).release());
    }
    return clients.value(user);
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

QStringList allMachineIds(SignedInClient *client)
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
    QStringList ids;
    for (const CustomerMachine &m : (*answer)->list)
        ids << m.id;
    return ids;
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
