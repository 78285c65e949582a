#include "ReportRange.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<ReportRange> ReportRange::resolve(const ReportRange &requested, qint64 defaultSpanSecs,
                                         qint64 maxSpanSecs, const QDateTime &now)
{
    constexpr qint64 day = 86400;
    ReportRange range;
    range.to = requested.to.isValid() ? requested.to : now.toUTC();
    range.from = requested.from.isValid() ? requested.from : range.to.addSecs(-defaultSpanSecs);
    if (range.from >= range.to)
        return Error::badRequest(u"from must be earlier than to"_s,
                                 {{u"from"_s, u"must be earlier than to"_s}});
    if (range.from.secsTo(range.to) > maxSpanSecs)
        return Error::badRequest(
            u"The range from %1 to %2 is longer than the %3 days allowed; ask for a shorter one"_s
                .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate))
                .arg(maxSpanSecs / day),
            {{u"from"_s, u"range too long"_s}});
    return range;
}

} // namespace remotegpu
