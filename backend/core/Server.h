#pragma once

#include "DatabaseUrl.h"
#include "MigrationRunner.h"
#include "Result.h"
#include "ServerConfig.h"

#include <QObject>
#include <QSslConfiguration>

#include <memory>

namespace remotegpu {

class AccountChangeListener;
class AllocationSweeper;
class AuthService;
class Clock;
class DatabasePool;
class PgConnection;
class RateLimiter;
class HttpServer;
class RequestMetrics;
class Router;
class WebhookDispatcher;

// One running remotegpu-server: checks and migrates the database, builds the routes, listens,
// and shuts down cleanly. main() and the in-process tests both drive this class.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    // Migrates the database, then listens. An Error says what to fix (unreachable database,
    // edited migration, address in use); nothing is listening then.
    Result<void> start();
    quint16 port() const { return m_port; }

    // Extra routes (tests add slow or failing handlers to exercise the shutdown and error paths).
    Router &router() { return *m_router; }
    AuthService &auth() { return *m_auth; }
    // "Now" for every service this server builds (system time unless a test sets it); there
    // before start(), so a test can set it first.
    Clock &clock() { return *m_clock; }
    // Sends queued webhook deliveries (tests ask it to look now).
    WebhookDispatcher &webhooks() { return *m_webhooks; }

    // Stops accepting, finishes in-flight requests, then emits stopped().
    void shutdown();

Q_SIGNALS:
    void stopped();

private:
    void addSystemRoutes();
    void addApiRoutes();
    Result<void> bootstrapAdmin(PgConnection &connection);
    static Result<QSslConfiguration> loadTlsConfiguration(const QString &certFile,
                                                          const QString &keyFile);

    ServerConfig m_config;
    DatabaseUrl m_url;
    QList<Migration> m_migrations;
    std::unique_ptr<RequestMetrics> m_metrics;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<DatabasePool> m_pool;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<AuthService> m_auth;
    // Every other service, built once in start() and handed to the route tables.
    struct Services;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<AccountChangeListener> m_accountListener;
    std::unique_ptr<AllocationSweeper> m_sweeper;
    std::unique_ptr<WebhookDispatcher> m_webhooks;
    HttpServer *m_http = nullptr;
    quint16 m_port = 0;
};

} // namespace remotegpu
