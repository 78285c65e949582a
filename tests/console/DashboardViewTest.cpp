// DashboardView against the real server with its demo data: the cards show what the stats API
// answers, the chart holds the trend of the chosen range, the cards and lists open their
// sections filtered, a failed refresh keeps the last figures, and refreshing grows nothing.
#include "DashboardView.h"
#include "AlertText.h"
#include "ConsoleServer.h"
#include "DashboardApi.h"
#include "ErrorBanner.h"
#include "LiveFeed.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignedInAdminTest.h"
#include "StatCard.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QChartView>
#include <QHostAddress>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using remotegpu::test::ConsoleServer;
using remotegpu::test::SignedInClient;
using remotegpu::test::waitFor;
using remotegpu::ui::DashboardView;
using remotegpu::ui::GpuTrendChart;
using remotegpu::ui::MainWindow;
using remotegpu::ui::StatCard;

namespace {

class DashboardViewTest : public remotegpu::test::SignedInAdminTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SignedInAdminTest::SetUp());
        view = std::make_unique<DashboardView>(client->api.get(), client->session.get());
        view->resize(1280, 800);
        view->show();
        view->activate();
        ASSERT_TRUE(waitFor([this] { return view->statsLoadCount() >= 1; }));
        ASSERT_TRUE(waitFor([this] { return view->trendLoadCount() >= 1; }));
    }

    DashboardStats directStats()
    {
        DashboardApi api(*client->api);
        std::optional<Result<DashboardStats>> answer;
        QObject context;
        api.stats(&context, [&](Result<DashboardStats> r) { answer.emplace(std::move(r)); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); }));
        EXPECT_TRUE(answer && answer->ok());
        return answer && answer->ok() ? answer->value() : DashboardStats{};
    }

    GpuTrend directTrend(const DashboardView::TrendRequest &request)
    {
        DashboardApi api(*client->api);
        std::optional<Result<GpuTrend>> answer;
        QObject context;
        api.gpuTrend(request.from, request.to, request.step, &context,
                     [&](Result<GpuTrend> r) { answer.emplace(std::move(r)); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); }));
        EXPECT_TRUE(answer && answer->ok());
        return answer && answer->ok() ? answer->value() : GpuTrend{};
    }

    // The series against the API's answer for the same request: the points with a value, in
    // order, first and last compared exactly.
    void expectSeriesMatches(const GpuTrend &trend)
    {
        QList<QPointF> expected;
        for (const auto &p : trend.points)
            if (p.averageUtilization)
                expected.append(QPointF(qreal(p.time.toMSecsSinceEpoch()), *p.averageUtilization));
        const QList<QPointF> shown = view->trendChart()->series()->points();
        ASSERT_EQ(shown.size(), expected.size());
        if (expected.isEmpty())
            return;
        EXPECT_EQ(shown.first(), expected.first());
        EXPECT_EQ(shown.last(), expected.last());
    }

    std::unique_ptr<DashboardView> view;
};

QString count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

TEST_F(DashboardViewTest, CardsShowTheStatsTheApiReturns)
{
    const DashboardStats s = directStats();
    ASSERT_GT(s.machines, 0) << "the demo data has machines";
    EXPECT_EQ(s.online + s.offline + s.maintenance, s.machines);

    StatCard *machines = view->card(u"machinesCard"_s);
    ASSERT_NE(machines, nullptr);
    EXPECT_EQ(machines->valueText(), count(s.machines));
    EXPECT_EQ(machines->itemText(u"online"_s), count(s.online) + u" online"_s);
    EXPECT_EQ(machines->itemText(u"offline"_s), count(s.offline) + u" offline"_s);
    EXPECT_EQ(machines->itemText(u"maintenance"_s), count(s.maintenance) + u" in maintenance"_s);

    StatCard *rental = view->card(u"rentalCard"_s);
    EXPECT_EQ(rental->valueText(), count(s.allocatedMachines));
    EXPECT_EQ(rental->itemText(u"expiring"_s), count(s.expiringSoon) + u" expiring"_s);
    EXPECT_EQ(rental->itemText(u"unallocated"_s),
              count(s.machines - s.allocatedMachines) + u" free"_s);

    StatCard *gpus = view->card(u"gpusCard"_s);
    EXPECT_EQ(gpus->valueText(), count(s.allocatedGpus) + u" / "_s + count(s.gpus));
    EXPECT_EQ(gpus->itemText(u"idle"_s), count(s.gpus - s.allocatedGpus) + u" idle"_s);

    EXPECT_EQ(view->card(u"allocationsCard"_s)->valueText(), count(s.activeAllocations));
    EXPECT_EQ(view->card(u"expiringCard"_s)->valueText(), count(s.expiringSoon));
    EXPECT_EQ(view->card(u"alertsCard"_s)->valueText(), count(s.activeAlerts));
    EXPECT_EQ(view->card(u"tenantsCard"_s)->valueText(), count(s.tenants));

    auto *updated = view->findChild<QLabel *>(u"lastUpdatedLabel"_s);
    ASSERT_NE(updated, nullptr);
    EXPECT_TRUE(
        updated->text().contains(view->lastUpdated().toLocalTime().toString(u"HH:mm:ss"_s)));
}

