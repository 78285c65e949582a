// Allocated versus used in the console, against a real server: the customer detail's block and
// the owner's workbench show the figures the server computes, and the fleet's Utilisation table
// puts the tenant that uses least of what it holds first. The rows are on a demo server of the
// suite's own in February 2024, a period no demo allocation touches, asked for as custom local
// days, so the figures do not depend on the day (or the zone) the tests run in.
#include "ConsoleServer.h"
#include "CustomerDetailPanel.h"
#include "Session.h"
#include "ShareBarDelegate.h"
#include "SignedInAdminTest.h"
#include "TenantUsageModel.h"
#include "UsageApi.h"
#include "UsageBlock.h"
#include "UsagePeriodPicker.h"
#include "UtilisationView.h"
#include "WorkbenchView.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using remotegpu::test::ConsoleServer;
using remotegpu::test::SignedInClient;
using remotegpu::test::waitFor;
using remotegpu::ui::CustomerDetailPanel;
using remotegpu::ui::ShareBarDelegate;
using remotegpu::ui::TenantUsageModel;
using remotegpu::ui::UsageBlock;
using remotegpu::ui::UsagePeriodPicker;
using remotegpu::ui::UtilisationView;
using remotegpu::ui::WorkbenchView;

namespace {

const QDate Day(2024, 2, 1);

// acme holds usage-c1 (4 GPUs) and galaxy usage-c2 (2 GPUs) for all of February 2024; the
// rollups cover 31 January to 2 February UTC, so the local day Day lies inside them in any zone.
// usage-c1: GPUs 0–1 at 80 %, GPUs 2–3 idle → busy share 50 %. usage-c2: GPU 0 at 80 %, GPU 1
// silent → half the held GPU-hours unreported, busy share 100 %.
qint64 seedOnce(ConsoleServer &server, const QString &tenant)
{
    static bool seeded = false;
    if (!seeded) {
        seeded = true;
        const QString error = server.db().exec(
            u"INSERT INTO hosts (id, name, ip_address, status, total_cpu, total_memory_gb, "
            "total_gpu) VALUES ('usage-c1', 'usage-c1', '10.9.0.1', 'online', 16, 64, 4), "
            "('usage-c2', 'usage-c2', '10.9.0.2', 'online', 16, 64, 2);"
            "INSERT INTO gpus (host_id, index, name) SELECT 'usage-c1', i, 'H100' FROM "
            "generate_series(0, 3) i UNION ALL SELECT 'usage-c2', i, 'H100' FROM "
            "generate_series(0, 1) i;"
            "INSERT INTO allocations (id, customer_id, host_id, start_time, end_time, status) "
            "SELECT 'usage-a-' || username, id, CASE username WHEN 'acme' THEN 'usage-c1' ELSE "
            "'usage-c2' END, '2024-02-01T00:00Z'::timestamptz - interval '1 day', "
            "'2024-03-01T00:00Z', 'expired' FROM customers WHERE username IN ('acme', 'galaxy');"
            "INSERT INTO gpu_metrics_1m (gpu_id, host_id, bucket, samples, utilization_percent) "
            "SELECT g.id, g.host_id, '2024-01-31T00:00Z'::timestamptz + make_interval(mins => k), "
            "6, CASE WHEN g.index < 2 THEN 80 ELSE 0 END FROM gpus g CROSS JOIN "
            "generate_series(0, 3 * 1440 - 1) k WHERE g.host_id = 'usage-c1' OR (g.host_id = "
            "'usage-c2' AND g.index = 0);"_s);
        EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
    }
    return server.db()
        .scalar(u"SELECT id FROM customers WHERE username = '%1'"_s.arg(tenant))
        .toLongLong();
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

class UsageViewsTest : public remotegpu::test::SignedInAdminTest
{
protected:
    // A server of its own: the machines added here must not change the demo fleet other suites
    // count.
    ConsoleServer *suiteServer() override { return ConsoleServer::ofSuite(u"usage"_s); }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SignedInAdminTest::SetUp());
        acmeId = seedOnce(*server, u"acme"_s);
        galaxyId = seedOnce(*server, u"galaxy"_s);
        ASSERT_GT(acmeId, 0);
        ASSERT_GT(galaxyId, 0);
    }

