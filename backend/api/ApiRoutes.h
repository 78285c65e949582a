#pragma once

namespace remotegpu {

class AuthService;
class DatabasePool;
class RequestContext;
class Router;
struct ClientInfo;
struct ServerContext;

// Route tables, one function per API area. Each route is registered with its Permission next to
// its handler; handlers stay thin: parse → call a service → envelope.
void registerAuthRoutes(Router &router, AuthService &auth);
void registerAuditRoutes(Router &router, DatabasePool &pool);
// The fleet API (issue "The fleet API"), one table per area, each in its own file.
void registerMachineRoutes(Router &router, const ServerContext &context);
void registerMachineImportRoutes(Router &router, const ServerContext &context);
void registerAllocationRoutes(Router &router, const ServerContext &context);
void registerCustomerRoutes(Router &router, const ServerContext &context);
void registerDashboardRoutes(Router &router, const ServerContext &context);

// The request's origin for audit rows and rate limits.
ClientInfo clientInfoOf(const RequestContext &ctx);

} // namespace remotegpu
