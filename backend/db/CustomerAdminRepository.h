#pragma once

#include "CustomerRepository.h"
#include "CustomerStatistics.h"
#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace remotegpu {

class SqlSession;

// The customers table as account management sees it: lists with filters, updates of every
// profile column, status changes, soft delete and per-account usage figures. Accounts are
// created through CustomerRepository::create, and this class reuses its row mapping so both read
// an account the same way. Soft-deleted rows are invisible here too.
class CustomerAdminRepository
{
public:
    explicit CustomerAdminRepository(SqlSession &session)
        : m_session(session)
    {}

    static const QStringList &sortableFields();
    static const QStringList &filterableFields();
    // `scopeTenant` 0: every account; otherwise only that tenant's owner and members.
    Result<Page<Customer>> list(const PageRequest &request, qint64 scopeTenant);
    // The account if it exists, is not deleted and lies in `scopeTenant` (0: any).
    Result<std::optional<AccountRecord>> find(qint64 id, qint64 scopeTenant);

    // Sets the given columns (whitelisted names → value; an empty string stores NULL for the
    // nullable text columns).
    Result<void> update(qint64 id, const QVariantMap &columns);
    Result<void> setStatus(qint64 id, const QString &status);
    Result<void> softDelete(qint64 id);
    // Locks the account's row (deleted or not) for this transaction, so a concurrent change
    // waits for this one's checks.
    Result<void> lockForUpdate(qint64 id);

    // Which of a new account's names another account already has, case-insensitively (the
    // user name first when both do); nullopt when neither is taken.
    enum class TakenName { UserName, Email };
    Result<std::optional<TakenName>> takenName(const QString &username, const QString &email);
    // Whether an account other than `exceptId` has the e-mail address, case-insensitively.
    Result<bool> emailTaken(const QString &email, qint64 exceptId);

    // Active or pending allocations held by the account (`wholeTenant`: by its whole tenant).
    Result<qint64> liveAllocations(qint64 id, bool wholeTenant);
    Result<qint64> memberCount(qint64 ownerId);

    // {machinesHeld, gpuHoursThisMonth, tasks {status: n}, storageUsedBytes} for one account, or
    // for the whole tenant when `wholeTenant`; "this month" is the UTC month of `now`.
    Result<CustomerStatistics> statistics(qint64 id, bool wholeTenant, const QDateTime &now);

    Result<QJsonObject> notificationSettings(qint64 id);
    // Merges `changes` into the stored settings in one statement (concurrent updates of
    // different keys both stay) and returns what is stored; 404 for a missing account.
    Result<QJsonObject> mergeNotificationSettings(qint64 id, const QJsonObject &changes);

private:
    SqlSession &m_session;
};

} // namespace remotegpu
