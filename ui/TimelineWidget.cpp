#include "TimelineWidget.h"

#include "ErrorBanner.h"
#include "Theme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MinDayWidth = 8;
constexpr int MaxDayWidth = 96;
constexpr double MsPerDay = 86400000.0;
} // namespace

TimelineWidget::TimelineWidget(ApiClient *api, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_api(api)
{
    setObjectName(u"allocationTimeline"_s);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFrameShape(QFrame::NoFrame);
    m_rangeStart = m_now().toLocalTime().date().addDays(-PastDays);
    horizontalScrollBar()->setSingleStep(m_dayWidth);
    verticalScrollBar()->setSingleStep(RowHeight);
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setClock(Clock clock)
{
    m_now = std::move(clock);
    m_rangeStart = m_now().toLocalTime().date().addDays(-PastDays);
    updateScrollBars();
    viewport()->update();
}

QDateTime TimelineWidget::origin() const
{
    return QDateTime(m_rangeStart, QTime(0, 0)).toUTC();
}

QDateTime TimelineWidget::rangeEnd() const
{
    return QDateTime(m_rangeStart.addDays(RangeDays), QTime(0, 0)).toUTC();
}

void TimelineWidget::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = 2;
    auto rows = std::make_shared<QList<Row>>();
    auto allocations = std::make_shared<QList<Allocation>>();
    auto finish = [this, generation, rows, allocations] {
        if (generation != m_generation || --m_loading > 0)
            return;
        setData(*rows, *allocations);
        m_loaded = true;
        Q_EMIT loaded();
    };
    m_api.machines(this, [this, generation, rows, finish](Result<QList<MachineRef>> machines) {
        if (generation != m_generation)
            return;
        if (!machines.ok()) {
            m_loading = 0;
            ++m_generation;
            showErrorDialog(this, tr("Loading the timeline failed"), machines.error());
            return;
        }
        for (const MachineRef &m : std::as_const(*machines))
            rows->append(Row{m.id, m.name.isEmpty() ? m.id : m.name});
        finish();
    });
    // The free windows come on their own: the bars do not wait for them.
    m_api.freeWindowsOfFleet(m_now(), rangeEnd(), this,
                             [this, generation](Result<FreeWindows> free) {
                                 if (generation != m_generation || !free.ok())
                                     return; // the gaps between leases stand in for them
                                 setFreeWindows(free->hosts);
                             });
    m_api.overlapping(origin(), rangeEnd(), this,
                      [this, generation, allocations, finish](Result<QList<Allocation>> list) {
                          if (generation != m_generation)
                              return;
                          if (!list.ok()) {
                              m_loading = 0;
                              ++m_generation;
                              showErrorDialog(this, tr("Loading the timeline failed"),
                                              list.error());
                              return;
                          }
                          *allocations = *list;
                          finish();
                      });
}

void TimelineWidget::setData(QList<Row> rows, QList<Allocation> allocations)
{
    // Machines that only appear in allocations (deleted since) still get a row.
    QSet<QString> known;
    for (const Row &r : std::as_const(rows))
        known.insert(r.hostId);
    for (const Allocation &a : std::as_const(allocations)) {
        if (!known.contains(a.hostId)) {
            known.insert(a.hostId);
            rows.append(Row{a.hostId, a.hostName.isEmpty() ? a.hostId : a.hostName});
        }
    }
    m_rows = std::move(rows);
    m_allocations = std::move(allocations);
    if (!m_drag.id.isEmpty() && !m_indexOfId.contains(m_drag.id))
        m_drag = {};
    rebuildIndex();
    if (!m_selected.isEmpty() && !m_indexOfId.contains(m_selected))
        setSelectedId(QString());
    updateScrollBars();
    if (!m_scrolledOnce) {
        m_scrolledOnce = true;
        scrollToTime(m_now());
    }
    viewport()->update();
}

void TimelineWidget::setFreeWindows(const QList<HostFreeWindows> &hosts)
{
    m_free.clear();
    for (const HostFreeWindows &h : hosts)
        m_free.insert(h.hostId, h);
    viewport()->update();
}

void TimelineWidget::rebuildIndex()
{
    m_rowOfHost.clear();
    m_indexOfId.clear();
    m_barsOfRow = QList<QList<int>>(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfHost.insert(m_rows.at(i).hostId, i);
    for (int i = 0; i < m_allocations.size(); ++i) {
        const Allocation &a = m_allocations.at(i);
        m_indexOfId.insert(a.id, i);
        const int row = m_rowOfHost.value(a.hostId, -1);
        if (row >= 0)
            m_barsOfRow[row].append(i);
    }
    for (QList<int> &bars : m_barsOfRow)
        std::sort(bars.begin(), bars.end(), [this](int l, int r) {
            return m_allocations.at(l).startTime < m_allocations.at(r).startTime;
        });
}

const Allocation *TimelineWidget::allocation(const QString &id) const
{
    const int i = m_indexOfId.value(id, -1);
    return i >= 0 ? &m_allocations.at(i) : nullptr;
}

void TimelineWidget::updateAllocation(const Allocation &a)
{
    const int i = m_indexOfId.value(a.id, -1);
    if (i < 0)
        return;
    m_allocations[i] = a;
    viewport()->update();
}

int TimelineWidget::contentWidth() const
{
    return RangeDays * m_dayWidth;
}

int TimelineWidget::contentHeight() const
{
    return int(m_rows.size()) * RowHeight;
}

void TimelineWidget::updateScrollBars()
{
    const int visibleW = std::max(0, viewport()->width() - LabelWidth);
    const int visibleH = std::max(0, viewport()->height() - HeaderHeight);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth() - visibleW));
    horizontalScrollBar()->setPageStep(visibleW);
    horizontalScrollBar()->setSingleStep(m_dayWidth);
    verticalScrollBar()->setRange(0, std::max(0, contentHeight() - visibleH));
    verticalScrollBar()->setPageStep(visibleH);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineWidget::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        viewport()->update();
    QAbstractScrollArea::changeEvent(event);
}

