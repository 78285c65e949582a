// The connection layer as an outside client meets it (issue 10 items 1–4): the real server
// binary, raw loopback sockets, bounded counts and times.
#include "HttpTestClient.h"
#include "QtPrinters.h"
#include "Sanitizers.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Resident memory of a process, in kB (/proc/PID/status VmRSS).
qint64 rssKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = status.readAll();
    const qsizetype at = text.indexOf("VmRSS:");
    return at < 0 ? -1
                  : text.mid(at + 6, text.indexOf('\n', at) - at - 6)
                        .trimmed()
                        .split(' ')
                        .first()
                        .toLongLong();
}

// CPU time (user + system) of a process in clock ticks (/proc/PID/stat fields 14 and 15).
qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(3000))
        return nullptr;
    return socket;
}

// Everything the server sends until it closes the connection or `timeoutMs` pass.
QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs, bool *closed = nullptr)
{
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(50);
        out += socket.readAll();
    }
    out += socket.readAll();
    if (closed)
        *closed = socket.state() != QAbstractSocket::ConnectedState;
    return out;
}

// Reads answers until `count` complete ones (by Content-Length) arrived, or `timeoutMs`.
QList<QByteArray> readAnswers(QTcpSocket &socket, int count, int timeoutMs)
{
    QList<QByteArray> answers;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (answers.size() < count && timer.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        buffer += socket.readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            const QByteArray head = buffer.left(end);
            static const QRegularExpression lengthRe(u"(?i)content-length: *(\\d+)"_s);
            const auto m = lengthRe.match(QString::fromLatin1(head));
            const qsizetype length = m.hasMatch() ? m.captured(1).toLongLong() : 0;
            if (buffer.size() < end + 4 + length)
                break;
            answers.append(buffer.left(end + 4 + length));
            buffer.remove(0, end + 4 + length);
        }
    }
    return answers;
}

QByteArray headerOf(const QByteArray &answer, const QByteArray &name)
{
    for (const QByteArray &line : answer.left(answer.indexOf("\r\n\r\n")).split('\n')) {
        const QByteArray prefix = QByteArray(name.toLower() + ':');
        if (line.toLower().startsWith(prefix))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

class HttpConnectionTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        db = TestDatabase::create(u"http_connection"_s, TestDatabase::Schema::Empty).release();
        ASSERT_TRUE(db);
        QString error;
        server = ServerProcess::start(db->url(), {u"--header-timeout"_s, u"2"_s}, &error).release();
        ASSERT_TRUE(server) << qPrintable(error);
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
        delete db;
        db = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(server); }
    static TestDatabase *db;
    static ServerProcess *server;
};
TestDatabase *HttpConnectionTest::db = nullptr;
ServerProcess *HttpConnectionTest::server = nullptr;

} // namespace

