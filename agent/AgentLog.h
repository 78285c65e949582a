#pragma once

#include <QLoggingCategory>

// The agent's one logging category (`remotegpu.agent`), like the server's per-module categories.
Q_DECLARE_LOGGING_CATEGORY(agentLog)
