// CustomersView against the real server: the list shows the demo tenants and filters on the
// server, the dialog creates an account (found again through the API) and refuses a bad e-mail
// before sending anything, disabling takes an account's sign-in away and enabling gives it back,
// deleting asks first (the owner's name typed) and shows the server's refusal, and the detail
// panel shows the statistics the API gives. Tests that change data make their own accounts.
#include "CustomersView.h"
#include "ConsoleServer.h"
#include "CustomerDeleteDialog.h"
#include "CustomerDetailPanel.h"
#include "CustomerDialog.h"
#include "CustomersApi.h"
#include "SignedInAdminTest.h"
#include "Theme.h"
#include "UsageBlock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QHostAddress>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using remotegpu::test::ConsoleServer;
using remotegpu::test::SignedInClient;
using remotegpu::test::waitFor;
using remotegpu::ui::CustomerDeleteDialog;
using remotegpu::ui::CustomerDialog;
using remotegpu::ui::CustomersView;

namespace {

QString uniqueName(const char *prefix)
{
    return QString::fromLatin1(prefix) + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

class CustomersViewTest : public remotegpu::test::SignedInAdminTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SignedInAdminTest::SetUp());
        api = std::make_unique<CustomersApi>(*client->api);
        view = std::make_unique<CustomersView>(client->api.get(), client->session.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view->resize(1280, 800);
        view->show();
        view->activate();
        ASSERT_TRUE(waitFor([this] { return view->model()->rowCount() > 0; }));
    }

    void TearDown() override
    {
        // Boxes opened with open() belong to the view; close what a failed test left.
        view.reset();
    }

    template<typename T>
    std::optional<Result<T>> wait(const std::function<void(QObject *, Reply<T>)> &call)
    {
        std::optional<Result<T>> answer;
        QObject context;
        call(&context, [&](Result<T> r) { answer.emplace(std::move(r)); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); }));
        return answer;
    }

    Page<Customer> listApi(const QJsonObject &filters)
    {
        PageRequest request;
        request.pageSize = PageRequest::MaxPageSize;
        request.filters = filters;
        auto answer = wait<Page<Customer>>([&](QObject *ctx, Reply<Page<Customer>> reply) {
            api->list(request, ctx, std::move(reply));
        });
        EXPECT_TRUE(answer && answer->ok());
        return answer && answer->ok() ? answer->value() : Page<Customer>{};
    }

    Result<CustomerDetail> detailApi(qint64 id)
    {
        auto answer = wait<CustomerDetail>([&](QObject *ctx, Reply<CustomerDetail> reply) {
            api->detail(id, ctx, std::move(reply));
        });
        return answer ? std::move(*answer)
                      : Result<CustomerDetail>(Error::internal(u"no answer"_s));
    }

    // An owner made through the API with a known password.
    Customer createOwner(const QString &username, const QString &password)
    {
        auto answer =
            wait<CustomersApi::Created>([&](QObject *ctx, Reply<CustomersApi::Created> reply) {
                api->create(QJsonObject{{u"username"_s, username},
                                        {u"email"_s, QString(username + u"@test.example"_s)},
                                        {u"password"_s, password},
                                        {u"company"_s, QString(u"Test "_s + username)}},
                            ctx, std::move(reply));
            });
        EXPECT_TRUE(answer && answer->ok())
            << (answer && !answer->ok() ? answer->error().message.toStdString() : "");
        return answer && answer->ok() ? answer->value().customer : Customer{};
    }

    // Signs in with a plain request; the error, or nullopt on success.
    std::optional<Error> signInError(const QString &username, const QString &password)
    {
        ApiClient raw;
        raw.setBaseUrl(server->url());
        std::optional<Result<QJsonValue>> answer;
        QObject context;
        raw.post(u"/api/auth/login"_s,
                 QJsonObject{{u"username"_s, username}, {u"password"_s, password}}, &context,
                 [&](Result<QJsonValue> r) { answer.emplace(std::move(r)); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); }));
        if (!answer || answer->ok())
            return std::nullopt;
        return answer->error();
    }

    // Shows only `username` in the view and selects it.
    void showOnly(const QString &username)
    {
        view->applyFilters(QJsonObject{{u"q"_s, username}});
        ASSERT_TRUE(waitFor([&] {
            return view->model()->rowCount() == 1 && view->model()->rowAt(0)->username == username;
        }));
        const qint64 id = view->model()->rowAt(0)->id;
        ASSERT_TRUE(view->selectCustomer(id));
        ASSERT_NE(view->selectedCustomer(), nullptr);
    }

    template<typename T>
    T *waitForChild(const QString &name)
    {
        T *found = nullptr;
        waitFor([&] {
            found = view->findChild<T *>(name);
            return found != nullptr && found->isVisible();
        });
        return found;
    }

    std::unique_ptr<CustomersApi> api;
    std::unique_ptr<CustomersView> view;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

