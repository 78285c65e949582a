#include "CustomerService.h"

#include "AuditRepository.h"
#include "AuthService.h"
#include "CustomerAdminRepository.h"
#include "CustomerDetail.h"
#include "PasswordHasher.h"
#include "RandomNumbers.h"
#include "RefreshTokenRepository.h"
#include "SettingsRepository.h"
#include "SqlSession.h"

#include <algorithm>
#include <tuple>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<qint64> tenantOf(const Customer &c)
{
    return c.effectiveTenantId();
}

Error notFound(qint64 id)
{
    return Error::notFound(u"Customer %1 not found"_s.arg(id));
}

} // namespace

QString CustomerService::generatePassword(int minLength)
{
    // No look-alike characters (0/O, 1/l/I): the password is read off a screen once.
    static const QString letters = u"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"_s;
    static const QString digits = u"23456789"_s;
    const QString all = letters + digits;
    const int length = std::max(16, minLength);
    QString s;
    s += letters.at(int(random::bounded(quint32(letters.size()))));
    s += digits.at(int(random::bounded(quint32(digits.size()))));
    while (s.size() < length)
        s += all.at(int(random::bounded(quint32(all.size()))));
    // Move the guaranteed letter and digit away from the front.
    for (qsizetype i = s.size() - 1; i > 0; --i)
        std::swap(s[i], s[int(random::bounded(quint32(i + 1)))]);
    return s;
}

QVariantMap CustomerService::columnsOf(const Customer &c, const QStringList &fields)
{
    const std::tuple<QString, QString, QString> all[] = {
        {u"email"_s, u"email"_s, c.email},
        {u"displayName"_s, u"display_name"_s, c.displayName},
        {u"fullName"_s, u"full_name"_s, c.fullName},
        {u"phone"_s, u"phone"_s, c.phone},
        {u"company"_s, u"company"_s, c.company},
        {u"avatarUrl"_s, u"avatar_url"_s, c.avatarUrl},
        {u"accountType"_s, u"account_type"_s, c.accountType}};
    QVariantMap columns;
    for (const auto &[field, column, value] : all) {
        if (fields.contains(field))
            columns.insert(column, value);
    }
    return columns;
}

Result<AccountRecord> CustomerService::target(SqlSession &session, const Principal &principal,
                                              qint64 id)
{
    auto found = CustomerAdminRepository(session).find(id, principal.scopeTenant());
    if (!found)
        return found.error();
    if (!*found)
        return notFound(id);
    return **found;
}

Result<Page<Customer>> CustomerService::list(const Principal &principal, const PageRequest &request)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return CustomerAdminRepository(*session).list(request, principal.scopeTenant());
}

Result<CustomerDetail> CustomerService::detail(const Principal &principal, qint64 id)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto account = target(*session, principal, id);
    if (!account)
        return account.error();
    const bool owner = account->customer.role == Role::CustomerOwner;
    auto stats = CustomerAdminRepository(*session).statistics(id, owner, m_clock.now());
    if (!stats)
        return stats.error();
    return CustomerDetail{account->customer, std::move(stats).value()};
}

