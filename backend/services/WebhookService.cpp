#include "WebhookService.h"

#include "AuditRepository.h"
#include "JsonWriter.h"
#include "SqlSession.h"
#include "WebhookDeliveryRepository.h"
#include "WebhookRepository.h"
#include "WebhookSignature.h"
#include "WebhookTargetPolicy.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

Result<void> mayManage(const Principal &principal)
{
    if (principal.role == Role::CustomerMember)
        return Error::forbidden(
            u"Only the tenant's owner can change webhooks; members can only read them"_s);
    return {};
}

Error notFound(qint64 id)
{
    return Error::notFound(u"webhook %1 not found"_s.arg(id));
}

std::optional<qint64> tenantOf(const Webhook &w)
{
    return w.tenantId > 0 ? std::optional<qint64>(w.tenantId) : std::nullopt;
}

// The webhook `id` as `principal` may see it: another tenant's reads as absent.
Result<Webhook> findVisible(WebhookRepository &repo, const Principal &principal, qint64 id)
{
    auto existing = repo.find(id, principal.scopeTenant());
    if (!existing)
        return existing.error();
    if (!*existing)
        return notFound(id);
    return **existing;
}

QJsonObject auditDetail(const Webhook &w)
{
    return QJsonObject{{u"name"_s, w.name},
                       {u"url"_s, w.url},
                       {u"events"_s, json::strings(w.events)},
                       {u"enabled"_s, w.enabled}};
}

// `base` with the change applied, when the change is well typed and the result valid.
Result<Webhook> changed(const WebhookChange &change, const Webhook &base)
{
    if (!change.fieldErrors.isEmpty())
        return Error::invalidFields(change.fieldErrors);
    Webhook w = change.appliedTo(base);
    if (const QList<FieldError> errors = w.validate(); !errors.isEmpty())
        return Error::invalidFields(errors);
    return w;
}

} // namespace

Result<void> WebhookService::checkTarget(const QString &url) const
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto allowPrivate = WebhookDeliveryRepository(*session).privateTargetsAllowed();
    if (!allowPrivate)
        return allowPrivate.error();
    auto addresses = WebhookTargetPolicy::check(url, *allowPrivate);
    if (!addresses)
        return addresses.error();
    return {};
}

Result<QList<Webhook>> WebhookService::list(const Principal &principal)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    return WebhookRepository(*session).list(principal.scopeTenant());
}

Result<Webhook> WebhookService::create(const Principal &principal, const WebhookChange &fields,
                                       const ClientInfo &client)
{
    if (auto r = mayManage(principal); !r)
        return r.error();
    auto hook = changed(fields, Webhook{});
    if (!hook)
        return hook.error();
    if (auto r = checkTarget(hook->url); !r)
        return r.error();
    const QString secret = WebhookSignature::newSecret();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto created = WebhookRepository(*session).insert(principal.id, *hook, secret);
    if (!created)
        return created.error();
    AuditEntry e =
        client.auditBy(principal, u"webhook.create"_s, u"webhook"_s, QString::number(created->id),
                       tenantOf(*created), auditDetail(*created));
    e.statusCode = 201;
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    created->secret = secret;
    return *created;
}

Result<Webhook> WebhookService::update(const Principal &principal, qint64 id,
                                       const WebhookChange &change, const ClientInfo &client)
{
    if (auto r = mayManage(principal); !r)
        return r.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    WebhookRepository repo(*session);
    auto existing = findVisible(repo, principal, id);
    if (!existing)
        return existing.error();
    auto hook = changed(change, *existing);
    if (!hook)
        return hook.error();
    if (hook->url != existing->url)
        if (auto r = checkTarget(hook->url); !r)
            return r.error();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto updated = repo.update(id, principal.scopeTenant(), *hook);
    if (!updated)
        return updated.error();
    if (!*updated)
        return notFound(id);
    if (!(*updated)->enabled)
        if (auto r = repo.cancelPending(id); !r)
            return r.error();
    QJsonObject detail = auditDetail(**updated);
    detail.insert(u"before"_s, auditDetail(*existing));
    if (auto r = AuditRepository(*session).insert(client.auditBy(principal, u"webhook.update"_s,
                                                                 u"webhook"_s, QString::number(id),
                                                                 tenantOf(**updated), detail));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return **updated;
}

Result<void> WebhookService::remove(const Principal &principal, qint64 id, const ClientInfo &client)
{
    if (auto r = mayManage(principal); !r)
        return r.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    WebhookRepository repo(*session);
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto existing = findVisible(repo, principal, id);
    if (!existing)
        return existing.error();
    auto removed = repo.remove(id, principal.scopeTenant());
    if (!removed)
        return removed.error();
    if (auto r = AuditRepository(*session).insert(
            client.auditBy(principal, u"webhook.delete"_s, u"webhook"_s, QString::number(id),
                           tenantOf(*existing), auditDetail(*existing)));
        !r)
        return r.error();
    return tx.commit();
}

Result<Webhook> WebhookService::rotateSecret(const Principal &principal, qint64 id,
                                             const ClientInfo &client)
{
    if (auto r = mayManage(principal); !r)
        return r.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    WebhookRepository repo(*session);
    auto existing = findVisible(repo, principal, id);
    if (!existing)
        return existing.error();
    const QString secret = WebhookSignature::newSecret();
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto set = repo.setSecret(id, principal.scopeTenant(), secret);
    if (!set)
        return set.error();
    if (!*set)
        return notFound(id);
    if (auto r = AuditRepository(*session).insert(
            client.auditBy(principal, u"webhook.rotate_secret"_s, u"webhook"_s, QString::number(id),
                           tenantOf(*existing), QJsonObject{{u"name"_s, existing->name}}));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    Webhook rotated = *existing;
    rotated.secret = secret;
    return rotated;
}

Result<QString> WebhookService::sendTest(const Principal &principal, qint64 id)
{
    if (auto r = mayManage(principal); !r)
        return r.error();
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    WebhookRepository repo(*session);
    auto existing = findVisible(repo, principal, id);
    if (!existing)
        return existing.error();
    if (!existing->enabled)
        return Error::conflict(
            u"webhook %1 is disabled: enable it before sending a test"_s.arg(id));
    auto eventId = repo.enqueueTest(*existing, QJsonObject{{u"webhookId"_s, id},
                                                           {u"name"_s, existing->name},
                                                           {u"requestedBy"_s, principal.username}});
    if (!eventId)
        return eventId.error();
    if (m_deliverNow)
        m_deliverNow();
    return *eventId;
}

Result<Page<WebhookAttempt>> WebhookService::attempts(const Principal &principal, qint64 id,
                                                      const PageRequest &request)
{
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    WebhookRepository repo(*session);
    auto existing = findVisible(repo, principal, id);
    if (!existing)
        return existing.error();
    return repo.attempts(id, request);
}

} // namespace remotegpu
