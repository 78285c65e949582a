#include "ConsoleServer.h"

#include <QHash>
#include <QJsonObject>
#include <QTest>

#include <gtest/gtest.h>

#include <vector>

namespace remotegpu::test {

using namespace Qt::Literals::StringLiterals;

namespace {

QString testPassword(const char *what)
{
    // Fixed per run is fine: the database is thrown away with the test; the policy wants a
    // letter, a digit and some length.
    return u"Console-%1-Test-123"_s.arg(QString::fromLatin1(what));
}

} // namespace

std::unique_ptr<ConsoleServer> ConsoleServer::start(const QString &label,
                                                    const QStringList &extraArgs)
{
    std::unique_ptr<ConsoleServer> server(new ConsoleServer);
    server->m_db = TestDatabase::create(label);
    if (!server->m_db)
        return nullptr;
    server->m_adminPassword = testPassword("admin");
    server->m_demoPassword = testPassword("demo");
    QString error;
    // At the default log level: ServerProcess reads the port from the "listening" line.
    QStringList args{u"--demo"_s, u"--bootstrap-admin"_s, QString::fromLatin1(AdminUser)};
    args += extraArgs;
    server->m_process =
        ServerProcess::start(server->m_db->url(), args, &error, 60000,
                             {u"REMOTEGPU_BOOTSTRAP_PASSWORD="_s + server->m_adminPassword,
                              u"REMOTEGPU_DEMO_PASSWORD="_s + server->m_demoPassword});
    if (!server->m_process) {
        ADD_FAILURE() << "the console's test server did not start: " << error.toStdString();
        return nullptr;
    }
    return server;
}

namespace {

std::unique_ptr<ConsoleServer> &sharedServer()
{
    static std::unique_ptr<ConsoleServer> server;
    return server;
}

std::vector<std::unique_ptr<ConsoleServer>> &keptServers()
{
    static std::vector<std::unique_ptr<ConsoleServer>> servers;
    return servers;
}

} // namespace

ConsoleServer *ConsoleServer::shared()
{
    static bool tried = false;
    if (!tried) {
        tried = true;
        sharedServer() = start(u"console"_s);
    }
    if (!sharedServer())
        ADD_FAILURE() << "no shared console test server";
    return sharedServer().get();
}

ConsoleServer *ConsoleServer::keep(std::unique_ptr<ConsoleServer> server)
{
    ConsoleServer *kept = server.get();
    if (server)
        keptServers().push_back(std::move(server));
    return kept;
}

ConsoleServer *ConsoleServer::ofSuite(const QString &label, const QStringList &extraArgs)
{
    static QHash<QString, ConsoleServer *> started;
    if (!started.contains(label))
        started.insert(label, keep(start(label, extraArgs)));
    ConsoleServer *server = started.value(label);
    if (!server)
        ADD_FAILURE() << "the " << label.toStdString() << " tests' server did not start";
    return server;
}

void ConsoleServer::releaseShared()
{
    sharedServer().reset();
    keptServers().clear();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

std::unique_ptr<SignedInClient> SignedInClient::signIn(const QUrl &server, const QString &user,
                                                       const QString &password)
{
    auto client = std::make_unique<SignedInClient>();
    client->api = std::make_unique<ApiClient>();
    client->api->setBaseUrl(server);
    client->session = std::make_unique<Session>(client->api.get(), u"RemoteGPU Console Test"_s);
    bool answered = false;
    QString failure;
    client->api->post(u"/api/auth/login"_s,
                      QJsonObject{{u"username"_s, user}, {u"password"_s, password}},
                      client->session.get(), [&](Result<QJsonValue> answer) {
                          answered = true;
                          if (!answer.ok()) {
                              failure = answer.error().message;
                              return;
                          }
                          Result<void> applied = client->session->applyTokens(*answer);
                          if (!applied.ok())
                              failure = applied.error().message;
                      });
    if (!waitFor([&] { return answered; })) {
        ADD_FAILURE() << "signing in as " << user.toStdString() << " got no answer in 15 s";
        return nullptr;
    }
    if (!failure.isEmpty()) {
        ADD_FAILURE() << "signing in as " << user.toStdString() << ": " << failure.toStdString();
        return nullptr;
    }
    return client;
}

std::unique_ptr<SignedInClient> SignedInClient::admin(ConsoleServer &server)
{
    return signIn(server.url(), QString::fromLatin1(ConsoleServer::AdminUser),
                  server.adminPassword());
}

} // namespace remotegpu::test
