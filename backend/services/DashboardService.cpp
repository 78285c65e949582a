#include "DashboardService.h"

#include "SessionRead.h"
#include "SqlSession.h"
#include "StatisticsService.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<DashboardStats> DashboardService::adminStats() const
{
    return readInSession(
        m_pool, [](SqlSession &session) { return DashboardRepository(session).adminStats(); });
}

Result<DashboardService::CustomerStats>
DashboardService::customerStats(const Principal &principal) const
{
    return readInSession(m_pool, [&](SqlSession &session) {
        return DashboardRepository(session).customerStats(principal.scopeTenant(), principal.id);
    });
}

Result<GpuTrend> DashboardService::gpuTrend(const ReportRange &requested, int step) const
{
    constexpr qint64 day = 86400;
    auto range = ReportRange::resolve(requested, day, MaxTrendPoints * qint64(MaxTrendStepSecs),
                                      m_clock.now());
    if (!range)
        return range.error();
    const qint64 span = range->from.secsTo(range->to);
    const qint64 points = (span + step - 1) / step;
    if (points > MaxTrendPoints)
        return Error::badRequest(
            u"This range at a %1 s step makes %2 points; at most %3 are allowed — use a step of at least %4 s or a shorter range"_s
                .arg(step)
                .arg(points)
                .arg(MaxTrendPoints)
                .arg((span + MaxTrendPoints - 1) / MaxTrendPoints),
            {{u"step"_s, u"too small for this range"_s}});

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto trend = DashboardRepository(*session).gpuTrend(range->from, range->to, step);
    if (!trend)
        return trend.error();
    GpuTrend answer{range->from, range->to, step, {}};
    answer.points.reserve(trend->size());
    for (const auto &p : *trend) {
        GpuTrendPoint point = p;
        if (point.averageUtilization)
            point.averageUtilization = StatisticsService::rounded(*point.averageUtilization);
        answer.points.append(point);
    }
    return answer;
}

} // namespace remotegpu
