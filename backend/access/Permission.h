#pragma once

#include "Enums.h"

#include <QString>

namespace remotegpu {

// The modules of the permission matrix, seed 001 §5.4.
enum class Module {
    Profile,        // 认证与个人资料: one's own account
    AdminDashboard, // 管理员仪表盘/统计
    Machines,       // 机器管理（全局）
    Customers,      // 客户/租户管理
    Allocations,    // 分配管理
    Monitoring,     // 监控与告警
    Images,         // 镜像管理
    Datasets,       // 数据集与存储
    Tasks,          // 任务管理
    SettingsAudit,  // 系统设置与审计
    Notifications,  // 通知中心
};

enum class AccessKind { Read, Write };

// What a route demands. Every route is registered with one, next to its handler, and the router
// checks it before the handler runs: the matrix is enforced in this one place. Row-level limits
// (a customer sees only its tenant, a member only its own tasks) are the services' job.
struct Permission
{
    bool isPublic = false;
    Module module = Module::Profile;
    AccessKind access = AccessKind::Read;

    static Permission publicRoute() { return {true, Module::Profile, AccessKind::Read}; }
    static Permission read(Module m) { return {false, m, AccessKind::Read}; }
    static Permission write(Module m) { return {false, m, AccessKind::Write}; }
};

// The matrix itself: M (platform-wide) and W (own tenant read/write) admit both kinds, R reads
// only, - nothing.
bool permits(Role role, const Permission &permission);
QString moduleName(Module module);

} // namespace remotegpu
