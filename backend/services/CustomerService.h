#pragma once

#include "ClientInfo.h"
#include "Clock.h"
#include "Customer.h"
#include "CustomerDetail.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"

#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace remotegpu {

class DatabasePool;
class SqlSession;
struct AccountRecord;

// Customer accounts. Admins manage every account; a customer owner
// manages the members of its own tenant (another tenant's account reads as absent: 404) and may
// not create owners or admins; members only read. Every change is audited in the same
// transaction.
class CustomerService
{
public:
    // `accountChanged` is told of each account this service disabled, deleted or changed, once
    // committed, so this instance stops honouring its tokens at once (AuthService::forgetAccount).
    CustomerService(
        DatabasePool &pool, const Clock &clock,
        std::function<void(qint64)> accountChanged = [](qint64) {})
        : m_pool(pool)
        , m_clock(clock)
        , m_accountChanged(std::move(accountChanged))
    {}

    Result<Page<Customer>> list(const Principal &principal, const PageRequest &request);
    // The account with its usage figures.
    Result<CustomerDetail> detail(const Principal &principal, qint64 id);

    // A new account as the request gives it. `fieldErrors` are the text fields' problems; the
    // service reports them with its own (a missing tenant, the password rules) once the role
    // and its permissions are settled.
    struct CreateRequest
    {
        Customer fields;                         // the text fields given (null ones as absent)
        bool accountTypeGiven = false;           // absent: the column's default
        std::optional<Role> role;                // absent: admins create owners, owners members
        std::optional<qint64> tenantId;          // when given as a positive id
        std::optional<QString> password;         // absent (or null): the server generates one
        std::optional<FieldError> passwordError; // given, but not as a string
        QList<FieldError> fieldErrors;
    };

    // The editable text fields named in `changed`, with their new values in `fields`.
    struct UpdateRequest
    {
        Customer fields;
        QStringList changed;
    };

    struct Created
    {
        Customer customer;
        QString initialPassword; // set only when the server generated it
    };
    Result<Created> create(const Principal &principal, const CreateRequest &request,
                           const ClientInfo &client);
    Result<Customer> update(const Principal &principal, qint64 id, const UpdateRequest &request,
                            const ClientInfo &client);
    // Disabling revokes the account's refresh tokens at once.
    Result<Customer> setEnabled(const Principal &principal, qint64 id, bool enabled,
                                const ClientInfo &client);
    // Soft delete; refused while the account (an owner: its tenant) holds live allocations.
    Result<void> remove(const Principal &principal, qint64 id, const ClientInfo &client);

    // A password that meets the rules: letters and digits, at least `minLength` (16 or more).
    static QString generatePassword(int minLength);
    // The customers columns of `fields` (JSON names from Customer::textFields(), but not
    // username) with their values in `c`, as CustomerAdminRepository::update takes them.
    static QVariantMap columnsOf(const Customer &c, const QStringList &fields);

private:
    Result<AccountRecord> target(SqlSession &session, const Principal &principal, qint64 id);

    DatabasePool &m_pool;
    const Clock &m_clock;
    std::function<void(qint64)> m_accountChanged;
};

} // namespace remotegpu