QStringList usernames(const QList<Customer> &rows)
{
    QStringList names;
    for (const Customer &c : rows)
        names << c.username;
    return names;
}

} // namespace

TEST_F(CustomersViewTest, ListsTheDemoTenantsAsTheApiDoes)
{
    const Page<Customer> all = listApi({});
    ASSERT_TRUE(waitFor([&] { return view->model()->totalRows() == all.total; }));
    const QStringList shown = usernames(view->model()->rows());
    for (const QString &name : {u"acme"_s, u"galaxy"_s, u"deepblue"_s, u"acme.bob"_s})
        EXPECT_TRUE(shown.contains(name) || view->model()->canFetchMore({})) << name.toStdString();
    // The owners filter shows exactly the owners the API lists.
    view->applyFilters(QJsonObject{{u"role"_s, u"customer_owner"_s}});
    const Page<Customer> owners = listApi(QJsonObject{{u"role"_s, u"customer_owner"_s}});
    ASSERT_TRUE(waitFor(
        [&] { return !view->model()->isLoading() && view->model()->totalRows() == owners.total; }));
    EXPECT_EQ(view->findChild<QComboBox *>(u"customerRoleFilter"_s)->currentData().toString(),
              u"customer_owner"_s);
    for (const Customer &c : view->model()->rows())
        EXPECT_EQ(c.role, Role::CustomerOwner) << c.username.toStdString();
    const QStringList ownerNames = usernames(view->model()->rows());
    EXPECT_TRUE(ownerNames.contains(u"acme"_s));
    EXPECT_TRUE(ownerNames.contains(u"galaxy"_s));
    EXPECT_TRUE(ownerNames.contains(u"deepblue"_s));
    // Status shows its word beside its colour.
    const QModelIndex status = view->model()->index(0, 3);
    EXPECT_EQ(status.data().toString(), u"active"_s);
    EXPECT_FALSE(status.data(Qt::DecorationRole).isNull());
}

TEST_F(CustomersViewTest, SearchFiltersOnTheServer)
{
    auto *search = view->findChild<QLineEdit *>(u"customerSearch"_s);
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, u"galaxy"_s);
    const Page<Customer> expected = listApi(QJsonObject{{u"q"_s, u"galaxy"_s}});
    ASSERT_GE(expected.total, 2);
    ASSERT_TRUE(waitFor([&] {
        return view->model()->filters().value(u"q"_s).toString() == u"galaxy"_s &&
               !view->model()->isLoading() && view->model()->totalRows() == expected.total;
    }));
    // The same accounts (ties in createdAt may come in either order).
    QStringList shown = usernames(view->model()->rows());
    QStringList wanted = usernames(expected.list);
    shown.sort();
    wanted.sort();
    EXPECT_EQ(shown, wanted);
    EXPECT_TRUE(usernames(view->model()->rows()).contains(u"galaxy.liu"_s));
}

