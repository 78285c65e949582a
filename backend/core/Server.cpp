#include "Server.h"

#include "AccountStates.h"
#include "AgentEnrollmentService.h"
#include "AlertRuleService.h"
#include "AlertService.h"
#include "AllocationService.h"
#include "AllocationSweeper.h"
#include "ApiRoutes.h"
#include "AuditService.h"
#include "AuthService.h"
#include "Clock.h"
#include "CustomerMachineService.h"
#include "CustomerService.h"
#include "DashboardService.h"
#include "DatabasePool.h"
#include "DemoData.h"
#include "FirstAdmin.h"
#include "HeartbeatIngestService.h"
#include "HostLivenessMonitor.h"
#include "HttpServer.h"
#include "JsonLog.h"
#include "MachineImportService.h"
#include "MachineService.h"
#include "MetricsMaintenance.h"
#include "MonitoringService.h"
#include "MonitoringSocketHub.h"
#include "NotificationService.h"
#include "PasswordHasher.h"
#include "PgConnection.h"
#include "ProfileService.h"
#include "RateLimiter.h"
#include "RequestMetrics.h"
#include "Router.h"
#include "SettingsService.h"
#include "SigningKeyRepository.h"
#include "SqlSession.h"
#include "SshKeyService.h"
#include "StatisticsService.h"
#include "TaskService.h"
#include "WebhookDispatcher.h"
#include "WebhookService.h"
#include "WorkspaceService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

// One of each service the API routes call, over the server's pool and clock.
struct Server::Services
{
    Services(DatabasePool &pool, const Clock &clock, RateLimiter &limiter, AuthService &auth,
             WebhookDispatcher &dispatcher, const QString &metricsToken)
        : audit(pool)
        , machines(pool)
        , machineImports(pool, limiter)
        , allocations(pool, clock, limiter)
        // Changed accounts stop being honoured at once (their cached state is dropped).
        , customers(pool, clock, [&auth](qint64 id) { auth.forgetAccount(id); })
        , workspaces(pool)
        , settings(pool)
        , notifications(pool)
        , profiles(pool)
        , sshKeys(pool)
        , dashboard(pool, clock)
        , statistics(pool, clock)
        , customerMachines(pool, clock)
        , tasks(pool)
        , alerts(pool, clock)
        , alertRules(pool, clock)
        , webhooks(pool, [&dispatcher] { dispatcher.deliverNow(); })
        , heartbeats(pool, clock)
        , agentEnrollment(pool, clock, limiter)
        , liveness(pool, clock)
        , metricsMaintenance(pool, clock)
        , monitoring(pool, clock, metricsToken)
    {}

    AuditService audit;
    MachineService machines;
    MachineImportService machineImports;
    AllocationService allocations;
    CustomerService customers;
    WorkspaceService workspaces;
    SettingsService settings;
    NotificationService notifications;
    ProfileService profiles;
    SshKeyService sshKeys;
    DashboardService dashboard;
    StatisticsService statistics;
    CustomerMachineService customerMachines;
    TaskService tasks;
    AlertService alerts;
    AlertRuleService alertRules;
    WebhookService webhooks;
    // The agents' side: enrollment, heartbeat ingest, the offline detector and the metric
    // tables' lifecycle (the last two on timers, stopped when this is destroyed).
    HeartbeatIngestService heartbeats;
    AgentEnrollmentService agentEnrollment;
    HostLivenessMonitor liveness;
    MetricsMaintenance metricsMaintenance;
    MonitoringService monitoring;
};

