#pragma once

#include "Alert.h"
#include "Allocation.h"
#include "DashboardListModel.h"
#include "DashboardStats.h"
#include "GpuTrendChart.h"
#include "SectionView.h"

#include <QDateTime>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QTableView;
class QToolButton;

namespace remotegpu {
class ApiClient;
class DashboardApi;
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class ErrorBanner;
class StatCard;

// The admin's overview: stat cards (machines by state, GPUs, allocations, expiring, alerts,
// tenants), the fleet GPU-utilisation trend, the latest allocations and the active alerts.
// Every card, every state in a card and every list row opens the matching section filtered.
// Refreshes every 30 s while it is the visible section (the chart unless paused); a failed
// refresh shows in the banner and leaves the last good figures on screen, greyed. Between
// refreshes the chart goes on live: every second with new metrics from the live feed it gains
// the fleet average GPU utilisation over each host's latest snapshot, weighted by its GPUs.
class DashboardView : public SectionView
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int RefreshIntervalMs = 30000;
    static constexpr int LiveSampleIntervalMs = 1000;
    // A machine's status change or an alert event pushed by the live feed reloads the cards and
    // lists this long after the first of a burst (the events themselves carry no new counts).
    static constexpr int EventReloadMs = 1000;
    // A host whose last snapshot is older than this no longer counts in the live average.
    static constexpr int LiveHostStaleMs = 30000;

    DashboardView(ApiClient *api, Session *session, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Where "now" comes from (the trend's range ends at it; "last updated" shows it).
    void setClock(Clock clock);
    void setRefreshInterval(int milliseconds);

    void activate() override;
    void refresh() override;
    void resetForNewSession() override;

    // For tests and the status line: what is on screen.
    StatCard *card(const QString &name) const;
    GpuTrendChart *trendChart() const { return m_chart; }
    QTableView *recentAllocationsView() const { return m_allocationsView; }
    QTableView *activeAlertsView() const { return m_alertsView; }
    const std::optional<DashboardStats> &stats() const { return m_stats; }
    // Hosts in the live average now.
    int liveHostCount() const { return int(m_liveHosts.size()); }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    // The trend request behind what the chart shows (or is loading).
    struct TrendRequest
    {
        QDateTime from;
        QDateTime to;
        int step = 0;
    };
    TrendRequest lastTrendRequest() const { return m_trendRequest; }
    int trendRequestCount() const { return m_trendRequests; }
    int trendLoadCount() const { return m_trendLoads; }
    int statsLoadCount() const { return m_statsLoads; }
    // Whether the 30 s refresh runs (only while activated and visible).
    bool isAutoRefreshing() const { return m_timer.isActive(); }

Q_SIGNALS:
    // After each answer of the stats, trend and lists calls (tests wait on these).
    void statsLoaded();
    void trendLoaded();
    void listsLoaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildCards(QWidget *parent);
    void loadStats();
    void loadTrend();
    void loadLists();
    void showStats(const DashboardStats &stats);
    void failed(const QString &what, const Error &error);
    void updateTimers();
    void openSection(int section, const QJsonObject &filters);
    void openAllocation(const QModelIndex &index);
    void openAlert(const QModelIndex &index);
    void takeLiveMetrics(const QString &hostId, const QJsonObject &event);
    void sampleLiveAverage();
    void eventArrived();

    std::unique_ptr<DashboardApi> m_api;
    Clock m_clock;
    QTimer m_timer;
    bool m_activated = false;

    ErrorBanner *m_banner;
    QLabel *m_updated;
    QToolButton *m_refresh;
    QHash<QString, StatCard *> m_cards;
    GpuTrendChart *m_chart;
    DashboardListModel<Allocation> *m_allocations;
    DashboardListModel<Alert> *m_alerts;
    QTableView *m_allocationsView;
    QTableView *m_alertsView;

    std::optional<DashboardStats> m_stats;
    QDateTime m_lastUpdated;
    TrendRequest m_trendRequest;
    quint64 m_trendGeneration = 0;
    bool m_statsInFlight = false;
    bool m_trendInFlight = false;
    bool m_listsInFlight = false;
    int m_pendingLists = 0;
    int m_trendRequests = 0;
    int m_trendLoads = 0;
    int m_statsLoads = 0;
    bool m_hadError = false;

    struct LiveHost
    {
        double utilization = 0;
        int gpus = 1;
        QDateTime at;
    };
    QHash<QString, LiveHost> m_liveHosts; // each host's latest snapshot
    bool m_liveFresh = false;             // a snapshot arrived since the last sample
    QTimer m_liveSample;
    QTimer m_eventReload;
    bool m_eventsWhileHidden = false; // reload the cards and lists when shown again
};

} // namespace remotegpu::ui
