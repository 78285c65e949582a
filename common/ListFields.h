#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace remotegpu {

// One field a list can be sorted or filtered by: its wire name, what it may be used for, and the
// SQL expression the server sorts or filters by. The expression is empty where the repository
// builds the condition by hand (a text search, a time range, a derived state); the console never
// reads it.
struct ListField
{
    enum Use { Sort = 1, Filter = 2, SortAndFilter = Sort | Filter };

    QString name;
    Use use = SortAndFilter;
    QString column;
};

// Which fields a list answer can be sorted and filtered by (seed 001 §4.2): the server refuses
// anything else with a 400, and the console offers exactly these, so both read this one table.
// Each resource's fields are written once, with their SQL, so a repository cannot sort or filter
// by a field the table does not list.
class ListFields
{
public:
    ListFields(std::initializer_list<ListField> fields);

    QStringList sortable;
    QStringList filterable;

    // The SQL expression the server uses for `name`; empty for a field built by hand or unknown.
    QString column(const QString &name) const { return m_columns.value(name); }

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

private:
    QHash<QString, QString> m_columns;
};

} // namespace remotegpu
