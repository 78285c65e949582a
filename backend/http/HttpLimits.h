#pragma once

#include <QtGlobal>

namespace remotegpu {

// What one client may cost the server. Each has a flag (ServerConfig) and is listed with what it
// protects in docs/security.md.
struct HttpLimits
{
    qint64 maxHeaderBytes = qint64(16) * 1024; // request line + headers; more → 431
    int maxHeaderCount = 100;                  // header lines; more → 431
    // Body limits are the router's (ServerConfig::maxBodyBytes, and a route's own, such as the
    // import's): the connection asks Router::maxBodyBytes before it reads a body.
    qint64 maxImportBodyBytes = qint64(16) * 1024 * 1024; // the CSV machine import; more → 413
    int headerTimeoutMs = 10000;       // a request's head must arrive within this (→ 408)
    int idleTimeoutMs = 30000;         // a keep-alive connection with nothing to do is closed
    int bodyTimeoutMs = 30000;         // reading a body or writing an answer may stall this long
    int maxConnections = 4096;         // open client connections in all
    int maxConnectionsPerClient = 256; // from one address
    int maxPipelined = 16;             // requests read ahead of their answers on one connection
    qint64 maxUnsentBytes =
        qint64(4) * 1024 * 1024; // answers a client does not read; stop reading it
};

} // namespace remotegpu
