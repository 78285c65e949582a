#include "LdapSignIn.h"

#include "JsonLog.h"
#include "LdapDirectory.h"

#include <algorithm>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

LdapSignIn::LdapSignIn(const AuthSettings &settings)
    : m_groupMap(settings.groupMap)
    , m_provisionUsers(settings.provisionDirectoryUsers)
{
    if (settings.ldap)
        m_directory = std::make_unique<LdapDirectory>(*settings.ldap);
}

LdapSignIn::~LdapSignIn() = default;

Result<std::optional<LdapSignIn::RoleAndTenant>> LdapSignIn::mapGroups(SqlSession &session,
                                                                       const DirectoryUser &user)
{
    using Mapped = std::optional<RoleAndTenant>;
    for (const GroupMapping &m : m_groupMap) {
        const bool member =
            std::any_of(user.groups.begin(), user.groups.end(), [&](const QString &g) {
                return g.compare(m.group, Qt::CaseInsensitive) == 0;
            });
        if (!member)
            continue;
        if (m.role != Role::CustomerMember)
            return Mapped(RoleAndTenant{m.role, std::nullopt});
        auto tenant = CustomerRepository(session).findForLogin(m.tenant);
        if (!tenant)
            return tenant.error();
        if (!*tenant || (*tenant)->customer.role != Role::CustomerOwner) {
            qCWarning(lcServer).noquote() << "--ldap-group-map names tenant" << m.tenant
                                          << "which is not a customer_owner account";
            continue;
        }
        return Mapped(RoleAndTenant{Role::CustomerMember, (*tenant)->customer.id});
    }
    return Mapped();
}

Result<SignInOutcome> LdapSignIn::signIn(SqlSession &session, const QString &username,
                                         const QString &password)
{
    SignInOutcome outcome;
    auto person = m_directory->authenticate(username, password);
    if (!person) {
        if (person.error().kind == ErrorKind::Unavailable) {
            qCWarning(lcServer).noquote()
                << "directory sign-in unavailable:" << person.error().message;
            outcome.unavailable = person.error();
        }
        return outcome;
    }
    auto mapped = mapGroups(session, *person);
    if (!mapped)
        return mapped.error();
    CustomerRepository customers(session);
    auto existing = customers.findForLogin(person->username);
    if (!existing)
        return existing.error();
    if (!m_groupMap.isEmpty() && !*mapped) {
        outcome.refusal = LoginRefusal::forbidden(
            *existing ? std::optional<qint64>((*existing)->customer.id) : std::nullopt,
            u"bad_credentials"_s,
            u"Your directory account is in no group that gives access to RemoteGPU; ask an administrator"_s);
        return outcome;
    }
    if (!*existing)
        return provision(session, *person, *mapped);
    if (*mapped) {
        if (auto r = customers.updateRoleAndTenant((*existing)->customer.id, (*mapped)->first,
                                                   (*mapped)->second);
            !r)
            return r.error();
        existing = customers.findById((*existing)->customer.id);
        if (!existing || !*existing)
            return Error::internal(u"The account could not be read back"_s);
    }
    outcome.account = **existing;
    return outcome;
}

Result<SignInOutcome> LdapSignIn::provision(SqlSession &session, const DirectoryUser &person,
                                            const std::optional<RoleAndTenant> &mapped)
{
    SignInOutcome outcome;
    if (!m_provisionUsers) {
        outcome.refusal = LoginRefusal::forbidden(
            std::nullopt, u"unknown_user"_s,
            u"Your directory account has no RemoteGPU account; ask an administrator to create one"_s);
        return outcome;
    }
    CustomerRepository::NewAccount n;
    n.username = person.username;
    n.email = person.email.isEmpty() ? person.username + u"@directory.invalid"_s : person.email;
    n.passwordHash = QString::fromLatin1(CustomerRepository::kDirectoryPasswordMarker);
    n.role = mapped ? mapped->first : Role::CustomerMember;
    n.tenantId = mapped ? mapped->second : std::nullopt;
    n.userType = n.role == Role::Admin ? UserType::Admin : UserType::External;
    n.displayName = person.displayName;
    if (n.role == Role::CustomerMember && !n.tenantId) {
        outcome.refusal = LoginRefusal::forbidden(
            std::nullopt, u"unknown_user"_s,
            u"Your directory account maps to no tenant; ask an administrator"_s);
        return outcome;
    }
    CustomerRepository customers(session);
    auto id = customers.create(n);
    if (!id)
        return id.error();
    auto created = customers.findById(*id);
    if (!created || !*created)
        return Error::internal(u"The provisioned account could not be read back"_s);
    outcome.account = **created;
    return outcome;
}

Result<std::optional<AccountRecord>> LdapSignIn::recheck(SqlSession &session,
                                                         const AccountRecord &account)
{
    if (!account.isDirectoryOnly() || !m_directory || m_groupMap.isEmpty())
        return std::optional<AccountRecord>(account);
    auto person = m_directory->lookup(account.customer.username);
    std::optional<RoleAndTenant> mapped;
    if (person) {
        auto m = mapGroups(session, *person);
        if (!m)
            return m.error();
        mapped = *m;
    } else if (person.error().kind == ErrorKind::Unavailable) {
        return person.error(); // rolled back: the token stays usable once the directory is back
    }
    if (!mapped)
        return std::optional<AccountRecord>();
    CustomerRepository customers(session);
    if (auto r = customers.updateRoleAndTenant(account.customer.id, mapped->first, mapped->second);
        !r)
        return r.error();
    auto current = customers.findById(account.customer.id);
    if (!current || !*current)
        return Error::internal(u"The account could not be read back"_s);
    return *current;
}

} // namespace remotegpu
