#include "CustomerApi.h"

#include "JsonReader.h"

#include <QJsonArray>
#include <QUrl>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QString machinePath(const QString &id, const QString &tail = {})
{
    return u"/api/customer/machines/"_s + QString::fromUtf8(QUrl::toPercentEncoding(id)) + tail;
}

} // namespace

Result<CustomerApi::DashboardStats> CustomerApi::DashboardStats::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    DashboardStats s;
    s.activeAllocations = r.int64(u"activeAllocations"_s);
    s.gpus = r.int64(u"gpus"_s);
    s.expiringSoon = r.int64(u"expiringSoon"_s);
    s.tasksRunning = r.int64(u"tasksRunning"_s);
    s.tasksQueued = r.int64(u"tasksQueued"_s);
    s.storageUsedBytes = r.int64(u"storageUsedBytes"_s);
    s.unreadNotifications = r.int64(u"unreadNotifications"_s);
    return r.finish(std::move(s));
}

Result<CustomerApi::WorkspaceDetail> CustomerApi::WorkspaceDetail::fromJson(const QJsonObject &json)
{
    auto workspace = Workspace::fromJson(json);
    if (!workspace.ok())
        return std::move(workspace).error();
    JsonReader r(json);
    WorkspaceDetail d;
    d.workspace = std::move(workspace).value();
    d.members = r.objectList<WorkspaceMember>(u"members"_s);
    return r.finish(std::move(d));
}

QJsonObject CustomerApi::NotificationPreferences::toJson() const
{
    return {{u"email"_s, email},
            {u"expiryReminders"_s, expiryReminders},
            {u"alerts"_s, alerts},
            {u"taskUpdates"_s, taskUpdates}};
}

Result<CustomerApi::NotificationPreferences>
CustomerApi::NotificationPreferences::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    NotificationPreferences p;
    p.email = r.boolean(u"email"_s, true);
    p.expiryReminders = r.boolean(u"expiryReminders"_s, true);
    p.alerts = r.boolean(u"alerts"_s, true);
    p.taskUpdates = r.boolean(u"taskUpdates"_s, true);
    return r.finish(std::move(p));
}

void CustomerApi::dashboardStats(QObject *context, Reply<DashboardStats> reply) const
{
    api::get<DashboardStats>(*m_client, u"/api/customer/dashboard/stats"_s, {}, context,
                             std::move(reply));
}

void CustomerApi::machineSummary(QObject *context, Reply<CustomerMachineSummary> reply) const
{
    api::get<CustomerMachineSummary>(*m_client, u"/api/customer/machines/summary"_s, {}, context,
                                     std::move(reply));
}

void CustomerApi::recentTasks(QObject *context, Reply<QList<Task>> reply) const
{
    // The one route whose data is a bare array: read here, item by item, with Task::fromJson.
    api::get<QJsonValue>(*m_client, u"/api/customer/tasks/recent"_s, {}, context,
                         [reply = std::move(reply)](Result<QJsonValue> answer) {
                             if (!answer.ok()) {
                                 reply(std::move(answer).error());
                                 return;
                             }
                             JsonReader r(QJsonObject{{u"tasks"_s, *answer}});
                             QList<Task> tasks = r.objectList<Task>(u"tasks"_s);
                             reply(r.finish(std::move(tasks)));
                         });
}

void CustomerApi::monitoring(const QString &id, int minutes, QObject *context,
                             Reply<MachineMonitoring> reply) const
{
    QUrlQuery query;
    query.addQueryItem(u"minutes"_s, QString::number(minutes));
    api::get<MachineMonitoring>(*m_client, machinePath(id, u"/monitoring"_s), query, context,
                                std::move(reply));
}

void CustomerApi::processes(const QString &id, QObject *context,
                            Reply<MachineProcessReport> reply) const
{
    api::get<MachineProcessReport>(*m_client, machinePath(id, u"/processes"_s), {}, context,
                                   std::move(reply));
}

void CustomerApi::machineTasks(const QString &id, const PageRequest &request, QObject *context,
                               Reply<Page<Task>> reply) const
{
    api::page<Task>(*m_client, machinePath(id, u"/tasks"_s), request, context, std::move(reply));
}

void CustomerApi::workspaces(const PageRequest &request, QObject *context,
                             Reply<Page<Workspace>> reply) const
{
    api::page<Workspace>(*m_client, u"/api/customer/workspaces"_s, request, context,
                         std::move(reply));
}

void CustomerApi::workspace(qint64 id, QObject *context, Reply<WorkspaceDetail> reply) const
{
    api::get<WorkspaceDetail>(*m_client, u"/api/customer/workspaces/%1"_s.arg(id), {}, context,
                              std::move(reply));
}

