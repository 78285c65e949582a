#pragma once

#include "AgentConfig.h"
#include "Result.h"

#include <QStringList>

namespace remotegpu {

// Parses the agent's command line (contract C4) into an AgentConfig. An error's message is
// what to print before the usage text; --help and --version are answered by the caller
// (helpText()).
class CommandLine
{
public:
    enum class Request { Run, Help, Version };
    struct Parsed
    {
        Request request = Request::Run;
        AgentConfig config;
    };

    static Result<Parsed> parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace remotegpu