TEST_F(DashboardViewTest, ChartHoldsTheTrendOfTheChosenRangeAndSwitchingRangeRequestsAgain)
{
    GpuTrendChart *chart = view->trendChart();
    EXPECT_EQ(chart->range(), GpuTrendChart::Range::Day);
    DashboardView::TrendRequest day = view->lastTrendRequest();
    EXPECT_EQ(day.from.secsTo(day.to), 24 * 3600);
    const GpuTrend dayTrend = directTrend(day);
    EXPECT_EQ(dayTrend.points.size(), 24 * 3600 / day.step);
    int withValue = 0;
    for (const auto &p : dayTrend.points)
        withValue += p.averageUtilization ? 1 : 0;
    EXPECT_GT(withValue, 0) << "the demo data has a day of metrics";
    expectSeriesMatches(dayTrend);
    // About one point per pixel: never more points than the plot is wide.
    EXPECT_LE(chart->series()->count(), chart->chartView()->width());

    const int requests = view->trendRequestCount();
    const int loads = view->trendLoadCount();
    chart->rangeButton(GpuTrendChart::Range::Hour)->click();
    EXPECT_EQ(view->trendRequestCount(), requests + 1);
    ASSERT_TRUE(waitFor([&] { return view->trendLoadCount() > loads; }));
    const DashboardView::TrendRequest hour = view->lastTrendRequest();
    EXPECT_EQ(hour.from.secsTo(hour.to), 3600);
    EXPECT_EQ(hour.step, 60);
    expectSeriesMatches(directTrend(hour));

    chart->rangeButton(GpuTrendChart::Range::Week)->click();
    ASSERT_TRUE(waitFor([&] {
        return view->lastTrendRequest().from.secsTo(view->lastTrendRequest().to) == 7 * 86400;
    }));
    ASSERT_TRUE(waitFor([&] { return view->trendLoadCount() > loads + 1; }));
    const DashboardView::TrendRequest week = view->lastTrendRequest();
    expectSeriesMatches(directTrend(week));
    EXPECT_LE(chart->series()->count(), chart->chartView()->width());

    // The hover text names the value and the local time of the nearest point.
    const QList<QPointF> points = chart->series()->points();
    if (!points.isEmpty()) {
        const QString text = chart->hoverTextAt(points.last().x());
        EXPECT_TRUE(text.contains(QLocale().toString(points.last().y(), 'f', 1)))
            << text.toStdString();
    }
}

TEST_F(DashboardViewTest, CardsAndTheirStatesOpenTheirSectionsFiltered)
{
    QSignalSpy spy(view.get(), &DashboardView::openSectionRequested);
    StatCard *machines = view->card(u"machinesCard"_s);
    QTest::mouseClick(machines->item(u"offline"_s), Qt::LeftButton);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), int(MainWindow::Section::Machines));
    EXPECT_EQ(spy.at(0).at(1).toJsonObject(), (QJsonObject{{u"status"_s, u"offline"_s}}));

    QTest::mouseClick(machines, Qt::LeftButton, {}, QPoint(20, 10));
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(1).toJsonObject(), QJsonObject());

    StatCard *expiring = view->card(u"expiringCard"_s);
    expiring->setFocus();
    QTest::keyClick(expiring, Qt::Key_Return);
    ASSERT_EQ(spy.count(), 3);
    EXPECT_EQ(spy.at(2).at(0).toInt(), int(MainWindow::Section::Machines));
    EXPECT_EQ(spy.at(2).at(1).toJsonObject(), (QJsonObject{{u"allocationState"_s, u"expiring"_s}}));

    QTest::mouseClick(view->card(u"allocationsCard"_s), Qt::LeftButton, {}, QPoint(20, 10));
    ASSERT_EQ(spy.count(), 4);
    EXPECT_EQ(spy.at(3).at(0).toInt(), int(MainWindow::Section::Allocations));
    EXPECT_EQ(spy.at(3).at(1).toJsonObject(), (QJsonObject{{u"status"_s, u"active"_s}}));
}