TEST_F(CustomersViewTest, CreatesACustomerThroughTheDialog)
{
    const QString username = uniqueName("owner");
    view->createNew();
    auto *dialog = waitForChild<CustomerDialog>(u"customerDialog"_s);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"usernameEdit"_s), username);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"emailEdit"_s), username + u"@example.com"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"companyEdit"_s), u"Quantum Widgets Ltd"_s);
    QSignalSpy saved(dialog, &CustomerDialog::saved);
    QSignalSpy changed(view.get(), &CustomersView::customerChanged);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(15000));
    ASSERT_EQ(saved.count(), 1);
    const QString password = saved.at(0).at(1).toString();
    EXPECT_FALSE(password.isEmpty()) << "the server generated the password";

    // The generated password is shown once.
    auto *box = waitForChild<QMessageBox>(u"initialPasswordDialog"_s);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->informativeText(), password);
    box->close();

    const Page<Customer> found = listApi(QJsonObject{{u"q"_s, username}});
    ASSERT_EQ(found.list.size(), 1);
    EXPECT_EQ(found.list.first().username, username);
    EXPECT_EQ(found.list.first().company, u"Quantum Widgets Ltd"_s);
    EXPECT_EQ(found.list.first().role, Role::CustomerOwner);
    EXPECT_FALSE(signInError(username, password).has_value()) << "the shown password signs in";
    // The view shows and selects the new account.
    ASSERT_TRUE(waitFor([&] {
        return view->selectedCustomer() && view->selectedCustomer()->username == username;
    }));
}

TEST_F(CustomersViewTest, RefusesAnInvalidEmailInlineBeforeSending)
{
    const QString username = uniqueName("bad-mail");
    view->createNew();
    auto *dialog = waitForChild<CustomerDialog>(u"customerDialog"_s);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"usernameEdit"_s), username);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"emailEdit"_s), u"not-an-address"_s);
    QSignalSpy saved(dialog, &CustomerDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->fieldError(u"email"_s).isEmpty());
    auto *label = dialog->findChild<QLabel *>(u"emailError"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(dialog->fieldError(u"username"_s).isEmpty());
    EXPECT_EQ(saved.count(), 0);
    if (!qEnvironmentVariableIsEmpty("REMOTEGPU_SCREENSHOTS"))
        dialog->grab().save(u"/tmp/customer-dialog.png"_s);
    // Nothing reached the server.
    EXPECT_EQ(listApi(QJsonObject{{u"q"_s, username}}).total, 0);
    dialog->reject();
}

TEST_F(CustomersViewTest, DisablingTakesSignInAwayAndEnablingGivesItBack)
{
    const QString username = uniqueName("toggle");
    const QString password =
        u"Pw-"_s + QUuid::createUuid().toString(QUuid::Id128).left(16) + u"!9a"_s;
    const Customer created = createOwner(username, password);
    ASSERT_GT(created.id, 0);
    showOnly(username);

    QSignalSpy changed(view.get(), &CustomersView::customerChanged);
    view->toggleSelected();
    auto *box = waitForChild<QMessageBox>(u"toggleCustomerConfirmation"_s);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(u"cannot sign in"_s)) << box->text().toStdString();
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(15000));
    auto detail = detailApi(created.id);
    ASSERT_TRUE(detail.ok());
    EXPECT_EQ(detail->customer.status, CustomerStatus::Disabled);
    const auto refused = signInError(username, password);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind, ErrorKind::Forbidden);
    ASSERT_TRUE(waitFor([&] {
        return view->model()->rowCount() == 1 &&
               view->model()->index(0, 3).data().toString() == u"disabled"_s;
    }));

    view->selectCustomer(created.id);
    view->toggleSelected();
    box = waitForChild<QMessageBox>(u"toggleCustomerConfirmation"_s);
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(15000));
    detail = detailApi(created.id);
    ASSERT_TRUE(detail.ok());
    EXPECT_EQ(detail->customer.status, CustomerStatus::Active);
    EXPECT_FALSE(signInError(username, password).has_value());
}

