#pragma once

#include "ApiClient.h"
#include "ServerProcess.h"
#include "Session.h"
#include "TestDatabase.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace remotegpu::test {

// A real remotegpu-server process for the console's tests: a fresh database with the demo data
// (three tenants, 24 machines, allocations, a day of metrics) and a bootstrap admin. One is
// started per test program on first use and shared, since every console test only needs a
// server to talk to; tests that change data make their own rows (unique names) or start their
// own with start().
class ConsoleServer
{
public:
    static constexpr const char *AdminUser = "admin";

    // The shared server; fails the calling test (and returns nullptr) when it cannot start.
    static ConsoleServer *shared();
    // Stops the shared server and drops its database; main() calls it while the application
    // object still exists (a static destructor would run after it, with QProcess unusable).
    static void releaseShared();
    // A suite's own server, kept until releaseShared() like the shared one (a static owner would
    // be destroyed after the application object, where QProcess and QSqlDatabase crash).
    static ConsoleServer *keep(std::unique_ptr<ConsoleServer> server);
    // A suite's own server, started on the first call for `label` and kept like the shared one;
    // later calls give the same one. Fails the calling test (and returns nullptr) when it cannot
    // start.
    static ConsoleServer *ofSuite(const QString &label, const QStringList &extraArgs = {});
    // A server of one's own, e.g. with a short access-token lifetime. `extraArgs` go to the server.
    static std::unique_ptr<ConsoleServer> start(const QString &label,
                                                const QStringList &extraArgs = {});

    QUrl url() const { return m_process->baseUrl(); }
    TestDatabase &db() { return *m_db; }
    ServerProcess &process() { return *m_process; }
    QString adminPassword() const { return m_adminPassword; }
    // The password of every demo account (acme, galaxy, deepblue and their members).
    QString demoPassword() const { return m_demoPassword; }

private:
    ConsoleServer() = default;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_process;
    QString m_adminPassword;
    QString m_demoPassword;
};

// An ApiClient and a Session signed in to a server through the real /api/auth/login, as the
// console's login dialog does it. The keychain is unreachable in these tests, so nothing is
// stored.
struct SignedInClient
{
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<Session> session;

    // Fails the calling test (and returns nullptr) when the sign-in does not succeed in 15 s.
    static std::unique_ptr<SignedInClient> signIn(const QUrl &server, const QString &user,
                                                  const QString &password);
    static std::unique_ptr<SignedInClient> admin(ConsoleServer &server);
};

// Runs the event loop until `done` is true or `timeoutMs` passes; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 15000);

} // namespace remotegpu::test
