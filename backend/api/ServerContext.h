#pragma once

namespace remotegpu {

class AuthService;
class Clock;
class DatabasePool;
class RateLimiter;
struct ServerConfig;

// What route tables may use: the services of one running server, handed in explicitly (no
// singletons reached from handlers).
struct ServerContext
{
    DatabasePool &pool;
    RateLimiter &limiter;
    AuthService &auth;
    const Clock &clock; // "now" for every service the routes build
    const ServerConfig &config;
};

} // namespace remotegpu