TEST_F(CustomersViewTest, DeletesAnOwnerOnlyAfterItsNameIsTyped)
{
    const QString username = uniqueName("gone");
    const Customer created = createOwner(
        username, u"Pw-"_s + QUuid::createUuid().toString(QUuid::Id128).left(16) + u"!9a"_s);
    ASSERT_GT(created.id, 0);
    showOnly(username);

    QSignalSpy changed(view.get(), &CustomersView::customerChanged);
    view->deleteSelected();
    auto *dialog = waitForChild<CustomerDeleteDialog>(u"deleteCustomerDialog"_s);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->needsTypedName());
    EXPECT_FALSE(dialog->deleteButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationEdit(), username.left(username.size() - 1));
    EXPECT_FALSE(dialog->deleteButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationEdit(), username.right(1));
    EXPECT_TRUE(dialog->deleteButton()->isEnabled());
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(15000));
    const auto detail = detailApi(created.id);
    ASSERT_FALSE(detail.ok());
    EXPECT_EQ(detail.error().kind, ErrorKind::NotFound);
    ASSERT_TRUE(
        waitFor([&] { return !view->model()->isLoading() && view->model()->rowCount() == 0; }));
}

TEST_F(CustomersViewTest, ShowsTheServersRefusalToDeleteAnOwnerWithMembers)
{
    const QString username = uniqueName("team");
    const Customer owner = createOwner(
        username, u"Pw-"_s + QUuid::createUuid().toString(QUuid::Id128).left(16) + u"!9a"_s);
    ASSERT_GT(owner.id, 0);
    auto member =
        wait<CustomersApi::Created>([&](QObject *ctx, Reply<CustomersApi::Created> reply) {
            api->create(QJsonObject{{u"username"_s, QString(username + u".m"_s)},
                                    {u"email"_s, QString(username + u".m@test.example"_s)},
                                    {u"role"_s, u"customer_member"_s},
                                    {u"tenantId"_s, owner.id}},
                        ctx, std::move(reply));
        });
    ASSERT_TRUE(member && member->ok());
    view->applyFilters(QJsonObject{{u"q"_s, username}});
    ASSERT_TRUE(
        waitFor([&] { return !view->model()->isLoading() && view->model()->rowCount() == 2; }));
    ASSERT_TRUE(view->selectCustomer(owner.id));
    view->deleteSelected();
    auto *dialog = waitForChild<CustomerDeleteDialog>(u"deleteCustomerDialog"_s);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->confirmationEdit(), username);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    auto *error = waitForChild<QMessageBox>(u"errorDialog"_s);
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->text().contains(u"member"_s, Qt::CaseInsensitive))
        << error->text().toStdString();
    EXPECT_TRUE(error->informativeText().contains(u"Trace id"_s));
    error->close();
    EXPECT_TRUE(detailApi(owner.id).ok()) << "the owner is still there";
}

