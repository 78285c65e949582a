#include "SshKeyService.h"

#include "AuditRepository.h"
#include "SqlSession.h"
#include "SshKeyRepository.h"
#include "SshPublicKey.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<QList<SshKey>> SshKeyService::list(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return SshKeyRepository(*session).listOf(principal.id);
}

Result<SshKey> SshKeyService::add(const Principal &principal, const NewKey &request,
                                  const ClientInfo &client)
{
    const QJsonValue &keyValue = request.publicKey;
    if (!keyValue.isString())
        return Error::badRequest(u"publicKey is required: paste the contents of your .pub file"_s,
                                 {{u"publicKey"_s, u"publicKey is required"_s}});
    auto key = SshPublicKey::parse(keyValue.toString(), u"publicKey"_s);
    if (!key)
        return key.error();
    const QJsonValue &nameValue = request.name;
    if (!nameValue.isUndefined() && !nameValue.isNull() && !nameValue.isString())
        return Error::badRequest(u"name must be a string"_s, {{u"name"_s, u"must be a string"_s}});
    QString name = nameValue.toString().trimmed();
    if (name.isEmpty())
        name = key->comment.isEmpty() ? key->type : key->comment;
    if (name.size() > 64)
        return Error::badRequest(u"name must be at most 64 characters"_s,
                                 {{u"name"_s, u"must be at most 64 characters"_s}});
    const QString fingerprint = key->fingerprint();

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    SshKeyRepository keys(*session);
    auto existing = keys.findByFingerprint(principal.id, fingerprint);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::conflict(u"This key is already added to your account as '%1' (%2)"_s.arg(
            (*existing)->name, fingerprint));
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto added = keys.insert(principal.id, name, key->line(), fingerprint);
    if (!added)
        return added.error();
    AuditEntry e = client.auditBy(principal, u"ssh_key.create"_s, u"ssh_key"_s,
                                  QString::number(added->id), auditTenantOf(principal),
                                  QJsonObject{{u"name"_s, name},
                                              {u"fingerprint"_s, fingerprint},
                                              {u"type"_s, key->type},
                                              {u"bits"_s, key->bits}});
    e.statusCode = 201;
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *added;
}

Result<void> SshKeyService::remove(const Principal &principal, qint64 id, const ClientInfo &client)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    SshKeyRepository keys(*session);
    auto key = keys.find(id, principal.id);
    if (!key)
        return key.error();
    if (!*key)
        return Error::notFound(u"SSH key %1 not found"_s.arg(id));
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto removed = keys.remove(id, principal.id);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::notFound(u"SSH key %1 not found"_s.arg(id));
    if (auto r = AuditRepository(*session).insert(client.auditBy(
            principal, u"ssh_key.delete"_s, u"ssh_key"_s, QString::number(id),
            auditTenantOf(principal),
            QJsonObject{{u"name"_s, (*key)->name}, {u"fingerprint"_s, (*key)->fingerprint}}));
        !r)
        return r.error();
    return tx.commit();
}

} // namespace remotegpu