Result<CustomerService::Created> CustomerService::create(const Principal &principal,
                                                         const CreateRequest &request,
                                                         const ClientInfo &client)
{
    // Role: owners create members of their own tenant only; admins create owners (the default)
    // and members of a named tenant.
    const Role role =
        request.role.value_or(principal.isAdmin() ? Role::CustomerOwner : Role::CustomerMember);
    if (role == Role::Admin)
        return Error::forbidden(
            u"Administrator accounts cannot be created here; use --bootstrap-admin or the directory"_s);
    if (!principal.isAdmin() && role != Role::CustomerMember)
        return Error::forbidden(
            u"A customer owner can only create members of its own tenant, not owners or administrators"_s);

    QList<FieldError> errors = request.fieldErrors;
    std::optional<qint64> tenantId;
    if (role == Role::CustomerMember) {
        if (principal.isAdmin()) {
            if (!request.tenantId)
                errors.append(
                    {u"tenantId"_s,
                     u"tenantId is required for a member: the id of its tenant's owner account"_s});
            else
                tenantId = request.tenantId;
        } else {
            tenantId = principal.tenantId; // never from the request
        }
    }

    const Customer &requested = request.fields;
    const QString &username = requested.username;
    const QString &email = requested.email;
    CustomerRepository::NewAccount n;
    n.username = username;
    n.email = email;
    n.role = role;
    n.tenantId = tenantId;
    n.displayName = requested.displayName;
    n.fullName = requested.fullName;
    n.phone = requested.phone;
    n.company = requested.company;
    n.avatarUrl = requested.avatarUrl;
    if (request.accountTypeGiven)
        n.accountType = requested.accountType;

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto policy = SettingsRepository(*session).passwordPolicy();
    if (!policy)
        return policy.error();

    QString password;
    QString initialPassword;
    if (request.passwordError) {
        errors.append(*request.passwordError);
    } else if (!request.password) {
        initialPassword = generatePassword(policy->minLength);
        password = initialPassword;
    } else {
        password = *request.password;
        errors.append(AuthService::passwordProblems(password, username, policy->minLength,
                                                    policy->requireLetterAndDigit, u"password"_s));
    }
    if (!errors.isEmpty())
        return Error::invalidFields(errors);

    CustomerAdminRepository customers(*session);
    if (role == Role::CustomerMember && principal.isAdmin()) {
        auto tenant = customers.find(*tenantId, 0);
        if (!tenant)
            return tenant.error();
        if (!*tenant || (*tenant)->customer.role != Role::CustomerOwner)
            return Error::badRequest(
                u"tenantId %1 is not a customer owner account"_s.arg(*tenantId),
                {{u"tenantId"_s, u"must be the id of a customer owner"_s}});
    }
    // Named conflicts before the insert, so the 409 says which value clashes (the unique
    // indexes still decide under concurrency).
    auto taken = customers.takenName(username, email);
    if (!taken)
        return taken.error();
    if (*taken) {
        if (**taken == CustomerAdminRepository::TakenName::UserName)
            return Error::conflict(u"The user name '%1' is already taken"_s.arg(username));
        return Error::conflict(
            u"The e-mail address '%1' is already used by another account"_s.arg(email));
    }

    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    n.passwordHash = *hash;

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto id = CustomerRepository(*session).create(n);
    if (!id)
        return id.error();
    auto created = customers.find(*id, 0);
    if (!created)
        return created.error();
    if (!*created)
        return Error::internal(u"The new account could not be read back"_s);
    const Customer &c = (*created)->customer;
    AuditEntry e = client.auditBy(
        principal, u"customer.create"_s, u"customer"_s, QString::number(c.id), tenantOf(c),
        QJsonObject{{u"username"_s, c.username},
                    {u"email"_s, c.email},
                    {u"role"_s, toString(c.role)},
                    {u"generatedPassword"_s, !initialPassword.isEmpty()}});
    e.statusCode = 201;
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return Created{c, initialPassword};
}

Result<Customer> CustomerService::update(const Principal &principal, qint64 id,
                                         const UpdateRequest &request, const ClientInfo &client)
{
    const QVariantMap columns = columnsOf(request.fields, request.changed);

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto account = target(*session, principal, id);
    if (!account)
        return account.error();
    if (columns.contains(u"email"_s)) {
        auto taken =
            CustomerAdminRepository(*session).emailTaken(columns.value(u"email"_s).toString(), id);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error::conflict(
                u"The e-mail address '%1' is already used by another account"_s.arg(
                    columns.value(u"email"_s).toString()));
    }
    const Customer &before = account->customer;
    const QHash<QString, QString> old = {{u"email"_s, before.email},
                                         {u"display_name"_s, before.displayName},
                                         {u"full_name"_s, before.fullName},
                                         {u"phone"_s, before.phone},
                                         {u"company"_s, before.company},
                                         {u"avatar_url"_s, before.avatarUrl},
                                         {u"account_type"_s, before.accountType}};
    QJsonObject changes;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (old.value(it.key()) != it.value().toString())
            changes.insert(it.key(), QJsonObject{{u"old"_s, old.value(it.key())},
                                                 {u"new"_s, it.value().toString()}});
    }

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    CustomerAdminRepository customers(*session);
    if (auto r = customers.update(id, columns); !r)
        return r.error();
    if (auto r = AuditRepository(*session).insert(
            client.auditBy(principal, u"customer.update"_s, u"customer"_s, QString::number(id),
                           tenantOf(before), QJsonObject{{u"changes"_s, changes}}));
        !r)
        return r.error();
    auto after = customers.find(id, 0);
    if (!after)
        return after.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_accountChanged(id);
    if (!*after)
        return notFound(id);
    return (*after)->customer;
}

