#pragma once

#include "Allocation.h"
#include "AllocationPresentation.h"
#include "AllocationsApi.h"
#include "Error.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QString>

namespace remotegpu {
class ApiClient;
}

namespace remotegpu::ui {

// The allocations as a Gantt chart: machines as rows, days as columns (week and month headers,
// a "today" line), each allocation a bar in its state's colour with the tenant's name on it, and
// the free time ahead plainly marked as free. Dragging a bar's right end extends it: a ghost
// shows the new end and the days added, a clash with the machine's next lease turns it red and
// names that lease before anything is saved, a release onto a clash saves nothing, and a valid
// release asks to confirm (old → new end) before it sends the extend; a refusal (409) puts the
// bar back and says why. Arrows move the selection, +/− zoom, Enter opens the details.
class TimelineWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    struct Row
    {
        QString hostId;
        QString name;
    };

    static constexpr int LabelWidth = 170;
    static constexpr int HeaderHeight = 44;
    static constexpr int RowHeight = 30;
    static constexpr int HandleWidth = 6;
    static constexpr int PastDays = 14;
    static constexpr int RangeDays = 16 * 7;

    explicit TimelineWidget(ApiClient *api, QWidget *parent = nullptr);
    ~TimelineWidget() override;

    void setClock(Clock clock);
    // Loads the machines and every allocation overlapping the shown range (from two weeks ago,
    // sixteen weeks long), keeping the selection and scroll position.
    void reload();
    bool isLoading() const { return m_loading > 0; }
    bool hasLoaded() const { return m_loaded; }
    // The rows and bars, as reload() sets them (tests and other views can set them directly).
    void setData(QList<Row> rows, QList<Allocation> allocations);
    // The server's free windows (GET …/free-windows); a machine in maintenance has none.
    void setFreeWindows(const QList<HostFreeWindows> &hosts);
    const QList<Row> &rows() const { return m_rows; }
    const QList<Allocation> &allocations() const { return m_allocations; }
    const Allocation *allocation(const QString &id) const;
    // Replaces one allocation (after an extend elsewhere).
    void updateAllocation(const Allocation &a);

    QDate rangeStart() const { return m_rangeStart; }
    int dayWidth() const { return m_dayWidth; }
    void setDayWidth(int pixels);
    void zoomIn();
    void zoomOut();
    // Scrolls so that `utc` is a week from the left edge.
    void scrollToTime(const QDateTime &utc);
    void scrollToHost(const QString &hostId);

    // Geometry in viewport coordinates, for tests and tooltips.
    int xForTime(const QDateTime &utc) const;
    QDateTime timeForX(double x) const;
    int rowOfHost(const QString &hostId) const;
    QRect barRect(const QString &id) const;

    QString selectedId() const { return m_selected; }
    void setSelectedId(const QString &id);

    // The drag in progress.
    bool isDragging() const { return !m_drag.id.isEmpty(); }
    int dragDaysAdded() const { return m_drag.days; }
    QDateTime dragNewEnd() const;
    // The lease the drag runs into, or empty.
    QString dragConflictWith() const { return m_drag.conflictWith; }
    // The confirmation asked after a valid release (null when none is open).
    QMessageBox *pendingConfirmation() const { return m_confirm; }
    // An extend sent and not answered yet.
    bool isSaving() const { return !m_saving.isEmpty(); }

Q_SIGNALS:
    void loaded();
    void selectionChanged(const QString &allocationId);
    void detailsRequested(const QString &allocationId);
    // An extend by drag was saved (the allocation as the server answered).
    void extended(const remotegpu::Allocation &allocation);
    // An extend by drag was not saved: dropped onto a clash, cancelled, or refused by the server.
    void extendAbandoned(const QString &allocationId, const QString &why);
    void statusMessage(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Drag
    {
        QString id;
        QDateTime originalEnd;
        double anchorX = 0;
        int days = 0;
        QString conflictWith;
    };

    void rebuildIndex();
    void updateScrollBars();
    QDateTime origin() const;
    QDateTime rangeEnd() const;
    QDateTime shownEnd(const Allocation &a) const;
    bool isExtendable(const Allocation &a) const;
    // The allocation under a point and whether the point is on its right-end handle.
    int hitTest(const QPoint &pos, bool *onHandle = nullptr) const;
    const Allocation *nextOnHost(const Allocation &a) const;
    void updateDrag(double x);
    void finishDrag();
    void confirmExtend(const QString &id, const QDateTime &oldEnd, const QDateTime &newEnd);
    void sendExtend(const QString &id, const QDateTime &newEnd);
    void moveSelection(int key);
    void ensureVisible(const QString &id);
    int contentWidth() const;
    int contentHeight() const;

    AllocationsApi m_api;
    Clock m_now = systemClock();
    QList<Row> m_rows;
    QList<Allocation> m_allocations;
    QHash<QString, int> m_rowOfHost; // hostId → row
    QHash<QString, int> m_indexOfId; // allocation id → index in m_allocations
    QList<QList<int>> m_barsOfRow;   // per row: indexes into m_allocations, by start
    // The server's free windows from now to the range end, by host (empty until loaded: then
    // the gaps between active and pending leases are shown as free).
    QHash<QString, HostFreeWindows> m_free;
    QDate m_rangeStart;
    int m_dayWidth = 28;
    QString m_selected;
    Drag m_drag;
    QPointer<QMessageBox> m_confirm;
    QString m_saving; // the id whose extend is on its way
    QDateTime m_savingEnd;
    int m_loading = 0;
    bool m_loaded = false;
    bool m_scrolledOnce = false;
    quint64 m_generation = 0;
};

} // namespace remotegpu::ui
