#include "AuditApi.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

void AuditApi::list(const PageRequest &request, QObject *context,
                    Reply<Page<AuditEntry>> reply) const
{
    api::page<AuditEntry>(*m_client, u"/api/admin/audits"_s, request, context, std::move(reply));
}

} // namespace remotegpu