Server::Server(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(std::make_unique<RequestMetrics>())
    , m_clock(std::make_unique<Clock>())
{}

Server::~Server()
{
    delete m_http;
    m_http = nullptr;
    m_accountListener.reset();
    m_services.reset();
    m_auth.reset();
    m_sweeper.reset(); // waits for a sweep in flight, which needs the pool
    m_webhooks.reset();
    m_pool.reset(); // joins the workers, closing their connections
}

Result<QSslConfiguration> Server::loadTlsConfiguration(const QString &certFile,
                                                       const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty())
        return Error::badRequest(
            u"--tls-cert %1 holds no PEM certificate (or cannot be read)"_s.arg(certFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badRequest(
            u"--tls-key %1 cannot be read: %2"_s.arg(keyFile, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Opaque}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error::badRequest(
            u"--tls-key %1 is not an unencrypted PEM RSA or EC private key"_s.arg(keyFile));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(
        QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    return tls;
}

Result<void> Server::bootstrapAdmin(PgConnection &)
{
    return FirstAdmin::createIfNone(m_url, m_config.bootstrapAdmin);
}

Result<void> Server::start()
{
    auto url = DatabaseUrl::parse(m_config.databaseUrl);
    if (!url)
        return url.error();
    m_url = *url;

    auto migrations = MigrationRunner::bundled();
    if (!migrations)
        return migrations.error();
    m_migrations = *migrations;
    {
        auto connection = PgConnection::open(m_config.databaseUrl);
        if (!connection)
            return Error::unavailable(connection.error().message + u" (database URL "_s +
                                      m_url.redacted() + u')');
        MigrationRunner runner(*connection);
        auto report = runner.migrate(m_migrations);
        if (!report)
            return report.error();
        JsonLog::event(lcDb(), QtInfoMsg, u"migrations"_s,
                       {{u"applied"_s, QJsonArray::fromStringList(report->applied)},
                        {u"alreadyApplied"_s, report->alreadyApplied}});
        if (m_config.demo) {
            auto demo =
                DemoData::loadIfEmpty(*connection, qEnvironmentVariable("REMOTEGPU_DEMO_PASSWORD"));
            if (!demo)
                return demo.error();
            JsonLog::event(lcServer(), QtInfoMsg,
                           demo->loaded ? u"demo data loaded"_s
                                        : u"demo data skipped: the database already has machines"_s,
                           {{u"hosts"_s, demo->hosts}, {u"customers"_s, demo->customers}});
        }
    }

    auto authSettings = m_config.authSettings();
    if (!authSettings)
        return authSettings.error();
    std::shared_ptr<const AccessTokenCodec> codec;
    {
        auto connection = PgConnection::open(m_config.databaseUrl);
        if (!connection)
            return connection.error();
        auto keys = SigningKeyRepository::loadOrCreate(*connection);
        if (!keys)
            return keys.error();
        codec = std::make_shared<const AccessTokenCodec>(*keys);
        if (auto r = bootstrapAdmin(*connection); !r)
            return r;
    }

    m_pool = std::make_unique<DatabasePool>(m_url, m_config.workers);
    auto proxies = ClientAddressResolver::fromList(m_config.value(u"trusted-proxies"_s));
    if (!proxies)
        return proxies.error();
    m_router =
        std::make_unique<Router>(Router::Options{m_config.maxBodyBytes, *proxies}, m_metrics.get());
    addSystemRoutes();
    m_limiter = std::make_unique<RateLimiter>();
    m_auth = std::make_unique<AuthService>(*m_pool, codec, *authSettings, *m_limiter, *m_clock);
    m_accountListener =
        std::make_unique<AccountChangeListener>(m_config.databaseUrl, m_auth->accountStates());
    m_accountListener->start();
    m_router->setTokenVerifier(
        [auth = m_auth.get()](const QString &token) { return auth->verifyAccessToken(token); });
    // Sends the webhook deliveries the database queues, on a thread of its own.
    m_webhooks = std::make_unique<WebhookDispatcher>(*m_pool, *m_clock);
    m_services = std::make_unique<Services>(*m_pool, *m_clock, *m_limiter, *m_auth, *m_webhooks,
                                            m_config.value(u"metrics-token"_s));
    addApiRoutes();
    if (const QString token = m_config.agentEnrollToken.isEmpty()
                                  ? m_config.value(u"agent-enrollment-token"_s)
                                  : m_config.agentEnrollToken;
        !token.isEmpty())
        if (auto r = m_services->agentEnrollment.setEnrollmentToken(token); !r)
            return r.error();
    m_services->liveness.start();
    m_services->metricsMaintenance.start();
    // Expires allocations, activates pending ones and sends expiry reminders in the background.
    m_sweeper = std::make_unique<AllocationSweeper>(*m_pool, *m_clock);
    m_sweeper->start();
    m_webhooks->start();

    m_http = new HttpServer(*m_router, m_pool->threadPool(), m_config.http);
    std::optional<QSslConfiguration> tlsConfiguration;
    if (m_config.isSet(u"tls-cert"_s)) {
        auto tls =
            loadTlsConfiguration(m_config.value(u"tls-cert"_s), m_config.value(u"tls-key"_s));
        if (!tls) {
            delete m_http;
            m_http = nullptr;
            return tls.error();
        }
        tlsConfiguration = *tls;
    }
    auto port = m_http->listen(m_config.listenAddress, m_config.listenPort, tlsConfiguration);
    if (!port) {
        delete m_http;
        m_http = nullptr;
        return port.error();
    }
    m_port = *port;
    // The live fleet feed (WS /ws/admin/monitoring), fed by LISTEN remotegpu_fleet; a child of
    // this Server, found again at shutdown.
    MonitoringOptions monitoring;
    monitoring.allowedOrigins =
        m_config.value(u"ws-allowed-origins"_s).split(u',', Qt::SkipEmptyParts);
    monitoring.maxUnsentBytes = m_config.http.maxUnsentBytes;
    auto *hub = new MonitoringSocketHub(
        [auth = m_auth.get()](const QString &token) { return auth->verifyAccessToken(token); },
        [auth = m_auth.get()](qint64 id) { auth->forgetAccount(id); }, m_pool->threadPool(),
        *m_clock, monitoring, this);
    hub->listen(m_config.databaseUrl);
    m_http->addWebSocketRoute(u"/ws/admin/monitoring"_s, hub->route());
    connect(m_http, &HttpServer::drained, this, &Server::stopped);
    JsonLog::event(lcServer(), QtInfoMsg, u"listening"_s,
                   {{u"address"_s, m_config.listenAddress.toString()},
                    {u"tls"_s, m_config.isSet(u"tls-cert"_s)},
                    {u"port"_s, int(m_port)},
                    {u"workers"_s, m_config.workers},
                    {u"maxConnections"_s, m_config.http.maxConnections}});
    return {};
}

void Server::shutdown()
{
    if (!m_http) {
        Q_EMIT stopped();
        return;
    }
    JsonLog::event(lcServer(), QtInfoMsg, u"shutting down"_s,
                   {{u"inFlight"_s, m_http->inFlight()}});
    if (auto *hub = findChild<MonitoringSocketHub *>())
        hub->closeAll();
    m_http->beginShutdown();
}

void Server::addApiRoutes()
{
    Router &router = *m_router;
    Services &s = *m_services;
    registerAuthRoutes(router, *m_auth);
    registerAuditRoutes(router, s.audit);
    registerMachineImportRoutes(router, s.machineImports);
    router.setMaxBodyBytes(HttpMethod::Post, u"/api/admin/machines/import"_s,
                           m_config.http.maxImportBodyBytes);
    registerMachineRoutes(router, s.machines);
    registerAllocationRoutes(router, s.allocations);
    registerCustomerRoutes(router, s.customers);
    registerWorkspaceRoutes(router, s.workspaces);
    registerSettingsRoutes(router, s.settings);
    registerNotificationRoutes(router, s.notifications);
    registerCustomerSettingsRoutes(router, s.profiles, s.notifications, s.sshKeys);
    registerDashboardRoutes(router, s.dashboard);
    registerStatisticsRoutes(router, s.statistics);
    registerCustomerMachineRoutes(router, s.customerMachines);
    registerTaskRoutes(router, s.tasks);
    registerAlertRoutes(router, s.alerts, s.alertRules);
    registerWebhookRoutes(router, s.webhooks);
    registerAgentRoutes(router, s.heartbeats, s.agentEnrollment);
    registerMonitoringRoutes(router, s.monitoring);
}

void Server::addSystemRoutes()
{
    m_router->add(HttpMethod::Get, u"/healthz"_s, Permission::publicRoute(),
                  [](RequestContext &ctx) {
                      return ctx.ok(QJsonObject{{u"status"_s, u"ok"_s}});
                  });

    m_router->add(
        HttpMethod::Get, u"/readyz"_s, Permission::publicRoute(), [this](RequestContext &ctx) {
            auto session = SqlSession::open(*m_pool);
            // Public: "unreachable", never where the database is or what it said (that is logged).
            if (!session)
                return ctx.fail(Error::unavailable(u"database unreachable"_s));
            auto rows = session->exec(
                u"SELECT version, name, checksum FROM schema_migrations ORDER BY version"_s);
            if (!rows)
                return ctx.fail(Error::unavailable(u"database unreachable"_s));
            QList<AppliedMigration> applied;
            while ((*rows)->next())
                applied.append({(*rows)->value(0).toInt(), (*rows)->value(1).toString(),
                                (*rows)->value(2).toString().toLatin1()});
            // The same rules as the start-up check (MigrationRunner), answered as "not ready".
            if (auto complete = MigrationRunner::checkComplete(applied, m_migrations); !complete)
                return ctx.fail(Error::unavailable(complete.error().message));
            return ctx.ok(QJsonObject{{u"status"_s, u"ready"_s},
                                      {u"database"_s, u"ok"_s},
                                      {u"migrations"_s, int(applied.size())}});
        });

    m_router->add(
        HttpMethod::Get, u"/metrics"_s, Permission::publicRoute(), [this](RequestContext &) {
            return ApiResponse::raw(200,
                                    QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                                    m_metrics->renderPrometheus());
        });
}

} // namespace remotegpu
