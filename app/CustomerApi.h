#pragma once

#include "ApiCall.h"
#include "Customer.h"
#include "CustomerMachine.h"
#include "CustomerMachineSummary.h"
#include "MachineMonitoring.h"
#include "MachineProcessReport.h"
#include "Notification.h"
#include "Page.h"
#include "PageRequest.h"
#include "SshKey.h"
#include "Task.h"
#include "Workspace.h"
#include "WorkspaceMember.h"

#include <QList>

namespace remotegpu {

// The customer side's typed calls (docs/api.md, "Customer workbench and machines" and
// "Settings, notifications, profile and SSH keys"): what an owner or member sees of their tenant.
class CustomerApi
{
public:
    // GET /api/customer/dashboard/stats: the tenant's figures for the workbench (the unread
    // count is the caller's own).
    struct DashboardStats
    {
        qint64 activeAllocations = 0;
        qint64 gpus = 0;
        qint64 expiringSoon = 0;
        qint64 tasksRunning = 0;
        qint64 tasksQueued = 0;
        qint64 storageUsedBytes = 0;
        qint64 unreadNotifications = 0;

        static Result<DashboardStats> fromJson(const QJsonObject &json);
    };
    // GET /api/customer/workspaces/:id: the workspace and its members.
    struct WorkspaceDetail
    {
        Workspace workspace;
        QList<WorkspaceMember> members;

        static Result<WorkspaceDetail> fromJson(const QJsonObject &json);
    };
    // GET/PUT /api/customer/settings/notifications: what the caller wants to be told about.
    struct NotificationPreferences
    {
        bool email = true;
        bool expiryReminders = true;
        bool alerts = true;
        bool taskUpdates = true;

        QJsonObject toJson() const;
        static Result<NotificationPreferences> fromJson(const QJsonObject &json);
        friend bool operator==(const NotificationPreferences &,
                               const NotificationPreferences &) = default;
    };

    explicit CustomerApi(ApiClient *client)
        : m_client(client)
    {}

    // GET /api/customer/machines: the machines the caller's tenant holds now.
    void machines(const PageRequest &request, QObject *context,
                  Reply<Page<CustomerMachine>> reply) const;
    // GET /api/customer/machines/:id, with its GPUs.
    void machine(const QString &id, QObject *context, Reply<CustomerMachine> reply) const;

    void dashboardStats(QObject *context, Reply<DashboardStats> reply) const;
    void machineSummary(QObject *context, Reply<CustomerMachineSummary> reply) const;
    // GET /api/customer/tasks/recent: the tenant's ten newest tasks.
    void recentTasks(QObject *context, Reply<QList<Task>> reply) const;
    // A held machine's readings over the last `minutes`, its last process report and its tasks
    // (newest first).
    void monitoring(const QString &id, int minutes, QObject *context,
                    Reply<MachineMonitoring> reply) const;
    void processes(const QString &id, QObject *context, Reply<MachineProcessReport> reply) const;
    void machineTasks(const QString &id, const PageRequest &request, QObject *context,
                      Reply<Page<Task>> reply) const;

    // The tenant's workspaces (teams) and their members.
    void workspaces(const PageRequest &request, QObject *context,
                    Reply<Page<Workspace>> reply) const;
    void workspace(qint64 id, QObject *context, Reply<WorkspaceDetail> reply) const;
    // A team workspace; the caller (an owner) becomes its first member.
    void createWorkspace(const QString &name, const QString &description, QObject *context,
                         Reply<Workspace> reply) const;
    void addWorkspaceMember(qint64 workspaceId, qint64 customerId, WorkspaceRole role,
                            QObject *context, Reply<WorkspaceMember> reply) const;
    void removeWorkspaceMember(qint64 workspaceId, qint64 customerId, QObject *context,
                               Reply<void> reply) const;
    // The accounts of the caller's tenant (GET /api/admin/customers, which answers an owner or
    // member with its own tenant only), for naming members and choosing whom to add.
    void tenantAccounts(QObject *context, Reply<Page<Customer>> reply) const;

    // The caller's own account and notification preferences. `changes` holds only the fields
    // to change (displayName, fullName, phone, avatarUrl; company for owners).
    void profile(QObject *context, Reply<Customer> reply) const;
    void updateProfile(const QJsonObject &changes, QObject *context, Reply<Customer> reply) const;
    void notificationPreferences(QObject *context, Reply<NotificationPreferences> reply) const;
    void updateNotificationPreferences(const NotificationPreferences &preferences, QObject *context,
                                       Reply<NotificationPreferences> reply) const;

    // GET /api/customer/notifications (the caller's own, newest first).
    void notifications(const PageRequest &request, QObject *context,
                       Reply<Page<Notification>> reply) const;
    void markRead(qint64 id, QObject *context, Reply<void> reply) const;
    void markAllRead(QObject *context, Reply<void> reply) const;

    // The caller's SSH keys.
    void sshKeys(QObject *context, Reply<QList<SshKey>> reply) const;
    void addSshKey(const QString &name, const QString &publicKey, QObject *context,
                   Reply<SshKey> reply) const;
    void deleteSshKey(qint64 id, QObject *context, Reply<void> reply) const;

private:
    ApiClient *m_client;
};

} // namespace remotegpu
