#include "MetricHistoryPlan.h"

#include "MachineMonitoring.h"
#include "QueryParameters.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

Error parameterError(const QString &field, const QString &message)
{
    return Error::badRequest(message, {{field, message}});
}

// "90 s", "5 min", "2 h", "3 d": a range or step in words a person reads at once.
QString span(qint64 seconds)
{
    if (seconds % 86400 == 0)
        return u"%1 d"_s.arg(seconds / 86400);
    if (seconds % 3600 == 0)
        return u"%1 h"_s.arg(seconds / 3600);
    if (seconds % 60 == 0)
        return u"%1 min"_s.arg(seconds / 60);
    return u"%1 s"_s.arg(seconds);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

} // namespace

Result<MetricHistoryPlan> MetricHistoryPlan::choose(const QDateTime &from, const QDateTime &to,
                                                    std::optional<int> step)
{
    const qint64 range = from.secsTo(to);
    if (range <= 0)
        return parameterError(u"from"_s, u"from must be before to"_s);
    if (range > MaxRangeSeconds)
        return parameterError(u"from"_s, u"the range from %1 to %2 is longer than %3; ask for at "
                                         "most %3 at once"_s.arg(from.toString(Qt::ISODate),
                                                                 to.toString(Qt::ISODate),
                                                                 span(MaxRangeSeconds)));
    const qint64 smallest = std::max<qint64>(MinStepSeconds, ceilDiv(range, MaxPoints));
    if (step && *step < MinStepSeconds)
        return parameterError(u"step"_s, u"step must be a whole number of seconds, 1 or more"_s);
    if (step && *step < smallest)
        return parameterError(
            u"step"_s, u"step %1 s gives more than %2 points over %3; the smallest allowed step "
                       "for this range is %4 s"_s.arg(*step)
                           .arg(MaxPoints)
                           .arg(span(range))
                           .arg(smallest));
    // Without a step: about DefaultPoints points, never finer than the agent's 10 s interval.
    qint64 wanted = step ? qint64(*step) : std::max<qint64>(10, ceilDiv(range, DefaultPoints));

    MetricHistoryPlan plan;
    plan.from = from;
    plan.to = to;
    qint64 bucket = 1;
    if (range <= RawRangeSeconds || wanted < 60) {
        plan.resolution = MachineMonitoring::Raw;
    } else if (range <= OneMinuteRangeSeconds) {
        plan.resolution = MachineMonitoring::OneMinute;
        bucket = 60;
    } else {
        plan.resolution = MachineMonitoring::OneHour;
        bucket = 3600;
    }
    plan.stepSeconds = int(ceilDiv(wanted, bucket) * bucket);
    return plan;
}

Result<MetricHistoryPlan> MetricHistoryPlan::fromQuery(const QUrlQuery &query, const QDateTime &now)
{
    QDateTime to = now;
    if (query.hasQueryItem(u"to"_s)) {
        auto parsed = timeParameter(u"to"_s, query.queryItemValue(u"to"_s, QUrl::FullyDecoded));
        if (!parsed)
            return parsed.error();
        to = *parsed;
    }
    QDateTime from = to.addSecs(-3600);
    if (query.hasQueryItem(u"from"_s)) {
        auto parsed = timeParameter(u"from"_s, query.queryItemValue(u"from"_s, QUrl::FullyDecoded));
        if (!parsed)
            return parsed.error();
        from = *parsed;
    } else if (query.hasQueryItem(u"minutes"_s)) {
        auto minutes = integerParameter(query, u"minutes"_s, 60, 1, 1440, u"minutes");
        if (!minutes)
            return minutes.error();
        from = to.addSecs(-60LL * *minutes);
        // The older callers read every raw sample of at most a day: without a step they keep
        // raw samples, at the finest step the point limit allows (under a minute for a day).
        if (!query.hasQueryItem(u"step"_s))
            return choose(from, to,
                          int(std::max<qint64>(10, (from.secsTo(to) + MaxPoints - 1) / MaxPoints)));
    }
    std::optional<int> step;
    if (query.hasQueryItem(u"step"_s)) {
        auto parsed =
            integerParameter(query, u"step"_s, 0, MinStepSeconds, 365 * 86400, u"seconds");
        if (!parsed)
            return parsed.error();
        step = *parsed;
    }
    return choose(from, to, step);
}

} // namespace remotegpu
