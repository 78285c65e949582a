#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

class AlertRuleService;
class AgentEnrollmentService;
class AlertService;
class AllocationService;
class AuditService;
class AuthService;
class CustomerMachineService;
class CustomerService;
class DashboardService;
class HeartbeatIngestService;
class MachineImportService;
class MachineService;
class MonitoringService;
class NotificationService;
class ProfileService;
class RequestContext;
class Router;
class SettingsService;
class SshKeyService;
class StatisticsService;
class TaskService;
class WebhookService;
class WorkspaceService;
struct ClientInfo;

// Route tables, one function per API area, each in the file of its name; each takes the
// services it calls (built once by Server). Each route is registered with its Permission next
// to its handler; handlers stay thin: parse → call a service → render.
void registerAuthRoutes(Router &router, AuthService &auth);
void registerAuditRoutes(Router &router, AuditService &audit);
// /api/admin/machines/import*: before /api/admin/machines/:id, so "import" is not an id.
void registerMachineImportRoutes(Router &router, MachineImportService &imports);
void registerMachineRoutes(Router &router, MachineService &machines);
void registerAllocationRoutes(Router &router, AllocationService &allocations);
void registerCustomerRoutes(Router &router, CustomerService &customers);
void registerWorkspaceRoutes(Router &router, WorkspaceService &workspaces);
void registerSettingsRoutes(Router &router, SettingsService &settings);
void registerNotificationRoutes(Router &router, NotificationService &notifications);
void registerCustomerSettingsRoutes(Router &router, ProfileService &profiles,
                                    NotificationService &notifications, SshKeyService &sshKeys);
void registerDashboardRoutes(Router &router, DashboardService &dashboard);
void registerStatisticsRoutes(Router &router, StatisticsService &statistics);
void registerCustomerMachineRoutes(Router &router, CustomerMachineService &machines);
void registerTaskRoutes(Router &router, TaskService &tasks);
void registerAlertRoutes(Router &router, AlertService &alerts, AlertRuleService &rules);
void registerWebhookRoutes(Router &router, WebhookService &webhooks);
// /api/agent/* (agent token) and the admin's agent token routes.
void registerAgentRoutes(Router &router, HeartbeatIngestService &ingest,
                         AgentEnrollmentService &enrollment);
// Realtime, history and status history of machines, and the /metrics/fleet export.
void registerMonitoringRoutes(Router &router, MonitoringService &monitoring);

// The request's origin for audit rows and rate limits.
ClientInfo clientInfoOf(const RequestContext &ctx);
// Path parameter `name` as a row id; one that is not a positive number names nothing: the same
// 404 as an absent row ("<what> <value> not found").
Result<qint64> pathId(const RequestContext &ctx, const QString &name, const QString &what);

} // namespace remotegpu
