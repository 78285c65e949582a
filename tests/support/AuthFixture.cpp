#include "AuthFixture.h"

#include "Clock.h"
#include "PasswordHasher.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace remotegpu::test {

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<AuthFixture> AuthFixture::start(const QString &label,
                                                const QHash<QString, QString> &extraConfig)
{
    std::unique_ptr<AuthFixture> f(new AuthFixture);
    f->m_db = TestDatabase::create(label);
    if (!f->m_db)
        return nullptr;
    ServerConfig config;
    config.databaseUrl = f->m_db->url();
    config.listenPort = 0;
    config.workers = 4;
    config.values = extraConfig;
    f->m_server = std::make_unique<Server>(config);
    if (auto started = f->m_server->start(); !started) {
        ADD_FAILURE() << "server did not start: " << qPrintable(started.error().message);
        return nullptr;
    }
    f->m_http = std::make_unique<HttpTestClient>(f->baseUrl());
    f->admin = f->createAccount(u"root.admin"_s, Role::Admin);
    f->ownerA = f->createAccount(u"tenant.a"_s, Role::CustomerOwner);
    f->memberA = f->createAccount(u"tenant.a.member"_s, Role::CustomerMember, f->ownerA.id);
    f->ownerB = f->createAccount(u"tenant.b"_s, Role::CustomerOwner);
    f->memberB = f->createAccount(u"tenant.b.member"_s, Role::CustomerMember, f->ownerB.id);
    return f;
}

AuthFixture::ClockAt::ClockAt(AuthFixture &fixture, const QDateTime &at)
    : m_fixture(fixture)
{
    m_fixture.server().clock().setFixed(at);
}

AuthFixture::ClockAt::~ClockAt()
{
    m_fixture.server().clock().set({});
}

AuthFixture::~AuthFixture()
{
    m_http.reset();
    m_server.reset();
    m_db.reset();
}

QUrl AuthFixture::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server->port()));
}

AuthFixture::Account AuthFixture::createAccount(const QString &username, Role role,
                                                std::optional<qint64> tenantOwner,
                                                const QString &password)
{
    const QString hash = PasswordHasher::hash(password).value();
    const QString sql =
        u"INSERT INTO customers (username, email, password_hash, role, tenant_id, user_type) "
        "VALUES ('%1', '%1@example.test', '%2', '%3', %4, '%5') RETURNING id"_s.arg(
            username, hash, toString(role), tenantOwner ? QString::number(*tenantOwner) : u"NULL"_s,
            role == Role::Admin ? u"admin"_s : u"external"_s);
    const QVariant id = m_db->scalar(sql);
    EXPECT_TRUE(id.isValid()) << "cannot create " << qPrintable(username);
    return Account{id.toLongLong(), username, password};
}

HttpResult AuthFixture::postJson(const QString &path, const QJsonObject &body, const QString &token,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!token.isEmpty())
        all.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
    return m_http->send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

HttpResult AuthFixture::getAuthed(const QString &path, const QString &token)
{
    return m_http->get(path, {{"Authorization", "Bearer " + token.toLatin1()}});
}

HttpResult AuthFixture::login(const QString &username, const QString &password,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return postJson(u"/api/auth/login"_s, {{u"username"_s, username}, {u"password"_s, password}},
                    {}, headers);
}

QString AuthFixture::accessToken(const Account &account)
{
    const HttpResult r = login(account.username, account.password);
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.json().value(u"data"_s).toObject().value(u"accessToken"_s).toString();
}

} // namespace remotegpu::test
