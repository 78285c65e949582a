// The live feed's figures (docs/benchmarks.md "Live feed"), in three roles run by run.sh:
//   realtime_bench publish DB_URL EVENTS_PER_SECOND HOSTS SECONDS metrics|host_status
//       sends C2 events with pg_notify('remotegpu_fleet', …), hosts in turn, at a steady rate;
//       each event's "at" is the time it was sent (ms), which the receivers subtract.
//   realtime_bench latency SERVER_URL USER PASSWORD CLIENTS SECONDS
//       opens CLIENTS admin sockets on /ws/admin/monitoring and prints the send→receive
//       latency of every event they get (p50, p99, max) and the count.
//   realtime_bench console SERVER_URL USER PASSWORD SECONDS
//       the console's dashboard (the real DashboardView, Session and LiveFeed) shown and live;
//       prints this process's CPU time over SECONDS from /proc/self/stat.
//   realtime_bench machines SERVER_URL USER PASSWORD SECONDS
//       the same for the Machines list (the real MachinesView, a page of 100 rows) with its GPU
//       load column following the live metrics; also prints how many rows' load changed.
#include "ApiClient.h"
#include "DashboardView.h"
#include "LiveFeed.h"
#include "MachinesView.h"
#include "PagedTableModel.h"
#include "Session.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using remotegpu::ApiClient;
using remotegpu::LiveFeed;
using remotegpu::Session;

namespace {

QJsonObject event(const QString &kind, const QString &hostId, qint64 n)
{
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (kind == u"host_status"_s)
        return {{u"type"_s, u"host_status"_s},
                {u"hostId"_s, hostId},
                {u"status"_s, n % 2 ? u"offline"_s : u"online"_s},
                {u"previous"_s, n % 2 ? u"online"_s : u"offline"_s},
                {u"reason"_s, u"bench"_s},
                {u"flapping"_s, false},
                {u"at"_s, at}};
    const double u = double((n * 37) % 100);
    QJsonArray gpus;
    for (int i = 0; i < 8; ++i)
        gpus.append(QJsonObject{{u"index"_s, i},
                                {u"utilizationPercent"_s, u},
                                {u"memoryUsed"_s, 40000},
                                {u"memoryUsagePercent"_s, 50.0},
                                {u"temperature"_s, 60.0},
                                {u"powerDraw"_s, 300.0}});
    return {{u"type"_s, u"metrics"_s},
            {u"hostId"_s, hostId},
            {u"at"_s, at},
            {u"host"_s, QJsonObject{{u"cpuUsagePercent"_s, 20.0},
                                    {u"memoryUsagePercent"_s, 30.0},
                                    {u"gpuAvgUtilization"_s, u},
                                    {u"gpuAvgTemperature"_s, 60.0},
                                    {u"gpuAvgPower"_s, 300.0}}},
            {u"gpus"_s, gpus}};
}

int publish(const QString &url, int rate, int hosts, int seconds, const QString &kind)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(u.path().mid(1));
    if (!db.open()) {
        std::fprintf(stderr, "publish: %s\n", qPrintable(db.lastError().text()));
        return 1;
    }
    QSqlQuery q(db);
    q.prepare(u"SELECT pg_notify('remotegpu_fleet', ?)"_s);
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    const qint64 total = qint64(rate) * seconds;
    while (sent < total) {
        // Steady pacing: event n goes at n/rate seconds.
        const qint64 due = sent * 1000 / rate;
        if (clock.elapsed() < due) {
            usleep(useconds_t((due - clock.elapsed()) * 1000));
            continue;
        }
        const QString host = u"bench-%1"_s.arg(sent % hosts + 1, 4, 10, QChar(u'0'));
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(event(kind, host, sent)).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            std::fprintf(stderr, "publish: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        ++sent;
    }
    std::printf("published %lld %s events for %d hosts in %.1f s\n", sent, qPrintable(kind), hosts,
                clock.elapsed() / 1000.0);
    return 0;
}

QString signInToken(ApiClient &api, Session &session, const QString &user, const QString &password)
{
    bool done = false;
    QObject context;
    api.post(u"/api/auth/login"_s, QJsonObject{{u"username"_s, user}, {u"password"_s, password}},
             &context, [&](remotegpu::Result<QJsonValue> answer) {
                 done = true;
                 if (!answer.ok() || !session.applyTokens(*answer).ok())
                     std::fprintf(stderr, "sign-in failed\n");
             });
    (void)QTest::qWaitFor([&] { return done; }, 30000);
    return session.accessToken();
}

int latency(ApiClient &api, Session &session, const QString &user, const QString &password,
            int clients, int seconds)
{
    const QString token = signInToken(api, session, user, password);
    if (token.isEmpty())
        return 1;
    session.liveFeed()->stop(); // only the bench's own sockets
    QUrl ws = api.baseUrl();
    ws.setScheme(u"ws"_s);
    ws.setPath(u"/ws/admin/monitoring"_s);
    ws.setQuery(u"access_token="_s + token);
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    QList<qint64> latencies;
    int hellos = 0;
    for (int i = 0; i < clients; ++i) {
        auto s = std::make_unique<QWebSocket>();
        QObject::connect(
            s.get(), &QWebSocket::textMessageReceived, s.get(), [&](const QString &text) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                const QString type = m.value(u"type"_s).toString();
                if (type == u"hello"_s) {
                    ++hellos;
                    return;
                }
                const QDateTime at =
                    QDateTime::fromString(m.value(u"at"_s).toString(), Qt::ISODateWithMs);
                if (at.isValid())
                    latencies.append(now - at.toMSecsSinceEpoch());
            });
        s->open(ws);
        sockets.push_back(std::move(s));
    }
    (void)QTest::qWaitFor([&] { return hellos == clients; }, 30000);
    std::printf("ready: %d sockets\n", hellos);
    std::fflush(stdout);
    QTest::qWait(seconds * 1000);
    if (latencies.isEmpty()) {
        std::printf("no events received\n");
        return 1;
    }
    std::sort(latencies.begin(), latencies.end());
    const auto pct = [&](double p) {
        return latencies.at(
            std::min<qsizetype>(latencies.size() - 1, qsizetype(p * double(latencies.size()))));
    };
    std::printf("received %lld events over %d sockets: latency p50 %lld ms, p99 %lld ms, max %lld "
                "ms\n",
                qint64(latencies.size()), clients, pct(0.50), pct(0.99), latencies.constLast());
    return 0;
}

