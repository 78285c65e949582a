#include "AlertsApi.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// The body of a rule write: the fields the server reads (a built-in rule's other fields would
// be refused as changes).
QJsonObject ruleBody(const AlertRule &rule)
{
    QJsonObject body{{u"threshold"_s, rule.threshold},
                     {u"duration"_s, rule.duration},
                     {u"severity"_s, toString(rule.severity)},
                     {u"enabled"_s, rule.enabled}};
    if (rule.builtIn())
        return body;
    body.insert(u"name"_s, rule.name);
    body.insert(u"description"_s, rule.description);
    body.insert(u"metricType"_s, rule.metricType);
    body.insert(u"comparison"_s, toString(rule.comparison));
    body.insert(u"scope"_s, AlertRule::scopeName(rule.scope));
    body.insert(u"tenantId"_s, rule.tenantId ? QJsonValue(*rule.tenantId) : QJsonValue());
    body.insert(u"hostId"_s, rule.hostId.isEmpty() ? QJsonValue() : QJsonValue(rule.hostId));
    return body;
}

// The first page (200 rows, the most a page holds) of a list route, as choices.
void choices(ApiClient &client, const QString &path, const QJsonObject &filters,
             std::function<AlertsApi::ScopeChoice(const QJsonObject &)> choice, QObject *context,
             Reply<QList<AlertsApi::ScopeChoice>> reply)
{
    QUrlQuery query;
    query.addQueryItem(u"pageSize"_s, u"200"_s);
    if (!filters.isEmpty())
        query.addQueryItem(
            u"filters"_s, QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    api::get<QJsonObject>(
        client, path, query, context,
        [choice = std::move(choice), reply = std::move(reply)](Result<QJsonObject> answer) {
            if (!answer) {
                reply(answer.error());
                return;
            }
            QList<AlertsApi::ScopeChoice> out;
            for (const QJsonValue &v : answer->value(u"list"_s).toArray())
                out.append(choice(v.toObject()));
            reply(out);
        });
}

} // namespace

QString AlertsApi::base() const
{
    return m_admin ? u"/api/admin"_s : u"/api/customer"_s;
}

void AlertsApi::list(const PageRequest &request, QObject *context, Reply<Page<Alert>> reply) const
{
    api::page<Alert>(*m_client, base() + u"/alerts"_s, request, context, std::move(reply));
}

void AlertsApi::acknowledge(qint64 id, QObject *context, Reply<Alert> reply) const
{
    api::post<Alert>(*m_client, base() + u"/alerts/%1/ack"_s.arg(id), QJsonObject(), context,
                     std::move(reply));
}

void AlertsApi::resolve(qint64 id, const QString &note, QObject *context, Reply<Alert> reply) const
{
    QJsonObject body;
    if (!note.trimmed().isEmpty())
        body.insert(u"note"_s, note.trimmed());
    api::post<Alert>(*m_client, u"/api/admin/alerts/%1/resolve"_s.arg(id), body, context,
                     std::move(reply));
}

void AlertsApi::rules(QObject *context, Reply<Page<AlertRule>> reply) const
{
    api::get<Page<AlertRule>>(*m_client, base() + u"/alert-rules"_s, {}, context, std::move(reply));
}

void AlertsApi::createRule(const AlertRule &rule, QObject *context, Reply<AlertRule> reply) const
{
    api::post<AlertRule>(*m_client, base() + u"/alert-rules"_s, ruleBody(rule), context,
                         std::move(reply));
}

void AlertsApi::updateRule(const AlertRule &rule, QObject *context, Reply<AlertRule> reply) const
{
    api::put<AlertRule>(*m_client, base() + u"/alert-rules/%1"_s.arg(rule.id), ruleBody(rule),
                        context, std::move(reply));
}

void AlertsApi::deleteRule(qint64 id, QObject *context, Reply<void> reply) const
{
    api::remove<void>(*m_client, base() + u"/alert-rules/%1"_s.arg(id), context, std::move(reply));
}

void AlertsApi::tenantChoices(QObject *context, Reply<QList<ScopeChoice>> reply) const
{
    if (!m_admin) {
        reply(QList<ScopeChoice>());
        return;
    }
    choices(
        *m_client, u"/api/admin/customers"_s, QJsonObject{{u"role"_s, u"customer_owner"_s}},
        [](const QJsonObject &c) {
            QString label = c.value(u"company"_s).toString();
            if (label.isEmpty())
                label = c.value(u"username"_s).toString();
            return ScopeChoice{QString::number(c.value(u"id"_s).toInteger()), label};
        },
        context, std::move(reply));
}

void AlertsApi::hostChoices(QObject *context, Reply<QList<ScopeChoice>> reply) const
{
    choices(
        *m_client, base() + u"/machines"_s, {},
        [](const QJsonObject &m) {
            const QString id = m.value(u"id"_s).toString();
            const QString name = m.value(u"name"_s).toString();
            return ScopeChoice{id, name.isEmpty() || name == id ? id : name + u" ("_s + id + u')'};
        },
        context, std::move(reply));
}

} // namespace remotegpu