TEST_F(CustomersViewTest, DetailPanelShowsTheTenantsStatisticsAndLists)
{
    view->applyFilters(QJsonObject{{u"q"_s, u"acme"_s}, {u"role"_s, u"customer_owner"_s}});
    ASSERT_TRUE(waitFor([&] {
        return !view->model()->isLoading() && view->model()->rowCount() == 1 &&
               view->model()->rowAt(0)->username == u"acme"_s;
    }));
    const qint64 id = view->model()->rowAt(0)->id;
    // Nothing selected: the panel is its sentence, without dashes and empty tables.
    auto *body = view->detailPanel()->findChild<QWidget *>(u"customerDetailBody"_s);
    ASSERT_TRUE(body);
    EXPECT_TRUE(body->isHidden());
    QSignalSpy loaded(view->detailPanel(), &ui::CustomerDetailPanel::detailLoaded);
    ASSERT_TRUE(view->selectCustomer(id));
    ASSERT_TRUE(loaded.wait(15000));
    EXPECT_FALSE(body->isHidden());
    // The last 7 days in the words and figures of the Allocated vs used block (held, busy,
    // share), not the older sum of raw samples that disagreed with it.
    ASSERT_TRUE(waitFor([&] {
        return view->detailPanel()->figure(u"weekUsage"_s).contains(u"busy share"_s);
    })) << view->detailPanel()->figure(u"weekUsage"_s).toStdString();
    EXPECT_TRUE(view->detailPanel()->figure(u"weekUsage"_s).contains(u"GPU-hours held"_s));
    const auto detail = detailApi(id);
    ASSERT_TRUE(detail.ok());
    EXPECT_EQ(detail->statistics.scope, u"tenant"_s);
    EXPECT_TRUE(view->detailPanel()
                    ->figure(u"machinesHeld"_s)
                    .startsWith(QLocale().toString(detail->statistics.machinesHeld)));
    QAbstractItemModelTester allocations(view->detailPanel()->allocationsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester machines(view->detailPanel()->machinesModel(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto history = wait<Page<Allocation>>([&](QObject *ctx, Reply<Page<Allocation>> reply) {
        api->allocations(id, PageRequest{}, ctx, std::move(reply));
    });
    ASSERT_TRUE(history && history->ok());
    ASSERT_TRUE(waitFor([&] {
        return !view->detailPanel()->allocationsModel()->isLoading() &&
               view->detailPanel()->allocationsModel()->totalRows() == (*history)->total;
    }));
    EXPECT_GT((*history)->total, 0) << "acme rents machines in the demo data";
    ASSERT_TRUE(waitFor([&] {
        return !view->detailPanel()->machinesModel()->isLoading() &&
               view->detailPanel()->machinesModel()->totalRows() == detail->statistics.machinesHeld;
    }));

    if (!qEnvironmentVariableIsEmpty("REMOTEGPU_SCREENSHOTS")) {
        QTest::qWait(50);
        view->grab().save(u"/tmp/customers-light.png"_s);
        ui::applyTheme(ui::Theme::Dark);
        QTest::qWait(50);
        view->grab().save(u"/tmp/customers-dark.png"_s);
        ui::applyTheme(ui::Theme::Light);
    }
}

// The panel asks the server for the selected tenant's row alone (customerId); what it shows must
// still be that tenant's row of the whole list, for an owner and for a member (whose tenant is its
// owner's), and must follow the selection from one tenant to another.
TEST_F(CustomersViewTest, LastSevenDaysAreTheSelectedTenantsRowOfTheServersList)
{
    // One instant for the panel and for the requests made here, so both ask for the same week.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    view->detailPanel()->setClock([now] { return QDateTime(now); });
    auto whole =
        wait<TenantStatisticsReport>([&](QObject *ctx, Reply<TenantStatisticsReport> reply) {
            api->tenantStatistics(now.addDays(-7), now, std::nullopt, ctx, std::move(reply));
        });
    ASSERT_TRUE(whole && whole->ok());
    ASSERT_GE((*whole)->list.size(), 3) << "the demo data has three tenants";

    for (const QString &username : {u"acme"_s, u"galaxy"_s, u"acme.bob"_s}) {
        SCOPED_TRACE(username.toStdString());
        view->applyFilters(QJsonObject{{u"q"_s, username}});
        const Customer *row = nullptr;
        ASSERT_TRUE(waitFor([&] {
            row = nullptr;
            for (int i = 0; !view->model()->isLoading() && i < view->model()->rowCount(); ++i) {
                if (view->model()->rowAt(i)->username == username)
                    row = view->model()->rowAt(i);
            }
            return row != nullptr;
        }));
        const Customer customer = *row;
        const std::optional<qint64> tenant = customer.effectiveTenantId();
        ASSERT_TRUE(tenant.has_value());
        ASSERT_TRUE(view->selectCustomer(customer.id));

        // The tenant's row of the whole list, and the filtered answer: that row, alone.
        const auto inWhole =
            std::find_if((*whole)->list.cbegin(), (*whole)->list.cend(),
                         [&](const TenantStatistics &t) { return t.tenantId == *tenant; });
        ASSERT_NE(inWhole, (*whole)->list.cend());
        auto one =
            wait<TenantStatisticsReport>([&](QObject *ctx, Reply<TenantStatisticsReport> reply) {
                api->tenantStatistics(now.addDays(-7), now, *tenant, ctx, std::move(reply));
            });
        ASSERT_TRUE(one && one->ok());
        ASSERT_EQ((*one)->list.size(), 1);
        EXPECT_EQ((*one)->list.constFirst(), *inWhole);

        const UsageFigures &usage = inWhole->usage;
        ASSERT_GT(usage.heldGpuHours, 0.0) << "every demo tenant rents machines";
        const QString expected = u"%1 GPU-hours held, %2 busy (busy share %3)"_s.arg(
            ui::UsageBlock::gpuHoursText(usage.heldGpuHours),
            ui::UsageBlock::gpuHoursText(usage.busyGpuHours), ui::UsageBlock::shareText(usage));
        EXPECT_TRUE(waitFor([&] {
            return view->detailPanel()->figure(u"weekUsage"_s) == expected;
        })) << view->detailPanel()->figure(u"weekUsage"_s).toStdString()
            << " != " << expected.toStdString();
    }
}

// The Machines tab at the panel's default width (the view as the console opens it at 1440 px):
// every machine's name, and every other cell, fits its column unelided, without sideways
// scrolling; the name's tooltip carries it whole for a panel dragged narrower.
TEST_F(CustomersViewTest, MachineNamesInThePanelAreReadableAtTheDefaultWidth)
{
    view->resize(1440 - 200, 860); // the main window less the sidebar
    view->applyFilters(QJsonObject{{u"q"_s, u"acme"_s}, {u"role"_s, u"customer_owner"_s}});
    ASSERT_TRUE(waitFor([&] {
        return !view->model()->isLoading() && view->model()->rowCount() == 1 &&
               view->model()->rowAt(0)->username == u"acme"_s;
    }));
    ASSERT_TRUE(view->selectCustomer(view->model()->rowAt(0)->id));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    auto *machines = view->detailPanel()->findChild<QTableView *>(u"customerMachines"_s);
    ASSERT_TRUE(machines);
    ui::PagedTableModel<Machine> *model = view->detailPanel()->machinesModel();
    ASSERT_TRUE(waitFor([&] { return !model->isLoading() && model->rowCount() > 0; }));

    // What the delegate needs to paint a cell's whole text (its margins included), and the
    // cells that do not get it.
    const auto cutCells = [&] {
        QStringList cut;
        QStyleOptionViewItem option;
        option.initFrom(machines);
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const int needed =
                    machines->itemDelegateForIndex(index)->sizeHint(option, index).width();
                const int width = machines->horizontalHeader()->sectionSize(column);
                if (width < needed)
                    cut << u"%1 (%2 < %3 px)"_s.arg(index.data().toString()).arg(width).arg(needed);
            }
        }
        return cut;
    };
    EXPECT_TRUE(waitFor([&] { return cutCells().isEmpty(); }, 3000))
        << cutCells().join(u", "_s).toStdString();
    EXPECT_LE(machines->horizontalHeader()->length(), machines->viewport()->width())
        << "no sideways scrolling to read a row";
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex name = model->index(row, 0);
        EXPECT_EQ(name.data(Qt::DisplayRole).toString(), model->rowAt(row)->name);
        EXPECT_EQ(name.data(Qt::ToolTipRole).toString(), model->rowAt(row)->name);
    }
}

