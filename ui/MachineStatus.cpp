#include "MachineStatus.h"

#include "Theme.h"
#include "TimeText.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace remotegpu::ui::machinestatus {

namespace {

QString trText(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("MachineStatus", text, disambiguation, n);
}

enum class Shape { Disc, Ring, Wrench, Square, Diamond, Triangle };

QIcon paintedIcon(Shape shape, const QColor &colour)
{
    // One per shape and colour: the list repaints often and a pixmap per cell would churn.
    // Never destroyed: pixmaps must not outlive the application object at exit.
    static auto *cache = new QHash<QString, QIcon>;
    const QString key = QString::number(int(shape)) + colour.name();
    if (auto it = cache->constFind(key); it != cache->cend())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal m = size * 0.2;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        switch (shape) {
        case Shape::Disc:
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawEllipse(r);
            break;
        case Shape::Ring:
            p.setPen(QPen(colour, size / 8.0));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r.adjusted(1, 1, -1, -1));
            break;
        case Shape::Wrench: {
            // A square with a bar through it: "under work".
            p.setPen(QPen(colour, size / 8.0));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(1, 1, -1, -1));
            p.drawLine(r.topLeft() + QPointF(1, 1), r.bottomRight() - QPointF(1, 1));
            break;
        }
        case Shape::Square:
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawRoundedRect(r, size / 10.0, size / 10.0);
            break;
        case Shape::Diamond: {
            QPainterPath path;
            path.moveTo(r.center().x(), r.top());
            path.lineTo(r.right(), r.center().y());
            path.lineTo(r.center().x(), r.bottom());
            path.lineTo(r.left(), r.center().y());
            path.closeSubpath();
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawPath(path);
            break;
        }
        case Shape::Triangle: {
            QPainterPath path;
            path.moveTo(r.center().x(), r.top());
            path.lineTo(r.right(), r.bottom());
            path.lineTo(r.left(), r.bottom());
            path.closeSubpath();
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawPath(path);
            break;
        }
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    cache->insert(key, icon);
    return icon;
}

} // namespace

QString text(MachineStatus status)
{
    switch (status) {
    case MachineStatus::Online:
        return trText("Online");
    case MachineStatus::Offline:
        return trText("Offline");
    case MachineStatus::Maintenance:
        return trText("Maintenance");
    }
    return {};
}

QString text(AllocationState state)
{
    switch (state) {
    case AllocationState::Allocated:
        return trText("Allocated");
    case AllocationState::Unallocated:
        return trText("Free");
    case AllocationState::Expiring:
        return trText("Expiring");
    }
    return {};
}

QColor colour(MachineStatus status)
{
    const bool dark = isDarkPalette();
    switch (status) {
    case MachineStatus::Online:
        return dark ? QColor(0x5c, 0xd6, 0x7a) : QColor(0x1e, 0x8e, 0x3e);
    case MachineStatus::Offline:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case MachineStatus::Maintenance:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x62, 0x00);
    }
    return {};
}

QColor colour(AllocationState state)
{
    const bool dark = isDarkPalette();
    switch (state) {
    case AllocationState::Allocated:
        return dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x15, 0x65, 0xc0);
    case AllocationState::Unallocated:
        return dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x75, 0x75, 0x75);
    case AllocationState::Expiring:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x62, 0x00);
    }
    return {};
}

QIcon icon(MachineStatus status)
{
    switch (status) {
    case MachineStatus::Online:
        return paintedIcon(Shape::Disc, colour(status));
    case MachineStatus::Offline:
        return paintedIcon(Shape::Ring, colour(status));
    case MachineStatus::Maintenance:
        return paintedIcon(Shape::Wrench, colour(status));
    }
    return {};
}

QIcon icon(AllocationState state)
{
    switch (state) {
    case AllocationState::Allocated:
        return paintedIcon(Shape::Square, colour(state));
    case AllocationState::Unallocated:
        return paintedIcon(Shape::Ring, colour(state));
    case AllocationState::Expiring:
        return paintedIcon(Shape::Triangle, colour(state));
    }
    return {};
}

QString relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 secs = now.secsTo(time);
    const bool future = secs > 0;
    const qint64 a = std::abs(secs);
    if (a < 45)
        return trText("just now");
    int n = 0;
    const char *futureText = nullptr;
    const char *pastText = nullptr;
    if (a < 3600) {
        n = int(std::max<qint64>(1, (a + 30) / 60));
        futureText = QT_TRANSLATE_NOOP("MachineStatus", "in %n min");
        pastText = QT_TRANSLATE_NOOP("MachineStatus", "%n min ago");
    } else if (a < 36 * 3600) {
        n = int((a + 1800) / 3600);
        futureText = QT_TRANSLATE_N_NOOP("MachineStatus", "in %n hour(s)");
        pastText = QT_TRANSLATE_N_NOOP("MachineStatus", "%n hour(s) ago");
    } else if (a < 60LL * 86400) {
        n = int((a + 43200) / 86400);
        futureText = QT_TRANSLATE_N_NOOP("MachineStatus", "in %n day(s)");
        pastText = QT_TRANSLATE_N_NOOP("MachineStatus", "%n day(s) ago");
    } else {
        n = int((a + 15 * 86400) / (30 * 86400));
        futureText = QT_TRANSLATE_N_NOOP("MachineStatus", "in %n month(s)");
        pastText = QT_TRANSLATE_N_NOOP("MachineStatus", "%n month(s) ago");
    }
    return trText(future ? futureText : pastText, nullptr, n);
}

QString exactTime(const QDateTime &time)
{
    return timetext::textWithZone(time, timetext::Precision::Seconds);
}

QString machineName(const QString &id, const QString &name)
{
    if (name.isEmpty() || name == id)
        return id;
    return name + QStringLiteral(" (") + id + u')';
}

} // namespace remotegpu::ui::machinestatus
