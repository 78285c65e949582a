// The console's live feed against the real server binary: events published with
// pg_notify('remotegpu_fleet', …) (as ingest and the offline detector send them) reach the
// dashboard's chart and the machines list without a refresh, and the status-bar indicator
// follows the server going away and coming back.
#include "LiveFeed.h"
#include "AlertsApi.h"
#include "AlertsView.h"
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
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace remotegpu;
using remotegpu::test::ConsoleServer;
using remotegpu::test::ServerProcess;
using remotegpu::test::SignedInClient;
using remotegpu::test::waitFor;
using remotegpu::ui::AlertsView;
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
    QSignalSpy statuses(feed, &LiveFeed::hostStatusChanged);

    // The server writes its instants with milliseconds (remotegpu_iso_time).
    const QString at = u"2026-12-03T15:20:30.250Z"_s;
    notify(*server, {{u"type"_s, u"host_status"_s},
                     {u"hostId"_s, id},
                     {u"status"_s, toString(now)},
                     {u"previous"_s, toString(was)},
                     {u"reason"_s, u"test"_s},
                     {u"flapping"_s, false},
                     {u"at"_s, at}});
    ASSERT_TRUE(waitFor([&] { return model->rowAt(0)->machine.status == now; }, 5000));
    ASSERT_EQ(statuses.size(), 1);
    EXPECT_EQ(statuses.first().at(4).toDateTime(),
              QDateTime(QDate(2026, 12, 3), QTime(15, 20, 30, 250), Qt::UTC));
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

// After a gap in the feed the section on screen reads its state at once; a section opened
// before reads it again when shown next, not while hidden.
TEST_F(LiveFeedTest, AResyncRefreshesTheSectionOnScreenAndTheOpenedOnesWhenShown)
{
    MainWindow window(client->api.get(), client->session.get());
    window.resize(1440, 900);
    window.show();
    auto *dashboard = qobject_cast<DashboardView *>(window.view(MainWindow::Section::Dashboard));
    auto *machines = qobject_cast<MachinesView *>(window.view(MainWindow::Section::Machines));
    ASSERT_TRUE(dashboard && machines);
    ASSERT_TRUE(waitFor([&] { return dashboard->statsLoadCount() >= 1; }));
    window.showSection(MainWindow::Section::Machines);
    ASSERT_TRUE(waitFor(
        [&] { return machines->model()->rowCount() > 0 && !machines->model()->isLoading(); }));
    const int dashboardLoads = dashboard->statsLoadCount();
    QSignalSpy machinesLoaded(machines->model(), &remotegpu::ui::PagedTableModelBase::loaded);

    Q_EMIT feed->resyncNeeded(u"test gap"_s);
    ASSERT_TRUE(machinesLoaded.wait(10000)) << "the section on screen reads its state again";
    EXPECT_EQ(dashboard->statsLoadCount(), dashboardLoads) << "a hidden section waits";
    window.showSection(MainWindow::Section::Dashboard);
    EXPECT_TRUE(waitFor([&] { return dashboard->statsLoadCount() == dashboardLoads + 1; }))
        << "and reads it when shown";
}