qint64 cpuTicks()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return f.at(11).toLongLong() + f.at(12).toLongLong(); // utime + stime
}

// Says the view is ready (run.sh starts the publisher on that word), lets the first burst of
// layout and history pass, calls `begin`, then runs the event loop for `seconds`: this process's
// CPU over that window, what both console roles print.
struct CpuWindow
{
    double cpuSeconds = 0;
    double wallSeconds = 0;
    double percentOfOneCore() const { return 100.0 * cpuSeconds / wallSeconds; }
};

CpuWindow measureLive(const QByteArray &ready, int seconds, const std::function<void()> &begin)
{
    std::printf("ready: %s\n", ready.constData());
    std::fflush(stdout);
    QTest::qWait(3000);
    begin();
    const qint64 ticksBefore = cpuTicks();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(seconds * 1000);
    return {double(cpuTicks() - ticksBefore) / double(sysconf(_SC_CLK_TCK)),
            double(wall.elapsed()) / 1000.0};
}

int console(ApiClient &api, Session &session, const QString &user, const QString &password,
            int seconds)
{
    if (signInToken(api, session, user, password).isEmpty())
        return 1;
    remotegpu::ui::DashboardView view(&api, &session);
    view.resize(1280, 800);
    view.show();
    view.activate();
    (void)QTest::qWaitFor([&] { return view.trendLoadCount() >= 1; }, 30000);
    (void)QTest::qWaitFor([&] { return session.liveFeed()->state() == LiveFeed::State::Live; },
                          30000);
    int redrawsBefore = 0;
    const CpuWindow w = measureLive("dashboard live", seconds,
                                    [&] { redrawsBefore = view.trendChart()->liveRedrawCount(); });
    std::printf("console CPU over %.1f s: %.2f s = %.1f %% of one core; %d live redraws, %d "
                "hosts in the average, %lld points on the chart\n",
                w.wallSeconds, w.cpuSeconds, w.percentOfOneCore(),
                view.trendChart()->liveRedrawCount() - redrawsBefore, view.liveHostCount(),
                qint64(view.trendChart()->seriesPoints().size()));
    return 0;
}

int machines(ApiClient &api, Session &session, const QString &user, const QString &password,
             int seconds)
{
    if (signInToken(api, session, user, password).isEmpty())
        return 1;
    remotegpu::ui::MachinesView view(&api, &session);
    view.resize(1280, 800);
    view.show();
    view.activate();
    auto *model = view.model();
    (void)QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() > 0; }, 30000);
    (void)QTest::qWaitFor([&] { return session.liveFeed()->state() == LiveFeed::State::Live; },
                          30000);
    qint64 rowUpdates = 0;
    const CpuWindow w = measureLive(
        "machines live (" + QByteArray::number(model->rowCount()) + " rows)", seconds,
        [&] { QObject::connect(model, &QAbstractItemModel::dataChanged, [&] { ++rowUpdates; }); });
    int withLoad = 0;
    for (const remotegpu::MachineListItem &row : model->rows())
        withLoad += row.gpuAvgUtilization.has_value() ? 1 : 0;
    std::printf("machines view CPU over %.1f s: %.2f s = %.1f %% of one core; %lld row updates, "
                "%d of %d rows with a load\n",
                w.wallSeconds, w.cpuSeconds, w.percentOfOneCore(), rowUpdates, withLoad,
                model->rowCount());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"RemoteGPU-bench"_s);
    const QStringList a = QApplication::arguments();
    if (a.size() >= 7 && a.at(1) == u"publish"_s)
        return publish(a.at(2), a.at(3).toInt(), a.at(4).toInt(), a.at(5).toInt(), a.at(6));
    if (a.size() >= 6 &&
        (a.at(1) == u"latency"_s || a.at(1) == u"console"_s || a.at(1) == u"machines"_s)) {
        ApiClient api;
        api.setBaseUrl(QUrl(a.at(2)));
        Session session(&api, u"RemoteGPU Realtime Bench"_s);
        if (a.at(1) == u"latency"_s && a.size() >= 7)
            return latency(api, session, a.at(3), a.at(4), a.at(5).toInt(), a.at(6).toInt());
        if (a.at(1) == u"machines"_s)
            return machines(api, session, a.at(3), a.at(4), a.at(5).toInt());
        return console(api, session, a.at(3), a.at(4), a.at(5).toInt());
    }
    std::fprintf(stderr, "usage: see the header of bench/realtime/realtime_bench.cpp\n");
    return 2;
}