Result<Customer> CustomerService::setEnabled(const Principal &principal, qint64 id, bool enabled,
                                             const ClientInfo &client)
{
    if (id == principal.id)
        return Error::forbidden(enabled ? u"You cannot enable your own account"_s
                                        : u"You cannot disable your own account"_s);
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto account = target(*session, principal, id);
    if (!account)
        return account.error();

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    CustomerAdminRepository customers(*session);
    if (auto r = customers.setStatus(id, enabled ? u"active"_s : u"disabled"_s); !r)
        return r.error();
    int revoked = 0;
    if (!enabled) {
        // At once, not at the next refresh: a disabled account keeps no session alive beyond
        // its current access token's lifetime.
        auto n = RefreshTokenRepository(*session).revokeAllOf(id, u"account_disabled"_s);
        if (!n)
            return n.error();
        revoked = *n;
    }
    QJsonObject detail{{u"username"_s, account->customer.username},
                       {u"previousStatus"_s, account->rawStatus}};
    if (!enabled)
        detail.insert(u"revokedTokens"_s, revoked);
    if (auto r = AuditRepository(*session).insert(client.auditBy(
            principal, enabled ? u"customer.enable"_s : u"customer.disable"_s, u"customer"_s,
            QString::number(id), tenantOf(account->customer), detail));
        !r)
        return r.error();
    auto after = customers.find(id, 0);
    if (!after)
        return after.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_accountChanged(id);
    if (!*after)
        return notFound(id);
    return (*after)->customer;
}

Result<void> CustomerService::remove(const Principal &principal, qint64 id,
                                     const ClientInfo &client)
{
    if (id == principal.id)
        return Error::forbidden(u"You cannot delete your own account"_s);
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    // Lock the row so a concurrent delete or update waits for this one's checks.
    CustomerAdminRepository customers(*session);
    if (auto r = customers.lockForUpdate(id); !r)
        return r.error();
    auto account = target(*session, principal, id);
    if (!account)
        return account.error();
    const Customer &c = account->customer;
    const bool owner = c.role == Role::CustomerOwner;
    auto live = customers.liveAllocations(id, owner);
    if (!live)
        return live.error();
    if (*live > 0)
        return Error::conflict(
            u"Customer '%1' %2 %3 active or pending allocation(s); reclaim them before deleting the account"_s
                .arg(c.username, owner ? u"(its tenant) holds"_s : u"holds"_s,
                     QString::number(*live)));
    if (owner) {
        auto members = customers.memberCount(id);
        if (!members)
            return members.error();
        if (*members > 0)
            return Error::conflict(
                u"Customer '%1' still has %2 member account(s); delete them first"_s.arg(c.username)
                    .arg(*members));
    }
    if (auto r = customers.softDelete(id); !r)
        return r.error();
    auto revoked = RefreshTokenRepository(*session).revokeAllOf(id, u"account_deleted"_s);
    if (!revoked)
        return revoked.error();
    if (auto r = AuditRepository(*session).insert(client.auditBy(
            principal, u"customer.delete"_s, u"customer"_s, QString::number(id), tenantOf(c),
            QJsonObject{{u"username"_s, c.username},
                        {u"role"_s, toString(c.role)},
                        {u"revokedTokens"_s, *revoked}}));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r;
    m_accountChanged(id);
    return {};
}

} // namespace remotegpu