    qint64 acmeId = 0;
    qint64 galaxyId = 0;
};

} // namespace

TEST_F(UsageViewsTest, CustomerDetailShowsTheServersFigures)
{
    CustomerDetailPanel panel(client->api.get());
    UsageBlock *block = panel.usageBlock();
    block->periodPicker()->setCustomDays(Day, Day);
    Customer acme;
    acme.id = acmeId;
    acme.username = u"acme"_s;
    acme.role = Role::CustomerOwner;
    panel.showCustomer(acme);
    ASSERT_TRUE(waitFor([&] { return block->report().has_value(); }));

    // What the server says for the same period…
    const auto [from, to] = block->periodPicker()->range();
    EXPECT_EQ(from, Day.startOfDay().toUTC());
    UsageApi api(*client->api);
    auto answer = await<UsageReport>([&](QObject *ctx, Reply<UsageReport> r) {
        api.allocations(from, to, acmeId, ctx, std::move(r));
    });
    ASSERT_TRUE(answer && answer->ok());
    const UsageReport &server = answer->value();
    EXPECT_EQ(*block->report(), server);
    // … is what the block shows: 24 h × 4 GPUs held, two of them busy.
    const double held = Day.startOfDay().secsTo(Day.addDays(1).startOfDay()) / 3600.0 * 4;
    EXPECT_DOUBLE_EQ(server.totals.heldGpuHours, held);
    EXPECT_DOUBLE_EQ(server.totals.busyGpuHours, held / 2);
    EXPECT_DOUBLE_EQ(server.totals.unreportedGpuHours, 0.0);
    EXPECT_TRUE(block->figure(u"held"_s).startsWith(UsageBlock::gpuHoursText(held)))
        << block->figure(u"held"_s).toStdString();
    EXPECT_TRUE(block->figure(u"busy"_s).startsWith(UsageBlock::gpuHoursText(held / 2)));
    EXPECT_EQ(block->figure(u"ratio"_s), UsageBlock::ratioText(0.5));
    ASSERT_EQ(block->machineTable()->rowCount(), 1);
    EXPECT_EQ(block->machineTable()->item(0, 0)->text(), u"usage-c1"_s);
    EXPECT_EQ(block->machineTable()->item(0, 0)->toolTip(),
              UsageBlock::tr("%1 (%n GPU(s))", nullptr, 4).arg(u"usage-c1"_s));
    EXPECT_EQ(block->machineTable()->item(0, 4)->text(), UsageBlock::ratioText(0.5));

    // galaxy's silent GPU is unknown, not idle: half the held hours unreported, busy share 100 %.
    Customer galaxy = acme;
    galaxy.id = galaxyId;
    galaxy.username = u"galaxy"_s;
    panel.showCustomer(galaxy);
    ASSERT_TRUE(waitFor([&] {
        return block->report() && !block->report()->allocations.isEmpty() &&
               block->report()->allocations.first().tenantId == galaxyId;
    }));
    EXPECT_DOUBLE_EQ(block->report()->totals.unreportedGpuHours, held / 4);
    EXPECT_EQ(block->figure(u"ratio"_s), UsageBlock::ratioText(1.0));
    // A share of half the time says so, beside the share and in a sentence under it; acme's,
    // with every hour reported, said nothing of the kind.
    const QString half = QLocale().toString(50.0, 'f', 0);
    EXPECT_EQ(block->machineTable()->item(0, 4)->text(),
              UsageBlock::ratioText(1.0) + u" · "_s + half + u" % reported"_s);
    auto *status = block->findChild<QLabel *>(u"usageStatus"_s);
    ASSERT_TRUE(status);
    EXPECT_FALSE(status->isHidden());
    EXPECT_TRUE(status->text().contains(half + u" %"_s)) << status->text().toStdString();
    panel.showCustomer(acme);
    ASSERT_TRUE(waitFor([&] {
        return block->report() && !block->report()->allocations.isEmpty() &&
               block->report()->allocations.first().tenantId == acmeId;
    }));
    EXPECT_TRUE(status->isHidden()) << status->text().toStdString();
}

