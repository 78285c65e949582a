#include "ListFields.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

ListFields::ListFields(std::initializer_list<ListField> fields)
{
    for (const ListField &f : fields) {
        if (f.use & ListField::Sort)
            sortable.append(f.name);
        if (f.use & ListField::Filter)
            filterable.append(f.name);
        if (!f.column.isEmpty())
            m_columns.insert(f.name, f.column);
    }
}

const ListFields &ListFields::machines()
{
    // The status filter also matches the V2.1 spelling of online (MachineRepository).
    static const ListFields fields{
        {u"name"_s, ListField::Sort, u"h.name"_s},
        {u"ipAddress"_s, ListField::Sort, u"h.ip_address"_s},
        {u"region"_s, ListField::SortAndFilter, u"h.region"_s},
        {u"status"_s, ListField::SortAndFilter, u"h.status"_s},
        {u"totalGpu"_s, ListField::Sort, u"h.total_gpu"_s},
        {u"createdAt"_s, ListField::Sort, u"h.created_at"_s},
        {u"lastHeartbeat"_s, ListField::Sort, u"h.last_heartbeat"_s},
        // The current GPU load as the list shows it: none (offline, no agent yet) sorts below 0 %,
        // so "busiest first" starts with figures.
        {u"gpuAvgUtilization"_s, ListField::Sort,
         u"COALESCE((SELECT x.gpu_avg_utilization FROM host_metrics_latest x "
         "WHERE x.host_id = h.id AND h.status <> 'offline'), -1)"_s},
        {u"allocationState"_s, ListField::Filter, {}},
        {u"gpuModel"_s, ListField::Filter, {}},
        {u"gpuCountMin"_s, ListField::Filter, {}},
        {u"gpuCountMax"_s, ListField::Filter, {}},
        {u"tenantId"_s, ListField::Filter, {}},
        {u"q"_s, ListField::Filter, {}},
        // true: offline, flapping or with an unhealthy GPU (MachineRepository).
        {u"agentProblems"_s, ListField::Filter, {}},
    };
    return fields;
}

const ListFields &ListFields::allocations()
{
    static const ListFields fields{
        {u"startTime"_s, ListField::Sort, u"a.start_time"_s},
        {u"endTime"_s, ListField::Sort, u"a.end_time"_s},
        {u"createdAt"_s, ListField::Sort, u"a.created_at"_s},
        {u"status"_s, ListField::Filter, {}},
        {u"tenantId"_s, ListField::Filter, u"a.tenant_id"_s},
        {u"hostId"_s, ListField::Filter, u"a.host_id"_s},
        {u"from"_s, ListField::Filter, {}},
        {u"to"_s, ListField::Filter, {}},
    };
    return fields;
}

const ListFields &ListFields::audits()
{
    static const ListFields fields{
        {u"createdAt"_s, ListField::Sort, u"created_at"_s},
        {u"action"_s, ListField::SortAndFilter, u"action"_s},
        {u"username"_s, ListField::SortAndFilter, u"username"_s},
        {u"result"_s, ListField::SortAndFilter, u"result"_s},
        {u"actorId"_s, ListField::Filter, u"customer_id"_s},
        {u"resourceType"_s, ListField::Filter, u"resource_type"_s},
        {u"resourceId"_s, ListField::Filter, u"resource_id"_s},
        {u"traceId"_s, ListField::Filter, u"trace_id"_s},
        {u"tenantId"_s, ListField::Filter, u"tenant_id"_s},
        {u"from"_s, ListField::Filter, {}},
        {u"to"_s, ListField::Filter, {}},
    };
    return fields;
}

const ListFields &ListFields::customers()
{
    static const ListFields fields{
        {u"username"_s, ListField::Sort, u"lower(c.username)"_s},
        {u"createdAt"_s, ListField::Sort, u"c.created_at"_s},
        {u"lastLoginAt"_s, ListField::Sort, u"c.last_login_at"_s},
        {u"role"_s, ListField::Filter, u"c.role"_s},
        {u"status"_s, ListField::Filter, u"c.status"_s},
        {u"tenantId"_s, ListField::Filter, u"c.tenant_id"_s},
        {u"q"_s, ListField::Filter, {}},
    };
    return fields;
}

const ListFields &ListFields::customerMachines()
{
    static const ListFields fields{
        {u"id"_s, ListField::Sort, u"h.id"_s},
        {u"name"_s, ListField::Sort, u"h.name"_s},
        {u"region"_s, ListField::SortAndFilter, u"h.region"_s},
        {u"startTime"_s, ListField::Sort, u"a.start_time"_s},
        {u"endTime"_s, ListField::Sort, u"a.end_time"_s},
        // Filtered on the stored spellings of the statuses asked for (CustomerMachineRepository).
        {u"status"_s, ListField::Filter, u"h.status"_s},
        {u"gpuModel"_s, ListField::Filter, u"gm.model"_s},
    };
    return fields;
}

const ListFields &ListFields::notifications()
{
    static const ListFields fields{
        {u"createdAt"_s, ListField::Sort, u"created_at"_s},
        {u"isRead"_s, ListField::Filter, {}},
        {u"type"_s, ListField::Filter, u"type"_s},
    };
    return fields;
}

const ListFields &ListFields::workspaces()
{
    static const ListFields fields{
        {u"name"_s, ListField::Sort, u"lower(w.name)"_s},
        {u"createdAt"_s, ListField::Sort, u"w.created_at"_s},
        {u"tenantId"_s, ListField::Filter, u"w.tenant_id::text"_s},
        {u"status"_s, ListField::Filter, u"w.status"_s},
        {u"type"_s, ListField::Filter, u"w.type"_s},
    };
    return fields;
}

} // namespace remotegpu
