#include "Server.h"

#include "DatabasePool.h"
#include "HttpServer.h"
#include "JsonLog.h"
#include "PgConnection.h"
#include "RequestMetrics.h"
#include "Router.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Server::Server(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(std::make_unique<RequestMetrics>())
{
}

Server::~Server()
{
    delete m_http;
    m_http = nullptr;
    m_pool.reset(); // joins the workers, closing their connections
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
    }

    m_pool = std::make_unique<DatabasePool>(m_url, m_config.workers);
    m_router = std::make_unique<Router>(Router::Options{m_config.maxBodyBytes}, m_metrics.get(), m_pool.get());
    addSystemRoutes();

    m_http = new HttpServer(*m_router, m_pool->threadPool());
    auto *listener = new QTcpServer(m_http);
    if (!listener->listen(m_config.listenAddress, m_config.listenPort)) {
        const QString reason = listener->errorString();
        delete m_http;
        m_http = nullptr;
        return Error::unavailable(u"Cannot listen on %1:%2: %3"_s.arg(m_config.listenAddress.toString()).arg(m_config.listenPort).arg(reason));
    }
    m_http->bind(listener);
    m_port = listener->serverPort();
    connect(m_http, &HttpServer::drained, this, &Server::stopped);
    JsonLog::event(lcServer(), QtInfoMsg, u"listening"_s,
                   {{u"address"_s, m_config.listenAddress.toString()},
                    {u"port"_s, int(m_port)},
                    {u"workers"_s, m_config.workers}});
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
    m_router->add(HttpMethod::Get, u"/healthz"_s, [](RequestContext &ctx) {
        return ctx.ok(QJsonObject{{u"status"_s, u"ok"_s}});
    });

    m_router->add(HttpMethod::Get, u"/readyz"_s, [this](RequestContext &ctx) {
        auto db = ctx.database();
        if (!db)
            return ctx.fail(db.error());
        QSqlQuery query(*db);
        if (!query.exec(u"SELECT version, checksum FROM schema_migrations ORDER BY version"_s)) {
            const QString reason = query.lastError().text();
            db->close(); // reopened by the next request, in case the server dropped us
            return ctx.fail(Error::unavailable(u"The database does not answer: %1"_s.arg(reason)));
        }
        qsizetype applied = 0;
        while (query.next()) {
            const int version = query.value(0).toInt();
            const auto it = std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                                         [&](const Migration &m) { return m.version == version; });
            if (it == m_migrations.cend() || it->checksum != query.value(1).toString().toLatin1())
                return ctx.fail(Error::unavailable(u"Migration %1 in the database does not match this server"_s.arg(version)));
            ++applied;
        }
        if (applied != m_migrations.size())
            return ctx.fail(Error::unavailable(u"%1 of %2 migrations are applied"_s.arg(applied).arg(m_migrations.size())));
        return ctx.ok(QJsonObject{{u"status"_s, u"ready"_s}, {u"database"_s, u"ok"_s}, {u"migrations"_s, int(applied)}});
    });

    m_router->add(HttpMethod::Get, u"/metrics"_s, [this](RequestContext &) {
        return ApiResponse::raw(200, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), m_metrics->renderPrometheus());
    });
}

} // namespace remotegpu