TEST_F(HttpConnectionTest, EachFramingErrorIs400AndCloseWithNothingSmuggled)
{
    // Each case is followed by a request of its own; it must never be served.
    const QByteArray smuggled = "GET /api/smuggled-%1 HTTP/1.1\r\nHost: x\r\n\r\n";
    const QList<QPair<QString, QByteArray>> cases = {
        {u"two-content-lengths"_s, "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                   "2\r\nContent-Length: 40\r\n\r\n{}"},
        {u"cl-and-te"_s, "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: "
                         "5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"},
        {u"xchunked"_s,
         "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n"},
        {u"http-9-9"_s, "GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n"},
        {u"bare-lf"_s, "GET /healthz HTTP/1.1\nHost: x\n\n"},
        {u"no-colon"_s, "GET /healthz HTTP/1.1\r\nHost: x\r\nNo colon in this line\r\n\r\n"},
        {u"space-before-colon"_s, "GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n"},
        {u"bad-chunk"_s, "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                         "chunked\r\n\r\n2\r\n{}XX0\r\n\r\n"},
    };
    for (const auto &[name, wire] : cases) {
        auto socket = connectTo(server->port());
        ASSERT_TRUE(socket);
        socket->write(wire + QString::fromLatin1(smuggled).arg(name).toLatin1());
        bool closed = false;
        const QByteArray answer = readUntilClosed(*socket, 5000, &closed);
        EXPECT_TRUE(answer.startsWith("HTTP/1.1 400 "))
            << qPrintable(name) << ": " << answer.constData();
        EXPECT_EQ(answer.count("HTTP/1.1 "), 1) << qPrintable(name) << ": " << answer.constData();
        EXPECT_TRUE(closed) << qPrintable(name) << ": the connection stayed open";
        EXPECT_TRUE(answer.contains("Connection: close")) << qPrintable(name);
    }
    QTest::qWait(200);
    EXPECT_FALSE(server->log().contains(u"/api/smuggled"_s))
        << qPrintable(server->log().right(3000));
}

TEST_F(HttpConnectionTest, PipelinedAnswersComeBackInRequestOrder)
{
    // Fast and slow routes mixed (/readyz waits for the database, /healthz does not), so the
    // workers finish out of order; the answers must not.
    auto socket = connectTo(server->port());
    ASSERT_TRUE(socket);
    const int count = 48;
    QByteArray wire;
    for (int i = 0; i < count; ++i) {
        const char *path = i % 3 == 0 ? "/readyz" : i % 3 == 1 ? "/healthz" : "/metrics";
        wire += "GET " + QByteArray(path) + " HTTP/1.1\r\nHost: x\r\nX-Trace-Id: order-" +
                QByteArray::number(i).rightJustified(4, '0') + "\r\n\r\n";
    }
    socket->write(wire);
    const QList<QByteArray> answers = readAnswers(*socket, count, 20000);
    ASSERT_EQ(answers.size(), count);
    for (int i = 0; i < count; ++i)
        EXPECT_EQ(headerOf(answers[i], "X-Trace-Id"),
                  "order-" + QByteArray::number(i).rightJustified(4, '0'));
}

TEST_F(HttpConnectionTest, HeadersBeyondTheLimitAre431)
{
    auto socket = connectTo(server->port());
    ASSERT_TRUE(socket);
    socket->write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(1024 * 1024, 'a'));
    bool closed = false;
    const QByteArray answer = readUntilClosed(*socket, 5000, &closed);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 431 ")) << answer.left(300).constData();
    EXPECT_TRUE(closed);
}

TEST_F(HttpConnectionTest, ADeclared500MBBodyIsRefusedBeforeItIsSent)
{
    auto socket = connectTo(server->port());
    ASSERT_TRUE(socket);
    QElapsedTimer timer;
    timer.start();
    socket->write("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: 524288000\r\n\r\n");
    bool closed = false;
    const QByteArray answer = readUntilClosed(*socket, 5000, &closed);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 413 ")) << answer.constData();
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_TRUE(closed);

    // With Expect: 100-continue, the same early 413 instead of a 100; a body within the limit
    // gets its 100 first.
    auto expecting = connectTo(server->port());
    ASSERT_TRUE(expecting);
    expecting->write("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n"
                     "Expect: 100-continue\r\n\r\n");
    const QByteArray refused = readUntilClosed(*expecting, 5000);
    EXPECT_TRUE(refused.startsWith("HTTP/1.1 413 ")) << refused.constData();
    EXPECT_FALSE(refused.contains("100 Continue"));

    auto small = connectTo(server->port());
    ASSERT_TRUE(small);
    const QByteArray body = R"({"username":"nobody","password":"x"})";
    small->write("POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: " +
                 QByteArray::number(body.size()) + "\r\nExpect: 100-continue\r\n\r\n");
    ASSERT_TRUE(small->waitForReadyRead(3000));
    EXPECT_EQ(small->readAll(), "HTTP/1.1 100 Continue\r\n\r\n");
    small->write(body);
    const QList<QByteArray> answers = readAnswers(*small, 1, 5000);
    ASSERT_EQ(answers.size(), 1);
    EXPECT_TRUE(answers.first().startsWith("HTTP/1.1 401 ")) << answers.first().constData();
}

TEST_F(HttpConnectionTest, FourConcurrentOversizedBodiesKeepMemoryFlat)
{
    // To the import, the route with the largest limit (16 MiB): two declared (Content-Length
    // 200 MB, sent anyway) and two chunked without end, sent as fast as the server takes them,
    // for up to 6 s. The declared ones are refused by their length; the chunked ones are counted
    // while they arrive and refused at the limit.
    const qint64 idleKb = rssKb(server->pid());
    ASSERT_GT(idleKb, 0);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 4; ++i) {
        auto s = connectTo(server->port());
        ASSERT_TRUE(s);
        if (i < 2)
            s->write("POST /api/admin/machines/import HTTP/1.1\r\nHost: x\r\nContent-Length: "
                     "209715200\r\n\r\n");
        else
            s->write("POST /api/admin/machines/import HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                     "chunked\r\n\r\n");
        sockets.push_back(std::move(s));
    }
    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n";
    std::vector<QByteArray> answers(4);
    qint64 peakKb = idleKb;
    QElapsedTimer timer;
    timer.start();
    qint64 sentBytes = 0;
    while (timer.elapsed() < 6000) {
        bool allAnswered = true;
        for (size_t i = 0; i < sockets.size(); ++i) {
            QTcpSocket &s = *sockets[i];
            answers[i] += s.readAll();
            for (int k = 0; k < 8 && s.state() == QAbstractSocket::ConnectedState &&
                            s.bytesToWrite() < 1024 * 1024;
                 ++k) {
                s.write(chunk);
                sentBytes += chunk.size();
            }
            allAnswered = allAnswered && answers[i].startsWith("HTTP/1.1 413 ");
        }
        QTest::qWait(5);
        peakKb = std::max(peakKb, rssKb(server->pid()));
        if (allAnswered && timer.elapsed() > 1500)
            break;
    }
    for (size_t i = 0; i < sockets.size(); ++i) {
        answers[i] += sockets[i]->readAll();
        EXPECT_TRUE(answers[i].startsWith("HTTP/1.1 413 "))
            << i << ": " << answers[i].left(200).constData();
        std::printf("[ figures  ] body %zu: %s\n", i,
                    answers[i].mid(answers[i].indexOf("\"message\"")).left(110).constData());
    }
    std::printf(
        "[ figures  ] 4 oversized bodies: %lld MB offered, server RSS idle %lld kB, peak %lld kB\n",
        sentBytes / (1024 * 1024), idleKb, peakKb);
    if (!builtWithAddressSanitizer()) {
        EXPECT_LT(peakKb - idleKb, 100 * 1024);
    }
}

TEST_F(HttpConnectionTest, AClientThatNeverReadsIsBounded)
{
    const qint64 idleKb = rssKb(server->pid());
    auto flooder = connectTo(server->port());
    ASSERT_TRUE(flooder);
    // 500,000 pipelined requests (17 MB, more than the kernel's socket buffers hold; their
    // answers would be 240 MB), written as far as the server lets them in, and no answer read.
    const int total = 500000;
    const QByteArray request = "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n";
    QByteArray all;
    all.reserve(request.size() * total);
    for (int i = 0; i < total; ++i)
        all += request;
    flooder->setReadBufferSize(1);
    flooder->write(all);
    const auto answered = [&] { return int(server->log().count(u"\"path\":\"/metrics\""_s)); };
    // The server must stop answering: wait until the count of answers has not moved for 1.5 s
    // (how soon depends on the build's speed: later under ASan), then watch 1.5 s more.
    QElapsedTimer timer, still;
    timer.start();
    still.start();
    qint64 peakKb = idleKb;
    int early = -1, seen = 0;
    while (timer.elapsed() < 15000) {
        QTest::qWait(50);
        peakKb = std::max(peakKb, rssKb(server->pid()));
        if (const int now = answered(); now != seen) {
            seen = now;
            still.restart();
        }
        if (early < 0 && seen > 0 && still.elapsed() >= 1500) {
            early = seen;
            still.restart();
        }
        if (early >= 0 && still.elapsed() >= 1500)
            break;
    }
    const int late = answered();
    std::printf("[ figures  ] non-reading client: %d of %d requests answered (%d when they "
                "stopped, after %lld ms), %lld request bytes left unsent; server RSS idle %lld "
                "kB, peak %lld kB\n",
                late, total, early, timer.elapsed(), flooder->bytesToWrite(), idleKb, peakKb);
    ASSERT_GE(early, 0) << "the server never stopped answering a client that reads nothing";
    EXPECT_LT(late, total);
    EXPECT_EQ(late, early) << "the server kept answering a client that reads nothing";
    EXPECT_GT(flooder->bytesToWrite(), 0);
    if (!builtWithAddressSanitizer()) {
        EXPECT_LT(peakKb - idleKb, 50 * 1024);
    }
    // Everyone else is still served.
    HttpTestClient http(server->baseUrl());
    QElapsedTimer answeredIn;
    answeredIn.start();
    EXPECT_EQ(http.send("GET", u"/healthz"_s, {}, {}, 2000).status, 200);
    EXPECT_LT(answeredIn.elapsed(), 1000);
}

TEST_F(HttpConnectionTest, SlowHeadsAndSilentConnectionsAreClosed)
{
    // --header-timeout 2: a head trickling in gets 408; a connection that says nothing is closed.
    auto slow = connectTo(server->port());
    auto silent = connectTo(server->port());
    ASSERT_TRUE(slow && silent);
    slow->write("GET /healthz HTTP/1.1\r\nHost: x\r\n");
    QElapsedTimer timer;
    timer.start();
    bool closed = false;
    const QByteArray answer = readUntilClosed(*slow, 6000, &closed);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 408 ")) << answer.constData();
    EXPECT_TRUE(closed);
    EXPECT_LT(timer.elapsed(), 4500);
    bool silentClosed = false;
    EXPECT_EQ(readUntilClosed(*silent, 3000, &silentClosed), QByteArray());
    EXPECT_TRUE(silentClosed);
}

TEST(HttpConnection, ConnectionsPerClientAreCapped)
{
    auto db = TestDatabase::create(u"http_per_client"_s, TestDatabase::Schema::Empty);
    ASSERT_TRUE(db);
    QString error;
    auto server =
        ServerProcess::start(db->url(), {u"--max-connections-per-client"_s, u"4"_s}, &error);
    ASSERT_TRUE(server) << qPrintable(error);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(connectTo(server->port()));
        ASSERT_TRUE(held.back());
    }
    QTest::qWait(200);
    auto fifth = connectTo(server->port());
    ASSERT_TRUE(fifth);
    fifth->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray answer = readUntilClosed(*fifth, 3000);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 503 ")) << answer.constData();
    held.clear();
    QTest::qWait(200);
    HttpTestClient http(server->baseUrl());
    EXPECT_EQ(http.get(u"/healthz"_s).status, 200);
}