// An operator clicks a row; the detail panel follows it, and still does after the list reloads
// under it (the live feed and Refresh reload it while the row stays highlighted).
TEST_F(CustomersViewTest, ClickingARowShowsThatCustomerAndAReloadKeepsIt)
{
    view->applyFilters(QJsonObject{{u"q"_s, u"acme"_s}, {u"role"_s, u"customer_owner"_s}});
    ASSERT_TRUE(waitFor([&] {
        return !view->model()->isLoading() && view->model()->rowCount() == 1 &&
               view->model()->rowAt(0)->username == u"acme"_s;
    }));
    auto *table = view->findChild<QTableView *>(u"customersTable"_s);
    auto *heading = view->detailPanel()->findChild<QLabel *>(u"customerHeading"_s);
    ASSERT_TRUE(table && heading);
    view->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    const QRect row = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
    ASSERT_TRUE(waitFor([&] { return heading->text().startsWith(u"acme"_s); }))
        << heading->text().toStdString();
    view->refresh();
    ASSERT_TRUE(waitFor([&] { return !view->model()->isLoading(); }));
    QTest::qWait(200);
    EXPECT_TRUE(table->selectionModel()->isRowSelected(0, {}));
    EXPECT_TRUE(heading->text().startsWith(u"acme"_s)) << heading->text().toStdString();
}