void TimelineWidget::setDayWidth(int pixels)
{
    pixels = std::clamp(pixels, MinDayWidth, MaxDayWidth);
    if (pixels == m_dayWidth)
        return;
    // Keep the time at the middle of the view where it is.
    const double middle = LabelWidth + (viewport()->width() - LabelWidth) / 2.0;
    const QDateTime anchor = timeForX(middle);
    m_dayWidth = pixels;
    updateScrollBars();
    const double contentX = origin().msecsTo(anchor) / MsPerDay * m_dayWidth;
    horizontalScrollBar()->setValue(int(contentX - (middle - LabelWidth)));
    viewport()->update();
    Q_EMIT statusMessage(tr("Zoom: %1 px a day").arg(m_dayWidth));
}

void TimelineWidget::zoomIn()
{
    setDayWidth(int(std::ceil(m_dayWidth * 1.25)));
}

void TimelineWidget::zoomOut()
{
    setDayWidth(int(std::floor(m_dayWidth / 1.25)));
}

void TimelineWidget::scrollToTime(const QDateTime &utc)
{
    const double contentX = origin().msecsTo(utc) / MsPerDay * m_dayWidth;
    horizontalScrollBar()->setValue(int(contentX) - 7 * m_dayWidth);
}

void TimelineWidget::scrollToHost(const QString &hostId)
{
    const int row = rowOfHost(hostId);
    if (row >= 0)
        verticalScrollBar()->setValue(row * RowHeight);
}

int TimelineWidget::xForTime(const QDateTime &utc) const
{
    return LabelWidth + int(std::lround(origin().msecsTo(utc) / MsPerDay * m_dayWidth)) -
           horizontalScrollBar()->value();
}

QDateTime TimelineWidget::timeForX(double x) const
{
    const double days = (x - LabelWidth + horizontalScrollBar()->value()) / m_dayWidth;
    return origin().addMSecs(qint64(days * MsPerDay));
}

