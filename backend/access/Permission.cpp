#include "Permission.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Grant { None, Read, ReadWrite };

struct Row
{
    Module module;
    Grant admin;
    Grant owner;
    Grant member;
};

// Seed 001 §5.4, row by row.
constexpr Row kMatrix[] = {
    {Module::Profile, Grant::ReadWrite, Grant::ReadWrite, Grant::ReadWrite},
    {Module::AdminDashboard, Grant::ReadWrite, Grant::None, Grant::None},
    {Module::Machines, Grant::ReadWrite, Grant::None, Grant::None},
    {Module::Customers, Grant::ReadWrite, Grant::ReadWrite, Grant::Read},
    {Module::Allocations, Grant::ReadWrite, Grant::Read, Grant::Read},
    {Module::Monitoring, Grant::ReadWrite, Grant::ReadWrite, Grant::Read},
    {Module::Images, Grant::ReadWrite, Grant::ReadWrite, Grant::Read},
    {Module::Datasets, Grant::ReadWrite, Grant::ReadWrite, Grant::ReadWrite},
    {Module::Tasks, Grant::ReadWrite, Grant::ReadWrite, Grant::ReadWrite},
    {Module::SettingsAudit, Grant::ReadWrite, Grant::Read, Grant::None},
    {Module::Notifications, Grant::ReadWrite, Grant::ReadWrite, Grant::ReadWrite},
};

} // namespace

bool permits(Role role, const Permission &permission)
{
    if (permission.isPublic)
        return true;
    for (const Row &row : kMatrix) {
        if (row.module != permission.module)
            continue;
        const Grant grant = role == Role::Admin           ? row.admin
                            : role == Role::CustomerOwner ? row.owner
                                                          : row.member;
        return grant == Grant::ReadWrite ||
               (grant == Grant::Read && permission.access == AccessKind::Read);
    }
    return false;
}

QString moduleName(Module module)
{
    switch (module) {
    case Module::Profile:
        return u"profile"_s;
    case Module::AdminDashboard:
        return u"admin dashboard"_s;
    case Module::Machines:
        return u"machines"_s;
    case Module::Customers:
        return u"customers"_s;
    case Module::Allocations:
        return u"allocations"_s;
    case Module::Monitoring:
        return u"monitoring and alerts"_s;
    case Module::Images:
        return u"images"_s;
    case Module::Datasets:
        return u"datasets and storage"_s;
    case Module::Tasks:
        return u"tasks"_s;
    case Module::SettingsAudit:
        return u"settings and audit"_s;
    case Module::Notifications:
        return u"notifications"_s;
    }
    return u"unknown"_s;
}

} // namespace remotegpu