TEST_F(DashboardViewTest, ListsShowRecentAllocationsAndOpenThemFiltered)
{
    ASSERT_TRUE(waitFor([this] { return view->recentAllocationsView()->model()->rowCount() > 0; }));
    QAbstractItemModelTester allocationsTester(
        view->recentAllocationsView()->model(),
        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester alertsTester(view->activeAlertsView()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    DashboardApi api(*client->api);
    std::optional<Result<QList<Allocation>>> recent;
    QObject context;
    api.recentAllocations(&context,
                          [&](Result<QList<Allocation>> r) { recent.emplace(std::move(r)); });
    ASSERT_TRUE(waitFor([&] { return recent.has_value(); }));
    ASSERT_TRUE(recent->ok());
    QAbstractItemModel *model = view->recentAllocationsView()->model();
    ASSERT_EQ(model->rowCount(), (*recent)->size());
    const Allocation &first = (*recent)->first();
    EXPECT_EQ(model->index(0, 0).data(Qt::ToolTipRole).toString(), first.hostId);
    EXPECT_EQ(model->index(0, 1).data().toString(), first.tenantName);

    // Active alerts name the machine as the Alerts section does (AlertTextTest has the GPU
    // case), never by the raw resource id.
    std::optional<Result<QList<Alert>>> alerts;
    api.activeAlerts(&context, [&](Result<QList<Alert>> r) { alerts.emplace(std::move(r)); });
    ASSERT_TRUE(waitFor([&] { return alerts.has_value(); }));
    ASSERT_TRUE(alerts->ok());
    ASSERT_TRUE(waitFor(
        [&] { return view->activeAlertsView()->model()->rowCount() == (*alerts)->size(); }));
    for (int row = 0; row < (*alerts)->size(); ++row) {
        const Alert &a = (*alerts)->at(row);
        const QString shown = view->activeAlertsView()->model()->index(row, 1).data().toString();
        EXPECT_EQ(shown, ui::AlertText::machine(a));
        EXPECT_TRUE(shown.startsWith(a.hostName)) << shown.toStdString();
    }

    QSignalSpy spy(view.get(), &DashboardView::openSectionRequested);
    QTableView *table = view->recentAllocationsView();
    const QRect cell = table->visualRect(model->index(0, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), int(MainWindow::Section::Allocations));
    EXPECT_EQ(spy.at(0).at(1).toJsonObject(),
              (QJsonObject{{u"tenantId"_s, first.tenantId}, {u"hostId"_s, first.hostId}}));

    // A refresh replaces rows in place and keeps the tester happy.
    const int lists = view->findChildren<QObject *>().size();
    QSignalSpy listsSpy(view.get(), &DashboardView::listsLoaded);
    view->refresh();
    ASSERT_TRUE(listsSpy.wait(15000));
    EXPECT_EQ(view->findChildren<QObject *>().size(), lists);
}

TEST_F(DashboardViewTest, AFailedRefreshKeepsTheLastFiguresAndSaysSo)
{
    const QString before = view->card(u"machinesCard"_s)->valueText();
    ASSERT_NE(before, u"–"_s);
    const QUrl good = client->api->baseUrl();
    client->api->setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
    QSignalSpy spy(view.get(), &DashboardView::statsLoaded);
    view->refresh();
    ASSERT_TRUE(spy.wait(15000));
    auto *banner = view->findChild<ui::ErrorBanner *>(u"dashboardErrorBanner"_s);
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(banner->text().isEmpty());
    EXPECT_EQ(view->card(u"machinesCard"_s)->valueText(), before);
    EXPECT_TRUE(
        view->findChild<QLabel *>(u"lastUpdatedLabel"_s)->text().contains(u"last figures"_s));

    client->api->setBaseUrl(good);
    view->refresh();
    ASSERT_TRUE(spy.wait(15000));
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(DashboardViewTest, RefreshesOnATimerOnlyWhileVisibleAndGrowsNothing)
{
    EXPECT_TRUE(view->isAutoRefreshing());
    view->setRefreshInterval(100);
    const int objects = view->findChildren<QObject *>().size();
    const int series = int(view->trendChart()->chartView()->chart()->series().size());
    const int stats = view->statsLoadCount();
    const int trends = view->trendLoadCount();
    ASSERT_TRUE(waitFor([&] { return view->statsLoadCount() >= stats + 3; }));
    ASSERT_TRUE(waitFor([&] { return view->trendLoadCount() >= trends + 2; }));
    EXPECT_EQ(view->findChildren<QObject *>().size(), objects);
    EXPECT_EQ(view->trendChart()->chartView()->chart()->series().size(), series);

    // Paused: the chart stops asking, the cards go on.
    view->trendChart()->pauseButton()->click();
    EXPECT_TRUE(view->trendChart()->isPaused());
    const int requests = view->trendRequestCount();
    const int statsNow = view->statsLoadCount();
    ASSERT_TRUE(waitFor([&] { return view->statsLoadCount() >= statsNow + 2; }));
    EXPECT_EQ(view->trendRequestCount(), requests);

    view->hide();
    EXPECT_FALSE(view->isAutoRefreshing());
    view->show();
    EXPECT_TRUE(view->isAutoRefreshing());
}

// A status change or an alert event pushed by the live feed reloads the cards and lists about a
// second later, once for a burst; while hidden, the view waits until it is shown again.
TEST_F(DashboardViewTest, LiveEventsReloadTheCardsAndListsOncePerBurst)
{
    view->setRefreshInterval(3600 * 1000); // only the events reload here
    LiveFeed *feed = client->session->liveFeed();
    const QJsonObject alert{{u"type"_s, u"alert"_s}, {u"event"_s, u"fired"_s}, {u"alertId"_s, 1}};
    auto burst = [&] {
        Q_EMIT feed->hostStatusChanged(u"node-07"_s, u"offline"_s, u"no heartbeat"_s, false,
                                       QDateTime::currentDateTimeUtc());
        Q_EMIT feed->alertEvent(u"fired"_s, alert);
        Q_EMIT feed->alertEvent(u"resolved"_s, alert);
    };
    int stats = view->statsLoadCount();
    QSignalSpy lists(view.get(), &DashboardView::listsLoaded);
    burst();
    EXPECT_EQ(view->statsLoadCount(), stats) << "not at once: a burst is gathered first";
    ASSERT_TRUE(waitFor([&] { return view->statsLoadCount() == stats + 1; }));
    ASSERT_TRUE(lists.count() >= 1 || lists.wait(10000));
    QTest::qWait(DashboardView::EventReloadMs + 300);
    EXPECT_EQ(view->statsLoadCount(), stats + 1) << "one reload for the burst";
    EXPECT_EQ(lists.count(), 1);

    view->hide();
    stats = view->statsLoadCount();
    burst();
    QTest::qWait(DashboardView::EventReloadMs + 300);
    EXPECT_EQ(view->statsLoadCount(), stats) << "hidden: nothing is asked";
    view->show();
    ASSERT_TRUE(waitFor([&] { return view->statsLoadCount() == stats + 1; }));
}

// What a refresh paints must come from what is there already: a new pixmap per refresh or per
// paint (the state dots) gets a new cache key each time, and Qt's pixmap cache kept every scaled
// copy, which made the dashboard's memory grow with each refresh.
TEST_F(DashboardViewTest, ARefreshPaintsTheSameStateDotsAgain)
{
    ASSERT_TRUE(waitFor([this] { return view->recentAllocationsView()->model()->rowCount() > 0; }));
    const QAbstractItemModel *allocations = view->recentAllocationsView()->model();
    const auto dotKey = [&] {
        return allocations->index(0, 2).data(Qt::DecorationRole).value<QIcon>().cacheKey();
    };
    QToolButton *online = view->card(u"machinesCard"_s)->item(u"online"_s);
    ASSERT_NE(online, nullptr);
    const qint64 listDot = dotKey();
    const qint64 cardDot = online->icon().cacheKey();
    EXPECT_EQ(dotKey(), listDot); // asked twice, as two paints would

    QSignalSpy lists(view.get(), &DashboardView::listsLoaded);
    const int stats = view->statsLoadCount();
    view->refresh();
    ASSERT_TRUE(waitFor([&] { return view->statsLoadCount() > stats && !lists.isEmpty(); }));
    EXPECT_EQ(dotKey(), listDot);
    EXPECT_EQ(online->icon().cacheKey(), cardDot);
    // Same colour, same icon, wherever it is asked for.
    EXPECT_EQ(remotegpu::ui::dotIcon(QColor(0x12, 0x34, 0x56)).cacheKey(),
              remotegpu::ui::dotIcon(QColor(0x12, 0x34, 0x56)).cacheKey());
    EXPECT_NE(remotegpu::ui::dotIcon(QColor(0x12, 0x34, 0x56)).cacheKey(),
              remotegpu::ui::dotIcon(QColor(0x65, 0x43, 0x21)).cacheKey());
}

// Not a check, so disabled (never counted as a pass): run with --gtest_also_run_disabled_tests
// to save the loaded dashboard in light and dark (/tmp/dash-light.png, /tmp/dash-dark.png).
TEST_F(DashboardViewTest, DISABLED_Screenshots)
{
    ASSERT_TRUE(waitFor([this] { return view->recentAllocationsView()->model()->rowCount() > 0; }));
    ui::applyTheme(ui::Theme::Light);
    QTest::qWait(50);
    view->grab().save(u"/tmp/dash-light.png"_s);
    ui::applyTheme(ui::Theme::Dark);
    QTest::qWait(50);
    view->grab().save(u"/tmp/dash-dark.png"_s);
    ui::applyTheme(ui::Theme::Light);
}
