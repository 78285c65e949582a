#include "ApiRoutes.h"
#include "Router.h"
#include "ServerContext.h"

namespace remotegpu {

void registerMachineImportRoutes(Router &router, const ServerContext &context)
{
    Q_UNUSED(router);
    Q_UNUSED(context);
}

} // namespace remotegpu
