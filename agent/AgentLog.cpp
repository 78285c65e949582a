#include "AgentLog.h"

Q_LOGGING_CATEGORY(agentLog, "remotegpu.agent")
