#include "AllocationPresentation.h"

#include "TimeText.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTimeZone>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {
QString trc(const char *text)
{
    return QCoreApplication::translate("remotegpu::ui::AllocationPresentation", text);
}
} // namespace

LeaseState leaseState(const Allocation &a, const QDateTime &now)
{
    switch (a.status) {
    case AllocationStatus::Pending:
        return LeaseState::Pending;
    case AllocationStatus::Expired:
        return LeaseState::Expired;
    case AllocationStatus::Reclaimed:
        return LeaseState::Reclaimed;
    case AllocationStatus::Active:
        break;
    }
    if (a.endTime.isValid() && a.endTime <= now)
        return LeaseState::Expired;
    if (a.state == AllocationState::Expiring)
        return LeaseState::Expiring;
    if (!a.state && a.stateAt(now) == AllocationState::Expiring)
        return LeaseState::Expiring;
    return LeaseState::Active;
}

QString leaseStateText(LeaseState state)
{
    switch (state) {
    case LeaseState::Pending:
        return trc("Pending");
    case LeaseState::Active:
        return trc("Active");
    case LeaseState::Expiring:
        return trc("Expiring");
    case LeaseState::Expired:
        return trc("Expired");
    case LeaseState::Reclaimed:
        return trc("Reclaimed");
    }
    return {};
}

QString leaseStateFilterValue(LeaseState state)
{
    switch (state) {
    case LeaseState::Pending:
        return u"pending"_s;
    case LeaseState::Active:
        return u"active"_s;
    case LeaseState::Expiring:
        return u"expiring"_s;
    case LeaseState::Expired:
        return u"expired"_s;
    case LeaseState::Reclaimed:
        return u"reclaimed"_s;
    }
    return {};
}

QColor leaseStateColor(LeaseState state, bool dark)
{
    switch (state) {
    case LeaseState::Pending:
        return dark ? QColor(0x6c, 0xa8, 0xf0) : QColor(0x2f, 0x6f, 0xc4);
    case LeaseState::Active:
        return dark ? QColor(0x5c, 0xc2, 0x7a) : QColor(0x2e, 0x8b, 0x4a);
    case LeaseState::Expiring:
        return dark ? QColor(0xf0, 0xb4, 0x48) : QColor(0xc2, 0x7c, 0x0e);
    case LeaseState::Expired:
        return dark ? QColor(0x8a, 0x8f, 0x98) : QColor(0x7a, 0x80, 0x88);
    case LeaseState::Reclaimed:
        return dark ? QColor(0xb3, 0x8b, 0xe0) : QColor(0x80, 0x55, 0xb0);
    }
    return {};
}

QIcon leaseStateIcon(LeaseState state, bool dark)
{
    static QHash<int, QIcon> cache;
    const int key = int(state) * 2 + (dark ? 1 : 0);
    auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(leaseStateColor(state, dark));
        const QRectF r(6, 6, 20, 20);
        switch (state) {
        case LeaseState::Active:
            p.drawEllipse(r);
            break;
        case LeaseState::Expiring: { // a triangle: "look at this"
            QPainterPath path;
            path.moveTo(16, 4);
            path.lineTo(29, 27);
            path.lineTo(3, 27);
            path.closeSubpath();
            p.drawPath(path);
            break;
        }
        case LeaseState::Pending: // a ring: not yet
            p.setPen(QPen(leaseStateColor(state, dark), 4));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r.adjusted(2, 2, -2, -2));
            break;
        case LeaseState::Expired:
        case LeaseState::Reclaimed: // a square: over
            p.drawRect(r.adjusted(2, 2, -2, -2));
            break;
        }
    }
    QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

QString localTimeText(const QDateTime &utc)
{
    return timetext::textWithZone(utc);
}

QString periodText(const QDateTime &start, const QDateTime &end)
{
    return localTimeText(start) + u" → "_s + localTimeText(end);
}

namespace {
QString spanText(qint64 secs)
{
    const qint64 days = secs / 86400;
    const qint64 hours = (secs % 86400) / 3600;
    const qint64 minutes = (secs % 3600) / 60;
    if (days > 0)
        return trc("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return trc("%1 h %2 min").arg(hours).arg(minutes);
    return trc("%1 min").arg(std::max<qint64>(minutes, 1));
}
} // namespace

QString remainingText(const Allocation &a, const QDateTime &now)
{
    switch (leaseState(a, now)) {
    case LeaseState::Expired:
        return trc("ended");
    case LeaseState::Reclaimed:
        return trc("reclaimed");
    case LeaseState::Pending:
        if (a.startTime.isValid() && a.startTime > now)
            return trc("starts in %1").arg(spanText(now.secsTo(a.startTime)));
        return trc("starting");
    case LeaseState::Active:
    case LeaseState::Expiring:
        break;
    }
    return spanText(std::max<qint64>(0, now.secsTo(a.endTime)));
}

QString allocationToolTip(const Allocation &a, const QDateTime &now)
{
    const QString tenant = a.tenantName.isEmpty() ? trc("tenant %1").arg(a.tenantId) : a.tenantName;
    QString text = u"<b>%1</b> — %2<br>%3<br>%4: %5 (%6)<br><small>%7</small>"_s.arg(
        tenant.toHtmlEscaped(), (a.hostName.isEmpty() ? a.hostId : a.hostName).toHtmlEscaped(),
        periodText(a.startTime, a.endTime).toHtmlEscaped(), trc("State"),
        leaseStateText(leaseState(a, now)), remainingText(a, now), a.id.toHtmlEscaped());
    if (a.reclaimedAt.isValid())
        text += u"<br>"_s + trc("Reclaimed at %1").arg(localTimeText(a.reclaimedAt));
    return text;
}

} // namespace remotegpu::ui
