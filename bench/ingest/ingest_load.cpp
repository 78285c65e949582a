// Heartbeat load generator: N pre-registered hosts (agent tokens "bench-token-<i>", hosts
// "bench-<i>", see run.sh) each post one heartbeat with G GPUs every INTERVAL seconds, spread
// evenly over the interval, over C keep-alive HTTP/1.1 connections. Prints what was sent, what
// the server refused or lost, and the client-side latency percentiles.
//
//   ingest_load HOST PORT HOSTS GPUS INTERVAL_S DURATION_S CONNECTIONS
//
// Plain sockets and threads (no Qt), so the generator costs the 2-core machine as little as
// possible: one thread per connection, each owning every C-th host.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Totals
{
    std::atomic<long> sent{0}, ok{0}, refused{0}, failed{0}, late{0};
    std::mutex lock;
    std::vector<double> latenciesMs;
};

int connectTo(const char *host, int port)
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(port));
    inet_pton(AF_INET, host, &addr.sin_addr);
    if (connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        close(fd);
        return -1;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

std::string isoNow()
{
    const auto now = std::chrono::system_clock::now();
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const time_t secs = time_t(ms / 1000);
    tm utc{};
    gmtime_r(&secs, &utc);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(ms % 1000));
    return buf;
}

std::string body(long sequence, int gpus, int interval, unsigned seed)
{
    std::string out =
        "{\"agentVersion\":\"bench\",\"sequence\":" + std::to_string(sequence) +
        ",\"intervalSeconds\":" + std::to_string(interval) + ",\"collectedAt\":\"" + isoNow() +
        "\",\"bufferedDropped\":0,\"host\":{\"cpuUsagePercent\":" + std::to_string(20 + seed % 50) +
        ",\"memoryUsed\":68719476736,\"memoryUsagePercent\":50,\"diskUsed\":1099511627776,"
        "\"diskUsagePercent\":40,\"networkRxBytes\":123456789,\"networkTxBytes\":98765432,"
        "\"gpuAvgUtilization\":60,\"gpuAvgTemperature\":65,\"gpuAvgPower\":400},\"gpus\":[";
    for (int g = 0; g < gpus; ++g) {
        out += (g ? ",{" : "{");
        out += "\"gpuIndex\":" + std::to_string(g) +
               ",\"utilizationPercent\":" + std::to_string((seed + g * 7) % 100) +
               ",\"memoryUsed\":40000,\"memoryUsagePercent\":49,\"temperature\":" +
               std::to_string(50 + (seed + g) % 30) +
               ",\"powerDraw\":350.5,\"fanSpeedPercent\":40,\"smClock\":1980,\"memoryClock\":2619,"
               "\"processCount\":1}";
    }
    out += "],\"gpuHealth\":[";
    for (int g = 0; g < gpus; ++g) {
        out += (g ? ",{" : "{");
        out += "\"gpuIndex\":" + std::to_string(g) +
               ",\"name\":\"NVIDIA H100 80GB HBM3\",\"healthy\":true}";
    }
    out += "]}";
    return out;
}

// Sends one request and reads the whole answer; the HTTP status, or -1 when the connection broke.
int exchange(int fd, const std::string &request)
{
    size_t off = 0;
    while (off < request.size()) {
        const ssize_t n = send(fd, request.data() + off, request.size() - off, MSG_NOSIGNAL);
        if (n <= 0)
            return -1;
        off += size_t(n);
    }
    std::string in;
    char buf[8192];
    size_t headerEnd = std::string::npos;
    size_t length = 0;
    while (true) {
        const ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            return -1;
        in.append(buf, size_t(n));
        if (headerEnd == std::string::npos) {
            headerEnd = in.find("\r\n\r\n");
            if (headerEnd == std::string::npos)
                continue;
            std::string head = in.substr(0, headerEnd);
            std::transform(head.begin(), head.end(), head.begin(), ::tolower);
            const size_t cl = head.find("content-length:");
            length = cl == std::string::npos ? 0 : size_t(std::atol(head.c_str() + cl + 15));
        }
        if (in.size() >= headerEnd + 4 + length)
            return std::atoi(in.c_str() + 9);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 8) {
        std::fprintf(stderr, "usage: %s HOST PORT HOSTS GPUS INTERVAL_S DURATION_S CONNECTIONS\n",
                     argv[0]);
        return 2;
    }
    const char *host = argv[1];
    const int port = std::atoi(argv[2]);
    const int hosts = std::atoi(argv[3]);
    const int gpus = std::atoi(argv[4]);
    const int interval = std::atoi(argv[5]);
    const int duration = std::atoi(argv[6]);
    const int connections = std::max(1, std::atoi(argv[7]));
    Totals totals;
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(duration);

    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            int fd = connectTo(host, port);
            std::vector<int> mine;
            for (int i = c; i < hosts; i += connections)
                mine.push_back(i);
            if (mine.empty())
                return;
            std::vector<double> local;
            // Host i is due at start + (i / hosts) * interval, then every interval.
            const double step = double(interval) / double(hosts);
            long round = 0;
            while (true) {
                for (int i : mine) {
                    const auto due =
                        start + std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(round * interval + i * step));
                    if (due >= end)
                        goto done;
                    std::this_thread::sleep_until(due);
                    if (Clock::now() - due > std::chrono::seconds(interval))
                        totals.late++;
                    const std::string payload =
                        body(round + 1, gpus, interval, unsigned(i * 31 + round));
                    const std::string request =
                        "POST /api/agent/heartbeat HTTP/1.1\r\nHost: bench\r\n"
                        "Content-Type: application/json\r\nAuthorization: Bearer bench-token-" +
                        std::to_string(i) +
                        "\r\nContent-Length: " + std::to_string(payload.size()) + "\r\n\r\n" +
                        payload;
                    const auto t0 = Clock::now();
                    totals.sent++;
                    int status = fd >= 0 ? exchange(fd, request) : -1;
                    if (status < 0) {
                        if (fd >= 0)
                            close(fd);
                        fd = connectTo(host, port);
                        status = fd >= 0 ? exchange(fd, request) : -1;
                    }
                    local.push_back(
                        std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                    if (status == 200)
                        totals.ok++;
                    else if (status > 0)
                        totals.refused++;
                    else
                        totals.failed++;
                }
                ++round;
            }
        done:
            if (fd >= 0)
                close(fd);
            std::lock_guard<std::mutex> g(totals.lock);
            totals.latenciesMs.insert(totals.latenciesMs.end(), local.begin(), local.end());
        });
    }
    for (auto &t : threads)
        t.join();
    auto &l = totals.latenciesMs;
    std::sort(l.begin(), l.end());
    const auto pct = [&](double p) {
        return l.empty() ? 0.0 : l[std::min(l.size() - 1, size_t(p * double(l.size())))];
    };
    std::printf("hosts=%d gpus=%d interval=%ds duration=%ds connections=%d\n", hosts, gpus,
                interval, duration, connections);
    std::printf("sent=%ld ok=%ld refused=%ld failed=%ld late=%ld rate=%.1f/s\n", totals.sent.load(),
                totals.ok.load(), totals.refused.load(), totals.failed.load(), totals.late.load(),
                double(totals.sent.load()) / duration);
    std::printf("latency_ms p50=%.1f p95=%.1f p99=%.1f max=%.1f\n", pct(0.50), pct(0.95), pct(0.99),
                l.empty() ? 0.0 : l.back());
    return totals.refused.load() + totals.failed.load() == 0 ? 0 : 1;
}