int TimelineWidget::rowOfHost(const QString &hostId) const
{
    return m_rowOfHost.value(hostId, -1);
}

QDateTime TimelineWidget::shownEnd(const Allocation &a) const
{
    if (a.id == m_drag.id && m_drag.days > 0)
        return a.endTime; // the ghost shows the new end; the bar stays where it is saved
    if (a.status == AllocationStatus::Reclaimed && a.reclaimedAt.isValid())
        return std::min(a.reclaimedAt, a.endTime);
    return a.endTime;
}

QRect TimelineWidget::barRect(const QString &id) const
{
    const Allocation *a = allocation(id);
    if (!a)
        return {};
    const int row = rowOfHost(a->hostId);
    if (row < 0)
        return {};
    const int y = HeaderHeight + row * RowHeight - verticalScrollBar()->value();
    const int x1 = xForTime(a->startTime);
    const int x2 = std::max(x1 + 2, xForTime(shownEnd(*a)));
    return QRect(QPoint(x1, y + 4), QPoint(x2 - 1, y + RowHeight - 5));
}

bool TimelineWidget::isExtendable(const Allocation &a) const
{
    return (a.status == AllocationStatus::Active || a.status == AllocationStatus::Pending) &&
           a.endTime > m_now();
}

int TimelineWidget::hitTest(const QPoint &pos, bool *onHandle) const
{
    if (onHandle)
        *onHandle = false;
    if (pos.x() < LabelWidth || pos.y() < HeaderHeight)
        return -1;
    const int row = (pos.y() - HeaderHeight + verticalScrollBar()->value()) / RowHeight;
    if (row < 0 || row >= m_barsOfRow.size())
        return -1;
    // Later bars first: a handle at the end of one bar wins over the start of the next.
    const QList<int> &bars = m_barsOfRow.at(row);
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        const Allocation &a = m_allocations.at(*it);
        const QRect r = barRect(a.id);
        const QRect handle(r.right() - HandleWidth + 1, r.top(), 2 * HandleWidth, r.height());
        if (isExtendable(a) && handle.contains(pos)) {
            if (onHandle)
                *onHandle = true;
            return *it;
        }
    }
    for (auto it = bars.crbegin(); it != bars.crend(); ++it)
        if (barRect(m_allocations.at(*it).id).contains(pos))
            return *it;
    return -1;
}

const Allocation *TimelineWidget::nextOnHost(const Allocation &a) const
{
    const int row = rowOfHost(a.hostId);
    if (row < 0)
        return nullptr;
    const Allocation *next = nullptr;
    for (int i : m_barsOfRow.at(row)) {
        const Allocation &b = m_allocations.at(i);
        if (b.id == a.id ||
            (b.status != AllocationStatus::Active && b.status != AllocationStatus::Pending))
            continue;
        if (b.startTime >= a.endTime && (!next || b.startTime < next->startTime))
            next = &b;
    }
    return next;
}

QDateTime TimelineWidget::dragNewEnd() const
{
    return m_drag.id.isEmpty() ? QDateTime() : m_drag.originalEnd.addDays(m_drag.days);
}

void TimelineWidget::setSelectedId(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    viewport()->update();
    Q_EMIT selectionChanged(id);
}

