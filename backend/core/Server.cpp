#include "Server.h"

#include "AccountStates.h"
#include "AllocationSweeper.h"
#include "Clock.h"
#include "ApiRoutes.h"
#include "AuthService.h"
#include "DatabasePool.h"
#include "DemoData.h"
#include "HttpServer.h"
#include "JsonLog.h"
#include "PasswordHasher.h"
#include "PgConnection.h"
#include "RateLimiter.h"
#include "RequestMetrics.h"
#include "Router.h"
#include "ServerContext.h"
#include "SigningKeyRepository.h"
#include "SqlSession.h"

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

Server::Server(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(std::make_unique<RequestMetrics>())
    , m_clock(std::make_unique<Clock>())
{
}

Server::~Server()
{
    delete m_http;
    m_http = nullptr;
    m_accountListener.reset();
    m_auth.reset();
    m_sweeper.reset(); // waits for a sweep in flight, which needs the pool
    m_pool.reset(); // joins the workers, closing their connections
}

Result<QSslConfiguration> Server::loadTlsConfiguration(const QString &certFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty())
        return Error::badRequest(u"--tls-cert %1 holds no PEM certificate (or cannot be read)"_s.arg(certFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badRequest(u"--tls-key %1 cannot be read: %2"_s.arg(keyFile, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Opaque}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error::badRequest(u"--tls-key %1 is not an unencrypted PEM RSA or EC private key"_s.arg(keyFile));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    return tls;
}

Result<void> Server::bootstrapAdmin(PgConnection &connection)
{
    if (m_config.bootstrapAdmin.isEmpty())
        return {};
    auto exists = connection.query("SELECT EXISTS (SELECT 1 FROM customers WHERE role = 'admin' AND deleted_at IS NULL)");
    if (!exists)
        return exists.error();
    if (exists->first().first() == u"t"_s)
        return {};
    const QString password = qEnvironmentVariable("REMOTEGPU_BOOTSTRAP_PASSWORD");
    if (password.isEmpty())
        return Error::badRequest(u"--bootstrap-admin %1 needs its password in the environment variable REMOTEGPU_BOOTSTRAP_PASSWORD"_s.arg(m_config.bootstrapAdmin));
    const QList<FieldError> problems = AuthService::passwordProblems(password, m_config.bootstrapAdmin, 12, true, u"REMOTEGPU_BOOTSTRAP_PASSWORD"_s);
    if (!problems.isEmpty())
        return Error::badRequest(problems.first().message + u" (the first admin's password needs 12 characters or more)"_s);
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    const QString email = qEnvironmentVariable("REMOTEGPU_BOOTSTRAP_EMAIL", m_config.bootstrapAdmin + u"@remotegpu.local"_s);
    if (auto r = connection.exec("BEGIN"); !r)
        return r;
    auto created = connection.query("INSERT INTO customers (username, email, password_hash, role, user_type, display_name) "
                                    "VALUES ($1, $2, $3, 'admin', 'admin', 'Administrator') RETURNING id",
                                    {m_config.bootstrapAdmin.toUtf8(), email.toUtf8(), hash->toUtf8()});
    if (created) {
        auto audited = connection.query("INSERT INTO audit_logs (customer_id, username, action, resource_type, resource_id, result, detail) "
                                        "VALUES ($1::bigint, $2, 'auth.bootstrap_admin', 'customer', $1::text, 'success', '{\"source\":\"--bootstrap-admin\"}')",
                                        {created->first().first().toUtf8(), m_config.bootstrapAdmin.toUtf8()});
        if (!audited)
            created = audited.error();
    }
    if (!created) {
        (void)connection.exec("ROLLBACK");
        return Error::badRequest(u"Cannot create the first admin %1: %2"_s.arg(m_config.bootstrapAdmin, created.error().message));
    }
    if (auto r = connection.exec("COMMIT"); !r)
        return r;
    JsonLog::event(lcServer(), QtInfoMsg, u"first admin created"_s, {{u"username"_s, m_config.bootstrapAdmin}});
    return {};
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
            return Error::unavailable(connection.error().message + u" (database URL "_s + m_url.redacted() + u')');
        MigrationRunner runner(*connection);
        auto report = runner.migrate(m_migrations);
        if (!report)
            return report.error();
        JsonLog::event(lcDb(), QtInfoMsg, u"migrations"_s,
                       {{u"applied"_s, QJsonArray::fromStringList(report->applied)},
                        {u"alreadyApplied"_s, report->alreadyApplied}});
        if (m_config.demo) {
            auto demo = DemoData::loadIfEmpty(*connection, qEnvironmentVariable("REMOTEGPU_DEMO_PASSWORD"));
            if (!demo)
                return demo.error();
            JsonLog::event(lcServer(), QtInfoMsg, demo->loaded ? u"demo data loaded"_s : u"demo data skipped: the database already has machines"_s,
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
    m_router = std::make_unique<Router>(Router::Options{m_config.maxBodyBytes, *proxies}, m_metrics.get());
    addSystemRoutes();
    m_limiter = std::make_unique<RateLimiter>();
    m_auth = std::make_unique<AuthService>(*m_pool, codec, *authSettings, *m_limiter, *m_clock);
    m_accountListener =
        std::make_unique<AccountChangeListener>(m_config.databaseUrl, m_auth->accountStates());
    m_accountListener->start();
    m_router->setTokenVerifier([auth = m_auth.get()](const QString &token) { return auth->verifyAccessToken(token); });
    registerAuthRoutes(*m_router, *m_auth);
    registerAuditRoutes(*m_router, *m_pool);
    const ServerContext context{*m_pool, *m_limiter, *m_auth, *m_clock, m_config};
    registerMachineImportRoutes(*m_router, context); // before /machines/:id, so "import" is not an id
    m_router->setMaxBodyBytes(HttpMethod::Post, u"/api/admin/machines/import"_s,
                              m_config.http.maxImportBodyBytes);
    registerMachineRoutes(*m_router, context);
    registerAllocationRoutes(*m_router, context);
    registerCustomerRoutes(*m_router, context);
    registerDashboardRoutes(*m_router, context);
    // Expires allocations, activates pending ones and sends expiry reminders in the background.
    m_sweeper = std::make_unique<AllocationSweeper>(*m_pool, *m_clock);
    m_sweeper->start();

    m_http = new HttpServer(*m_router, m_pool->threadPool(), m_config.http);
    std::optional<QSslConfiguration> tlsConfiguration;
    if (m_config.isSet(u"tls-cert"_s)) {
        auto tls = loadTlsConfiguration(m_config.value(u"tls-cert"_s), m_config.value(u"tls-key"_s));
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
    JsonLog::event(lcServer(), QtInfoMsg, u"shutting down"_s, {{u"inFlight"_s, m_http->inFlight()}});
    m_http->beginShutdown();
}

void Server::addSystemRoutes()
{
    m_router->add(HttpMethod::Get, u"/healthz"_s, Permission::publicRoute(), [](RequestContext &ctx) {
        return ctx.ok(QJsonObject{{u"status"_s, u"ok"_s}});
    });

    m_router->add(HttpMethod::Get, u"/readyz"_s, Permission::publicRoute(), [this](RequestContext &ctx) {
        auto session = SqlSession::open(*m_pool);
        // Public: "unreachable", never where the database is or what it said (that is logged).
        if (!session)
            return ctx.fail(Error::unavailable(u"database unreachable"_s));
        auto rows = session->exec(u"SELECT version, name, checksum FROM schema_migrations ORDER BY version"_s);
        if (!rows)
            return ctx.fail(Error::unavailable(u"database unreachable"_s));
        QList<AppliedMigration> applied;
        while ((*rows)->next())
            applied.append({(*rows)->value(0).toInt(), (*rows)->value(1).toString(), (*rows)->value(2).toString().toLatin1()});
        // The same rules as the start-up check (MigrationRunner), answered as "not ready".
        if (auto complete = MigrationRunner::checkComplete(applied, m_migrations); !complete)
            return ctx.fail(Error::unavailable(complete.error().message));
        return ctx.ok(QJsonObject{{u"status"_s, u"ready"_s}, {u"database"_s, u"ok"_s}, {u"migrations"_s, int(applied.size())}});
    });

    m_router->add(HttpMethod::Get, u"/metrics"_s, Permission::publicRoute(), [this](RequestContext &) {
        return ApiResponse::raw(200, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), m_metrics->renderPrometheus());
    });
}

} // namespace remotegpu
