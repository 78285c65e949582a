// Console benchmarks that need the console's own code in process: the machines view over a large
// fleet (time to the first page, the longest stall of the UI thread while scrolling to the end)
// and the dashboard's memory over many refreshes. bench/console/run.sh prepares the server and
// calls this; figures go to docs/benchmarks.md.
//
//   console_bench machines  SERVER_URL USER PASSWORD
//   console_bench dashboard SERVER_URL USER PASSWORD [REFRESHES] [INTERVAL_MS]
//
// The UI thread's stalls are measured the way a person feels them: a 5 ms timer on the UI
// thread records the longest gap between its ticks while the work runs.

#include "ApiClient.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "SectionFactory.h"
#include "SectionView.h"
#include "Session.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using remotegpu::ApiClient;
using remotegpu::Session;
using remotegpu::ui::MainWindow;
using remotegpu::ui::PagedTableModelBase;
using remotegpu::ui::SectionView;

namespace {

// The longest gap between ticks of a 5 ms timer on this thread since the last reset.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void reset()
    {
        m_worst = 0;
        m_last = m_clock.nsecsElapsed();
    }
    double worstMs() const { return m_worst / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

long residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

bool signIn(ApiClient &api, Session &session, const QString &user, const QString &password)
{
    bool done = false;
    bool ok = false;
    QObject context;
    api.post(u"/api/auth/login"_s, QJsonObject{{u"username"_s, user}, {u"password"_s, password}},
             &context, [&](remotegpu::Result<QJsonValue> answer) {
                 done = true;
                 ok = answer.ok() && session.applyTokens(*answer).ok();
                 if (!answer.ok())
                     std::fprintf(stderr, "sign-in: %s\n", qPrintable(answer.error().message));
             });
    (void)QTest::qWaitFor([&] { return done; }, 30000);
    return ok;
}

int machines(ApiClient &api, Session &session)
{
    SectionView *view = createSectionView(MainWindow::Section::Machines, &api, &session);
    auto *table = view->findChild<QTableView *>();
    if (!table) {
        std::fprintf(stderr, "machines: the Machines view has no table\n");
        return 1;
    }
    auto *model = qobject_cast<PagedTableModelBase *>(table->model());
    if (!model) {
        std::fprintf(stderr, "machines: the table's model is not a PagedTableModel\n");
        return 1;
    }
    view->resize(1440, 900);
    view->show();
    (void)QTest::qWaitForWindowExposed(view);
    StallProbe probe;

    QElapsedTimer clock;
    clock.start();
    probe.reset();
    view->activate();
    if (!QTest::qWaitFor([&] { return model->rowCount() > 0 && !model->isLoading(); }, 30000)) {
        std::fprintf(stderr, "machines: no first page in 30 s\n");
        return 1;
    }
    const double firstPageMs = clock.nsecsElapsed() / 1e6;
    QTest::qWait(50); // the first paint of the rows
    const double firstPageStall = probe.worstMs();

    // Scroll to the end as a person dragging the scroll bar down would, page after page.
    clock.restart();
    probe.reset();
    int steps = 0;
    while (model->rowCount() < model->totalRows() && clock.elapsed() < 600000) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTest::qWait(10);
        ++steps;
    }
    (void)QTest::qWaitFor([&] { return !model->isLoading(); }, 30000);
    const double scrollMs = clock.nsecsElapsed() / 1e6;
    std::printf("machines: %lld rows on the server, first page of %d rows in %.1f ms (worst UI "
                "stall %.1f ms); scrolled to row %d in %.0f ms over %d steps, worst UI stall "
                "%.1f ms\n",
                static_cast<long long>(model->totalRows()), std::min(model->rowCount(), 50),
                firstPageMs, firstPageStall, model->rowCount(), scrollMs, steps, probe.worstMs());
    delete view;
    return model == nullptr ? 1 : 0;
}

int dashboard(ApiClient &api, Session &session, int refreshes, int intervalMs)
{
    SectionView *view = createSectionView(MainWindow::Section::Dashboard, &api, &session);
    view->resize(1440, 900);
    view->show();
    (void)QTest::qWaitForWindowExposed(view);
    view->activate();
    QTest::qWait(2000);
    const long startKiB = residentKiB();
    std::printf("dashboard: RSS after first load %ld KiB\n", startKiB);
    // A refresh every interval_ms stands for the 30 s timer: REFRESHES of them are
    // REFRESHES × 30 s of a person's day.
    long samples[10] = {};
    for (int i = 1; i <= refreshes; ++i) {
        view->refresh();
        QTest::qWait(intervalMs);
        if (i % std::max(1, refreshes / 10) == 0 && i / std::max(1, refreshes / 10) <= 10)
            samples[i / std::max(1, refreshes / 10) - 1] = residentKiB();
    }
    std::printf("dashboard: RSS every %d refreshes (KiB):", std::max(1, refreshes / 10));
    for (long s : samples)
        std::printf(" %ld", s);
    std::printf("\ndashboard: %d refreshes (= %.1f h at one per 30 s); RSS %ld → %ld KiB "
                "(first half grew %ld KiB, second half %ld KiB)\n",
                refreshes, refreshes * 30.0 / 3600.0, startKiB, residentKiB(),
                samples[4] - startKiB, samples[9] - samples[4]);
    delete view;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"RemoteGPU-bench"_s);
    const QStringList args = QApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: console_bench machines|dashboard SERVER_URL USER PASSWORD "
                             "[REFRESHES] [INTERVAL_MS]\n");
        return 2;
    }
    ApiClient api;
    api.setBaseUrl(QUrl(args.at(2)));
    Session session(&api, u"RemoteGPU Console Bench"_s);
    if (!signIn(api, session, args.at(3), args.at(4)))
        return 1;
    if (args.at(1) == u"machines"_s)
        return machines(api, session);
    if (args.at(1) == u"dashboard"_s)
        return dashboard(api, session, args.size() > 5 ? args.at(5).toInt() : 1200,
                         args.size() > 6 ? args.at(6).toInt() : 100);
    std::fprintf(stderr, "console_bench: unknown benchmark %s\n", qPrintable(args.at(1)));
    return 2;
}
