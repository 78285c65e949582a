#pragma once

#include <QString>

namespace remotegpu::test {

// Captured output under tests/fixtures/agent/ (see its README).
class AgentFixtures
{
public:
    static QString path(const QString &relative);
    static QString read(const QString &relative);
    // The body of one section of an nvidia_gpu_exporter capture: the lines after the banner
    // whose title starts with `title` ("load :: query-gpu"), up to the next banner. Empty when
    // the capture has no such section.
    static QString section(const QString &captureFile, const QString &title);
};

} // namespace remotegpu::test