TEST_F(UsageViewsTest, FleetTableSortsLowestShareFirstAndExports)
{
    UtilisationView view(client->api.get(), client->session.get());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.periodPicker()->setCustomDays(Day, Day);
    view.activate();
    ASSERT_TRUE(waitFor([&] { return view.model()->rowCount() > 0; }));
    QSortFilterProxyModel *sorted = view.sortedModel();
    const auto tenantAt = [&](int row) {
        return view.model()->tenants().at(sorted->mapToSource(sorted->index(row, 0)).row());
    };
    // acme (50 %) before galaxy (100 %); tenants that held nothing after both.
    EXPECT_EQ(tenantAt(0).tenantId, acmeId);
    EXPECT_EQ(tenantAt(1).tenantId, galaxyId);
    for (int row = 2; row < sorted->rowCount(); ++row)
        EXPECT_FALSE(tenantAt(row).usage.busyRatio().has_value());
    EXPECT_EQ(sorted->index(0, TenantUsageModel::BusyShare).data().toString(),
              UsageBlock::ratioText(0.5));
    // The bar's length: the share as a number, none for a tenant that reported nothing.
    ASSERT_GT(sorted->rowCount(), 2);
    EXPECT_DOUBLE_EQ(
        sorted->index(0, TenantUsageModel::BusyShare).data(TenantUsageModel::ShareRole).toDouble(),
        0.5);
    EXPECT_FALSE(sorted->index(sorted->rowCount() - 1, TenantUsageModel::BusyShare)
                     .data(TenantUsageModel::ShareRole)
                     .isValid());
    EXPECT_NE(qobject_cast<ShareBarDelegate *>(
                  view.table()->itemDelegateForColumn(TenantUsageModel::BusyShare)),
              nullptr);
    // The header sorts too: highest share first.
    view.table()->sortByColumn(TenantUsageModel::BusyShare, Qt::DescendingOrder);
    int galaxyRow = -1, acmeRow = -1;
    for (int row = 0; row < sorted->rowCount(); ++row) {
        if (tenantAt(row).tenantId == galaxyId)
            galaxyRow = row;
        if (tenantAt(row).tenantId == acmeId)
            acmeRow = row;
    }
    EXPECT_LT(galaxyRow, acmeRow);

    view.table()->sortByColumn(TenantUsageModel::BusyShare, Qt::AscendingOrder);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"utilisation.csv"_s);
    bool done = false, ok = false;
    QObject::connect(&view, &UtilisationView::exported, &view, [&](bool written, const QString &) {
        done = true;
        ok = written;
    });
    view.exportCsv(path);
    ASSERT_TRUE(waitFor([&] { return done; }));
    ASSERT_TRUE(ok);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.at(1).startsWith(QByteArray(QByteArray::number(acmeId) + ',')))
        << lines.at(1).constData();
}

TEST_F(UsageViewsTest, OwnerWorkbenchShowsItsOwnShareOnly)
{
    // Kept for the program's life: a Session destroyed while its keychain job runs crashes in
    // QKeychain's callback.
    static SignedInClient *acme =
        SignedInClient::signIn(server->url(), u"acme"_s, server->demoPassword()).release();
    ASSERT_NE(acme, nullptr);
    WorkbenchView view(acme->api.get(), acme->session.get());
    view.usageBlock()->periodPicker()->setCustomDays(Day, Day);
    view.activate();
    ASSERT_TRUE(waitFor([&] { return view.usageBlock()->report().has_value(); }));
    EXPECT_FALSE(view.usageBlock()->isHidden());
    const UsageReport &report = *view.usageBlock()->report();
    ASSERT_EQ(report.allocations.size(), 1);
    EXPECT_EQ(report.allocations.first().tenantId, acmeId);
    EXPECT_EQ(view.usageBlock()->figure(u"ratio"_s), UsageBlock::ratioText(0.5));
}
