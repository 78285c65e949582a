#pragma once

#include "ApiCall.h"
#include "AuditEntry.h"
#include "Page.h"
#include "PageRequest.h"

namespace remotegpu {

// GET /api/admin/audits as typed calls (docs/api.md, "Audit trail").
class AuditApi
{
public:
    explicit AuditApi(ApiClient *client)
        : m_client(client)
    {}

    // One page of the audit trail, newest first unless the request sorts otherwise.
    void list(const PageRequest &request, QObject *context, Reply<Page<AuditEntry>> reply) const;

private:
    ApiClient *m_client;
};

} // namespace remotegpu