// ---- painting ------------------------------------------------------------------------------

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    const bool dark = isDarkPalette();
    const QRect area = viewport()->rect();
    const QRect clip = event->rect();
    p.fillRect(clip, pal.color(QPalette::Base));

    const QDateTime now = m_now();
    const int hScroll = horizontalScrollBar()->value();
    const int vScroll = verticalScrollBar()->value();
    const int firstRow = std::max(0, vScroll / RowHeight);
    const int lastRow =
        std::min<int>(int(m_rows.size()) - 1, (vScroll + area.height() - HeaderHeight) / RowHeight);
    const int xNow = xForTime(now);
    const QColor grid = dark ? QColor(255, 255, 255, 22) : QColor(0, 0, 0, 20);
    const QColor weekGrid = dark ? QColor(255, 255, 255, 50) : QColor(0, 0, 0, 45);
    const QColor freeFill = dark ? QColor(0x2e, 0x6b, 0x45, 70) : QColor(0xd9, 0xf2, 0xe1);
    const QColor freeText = dark ? QColor(0x8f, 0xd0, 0xa5) : QColor(0x3d, 0x8a, 0x57);
    const QColor weekend = dark ? QColor(255, 255, 255, 8) : QColor(0, 0, 0, 9);

    // The visible days.
    const int firstDay = std::max(0, hScroll / m_dayWidth - 1);
    const int lastDay = std::min(RangeDays, (hScroll + area.width() - LabelWidth) / m_dayWidth + 1);

    // Rows: alternating background, free time ahead, weekend shading.
    p.setClipRect(
        QRect(LabelWidth, HeaderHeight, area.width() - LabelWidth, area.height() - HeaderHeight));
    for (int d = firstDay; d <= lastDay; ++d) {
        const QDate date = m_rangeStart.addDays(d);
        if (date.dayOfWeek() >= 6) {
            const int x1 = xForTime(QDateTime(date, QTime(0, 0)).toUTC());
            p.fillRect(QRect(x1, HeaderHeight, m_dayWidth, area.height()), weekend);
        }
    }
    const QFontMetrics fm = fontMetrics();
    const QDateTime rangeEndUtc = rangeEnd();
    for (int row = firstRow; row <= lastRow; ++row) {
        const int y = HeaderHeight + row * RowHeight - vScroll;
        // Free: from now (or the shown start) to the range end, minus active/pending leases.
        QDateTime cursor = std::max(now, timeForX(LabelWidth));
        const QDateTime visibleEnd = std::min(rangeEndUtc, timeForX(area.width()));
        auto paintFree = [&](const QDateTime &from, const QDateTime &to) {
            if (!(from < to))
                return;
            const int x1 = std::max(LabelWidth, xForTime(from));
            const int x2 = std::min(area.width(), xForTime(to));
            if (x2 - x1 < 2)
                return;
            const QRect r(x1, y + 6, x2 - x1, RowHeight - 12);
            p.fillRect(r, freeFill);
            if (r.width() > fm.horizontalAdvance(tr("free")) + 12) {
                p.setPen(freeText);
                p.drawText(r.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, tr("free"));
            }
        };
        const auto free = m_free.constFind(m_rows.at(row).hostId);
        if (free != m_free.cend() && free->inMaintenance) {
            // No free time at all: say why.
            const int x1 = std::max(LabelWidth, xForTime(cursor));
            const QRect r(x1, y + 6, std::max(0, xForTime(visibleEnd) - x1), RowHeight - 12);
            p.fillRect(r, QBrush(weekGrid, Qt::BDiagPattern));
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(r.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       tr("in maintenance: not free"));
        } else if (free != m_free.cend()) {
            for (const TimeWindow &w : free->free)
                paintFree(std::max(cursor, w.start), std::min(visibleEnd, w.end));
        } else {
            for (int i : m_barsOfRow.at(row)) {
                const Allocation &a = m_allocations.at(i);
                if (a.status != AllocationStatus::Active && a.status != AllocationStatus::Pending)
                    continue;
                if (a.endTime <= cursor)
                    continue;
                if (a.startTime > visibleEnd)
                    break;
                paintFree(cursor, std::min(a.startTime, visibleEnd));
                cursor = std::max(cursor, a.endTime);
            }
            paintFree(cursor, visibleEnd);
        }
        p.setPen(grid);
        p.drawLine(LabelWidth, y + RowHeight - 1, area.width(), y + RowHeight - 1);
    }
    // Day and week lines.
    for (int d = firstDay; d <= lastDay; ++d) {
        const QDate date = m_rangeStart.addDays(d);
        const int x = xForTime(QDateTime(date, QTime(0, 0)).toUTC());
        if (date.dayOfWeek() == 1)
            p.setPen(weekGrid);
        else if (m_dayWidth >= 14)
            p.setPen(grid);
        else
            continue;
        p.drawLine(x, HeaderHeight, x, area.height());
    }

    // Bars.
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int i : m_barsOfRow.at(row)) {
            const Allocation &a = m_allocations.at(i);
            QRect r = barRect(a.id);
            if (r.right() < LabelWidth || r.left() > area.width())
                continue;
            const LeaseState state = leaseState(a, now);
            const bool conflict = a.id == m_drag.id && !m_drag.conflictWith.isEmpty();
            QColor fill = conflict ? QColor(0xd0, 0x3b, 0x3b) : leaseStateColor(state, dark);
            if (state == LeaseState::Expired || state == LeaseState::Reclaimed)
                fill.setAlpha(150);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            if (state == LeaseState::Pending) { // a hatch: not started yet
                p.setBrush(QBrush(QColor(255, 255, 255, 70), Qt::BDiagPattern));
                p.drawRoundedRect(QRectF(r), 4, 4);
            }
            if (a.id == m_selected) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(pal.color(QPalette::Highlight), 2));
                p.drawRoundedRect(QRectF(r).adjusted(-1, -1, 1, 1), 5, 5);
            }
            p.setRenderHint(QPainter::Antialiasing, false);
            // The right-end handle of an extendable bar.
            if (isExtendable(a) && r.width() > 12) {
                p.setPen(QPen(QColor(255, 255, 255, 170), 1));
                const int hx = r.right() - 3;
                p.drawLine(hx, r.top() + 6, hx, r.bottom() - 6);
                p.drawLine(hx - 2, r.top() + 6, hx - 2, r.bottom() - 6);
            }
            // The tenant's name (and the state's word when there is room).
            const QRect textRect =
                r.adjusted(6, 0, -8, 0)
                    .intersected(QRect(LabelWidth + 2, r.top(), area.width(), r.height()));
            if (textRect.width() > 16) {
                const QString tenant = a.tenantName.isEmpty() ? a.hostId : a.tenantName;
                const QString full = conflict ? tr("%1 — clash").arg(tenant)
                                              : u"%1 · %2"_s.arg(tenant, leaseStateText(state));
                const QString text = fm.horizontalAdvance(full) <= textRect.width()
                                         ? full
                                         : fm.elidedText(tenant, Qt::ElideRight, textRect.width());
                p.setPen(Qt::white);
                p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
            }
        }
    }

    // The drag ghost: the new end and the days added; red on a clash.
    const QString ghostId = isDragging() ? m_drag.id : m_saving;
    const QDateTime ghostEnd = isDragging() ? dragNewEnd() : m_savingEnd;
    const Allocation *ghostOf = allocation(ghostId);
    const int ghostDays = ghostOf ? int(ghostOf->endTime.daysTo(ghostEnd)) : 0;
    if (const Allocation *a = ghostOf; a && ghostDays > 0) {
        const QRect bar = barRect(a->id);
        const int x2 = xForTime(ghostEnd);
        const bool conflict = isDragging() && !m_drag.conflictWith.isEmpty();
        const QColor edge = conflict ? QColor(0xd0, 0x3b, 0x3b) : pal.color(QPalette::Highlight);
        QColor ghost = edge;
        ghost.setAlpha(70);
        const QRect g(QPoint(bar.right(), bar.top()), QPoint(x2, bar.bottom()));
        p.fillRect(g, ghost);
        p.setPen(QPen(edge, 2, Qt::DashLine));
        p.drawRect(g);
        const QString label =
            conflict
                ? tr("✖ +%n day(s) runs into %1", nullptr, ghostDays).arg(m_drag.conflictWith)
                : tr("+%n day(s) → %1", nullptr, ghostDays)
                      .arg(QLocale().toString(ghostEnd.toLocalTime().date(), QLocale::ShortFormat));
        const QRect labelRect(x2 + 6, bar.top(), fm.horizontalAdvance(label) + 12, bar.height());
        p.fillRect(labelRect, pal.color(QPalette::ToolTipBase));
        p.setPen(conflict ? edge : pal.color(QPalette::ToolTipText));
        p.drawText(labelRect, Qt::AlignCenter, label);
    }

    // Today.
    if (xNow >= LabelWidth && xNow <= area.width()) {
        p.setPen(QPen(QColor(0xe0, 0x40, 0x40), 2));
        p.drawLine(xNow, HeaderHeight - 6, xNow, area.height());
    }
    p.setClipping(false);

    // Header: months on top, days (week numbers when narrow) below.
    const QRect header(0, 0, area.width(), HeaderHeight);
    p.fillRect(header, pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, HeaderHeight - 1, area.width(), HeaderHeight - 1);
    p.setClipRect(QRect(LabelWidth, 0, area.width() - LabelWidth, HeaderHeight));
    QFont bold = font();
    bold.setBold(true);
    const QLocale locale;
    for (int d = firstDay; d <= lastDay; ++d) {
        const QDate date = m_rangeStart.addDays(d);
        const int x = xForTime(QDateTime(date, QTime(0, 0)).toUTC());
        if (date.day() == 1 || d == firstDay) {
            p.setPen(pal.color(QPalette::Mid));
            if (date.day() == 1)
                p.drawLine(x, 0, x, HeaderHeight);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::WindowText));
            // The month of the first visible day sticks to the left edge, but gives way to the
            // next month's name.
            const int xText = std::max(x, LabelWidth) + 4;
            const QDate nextMonth = QDate(date.year(), date.month(), 1).addMonths(1);
            const int xNext = xForTime(QDateTime(nextMonth, QTime(0, 0)).toUTC());
            const int width = std::min(220, xNext - xText - 4);
            if (width > 12)
                p.drawText(QRect(xText, 2, width, 20), Qt::AlignVCenter | Qt::AlignLeft,
                           QFontMetrics(bold).elidedText(locale.toString(date, u"MMMM yyyy"_s),
                                                         Qt::ElideRight, width));
            p.setFont(font());
        }
        const bool today = date == now.toLocalTime().date();
        p.setPen(today ? QColor(0xe0, 0x40, 0x40) : pal.color(QPalette::WindowText));
        if (m_dayWidth >= 20) {
            p.drawText(QRect(x, 22, m_dayWidth, 20), Qt::AlignCenter, QString::number(date.day()));
        } else if (date.dayOfWeek() == 1) {
            p.drawText(QRect(x + 2, 22, 7 * m_dayWidth, 20), Qt::AlignVCenter | Qt::AlignLeft,
                       tr("W%1").arg(date.weekNumber()));
        }
    }
    p.setClipping(false);

    // Machine names on the left.
    p.fillRect(QRect(0, HeaderHeight, LabelWidth, area.height()), pal.color(QPalette::Window));
    p.fillRect(QRect(0, 0, LabelWidth, HeaderHeight), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(8, 0, LabelWidth - 12, HeaderHeight), Qt::AlignVCenter | Qt::AlignLeft,
               tr("Machine"));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(LabelWidth - 1, 0, LabelWidth - 1, area.height());
    p.setClipRect(QRect(0, HeaderHeight, LabelWidth, area.height() - HeaderHeight));
    const Allocation *selected = allocation(m_selected);
    for (int row = firstRow; row <= lastRow; ++row) {
        const int y = HeaderHeight + row * RowHeight - vScroll;
        const Row &r = m_rows.at(row);
        const bool current = selected && selected->hostId == r.hostId;
        if (current)
            p.fillRect(QRect(0, y, LabelWidth - 1, RowHeight), pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::WindowText));
        p.setFont(current ? bold : font());
        p.drawText(QRect(8, y, LabelWidth - 14, RowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(r.name, Qt::ElideRight, LabelWidth - 14));
    }
    p.setFont(font());
    p.setClipping(false);
    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area.adjusted(LabelWidth, HeaderHeight, 0, 0), Qt::AlignCenter,
                   isLoading() ? tr("Loading…") : tr("No machines"));
    }
}

