#include "CustomerRepository.h"

#include "SqlSession.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

const QString &CustomerRepository::selectColumns()
{
    static const QString columns =
        u"c.id, c.uuid::text, c.username, c.email, c.display_name, c.full_name, c.avatar_url, "
        "c.phone, c.company, c.role, c.user_type, c.account_type, c.status, c.email_verified, "
        "c.phone_verified, c.balance::float8, c.currency, c.tenant_id, c.last_login_at, "
        "c.created_at, c.updated_at, c.password_hash, c.locked_until"_s;
    return columns;
}

AccountRecord CustomerRepository::fromRow(const QSqlQuery &q)
{
    AccountRecord r;
    Customer &c = r.customer;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.username = q.value(2).toString();
    c.email = q.value(3).toString();
    c.displayName = q.value(4).toString();
    c.fullName = q.value(5).toString();
    c.avatarUrl = q.value(6).toString();
    c.phone = q.value(7).toString();
    c.company = q.value(8).toString();
    c.role = fromString<Role>(q.value(9).toString()).value_or(Role::CustomerMember);
    c.userType = fromString<UserType>(q.value(10).toString()).value_or(UserType::External);
    c.accountType = q.value(11).toString();
    r.rawStatus = q.value(12).toString();
    c.status = r.rawStatus == u"active"_s ? CustomerStatus::Active : CustomerStatus::Disabled;
    c.emailVerified = q.value(13).toBool();
    c.phoneVerified = q.value(14).toBool();
    c.balance = q.value(15).toDouble();
    c.currency = q.value(16).toString();
    if (c.role == Role::CustomerMember && !q.value(17).isNull())
        c.tenantId = q.value(17).toLongLong();
    c.lastLoginAt = sql::utcTime(q.value(18));
    c.createdAt = sql::utcTime(q.value(19));
    c.updatedAt = sql::utcTime(q.value(20));
    r.passwordHash = q.value(21).toString();
    r.lockedUntil = sql::utcTime(q.value(22));
    return r;
}

Result<std::optional<AccountRecord>> CustomerRepository::findForLogin(const QString &login)
{
    auto q = m_session.exec(u"SELECT "_s + selectColumns() +
                                u" FROM customers c WHERE c.deleted_at IS NULL AND "
                                u"(lower(c.username) = lower(?) OR lower(c.email) = lower(?)) "
                                "ORDER BY (lower(c.username) = lower(?)) DESC LIMIT 1"_s,
                            {login, login, login});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<AccountRecord>();
    return std::optional<AccountRecord>(fromRow(**q));
}

Result<std::optional<AccountRecord>> CustomerRepository::findById(qint64 id)
{
    auto q = m_session.exec(u"SELECT "_s + selectColumns() +
                                u" FROM customers c WHERE c.id = ? AND c.deleted_at IS NULL"_s,
                            {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<AccountRecord>();
    return std::optional<AccountRecord>(fromRow(**q));
}

Result<qint64> CustomerRepository::create(const NewAccount &a)
{
    auto q = m_session.exec(
        u"INSERT INTO customers (username, email, password_hash, role, tenant_id, user_type, "
        "display_name, full_name, phone, company, avatar_url, account_type) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, 'individual')) RETURNING id"_s,
        {a.username, a.email, a.passwordHash, toString(a.role), sql::nullableId(a.tenantId),
         toString(a.userType), sql::nullableText(a.displayName), sql::nullableText(a.fullName),
         sql::nullableText(a.phone), sql::nullableText(a.company), sql::nullableText(a.avatarUrl),
         sql::nullableText(a.accountType)});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

Result<bool> CustomerRepository::anyAdmin()
{
    auto q = m_session.exec(u"SELECT EXISTS (SELECT 1 FROM customers WHERE role = 'admin' "
                            "AND deleted_at IS NULL)"_s);
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toBool();
}

Result<void> CustomerRepository::updatePassword(qint64 id, const QString &hash)
{
    auto q = m_session.exec(
        u"UPDATE customers SET password_hash = ?, password_changed_at = now(), locked_until = NULL WHERE id = ?"_s,
        {hash, id});
    if (!q)
        return q.error();
    return {};
}

Result<void> CustomerRepository::recordLogin(qint64 id)
{
    auto q = m_session.exec(u"UPDATE customers SET last_login_at = now() WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    return {};
}

Result<void> CustomerRepository::updateRoleAndTenant(qint64 id, Role role,
                                                     std::optional<qint64> tenantId)
{
    auto q = m_session.exec(
        u"UPDATE customers SET role = ?, tenant_id = ? WHERE id = ? AND (role <> ? OR tenant_id IS DISTINCT FROM ?)"_s,
        {toString(role), sql::nullableId(tenantId), id, toString(role), sql::nullableId(tenantId)});
    if (!q)
        return q.error();
    return {};
}

Result<bool> CustomerRepository::isActiveTenant(qint64 id)
{
    auto q = m_session.exec(
        u"SELECT role, status, deleted_at IS NULL FROM customers WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    return (*q)->next() && (*q)->value(0).toString() == u"customer_owner"_s &&
           (*q)->value(1).toString() == u"active"_s && (*q)->value(2).toBool();
}

Result<std::optional<CustomerRepository::TokenState>> CustomerRepository::tokenState(qint64 id)
{
    auto q = m_session.exec(
        u"SELECT c.token_generation, c.status = 'active' AND c.deleted_at IS NULL, "
        "COALESCE(c.tenant_id, 0), COALESCE(o.status = 'active' AND o.deleted_at IS NULL, true) "
        "FROM customers c LEFT JOIN customers o ON o.id = c.tenant_id AND o.id <> c.id "
        "WHERE c.id = ?"_s,
        {id});
    if (!q)
        return q.error();
    std::optional<TokenState> state;
    if ((*q)->next())
        state = TokenState{(*q)->value(0).toLongLong(), (*q)->value(1).toBool(),
                           (*q)->value(2).toLongLong(), (*q)->value(3).toBool()};
    // Read inside callers' transactions: release the portal at once.
    (*q)->finish();
    return state;
}

Result<void> CustomerRepository::bumpTokenGeneration(qint64 id)
{
    auto q = m_session.exec(
        u"UPDATE customers SET token_generation = token_generation + 1 WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    return {};
}

QByteArray CustomerRepository::listenForAccountChanges()
{
    return QByteArrayLiteral("LISTEN remotegpu_accounts");
}

} // namespace remotegpu