void CustomerApi::createWorkspace(const QString &name, const QString &description, QObject *context,
                                  Reply<Workspace> reply) const
{
    QJsonObject body{{u"name"_s, name}, {u"type"_s, u"team"_s}};
    if (!description.isEmpty())
        body.insert(u"description"_s, description);
    api::post<Workspace>(*m_client, u"/api/customer/workspaces"_s, body, context, std::move(reply));
}

void CustomerApi::addWorkspaceMember(qint64 workspaceId, qint64 customerId, WorkspaceRole role,
                                     QObject *context, Reply<WorkspaceMember> reply) const
{
    api::post<WorkspaceMember>(
        *m_client, u"/api/customer/workspaces/%1/members"_s.arg(workspaceId),
        QJsonObject{{u"customerId"_s, customerId}, {u"role"_s, toString(role)}}, context,
        std::move(reply));
}

void CustomerApi::removeWorkspaceMember(qint64 workspaceId, qint64 customerId, QObject *context,
                                        Reply<void> reply) const
{
    api::remove<void>(*m_client,
                      u"/api/customer/workspaces/%1/members/%2"_s.arg(workspaceId).arg(customerId),
                      context, std::move(reply));
}

void CustomerApi::tenantAccounts(QObject *context, Reply<Page<Customer>> reply) const
{
    PageRequest request;
    request.pageSize = 200;
    request.sortBy = u"username"_s;
    api::page<Customer>(*m_client, u"/api/admin/customers"_s, request, context, std::move(reply));
}

void CustomerApi::profile(QObject *context, Reply<Customer> reply) const
{
    api::get<Customer>(*m_client, u"/api/customer/settings/profile"_s, {}, context,
                       std::move(reply));
}

void CustomerApi::updateProfile(const QJsonObject &changes, QObject *context,
                                Reply<Customer> reply) const
{
    api::put<Customer>(*m_client, u"/api/customer/settings/profile"_s, changes, context,
                       std::move(reply));
}

void CustomerApi::notificationPreferences(QObject *context,
                                          Reply<NotificationPreferences> reply) const
{
    api::get<NotificationPreferences>(*m_client, u"/api/customer/settings/notifications"_s, {},
                                      context, std::move(reply));
}

void CustomerApi::updateNotificationPreferences(const NotificationPreferences &preferences,
                                                QObject *context,
                                                Reply<NotificationPreferences> reply) const
{
    api::put<NotificationPreferences>(*m_client, u"/api/customer/settings/notifications"_s,
                                      preferences.toJson(), context, std::move(reply));
}

void CustomerApi::machines(const PageRequest &request, QObject *context,
                           Reply<Page<CustomerMachine>> reply) const
{
    api::page<CustomerMachine>(*m_client, u"/api/customer/machines"_s, request, context,
                               std::move(reply));
}

void CustomerApi::machine(const QString &id, QObject *context, Reply<CustomerMachine> reply) const
{
    api::get<CustomerMachine>(*m_client, machinePath(id), {}, context, std::move(reply));
}

void CustomerApi::notifications(const PageRequest &request, QObject *context,
                                Reply<Page<Notification>> reply) const
{
    api::page<Notification>(*m_client, u"/api/customer/notifications"_s, request, context,
                            std::move(reply));
}

void CustomerApi::markRead(qint64 id, QObject *context, Reply<void> reply) const
{
    api::post<void>(*m_client, u"/api/customer/notifications/%1/read"_s.arg(id), QJsonObject(),
                    context, std::move(reply));
}

void CustomerApi::markAllRead(QObject *context, Reply<void> reply) const
{
    api::post<void>(*m_client, u"/api/customer/notifications/read-all"_s, QJsonObject(), context,
                    std::move(reply));
}

void CustomerApi::sshKeys(QObject *context, Reply<QList<SshKey>> reply) const
{
    api::get<Page<SshKey>>(*m_client, u"/api/customer/settings/ssh-keys"_s, {}, context,
                           [reply = std::move(reply)](Result<Page<SshKey>> answer) {
                               if (!answer.ok())
                                   reply(std::move(answer).error());
                               else
                                   reply(std::move(answer).value().list);
                           });
}

void CustomerApi::addSshKey(const QString &name, const QString &publicKey, QObject *context,
                            Reply<SshKey> reply) const
{
    QJsonObject body{{u"publicKey"_s, publicKey}};
    if (!name.trimmed().isEmpty())
        body.insert(u"name"_s, name.trimmed());
    api::post<SshKey>(*m_client, u"/api/customer/settings/ssh-keys"_s, body, context,
                      std::move(reply));
}

void CustomerApi::deleteSshKey(qint64 id, QObject *context, Reply<void> reply) const
{
    api::remove<void>(*m_client, u"/api/customer/settings/ssh-keys/%1"_s.arg(id), context,
                      std::move(reply));
}

} // namespace remotegpu
