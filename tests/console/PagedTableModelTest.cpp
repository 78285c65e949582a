#include "PagedTableModel.h"
#include "ApiCall.h"
#include "ConsoleServer.h"
#include "Customer.h"
#include "ListFields.h"
#include "QtPrinters.h"
#include "SelectionKeeper.h"
#include "SignedInAdminTest.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using remotegpu::Customer;
using remotegpu::Page;
using remotegpu::PageRequest;
using remotegpu::Reply;
using remotegpu::test::ConsoleServer;
using remotegpu::test::SignedInClient;
using remotegpu::ui::PagedColumn;
using remotegpu::ui::PagedTableModel;
using remotegpu::ui::SelectionKeeper;

namespace {

// The paged model over the real /api/admin/customers of the demo data: admin, three owners and
// four members.
class PagedTableModelTest : public remotegpu::test::SignedInAdminTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SignedInAdminTest::SetUp());
        auto *api = client->api.get();
        model = std::make_unique<PagedTableModel<Customer>>(
            QList<PagedColumn<Customer>>{{u"User"_s, u"username"_s,
                                          [](const Customer &c, int role) {
                                              return role == Qt::DisplayRole ? QVariant(c.username)
                                                                             : QVariant();
                                          }},
                                         {u"Company"_s, QString(),
                                          [](const Customer &c, int role) {
                                              return role == Qt::DisplayRole ? QVariant(c.company)
                                                                             : QVariant();
                                          }}},
            [api](const PageRequest &request, QObject *context, Reply<Page<Customer>> reply) {
                ++requests;
                remotegpu::api::page<Customer>(*api, u"/api/admin/customers"_s, request, context,
                                               std::move(reply));
            },
            [](const Customer &c) { return QString::number(c.id); });
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Warning);
        requests = 0;
    }

    bool waitLoaded()
    {
        return remotegpu::test::waitFor([&] { return !model->isLoading(); });
    }

    // Every username the server lists, in its order for `sortBy`/`order`, via the typed call.
    QStringList serverUsernames(const QJsonObject &filters = {})
    {
        PageRequest request;
        request.pageSize = PageRequest::MaxPageSize;
        request.sortBy = u"username"_s;
        request.filters = filters;
        std::optional<remotegpu::Result<Page<Customer>>> answer;
        QObject context;
        remotegpu::api::page<Customer>(
            *client->api, u"/api/admin/customers"_s, request, &context,
            [&](remotegpu::Result<Page<Customer>> r) { answer.emplace(std::move(r)); });
        EXPECT_TRUE(remotegpu::test::waitFor([&] { return answer.has_value(); }));
        QStringList names;
        if (answer && answer->ok()) {
            for (const Customer &c : answer->value().list)
                names << c.username;
        }
        return names;
    }

    QStringList modelUsernames() const
    {
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        return names;
    }

    static inline int requests = 0;
    std::unique_ptr<PagedTableModel<Customer>> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(PagedTableModelTest, LoadsPageByPageAsTheViewAsksForMore)
{
    const QStringList all = serverUsernames();
    ASSERT_GE(all.size(), 5);
    model->setPageSize(2);
    model->setSort(u"username"_s, Qt::AscendingOrder);
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->totalRows(), all.size());
    EXPECT_TRUE(model->canFetchMore({}));
    while (model->canFetchMore({})) {
        model->fetchMore({});
        ASSERT_TRUE(waitLoaded());
    }
    EXPECT_EQ(modelUsernames(), all);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"User"_s);
}

TEST_F(PagedTableModelTest, AHeaderClickSortsOnTheServer)
{
    model->setPageSize(200);
    model->sort(0, Qt::DescendingOrder);
    ASSERT_TRUE(waitLoaded());
    QStringList expected = serverUsernames();
    std::reverse(expected.begin(), expected.end());
    EXPECT_EQ(modelUsernames(), expected);
    EXPECT_EQ(model->sortField(), u"username"_s);

    // A column the server cannot sort by is ignored: no request, the order stays.
    const int before = requests;
    model->sort(1, Qt::AscendingOrder);
    EXPECT_EQ(requests, before);
    EXPECT_EQ(model->sortField(), u"username"_s);
}

TEST_F(PagedTableModelTest, FiltersAreDebouncedIntoOneRequest)
{
    model->setPageSize(200);
    model->setSort(u"username"_s, Qt::AscendingOrder);
    ASSERT_TRUE(waitLoaded());
    const int before = requests;
    QSignalSpy loaded(model.get(), &remotegpu::ui::PagedTableModelBase::loaded);
    model->setFilter(u"q"_s, u"a"_s);
    model->setFilter(u"q"_s, u"ac"_s);
    model->setFilter(u"q"_s, u"acme"_s);
    EXPECT_EQ(requests, before); // nothing yet: typing goes on
    ASSERT_TRUE(loaded.wait(5000));
    EXPECT_EQ(requests, before + 1);
    EXPECT_EQ(modelUsernames(), serverUsernames(QJsonObject{{u"q"_s, u"acme"_s}}));
    EXPECT_TRUE(modelUsernames().contains(u"acme"_s));
    EXPECT_FALSE(modelUsernames().contains(u"galaxy"_s));
}

