#include "FirstAdmin.h"

#include "AuditRepository.h"
#include "AuthService.h"
#include "CustomerRepository.h"
#include "DatabasePool.h"
#include "JsonLog.h"
#include "PasswordHasher.h"
#include "SqlSession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Whether it created the account; runs on a thread of `pool`, which owns the connection.
Result<bool> createOn(DatabasePool &pool, const QString &username)
{
    auto session = SqlSession::open(pool);
    if (!session)
        return session.error();
    CustomerRepository customers(*session);
    auto exists = customers.anyAdmin();
    if (!exists)
        return exists.error();
    if (*exists)
        return false;
    const QString password = qEnvironmentVariable("REMOTEGPU_BOOTSTRAP_PASSWORD");
    if (password.isEmpty())
        return Error::badRequest(
            u"--bootstrap-admin %1 needs its password in the environment variable REMOTEGPU_BOOTSTRAP_PASSWORD"_s
                .arg(username));
    const QList<FieldError> problems = AuthService::passwordProblems(
        password, username, 12, true, u"REMOTEGPU_BOOTSTRAP_PASSWORD"_s);
    if (!problems.isEmpty())
        return Error::badRequest(problems.first().message +
                                 u" (the first admin's password needs 12 characters or more)"_s);
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();

    CustomerRepository::NewAccount admin;
    admin.username = username;
    admin.email =
        qEnvironmentVariable("REMOTEGPU_BOOTSTRAP_EMAIL", username + u"@remotegpu.local"_s);
    admin.passwordHash = *hash;
    admin.role = Role::Admin;
    admin.userType = UserType::Admin;
    admin.displayName = u"Administrator"_s;

    Transaction tx(*session);
    const Result<void> done = [&]() -> Result<void> {
        if (auto begun = tx.begin(); !begun)
            return begun;
        auto created = customers.create(admin);
        if (!created)
            return created.error();
        AuditEntry entry;
        entry.actorId = *created;
        entry.username = username;
        entry.action = u"auth.bootstrap_admin"_s;
        entry.resourceType = u"customer"_s;
        entry.resourceId = QString::number(*created);
        entry.detail = {{u"source"_s, u"--bootstrap-admin"_s}};
        if (auto audited = AuditRepository(*session).insert(entry); !audited)
            return audited.error();
        return tx.commit();
    }();
    if (!done)
        return Error::badRequest(
            u"Cannot create the first admin %1: %2"_s.arg(username, done.error().message));
    return true;
}

} // namespace

Result<void> FirstAdmin::createIfNone(const DatabaseUrl &url, const QString &username)
{
    if (username.isEmpty())
        return {};
    DatabasePool pool(url, 1);
    const Result<bool> created =
        QtConcurrent::run(pool.threadPool(), [&] { return createOn(pool, username); }).result();
    if (!created)
        return created.error();
    if (*created)
        JsonLog::event(lcServer(), QtInfoMsg, u"first admin created"_s,
                       {{u"username"_s, username}});
    return {};
}

} // namespace remotegpu
