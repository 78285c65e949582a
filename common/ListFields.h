#pragma once

#include <QStringList>

namespace remotegpu {

// Which fields a list answer can be sorted and filtered by (seed 001 §4.2): the server refuses
// anything else with a 400, and the console offers exactly these, so both read this one table.
struct ListFields
{
    QStringList sortable;
    QStringList filterable;

    // GET /api/admin/machines
    static const ListFields &machines();
    // GET /api/admin/allocations
    static const ListFields &allocations();
    // GET /api/admin/audits
    static const ListFields &audits();
    // GET /api/admin/customers
    static const ListFields &customers();
    // GET /api/customer/machines
    static const ListFields &customerMachines();
    // GET /api/customer/notifications
    static const ListFields &notifications();
    // GET /api/customer/workspaces
    static const ListFields &workspaces();
};

} // namespace remotegpu
