// The console's live feed against the real server binary: events published with
// pg_notify('remotegpu_fleet', …) (as ingest and the offline detector send them) reach the
// dashboard's chart and the machines list without a refresh, and the status-bar indicator
// follows the server going away and coming back.
#include "LiveFeed.h"
#include "ConsoleServer.h"
#include "DashboardView.h"
#include "MachinesView.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "ServerProcess.h"
#include "SignedInAdminTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using remotegpu::test::ConsoleServer;
using remotegpu::test::ServerProcess;
using remotegpu::test::SignedInClient;
using remotegpu::test::waitFor;
using remotegpu::ui::DashboardView;
using remotegpu::ui::MachinesView;
using remotegpu::ui::MainWindow;

namespace {

void notify(ConsoleServer &server, const QJsonObject &event)
{
    QString payload = QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
    payload.replace(u"'"_s, u"''"_s);
    ASSERT_EQ(server.db().exec(u"SELECT pg_notify('remotegpu_fleet', '%1')"_s.arg(payload)),
              QString());
}

QJsonObject metricsEvent(const QString &hostId, double utilization)
{
    QJsonArray gpus;
    for (int i = 0; i < 4; ++i)
        gpus.append(QJsonObject{{u"index"_s, i}, {u"utilizationPercent"_s, utilization}});
    return {{u"type"_s, u"metrics"_s},
            {u"hostId"_s, hostId},
            {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {u"host"_s, QJsonObject{{u"gpuAvgUtilization"_s, utilization}}},
            {u"gpus"_s, gpus}};
}

class LiveFeedTest : public remotegpu::test::SignedInAdminTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(SignedInAdminTest::SetUp());
        feed = client->session->liveFeed();
        ASSERT_TRUE(waitFor([this] { return feed->state() == LiveFeed::State::Live; }))
            << "the feed never went live";
    }
    LiveFeed *feed = nullptr;
};

} // namespace

TEST_F(LiveFeedTest, TheDashboardChartGainsLivePointsWithoutARefresh)
{
    DashboardView view(client->api.get(), client->session.get());
    view.resize(1280, 800);
    view.show();
    view.activate();
    ASSERT_TRUE(waitFor([&] { return view.trendLoadCount() >= 1; }));
    const int trendLoads = view.trendLoadCount();
    const qsizetype before = view.trendChart()->seriesPoints().size();
    const qreal lastBefore =
        before > 0 ? view.trendChart()->seriesPoints().constLast().x() : qreal(0);

    notify(*server, metricsEvent(u"live-host-1"_s, 87.5));
    ASSERT_TRUE(waitFor([&] { return view.trendChart()->liveRedrawCount() >= 1; }, 5000));
    const QList<QPointF> after = view.trendChart()->seriesPoints();
    ASSERT_EQ(after.size(), before + 1);
    EXPECT_GT(after.constLast().x(), lastBefore);
    EXPECT_DOUBLE_EQ(after.constLast().y(), 87.5);
    EXPECT_EQ(view.trendLoadCount(), trendLoads) << "the chart went live without a reload";

    // A second host: the point is the fleet average over both hosts' latest, GPU-weighted.
    notify(*server, metricsEvent(u"live-host-2"_s, 12.5));
    ASSERT_TRUE(waitFor([&] { return view.trendChart()->liveRedrawCount() >= 2; }, 5000));
    EXPECT_DOUBLE_EQ(view.trendChart()->seriesPoints().constLast().y(), 50.0);
    EXPECT_EQ(view.liveHostCount(), 2);
}

