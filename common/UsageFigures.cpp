#include "UsageFigures.h"

#include "JsonReader.h"
#include "JsonWriter.h"

#include <algorithm>
#include <cmath>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Minute counts / 60 and sums of them carry binary noise; six decimals is far below what a
// GPU-hour means and keeps the answers stable for clients and tests.
double rounded(double v)
{
    return std::round(v * 1e6) / 1e6;
}

} // namespace

double UsageFigures::reportedGpuHours() const
{
    return std::max(0.0, heldGpuHours - unreportedGpuHours);
}

std::optional<double> UsageFigures::busyRatio() const
{
    const double reported = reportedGpuHours();
    if (reported <= 0.0)
        return std::nullopt;
    return busyGpuHours / reported;
}

std::optional<double> UsageFigures::reportedRatio() const
{
    if (heldGpuHours <= 0.0)
        return std::nullopt;
    return reportedGpuHours() / heldGpuHours;
}

UsageFigures &UsageFigures::operator+=(const UsageFigures &other)
{
    heldGpuHours += other.heldGpuHours;
    busyGpuHours += other.busyGpuHours;
    unreportedGpuHours += other.unreportedGpuHours;
    return *this;
}

void UsageFigures::writeTo(QJsonObject &json) const
{
    json.insert(u"heldGpuHours"_s, rounded(heldGpuHours));
    json.insert(u"busyGpuHours"_s, rounded(busyGpuHours));
    json.insert(u"unreportedGpuHours"_s, rounded(unreportedGpuHours));
    const std::optional<double> ratio = busyRatio();
    json.insert(u"busyRatio"_s, json::optional(ratio ? std::optional(rounded(*ratio)) : ratio));
}

UsageFigures UsageFigures::read(JsonReader &reader)
{
    UsageFigures f;
    f.heldGpuHours = reader.number(u"heldGpuHours"_s);
    f.busyGpuHours = reader.number(u"busyGpuHours"_s);
    f.unreportedGpuHours = reader.number(u"unreportedGpuHours"_s);
    return f;
}

} // namespace remotegpu