TEST(HttpConnection, MoreIdleConnectionsThanDescriptorsStillServeANewClient)
{
    auto db = TestDatabase::create(u"http_emfile"_s, TestDatabase::Schema::Empty);
    ASSERT_TRUE(db);
    QString error;
    // Under the sanitizers, UBSan's vptr check cannot work in a process with no descriptor left
    // (the suppression file says why): this server alone runs without that one check.
    QStringList environment;
    if (builtWithAddressSanitizer())
        environment << u"UBSAN_OPTIONS="_s + qEnvironmentVariable("UBSAN_OPTIONS") +
                           u":suppressions="_s +
                           QStringLiteral(REMOTEGPU_UBSAN_OUT_OF_DESCRIPTORS_SUPP);
    auto server = ServerProcess::start(
        db->url(), {u"--max-connections-per-client"_s, u"100000"_s, u"--workers"_s, u"2"_s}, &error,
        60000, environment);
    ASSERT_TRUE(server) << qPrintable(error);
    HttpTestClient http(server->baseUrl());
    ASSERT_EQ(http.get(u"/readyz"_s).status, 200); // the workers' database connections are open
    // The server's descriptor limit lowered under it, as `prlimit --nofile=128 --pid` would.
    const rlimit low{128, 128};
    ASSERT_EQ(::prlimit(pid_t(server->pid()), RLIMIT_NOFILE, &low, nullptr), 0)
        << std::strerror(errno);

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 300; ++i) {
        auto s = connectTo(server->port());
        ASSERT_TRUE(s) << "connection " << i;
        idle.push_back(std::move(s));
    }
    QTest::qWait(500);
    // No busy loop: the CPU the server uses while holding them.
    const qint64 ticksBefore = cpuTicks(server->pid());
    QTest::qWait(2000);
    const double cpuShare =
        double(cpuTicks(server->pid()) - ticksBefore) / double(sysconf(_SC_CLK_TCK)) / 2.0;

    QElapsedTimer timer;
    timer.start();
    const HttpResult health = http.send("GET", u"/healthz"_s, {}, {}, 3000);
    const qint64 elapsed = timer.elapsed();
    std::printf("[ figures  ] 300 idle connections at nofile 128: server CPU %.1f %% over 2 s; "
                "new /healthz answered %d in %lld ms\n",
                cpuShare * 100.0, health.status, elapsed);
    EXPECT_EQ(health.status, 200) << qPrintable(health.error);
    EXPECT_LT(elapsed, 1000);
    EXPECT_LT(cpuShare, 0.2);
    const int warnings = int(server->log().count(u"out of file descriptors"_s));
    EXPECT_GE(warnings, 1);
    EXPECT_LE(warnings, 2) << "the warning is rate-limited to one per 10 s";
}