TEST_F(LiveFeedTest, AHostStatusEventChangesThatMachinesRowInPlace)
{
    MachinesView view(client->api.get(), client->session.get());
    view.resize(1280, 800);
    view.show();
    view.activate();
    auto *model = view.model();
    ASSERT_TRUE(waitFor([&] { return model->rowCount() > 0 && !model->isLoading(); }));
    const QString id = model->keyAt(0);
    const MachineStatus was = model->rowAt(0)->machine.status;
    const MachineStatus now =
        was == MachineStatus::Maintenance ? MachineStatus::Online : MachineStatus::Maintenance;
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy loaded(model, &remotegpu::ui::PagedTableModelBase::loaded);

    notify(*server, {{u"type"_s, u"host_status"_s},
                     {u"hostId"_s, id},
                     {u"status"_s, toString(now)},
                     {u"previous"_s, toString(was)},
                     {u"reason"_s, u"test"_s},
                     {u"flapping"_s, false},
                     {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    ASSERT_TRUE(waitFor([&] { return model->rowAt(0)->machine.status == now; }, 5000));
    ASSERT_EQ(changed.size(), 1);
    // That one row is announced, across its cells: the status and what follows from it (the
    // Agent column, last seen) change together; no other row and no reload.
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    EXPECT_EQ(topLeft.row(), 0);
    EXPECT_EQ(bottomRight.row(), 0);
    EXPECT_LE(topLeft.column(), int(MachinesView::StatusColumn));
    EXPECT_GE(bottomRight.column(), int(MachinesView::StatusColumn));
    EXPECT_GE(bottomRight.column(), int(MachinesView::AgentColumn));
    EXPECT_EQ(loaded.size(), 0) << "the list was reloaded instead of changed in place";
}

TEST(LiveFeedIndicator, GoesReconnectingWhenTheServerStopsAndLiveWhenItReturns)
{
    std::unique_ptr<ConsoleServer> own = ConsoleServer::start(u"livefeed_restart"_s);
    ASSERT_TRUE(own);
    auto client = SignedInClient::admin(*own);
    ASSERT_TRUE(client);
    LiveFeed *feed = client->session->liveFeed();
    feed->setBackoff(200, 1000);
    QSignalSpy resyncs(feed, &LiveFeed::resyncNeeded);
    MainWindow window(client->api.get(), client->session.get());
    window.show();
    auto *label = window.findChild<QLabel *>(u"liveFeedLabel"_s);
    ASSERT_TRUE(label);
    ASSERT_TRUE(waitFor([&] { return label->text() == MainWindow::tr("● Live"); }))
        << qPrintable(label->text());
    EXPECT_TRUE(label->isVisible());
    EXPECT_EQ(resyncs.count(), 0) << "nothing was missed before the first connection";

    const quint16 port = own->process().port();
    ASSERT_EQ(own->process().terminate(), 0);
    ASSERT_TRUE(waitFor([&] { return feed->state() == LiveFeed::State::Reconnecting; }, 10000));
    EXPECT_TRUE(label->text().contains(u"Reconnecting"_s)) << qPrintable(label->text());
    ASSERT_TRUE(waitFor([&] { return feed->attempt() >= 2; }, 10000));

    QString error;
    auto again =
        ServerProcess::start(own->db().url(), {u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}, &error);
    ASSERT_TRUE(again) << qPrintable(error);
    ASSERT_TRUE(waitFor([&] { return label->text() == MainWindow::tr("● Live"); }, 15000))
        << qPrintable(label->text());
    EXPECT_EQ(feed->attempt(), 0);
    // Events of the outage are not sent again: the console is told to read the state anew, and
    // says so in the status bar.
    ASSERT_EQ(resyncs.count(), 1);
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(
        MainWindow::tr("Refreshed: %1").arg(QString())))
        << qPrintable(window.statusBar()->currentMessage());
}

// The server's own LISTEN connection dropping loses the events of the gap; when it is back the
// server says so and the feed passes it on.
TEST_F(LiveFeedTest, TheServersResyncAfterItsListenerReconnectsReachesTheConsole)
{
    QSignalSpy resyncs(feed, &LiveFeed::resyncNeeded);
    ASSERT_EQ(server->db()
                  .scalar(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                          "datname = current_database() AND query LIKE 'LISTEN remotegpu_fleet%'"_s)
                  .toInt(),
              1);
    ASSERT_TRUE(resyncs.wait(15000));
    EXPECT_EQ(resyncs.first().at(0).toString(),
              LiveFeed::tr("the server's event stream was interrupted"));
    EXPECT_EQ(feed->state(), LiveFeed::State::Live) << "the socket itself stayed open";
}
