#pragma once

namespace remotegpu {

class AuthService;
class DatabasePool;
class RequestContext;
class Router;
struct ClientInfo;

// Route tables, one function per API area. Each route is registered with its Permission next to
// its handler; handlers stay thin: parse → call a service → envelope.
void registerAuthRoutes(Router &router, AuthService &auth);
void registerAuditRoutes(Router &router, DatabasePool &pool);

// The request's origin for audit rows and rate limits.
ClientInfo clientInfoOf(const RequestContext &ctx);

} // namespace remotegpu
