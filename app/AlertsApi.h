#pragma once

#include "Alert.h"
#include "AlertRule.h"
#include "ApiCall.h"
#include "Page.h"
#include "PageRequest.h"

#include <QList>
#include <QString>

namespace remotegpu {

// The alert and alert-rule routes (docs/api.md "Alerts"), typed. An administrator's calls go to
// /api/admin/..., a customer's to /api/customer/... (the same operations, limited by the server
// to the caller's tenant).
class AlertsApi
{
public:
    // A tenant or machine a rule's scope can name, as the scope picker lists it.
    struct ScopeChoice
    {
        QString id;
        QString label;
    };

    AlertsApi(ApiClient *client, bool admin)
        : m_client(client)
        , m_admin(admin)
    {}

    bool isAdmin() const { return m_admin; }

    void list(const PageRequest &request, QObject *context, Reply<Page<Alert>> reply) const;
    void acknowledge(qint64 id, QObject *context, Reply<Alert> reply) const;
    // Administrators only; `note` may be empty.
    void resolve(qint64 id, const QString &note, QObject *context, Reply<Alert> reply) const;

    void rules(QObject *context, Reply<Page<AlertRule>> reply) const;
    void createRule(const AlertRule &rule, QObject *context, Reply<AlertRule> reply) const;
    // Sends the fields a person may change (only threshold, duration, severity and enabled of a
    // built-in rule).
    void updateRule(const AlertRule &rule, QObject *context, Reply<AlertRule> reply) const;
    void deleteRule(qint64 id, QObject *context, Reply<void> reply) const;

    // What the scope picker may offer: every tenant (administrators; empty for a customer) and
    // every machine (administrators) or the caller's tenant's machines (customers).
    void tenantChoices(QObject *context, Reply<QList<ScopeChoice>> reply) const;
    void hostChoices(QObject *context, Reply<QList<ScopeChoice>> reply) const;

private:
    QString base() const;

    ApiClient *m_client;
    bool m_admin;
};

} // namespace remotegpu