// ---- mouse and keyboard --------------------------------------------------------------------

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    bool onHandle = false;
    const int i = hitTest(event->position().toPoint(), &onHandle);
    if (i < 0) {
        setSelectedId(QString());
        return;
    }
    const Allocation &a = m_allocations.at(i);
    setSelectedId(a.id);
    if (onHandle && m_saving.isEmpty() && !m_confirm) {
        m_drag = Drag{a.id, a.endTime, event->position().x(), 0, {}};
        viewport()->update();
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (isDragging()) {
        updateDrag(event->position().x());
        return;
    }
    bool onHandle = false;
    const int i = hitTest(event->position().toPoint(), &onHandle);
    viewport()->setCursor(i >= 0 && onHandle ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void TimelineWidget::updateDrag(double x)
{
    const Allocation *a = allocation(m_drag.id);
    if (!a)
        return;
    const int days = std::max(0, int(std::lround((x - m_drag.anchorX) / m_dayWidth)));
    QString conflict;
    if (days > 0) {
        const QDateTime newEnd = m_drag.originalEnd.addDays(days);
        if (const Allocation *next = nextOnHost(*a); next && newEnd > next->startTime)
            conflict = next->id;
    }
    if (days == m_drag.days && conflict == m_drag.conflictWith)
        return;
    m_drag.days = days;
    m_drag.conflictWith = conflict;
    viewport()->update();
    if (!conflict.isEmpty()) {
        const Allocation *next = allocation(conflict);
        const QString text =
            tr("Runs into %1 (%2, %3): release here and nothing is saved.")
                .arg(conflict, next->tenantName, periodText(next->startTime, next->endTime));
        const QRect bar = barRect(m_drag.id);
        QToolTip::showText(viewport()->mapToGlobal(QPoint(int(x), bar.bottom() + 4)), text,
                           viewport());
        Q_EMIT statusMessage(text);
    } else {
        QToolTip::hideText();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isDragging()) {
        updateDrag(event->position().x());
        finishDrag();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TimelineWidget::finishDrag()
{
    const Drag drag = m_drag;
    m_drag = {};
    QToolTip::hideText();
    viewport()->update();
    if (drag.days <= 0)
        return;
    if (!drag.conflictWith.isEmpty()) {
        const QString why = tr("Not extended: the new end runs into %1.").arg(drag.conflictWith);
        Q_EMIT statusMessage(why);
        Q_EMIT extendAbandoned(drag.id, why);
        return;
    }
    confirmExtend(drag.id, drag.originalEnd, drag.originalEnd.addDays(drag.days));
}

void TimelineWidget::confirmExtend(const QString &id, const QDateTime &oldEnd,
                                   const QDateTime &newEnd)
{
    const Allocation *a = allocation(id);
    if (!a)
        return;
    // The ghost stays where it was dropped while the question is open.
    m_saving = id;
    m_savingEnd = newEnd;
    viewport()->update();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Extend allocation"),
        tr("Extend %1 (%2 on %3)?")
            .arg(id, a->tenantName, a->hostName.isEmpty() ? a->hostId : a->hostName),
        QMessageBox::NoButton, this);
    box->setObjectName(u"extendConfirmBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("End: %1 → %2 (+%n day(s))", nullptr, int(oldEnd.daysTo(newEnd)))
                                .arg(localTimeText(oldEnd), localTimeText(newEnd)));
    QPushButton *yes = box->addButton(tr("Extend"), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmExtendButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box, yes, id, newEnd] {
        const bool accepted = box->clickedButton() == yes;
        m_confirm = nullptr;
        if (accepted) {
            sendExtend(id, newEnd);
        } else {
            m_saving.clear();
            viewport()->update();
            Q_EMIT extendAbandoned(id, tr("Cancelled"));
        }
    });
    box->open();
}

void TimelineWidget::sendExtend(const QString &id, const QDateTime &newEnd)
{
    Q_EMIT statusMessage(tr("Extending %1…").arg(id));
    m_api.extend(id, newEnd, this, [this, id](Result<Allocation> answer) {
        m_saving.clear();
        if (answer.ok()) {
            updateAllocation(*answer);
            // Its machine's free time shrank: the gaps between leases stand in for the server's
            // windows of that machine until the next load.
            m_free.remove(answer->hostId);
            Q_EMIT statusMessage(tr("%1 now ends %2").arg(id, localTimeText(answer->endTime)));
            Q_EMIT extended(*answer);
            return;
        }
        // The bar stays at its saved end; the server's message names the lease in the way.
        viewport()->update();
        Q_EMIT extendAbandoned(id, answer.error().message);
        showErrorDialog(this, tr("Extending %1 failed").arg(id), answer.error());
    });
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int i = hitTest(event->position().toPoint());
    if (i >= 0) {
        setSelectedId(m_allocations.at(i).id);
        Q_EMIT detailsRequested(m_allocations.at(i).id);
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool TimelineWidget::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = hitTest(help->pos());
        if (i >= 0) {
            QString tip = allocationToolTip(m_allocations.at(i), m_now());
            if (isExtendable(m_allocations.at(i)))
                tip += u"<br><i>"_s + tr("Drag the right end to extend.") + u"</i>"_s;
            QToolTip::showText(help->globalPos(), tip, viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveSelection(event->key());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty())
            Q_EMIT detailsRequested(m_selected);
        return;
    case Qt::Key_Home:
        scrollToTime(m_now());
        return;
    case Qt::Key_Escape:
        if (isDragging()) {
            m_drag = {};
            QToolTip::hideText();
            viewport()->update();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineWidget::moveSelection(int key)
{
    const Allocation *current = allocation(m_selected);
    if (!current) {
        // The first bar that is visible, else the first of all.
        for (const QList<int> &bars : std::as_const(m_barsOfRow)) {
            if (!bars.isEmpty()) {
                setSelectedId(m_allocations.at(bars.first()).id);
                ensureVisible(m_selected);
                return;
            }
        }
        return;
    }
    const int row = rowOfHost(current->hostId);
    const QList<int> &bars = m_barsOfRow.at(row);
    const int pos = int(bars.indexOf(m_indexOfId.value(m_selected)));
    QString next;
    if (key == Qt::Key_Left && pos > 0)
        next = m_allocations.at(bars.at(pos - 1)).id;
    else if (key == Qt::Key_Right && pos + 1 < bars.size())
        next = m_allocations.at(bars.at(pos + 1)).id;
    else if (key == Qt::Key_Up || key == Qt::Key_Down) {
        const int step = key == Qt::Key_Up ? -1 : 1;
        for (int r = row + step; r >= 0 && r < m_barsOfRow.size(); r += step) {
            if (m_barsOfRow.at(r).isEmpty())
                continue;
            // The bar of that row nearest in time to the current one.
            qint64 best = std::numeric_limits<qint64>::max();
            for (int i : m_barsOfRow.at(r)) {
                const qint64 d = std::abs(m_allocations.at(i).startTime.secsTo(current->startTime));
                if (d < best) {
                    best = d;
                    next = m_allocations.at(i).id;
                }
            }
            break;
        }
    }
    if (!next.isEmpty()) {
        setSelectedId(next);
        ensureVisible(next);
    }
}

void TimelineWidget::ensureVisible(const QString &id)
{
    const Allocation *a = allocation(id);
    if (!a)
        return;
    const int row = rowOfHost(a->hostId);
    const int top = row * RowHeight;
    const int visibleH = viewport()->height() - HeaderHeight;
    if (top < verticalScrollBar()->value())
        verticalScrollBar()->setValue(top);
    else if (top + RowHeight > verticalScrollBar()->value() + visibleH)
        verticalScrollBar()->setValue(top + RowHeight - visibleH);
    const QRect r = barRect(id);
    if (r.left() > viewport()->width() || r.right() < LabelWidth)
        scrollToTime(a->startTime);
}

} // namespace remotegpu::ui
