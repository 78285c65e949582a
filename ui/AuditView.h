#pragma once

#include "AuditApi.h"
#include "AuditEntry.h"
#include "SectionView.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QWidget;

namespace remotegpu {
class Session;
} // namespace remotegpu

namespace remotegpu::ui {

class AuditCsvExport;
class AuditDiffModel;
class ErrorBanner;
template<typename T>
class PagedTableModel;

// The audit trail (admin): who did what to which target, when, from where, with what result.
// Filters go to the server (user, action, target, result, trace id, time range in local time
// sent as UTC); the selected entry's change is shown before/after side by side; Export CSV
// writes every entry of the current filter, page by page, with a progress bar and Cancel.
class AuditView : public SectionView
{
    Q_OBJECT

public:
    enum Column { Time, User, Action, Target, Outcome, Address, Trace, ColumnCount };

    AuditView(ApiClient *api, Session *session, QWidget *parent = nullptr);
    ~AuditView() override;

    void activate() override;
    void refresh() override;
    void focusSearch() override;
    void applyFilters(const QJsonObject &filters) override;
    void resetForNewSession() override;

    // The filters the fields describe now, as the list API takes them.
    QJsonObject currentFilters() const;
    // Where "now" comes from (the time range's defaults); tests pass a fixed clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    PagedTableModel<AuditEntry> *model() const { return m_model; }
    AuditDiffModel *diffModel() const { return m_diff; }
    AuditCsvExport *exporter() const { return m_export; }
    // Exports the current filter's entries to `path` without asking (the Export button asks
    // for the file first).
    void exportTo(const QString &path);

private:
    void buildFilters();
    void setFilterFields(const QJsonObject &filters);
    void scheduleApply();
    void apply();
    void clearFilters();
    void showDetail();
    void askExportFile();
    void updateCount();
    void showContextMenu(const QPoint &pos);

    AuditApi m_api;
    bool m_activated = false;
    std::function<QDateTime()> m_clock;
    QTimer m_applyTimer;

    QLineEdit *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_resourceType = nullptr;
    QLineEdit *m_resourceId = nullptr;
    QComboBox *m_result = nullptr;
    QLineEdit *m_traceId = nullptr;
    QCheckBox *m_fromOn = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_toOn = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_exportProgress = nullptr;
    QPushButton *m_exportCancel = nullptr;
    QLabel *m_count = nullptr;
    ErrorBanner *m_banner = nullptr;

    PagedTableModel<AuditEntry> *m_model = nullptr;
    QTableView *m_table = nullptr;

    QWidget *m_detail = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailWhen = nullptr;
    QLabel *m_detailRequest = nullptr;
    QLabel *m_detailError = nullptr;
    QLineEdit *m_detailIp = nullptr;
    QLineEdit *m_detailTrace = nullptr;
    QLabel *m_diffCaption = nullptr;
    AuditDiffModel *m_diff = nullptr;
    QTableView *m_diffView = nullptr;

    AuditCsvExport *m_export = nullptr;
};

} // namespace remotegpu::ui
