#pragma once

#include "EnumTable.h"

// Every status and kind the API speaks, each with its one table of wire strings (seed 001 §4.3
// for statuses). Use toString(value) and fromString<Enum>(text) from EnumTable.h.

namespace remotegpu {

// Whether the machine is reachable. V2.1 also stored `allocated` in hosts.status; allocation is
// a separate axis here (AllocationState, derived from the allocations table), so a stored
// `allocated` reads as Online — it was written by a heartbeat-era host that was up and rented.
// Machine::fromJson additionally turns it into AllocationState::Allocated. We only write the
// three §4.3 values.
enum class MachineStatus { Online, Offline, Maintenance };
template<>
struct EnumTraits<MachineStatus>
{
    static constexpr std::array names{
        EnumName<MachineStatus>{MachineStatus::Online, u"online"},
        EnumName<MachineStatus>{MachineStatus::Offline, u"offline"},
        EnumName<MachineStatus>{MachineStatus::Maintenance, u"maintenance"},
    };
    static constexpr std::array aliases{
        EnumName<MachineStatus>{MachineStatus::Online, u"allocated"},
    };
};
static_assert(isUniqueTable(EnumTraits<MachineStatus>::names));

// Whether a machine is rented, as shown in machine lists: `expiring` is an active allocation
// ending within the warning window (see Allocation::stateAt).
enum class AllocationState { Allocated, Unallocated, Expiring };
template<>
struct EnumTraits<AllocationState>
{
    static constexpr std::array names{
        EnumName<AllocationState>{AllocationState::Allocated, u"allocated"},
        EnumName<AllocationState>{AllocationState::Unallocated, u"unallocated"},
        EnumName<AllocationState>{AllocationState::Expiring, u"expiring"},
    };
};
static_assert(isUniqueTable(EnumTraits<AllocationState>::names));

// The lifecycle of one allocation record.
enum class AllocationStatus { Active, Expired, Reclaimed, Pending };
template<>
struct EnumTraits<AllocationStatus>
{
    static constexpr std::array names{
        EnumName<AllocationStatus>{AllocationStatus::Active, u"active"},
        EnumName<AllocationStatus>{AllocationStatus::Expired, u"expired"},
        EnumName<AllocationStatus>{AllocationStatus::Reclaimed, u"reclaimed"},
        EnumName<AllocationStatus>{AllocationStatus::Pending, u"pending"},
    };
};
static_assert(isUniqueTable(EnumTraits<AllocationStatus>::names));

enum class TaskStatus { Queued, Running, Succeeded, Failed, Stopped };
template<>
struct EnumTraits<TaskStatus>
{
    static constexpr std::array names{
        EnumName<TaskStatus>{TaskStatus::Queued, u"queued"},
        EnumName<TaskStatus>{TaskStatus::Running, u"running"},
        EnumName<TaskStatus>{TaskStatus::Succeeded, u"succeeded"},
        EnumName<TaskStatus>{TaskStatus::Failed, u"failed"},
        EnumName<TaskStatus>{TaskStatus::Stopped, u"stopped"},
    };
};
static_assert(isUniqueTable(EnumTraits<TaskStatus>::names));

// V2.1 rows say `ready` for a usable dataset; the API reports it as `available`.
enum class DatasetStatus { Uploading, Processing, Available, Failed };
template<>
struct EnumTraits<DatasetStatus>
{
    static constexpr std::array names{
        EnumName<DatasetStatus>{DatasetStatus::Uploading, u"uploading"},
        EnumName<DatasetStatus>{DatasetStatus::Processing, u"processing"},
        EnumName<DatasetStatus>{DatasetStatus::Available, u"available"},
        EnumName<DatasetStatus>{DatasetStatus::Failed, u"failed"},
    };
    static constexpr std::array aliases{
        EnumName<DatasetStatus>{DatasetStatus::Available, u"ready"},
    };
};
static_assert(isUniqueTable(EnumTraits<DatasetStatus>::names));

enum class ImageStatus { Building, Available, Failed, Rejected };
template<>
struct EnumTraits<ImageStatus>
{
    static constexpr std::array names{
        EnumName<ImageStatus>{ImageStatus::Building, u"building"},
        EnumName<ImageStatus>{ImageStatus::Available, u"available"},
        EnumName<ImageStatus>{ImageStatus::Failed, u"failed"},
        EnumName<ImageStatus>{ImageStatus::Rejected, u"rejected"},
    };
    // §11.3's column default, so rows written with it read as usable.
    static constexpr std::array aliases{
        EnumName<ImageStatus>{ImageStatus::Available, u"active"},
    };
};
static_assert(isUniqueTable(EnumTraits<ImageStatus>::names));

enum class AlertStatus { Active, Acknowledged, Resolved };
template<>
struct EnumTraits<AlertStatus>
{
    static constexpr std::array names{
        EnumName<AlertStatus>{AlertStatus::Active, u"active"},
        EnumName<AlertStatus>{AlertStatus::Acknowledged, u"acknowledged"},
        EnumName<AlertStatus>{AlertStatus::Resolved, u"resolved"},
    };
    // §11.3's alert_records default: a firing alert is an active one.
    static constexpr std::array aliases{
        EnumName<AlertStatus>{AlertStatus::Active, u"firing"},
    };
};
static_assert(isUniqueTable(EnumTraits<AlertStatus>::names));

// customers.role (schema V2.1): the permission matrix of seed 001 §5.4.
enum class Role { Admin, CustomerOwner, CustomerMember };
template<>
struct EnumTraits<Role>
{
    static constexpr std::array names{
        EnumName<Role>{Role::Admin, u"admin"},
        EnumName<Role>{Role::CustomerOwner, u"customer_owner"},
        EnumName<Role>{Role::CustomerMember, u"customer_member"},
    };
};
static_assert(isUniqueTable(EnumTraits<Role>::names));

enum class UserType { Admin, External };
template<>
struct EnumTraits<UserType>
{
    static constexpr std::array names{
        EnumName<UserType>{UserType::Admin, u"admin"},
        EnumName<UserType>{UserType::External, u"external"},
    };
};
static_assert(isUniqueTable(EnumTraits<UserType>::names));

enum class CustomerStatus { Active, Disabled };
template<>
struct EnumTraits<CustomerStatus>
{
    static constexpr std::array names{
        EnumName<CustomerStatus>{CustomerStatus::Active, u"active"},
        EnumName<CustomerStatus>{CustomerStatus::Disabled, u"disabled"},
    };
};
static_assert(isUniqueTable(EnumTraits<CustomerStatus>::names));

// Also the level of a Notification: one scale for everything that asks for attention.
enum class AlertSeverity { Info, Warning, Critical };
template<>
struct EnumTraits<AlertSeverity>
{
    static constexpr std::array names{
        EnumName<AlertSeverity>{AlertSeverity::Info, u"info"},
        EnumName<AlertSeverity>{AlertSeverity::Warning, u"warning"},
        EnumName<AlertSeverity>{AlertSeverity::Critical, u"critical"},
    };
};
static_assert(isUniqueTable(EnumTraits<AlertSeverity>::names));

enum class DatasetVisibility { Private, Shared, Public };
template<>
struct EnumTraits<DatasetVisibility>
{
    static constexpr std::array names{
        EnumName<DatasetVisibility>{DatasetVisibility::Private, u"private"},
        EnumName<DatasetVisibility>{DatasetVisibility::Shared, u"shared"},
        EnumName<DatasetVisibility>{DatasetVisibility::Public, u"public"},
    };
};
static_assert(isUniqueTable(EnumTraits<DatasetVisibility>::names));

enum class TaskType { Training, Inference };
template<>
struct EnumTraits<TaskType>
{
    static constexpr std::array names{
        EnumName<TaskType>{TaskType::Training, u"training"},
        EnumName<TaskType>{TaskType::Inference, u"inference"},
    };
};
static_assert(isUniqueTable(EnumTraits<TaskType>::names));

enum class GpuStatus { Available, Allocated };
template<>
struct EnumTraits<GpuStatus>
{
    static constexpr std::array names{
        EnumName<GpuStatus>{GpuStatus::Available, u"available"},
        EnumName<GpuStatus>{GpuStatus::Allocated, u"allocated"},
    };
};
static_assert(isUniqueTable(EnumTraits<GpuStatus>::names));

// system_configs.config_type (schema V2.1).
enum class SettingType { String, Int, Bool, Json };
template<>
struct EnumTraits<SettingType>
{
    static constexpr std::array names{
        EnumName<SettingType>{SettingType::String, u"string"},
        EnumName<SettingType>{SettingType::Int, u"int"},
        EnumName<SettingType>{SettingType::Bool, u"bool"},
        EnumName<SettingType>{SettingType::Json, u"json"},
    };
};
static_assert(isUniqueTable(EnumTraits<SettingType>::names));

// alert_rules.comparison: how a sample is compared with the threshold. Words rather than `>`
// so the value survives URLs, filters and CSV without escaping.
enum class AlertComparison { Greater, GreaterOrEqual, Less, LessOrEqual, Equal };
template<>
struct EnumTraits<AlertComparison>
{
    static constexpr std::array names{
        EnumName<AlertComparison>{AlertComparison::Greater, u"gt"},
        EnumName<AlertComparison>{AlertComparison::GreaterOrEqual, u"gte"},
        EnumName<AlertComparison>{AlertComparison::Less, u"lt"},
        EnumName<AlertComparison>{AlertComparison::LessOrEqual, u"lte"},
        EnumName<AlertComparison>{AlertComparison::Equal, u"eq"},
    };
};
static_assert(isUniqueTable(EnumTraits<AlertComparison>::names));

// workspace_members.role.
enum class WorkspaceRole { Owner, Admin, Member };
template<>
struct EnumTraits<WorkspaceRole>
{
    static constexpr std::array names{
        EnumName<WorkspaceRole>{WorkspaceRole::Owner, u"owner"},
        EnumName<WorkspaceRole>{WorkspaceRole::Admin, u"admin"},
        EnumName<WorkspaceRole>{WorkspaceRole::Member, u"member"},
    };
};
static_assert(isUniqueTable(EnumTraits<WorkspaceRole>::names));

// Outcome of an audited action (DESIGN: every audit row records its result).
enum class AuditResult { Success, Failure };
template<>
struct EnumTraits<AuditResult>
{
    static constexpr std::array names{
        EnumName<AuditResult>{AuditResult::Success, u"success"},
        EnumName<AuditResult>{AuditResult::Failure, u"failure"},
    };
};
static_assert(isUniqueTable(EnumTraits<AuditResult>::names));

// The `order` list parameter.
enum class SortOrder { Asc, Desc };
template<>
struct EnumTraits<SortOrder>
{
    static constexpr std::array names{
        EnumName<SortOrder>{SortOrder::Asc, u"asc"},
        EnumName<SortOrder>{SortOrder::Desc, u"desc"},
    };
};
static_assert(isUniqueTable(EnumTraits<SortOrder>::names));

} // namespace remotegpu