TEST_F(PagedTableModelTest, ARefreshKeepsTheSelection)
{
    model->setPageSize(200);
    model->setSort(u"username"_s, Qt::AscendingOrder);
    QTableView view;
    view.setModel(model.get());
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *keeper = SelectionKeeper::attach(&view, model.get());
    ASSERT_TRUE(waitLoaded());
    const int row = int(modelUsernames().indexOf(u"galaxy"_s));
    ASSERT_GE(row, 0);
    view.selectRow(row);
    const QString key = model->keyAt(row);
    ASSERT_EQ(keeper->selectedKeys(), QStringList{key});

    QSignalSpy refreshed(model.get(), &remotegpu::ui::PagedTableModelBase::refreshed);
    model->refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(keeper->selectedKeys(), QStringList{key});
    EXPECT_EQ(
        model->index(view.selectionModel()->selectedRows().constFirst().row(), 0).data().toString(),
        u"galaxy"_s);
}

TEST_F(PagedTableModelTest, AFilterTheServerRefusesIsReportedWithItsReason)
{
    QSignalSpy failed(model.get(), &remotegpu::ui::PagedTableModelBase::loadFailed);
    model->setFilters(QJsonObject{{u"nonsense"_s, u"x"_s}});
    ASSERT_TRUE(failed.wait(5000));
    const auto error = failed.constFirst().constFirst().value<remotegpu::Error>();
    EXPECT_EQ(error.kind, remotegpu::ErrorKind::BadRequest);
    EXPECT_TRUE(error.message.contains(u"nonsense"_s)) << error.message.toStdString();
    EXPECT_FALSE(error.traceId.isEmpty());
    ASSERT_NE(model->lastError(), nullptr);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_FALSE(remotegpu::ListFields::customers().filterable.contains(u"nonsense"_s));
}

TEST_F(PagedTableModelTest, ClearDropsTheRowsAndTheTotalAndLoadsNothing)
{
    model->setPageSize(2);
    model->setSort(u"username"_s, Qt::AscendingOrder);
    ASSERT_TRUE(waitLoaded());
    ASSERT_EQ(model->rowCount(), 2);
    ASSERT_TRUE(model->canFetchMore({}));

    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    const int before = requests;
    model->clear();
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(model->totalRows(), 0);
    EXPECT_FALSE(model->isLoading());
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(model->keyAt(0), QString());
    QTest::qWait(200);
    EXPECT_EQ(requests, before); // clearing is not loading

    // The sort stays, and the next load starts again from page 1.
    EXPECT_EQ(model->sortField(), u"username"_s);
    model->reload();
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(modelUsernames(), serverUsernames().mid(0, 2));
}

TEST_F(PagedTableModelTest, ClearCancelsThePageOnItsWaySoItNeverShows)
{
    model->setPageSize(200);
    QSignalSpy loaded(model.get(), &remotegpu::ui::PagedTableModelBase::loaded);
    model->setSort(u"username"_s, Qt::AscendingOrder);
    ASSERT_TRUE(model->isLoading());
    model->clear();
    EXPECT_FALSE(model->isLoading());
    // Long enough for the server's answer to have come back had the request gone on.
    EXPECT_FALSE(loaded.wait(1000));
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(model->totalRows(), 0);
}

// A page answer delivered after clear() (already queued, or from a fetch that does not abort)
// is ignored: the rows of the person who signed out never come back.
TEST(PagedTableModelClearTest, APageAnsweredAfterClearIsIgnored)
{
    Reply<Page<Customer>> pending;
    QPointer<QObject> pendingContext;
    PagedTableModel<Customer> model(
        QList<PagedColumn<Customer>>{{u"User"_s, u"username"_s,
                                      [](const Customer &c, int role) {
                                          return role == Qt::DisplayRole ? QVariant(c.username)
                                                                         : QVariant();
                                      }}},
        [&](const PageRequest &, QObject *context, Reply<Page<Customer>> reply) {
            pending = std::move(reply);
            pendingContext = context;
        },
        [](const Customer &c) { return QString::number(c.id); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto pageOf = [](const QString &username) {
        Customer c;
        c.id = 7;
        c.username = username;
        Page<Customer> page;
        page.list = {c};
        page.total = 1;
        page.page = 1;
        page.pageSize = 50;
        return page;
    };

    model.reload();
    ASSERT_TRUE(pending);
    pending(pageOf(u"first.user"_s));
    ASSERT_EQ(model.rowCount(), 1);

    model.refresh(); // the first user's refresh is on its way when the second signs in
    ASSERT_TRUE(pending);
    ASSERT_FALSE(pendingContext.isNull());
    auto late = std::move(pending);
    model.clear();
    EXPECT_TRUE(pendingContext.isNull()); // the request's context is gone: ApiClient aborts it
    EXPECT_EQ(model.rowCount(), 0);
    late(pageOf(u"first.user"_s));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.totalRows(), 0);
    EXPECT_FALSE(model.isLoading());

    // The second user's own load shows.
    model.reload();
    ASSERT_TRUE(pending);
    pending(pageOf(u"second.user"_s));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data().toString(), u"second.user"_s);
}