// The console against a server fed by the real agent's simulator (no pg_notify written by the
// test): the dashboard chart gains the simulated host's points without a reload, and the alert
// its load raises appears in the Alerts view without a reload and is acknowledged there.
TEST(LiveFeedWithSimulator, SimulatedLoadMovesTheChartAndRaisesAnAlertThatIsAcknowledged)
{
    const QString enrollToken = u"console-simulator-enrolment-0123456789"_s;
    std::unique_ptr<ConsoleServer> own =
        ConsoleServer::start(u"livefeed_simulator"_s, {u"--agent-enroll-token"_s, enrollToken});
    ASSERT_TRUE(own);
    // A machine registered as an operator does before its agent enrols.
    ASSERT_EQ(own->db().exec(uR"sql(
        INSERT INTO hosts (id, name, ip_address, total_cpu, total_memory_gb, total_gpu, status)
        VALUES ('sim-console-01', 'SIM CONSOLE 01', '10.78.0.1', 64, 512, 8, 'offline');
        INSERT INTO gpus (host_id, index, name, memory_total_mb)
        SELECT 'sim-console-01', i, 'NVIDIA H100 80GB HBM3', 81559 FROM generate_series(0, 7) i;
    )sql"_s),
              QString());
    auto client = SignedInClient::admin(*own);
    ASSERT_TRUE(client);

    // A rule any load breaks at once: host CPU at or above 0 %, on this machine only.
    AlertRule rule;
    rule.name = u"Simulated load"_s;
    rule.metricType = u"cpu_usage_percent"_s;
    rule.comparison = AlertComparison::GreaterOrEqual;
    rule.threshold = 0;
    rule.duration = 0;
    rule.scope = AlertRule::Scope::Host;
    rule.hostId = u"sim-console-01"_s;
    {
        AlertsApi alerts(client->api.get(), true);
        std::optional<Result<AlertRule>> made;
        QObject context;
        alerts.createRule(rule, &context, [&](Result<AlertRule> r) { made.emplace(std::move(r)); });
        ASSERT_TRUE(waitFor([&] { return made.has_value(); }));
        ASSERT_TRUE(made->ok()) << qPrintable(made->error().message);
    }

    MainWindow window(client->api.get(), client->session.get());
    window.resize(1440, 900);
    window.show();
    auto *dashboard = qobject_cast<DashboardView *>(window.view(MainWindow::Section::Dashboard));
    auto *alertsView = qobject_cast<AlertsView *>(window.view(MainWindow::Section::Alerts));
    ASSERT_TRUE(dashboard && alertsView);
    window.showSection(MainWindow::Section::Alerts);
    ASSERT_TRUE(waitFor([&] { return !alertsView->model()->isLoading(); }));
    window.showSection(MainWindow::Section::Dashboard);
    ASSERT_TRUE(waitFor([&] { return dashboard->trendLoadCount() >= 1; }));
    LiveFeed *feed = client->session->liveFeed();
    ASSERT_TRUE(waitFor([&] { return feed->state() == LiveFeed::State::Live; }));
    const int trendLoads = dashboard->trendLoadCount();
    QSignalSpy alertLoads(alertsView->model(), &remotegpu::ui::PagedTableModelBase::loaded);

    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    QProcess agent;
    agent.setProgram(QStringLiteral(REMOTEGPU_AGENT_BINARY));
    agent.setArguments({u"--simulate"_s, u"1"_s, u"--server"_s, own->url().toString(),
                        u"--enroll-token"_s, enrollToken, u"--host-ids"_s, u"sim-console-01"_s,
                        u"--token-file"_s, tmp.filePath(u"tokens.json"_s), u"--interval"_s, u"1"_s,
                        u"--seed"_s, u"7"_s});
    agent.setProcessChannelMode(QProcess::ForwardedChannels);
    agent.start();
    ASSERT_TRUE(agent.waitForStarted(10000));
    auto stopAgent = qScopeGuard([&] {
        agent.kill();
        agent.waitForFinished(5000);
    });

    // The simulated host's heartbeats reach the chart through ingest, NOTIFY and the socket.
    ASSERT_TRUE(waitFor([&] { return dashboard->liveHostCount() >= 1; }, 20000));
    ASSERT_TRUE(waitFor([&] { return dashboard->trendChart()->liveRedrawCount() >= 2; }, 20000));
    EXPECT_EQ(dashboard->trendLoadCount(), trendLoads) << "points came live, not by a reload";

    // The rule fires on ingest; its alert event brings it into the Active list.
    const auto rowOfSimulatedAlert = [&] {
        for (int row = 0; row < alertsView->model()->rowCount(); ++row) {
            const Alert *a = alertsView->model()->rowAt(row);
            if (a && a->hostId == u"sim-console-01" && a->ruleName == rule.name)
                return row;
        }
        return -1;
    };
    ASSERT_TRUE(waitFor([&] { return rowOfSimulatedAlert() >= 0; }, 20000));
    EXPECT_GT(alertLoads.count(), 0) << "the list was read again: the feed announced the alert";
    window.showSection(MainWindow::Section::Alerts);
    alertsView->table()->selectRow(rowOfSimulatedAlert());
    auto *ack = alertsView->findChild<QPushButton *>(u"acknowledgeAlert"_s);
    ASSERT_TRUE(ack && ack->isEnabled());
    ack->click();
    ASSERT_TRUE(waitFor([&] {
        return own->db()
                   .scalar(u"SELECT status FROM alert_records r JOIN alert_rules u ON u.id = "
                           "r.rule_id WHERE u.name = 'Simulated load' AND r.host_id = "
                           "'sim-console-01'"_s)
                   .toString() == u"acknowledged";
    }));
}
