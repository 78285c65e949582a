#pragma once

#include "Customer.h"
#include "Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace remotegpu {

class SqlSession;

// An account as sign-in needs it: the wire model plus what never leaves the server.
struct AccountRecord
{
    Customer customer;
    QString passwordHash; // "!directory" for accounts that sign in only through the directory
    QDateTime lockedUntil;
    QString rawStatus; // the stored status (active, disabled, suspended, deleted)

    bool isActive() const { return rawStatus == QStringLiteral("active"); }
    bool isDirectoryOnly() const { return passwordHash.startsWith(u'!'); }
};

// The customers table (accounts and tenants). Soft-deleted rows are invisible here.
class CustomerRepository
{
public:
    static constexpr const char *kDirectoryPasswordMarker = "!directory";

    explicit CustomerRepository(SqlSession &session)
        : m_session(session)
    {}

    // By user name or e-mail, case-insensitively.
    Result<std::optional<AccountRecord>> findForLogin(const QString &login);
    Result<std::optional<AccountRecord>> findById(qint64 id);

    // Every way an account comes to be (an admin or owner creating it, a first directory
    // sign-in, the bootstrap admin) inserts through create(). Empty texts store NULL.
    struct NewAccount
    {
        QString username;
        QString email;
        QString passwordHash;
        Role role = Role::CustomerMember;
        std::optional<qint64> tenantId; // members only
        UserType userType = UserType::External;
        QString displayName;
        QString fullName;
        QString phone;
        QString company;
        QString avatarUrl;
        QString accountType; // empty: individual
    };
    Result<qint64> create(const NewAccount &account);

    // Whether any admin account exists (the bootstrap admin is created only while none does).
    Result<bool> anyAdmin();

    Result<void> updatePassword(qint64 id, const QString &hash);
    Result<void> recordLogin(qint64 id);
    // Sets role and tenant (directory group mapping at sign-in and refresh).
    Result<void> updateRoleAndTenant(qint64 id, Role role, std::optional<qint64> tenantId);

    // Whether `id` is a customer owner account (a tenant) that is active and not deleted.
    Result<bool> isActiveTenant(qint64 id);

    // What decides whether an account's access tokens are honoured; nullopt for no such row.
    struct TokenState
    {
        qint64 generation = 0;     // customers.token_generation
        bool active = false;       // status active and not deleted
        qint64 tenantId = 0;       // 0: none (admins, and owners, who are their own tenant)
        bool tenantActive = false; // the tenant's owner active and not deleted (true without one)
    };
    Result<std::optional<TokenState>> tokenState(qint64 id);
    // Ends the access tokens issued so far (they carry the old generation).
    Result<void> bumpTokenGeneration(qint64 id);
    // The statement that subscribes a connection to the NOTIFY the customers trigger sends on
    // any change of an account's token state.
    static QByteArray listenForAccountChanges();

    static const QString &selectColumns();
    static AccountRecord fromRow(const class QSqlQuery &query);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
