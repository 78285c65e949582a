#pragma once

#include "Clock.h"
#include "CustomerMachine.h"
#include "CustomerMachineSummary.h"
#include "GpuProcessSnapshot.h"
#include "MachineMonitoring.h"
#include "MetricHistoryPlan.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"
#include "Task.h"

#include <QJsonObject>
#include <QString>

namespace remotegpu {

class DatabasePool;

// "My machines" of the customer side: the machines the caller's tenant holds now (every tenant's
// for an admin), their summary, and a held machine's recent metrics, GPU processes and tasks.
// A machine the tenant does not hold now answers 404, never 403.
class CustomerMachineService
{
public:
    CustomerMachineService(DatabasePool &pool, const Clock &clock)
        : m_pool(pool)
        , m_clock(clock)
    {}

    const Clock &clock() const { return m_clock; }

    Result<Page<CustomerMachine>> list(const Principal &principal,
                                       const PageRequest &request) const;
    Result<CustomerMachine> machine(const Principal &principal, const QString &id) const;
    Result<CustomerMachineSummary> summary(const Principal &principal) const;

    // The machine's history over the plan's window, never from before the tenant's allocation
    // started (the window's start is moved up to it): the same reading as the admin's.
    Result<MachineMonitoring> monitoring(const Principal &principal, const QString &hostId,
                                         MetricHistoryPlan plan) const;
    // The GPU processes the machine's agent reported last, empty (reportedAt null) when that
    // report predates the tenant's allocation.
    Result<GpuProcessSnapshot> processes(const Principal &principal, const QString &hostId) const;
    Result<Page<Task>> tasks(const Principal &principal, const QString &hostId,
                             const PageRequest &request) const;

private:
    DatabasePool &m_pool;
    const Clock &m_clock;
};

} // namespace remotegpu
