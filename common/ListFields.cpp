#include "ListFields.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

const ListFields &ListFields::machines()
{
    static const ListFields fields{{u"name"_s, u"ipAddress"_s, u"region"_s, u"status"_s,
                                    u"totalGpu"_s, u"createdAt"_s, u"lastHeartbeat"_s},
                                   {u"status"_s, u"allocationState"_s, u"region"_s, u"gpuModel"_s,
                                    u"gpuCountMin"_s, u"gpuCountMax"_s, u"tenantId"_s, u"q"_s}};
    return fields;
}

const ListFields &ListFields::allocations()
{
    static const ListFields fields{{u"startTime"_s, u"endTime"_s, u"createdAt"_s},
                                   {u"status"_s, u"tenantId"_s, u"hostId"_s, u"from"_s, u"to"_s}};
    return fields;
}

const ListFields &ListFields::audits()
{
    static const ListFields fields{{u"createdAt"_s, u"action"_s, u"username"_s, u"result"_s},
                                   {u"actorId"_s, u"username"_s, u"action"_s, u"resourceType"_s,
                                    u"resourceId"_s, u"result"_s, u"traceId"_s, u"tenantId"_s,
                                    u"from"_s, u"to"_s}};
    return fields;
}

const ListFields &ListFields::customers()
{
    static const ListFields fields{{u"username"_s, u"createdAt"_s, u"lastLoginAt"_s},
                                   {u"role"_s, u"status"_s, u"tenantId"_s, u"q"_s}};
    return fields;
}

const ListFields &ListFields::customerMachines()
{
    static const ListFields fields{{u"id"_s, u"name"_s, u"region"_s, u"startTime"_s, u"endTime"_s},
                                   {u"region"_s, u"status"_s, u"gpuModel"_s}};
    return fields;
}

const ListFields &ListFields::notifications()
{
    static const ListFields fields{{u"createdAt"_s}, {u"isRead"_s, u"type"_s}};
    return fields;
}

const ListFields &ListFields::workspaces()
{
    static const ListFields fields{{u"name"_s, u"createdAt"_s},
                                   {u"tenantId"_s, u"status"_s, u"type"_s}};
    return fields;
}

} // namespace remotegpu
