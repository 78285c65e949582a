#pragma once

#include "Enums.h"
#include "HttpTestClient.h"
#include "Server.h"
#include "TestDatabase.h"

#include <QJsonObject>

#include <memory>

namespace remotegpu::test {

// A real Server in this process on a fresh migrated database, with accounts of every role, and
// helpers to sign in and call it over loopback HTTP.
class AuthFixture
{
public:
    struct Account
    {
        qint64 id = 0;
        QString username;
        QString password;
    };

    // `extraConfig`: more server settings (flag name → value), e.g. trusted-proxies, smtp-url.
    static std::unique_ptr<AuthFixture> start(const QString &label,
                                              const QHash<QString, QString> &extraConfig = {});
    ~AuthFixture();

    TestDatabase &db() { return *m_db; }
    Server &server() { return *m_server; }
    HttpTestClient &http() { return *m_http; }
    QUrl baseUrl() const;

    // Inserts an account directly (password hashed with PasswordHasher); tenantOwner for members.
    Account createAccount(const QString &username, Role role,
                          std::optional<qint64> tenantOwner = {},
                          const QString &password = QStringLiteral("Secret-pass-123"));
    // POST /api/auth/login; the whole answer.
    HttpResult login(const QString &username, const QString &password,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // The access token of a successful login (fails the test otherwise).
    QString accessToken(const Account &account);

    HttpResult postJson(const QString &path, const QJsonObject &body, const QString &token = {},
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult getAuthed(const QString &path, const QString &token);

    Account admin, ownerA, memberA, ownerB, memberB;

    // Stands the server's Clock still at `at` for the scope (system time again afterwards).
    // Access tokens are judged by that clock too: sign in again inside the scope.
    class ClockAt
    {
    public:
        ClockAt(AuthFixture &fixture, const QDateTime &at);
        ~ClockAt();
        ClockAt(const ClockAt &) = delete;
        ClockAt &operator=(const ClockAt &) = delete;

    private:
        AuthFixture &m_fixture;
    };

private:
    AuthFixture() = default;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<HttpTestClient> m_http;
};

} // namespace remotegpu::test
