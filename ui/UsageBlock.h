#pragma once

#include "ApiCall.h"
#include "UsagePeriodPicker.h"
#include "UsageReport.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace remotegpu::ui {

// "Allocated vs used" for one tenant over a period: the GPU-hours it held, those its GPUs were
// busy and those no agent reported, the busy share of what was reported as a bar, and the same
// per machine. Where the report comes from (the admin's or the owner's route) is the loader's
// business.
class UsageBlock : public QGroupBox
{
    Q_OBJECT

public:
    using Loader = std::function<void(const QDateTime &from, const QDateTime &to, QObject *context,
                                      Reply<UsageReport> reply)>;

    explicit UsageBlock(QWidget *parent = nullptr);

    // Without a loader the block shows nothing (no tenant selected).
    void setLoader(Loader loader);
    UsagePeriodPicker *periodPicker() const { return m_period; }
    // Loads the chosen period again.
    void reload();
    const std::optional<UsageReport> &report() const { return m_report; }
    // The text of a figure: held, busy, unreported, ratio.
    QString figure(const QString &name) const;
    QTableWidget *machineTable() const { return m_machines; }

    // "62.5 %", or "—" for no ratio; shared with the fleet view.
    static QString ratioText(const std::optional<double> &ratio);
    // Below this share of the held GPU-hours reported, a busy share rests on part of the time
    // only, and says so: "100 %" of the one hour an agent reported in a month is not a full month.
    static constexpr double WellReported = 0.9;
    // ratioText, followed by "· 2 % reported" when under WellReported.
    static QString shareText(const UsageFigures &figures);
    // `shareWords` (a ratioText, perhaps with more words) followed by the same.
    static QString withCoverage(const QString &shareWords, const UsageFigures &figures);
    // The sentence for a busy share that rests on part of the time; empty when well reported.
    static QString coverageNote(const UsageFigures &figures);
    static QString gpuHoursText(double hours);

Q_SIGNALS:
    void loaded();

private:
    void display(const UsageReport &report);
    void clear(const QString &why);

    Loader m_loader;
    std::optional<UsageReport> m_report;
    quint64 m_generation = 0;
    UsagePeriodPicker *m_period;
    QLabel *m_held;
    QLabel *m_busy;
    QLabel *m_unreported;
    QLabel *m_status;
    QProgressBar *m_ratio;
    QTableWidget *m_machines;
};

} // namespace remotegpu::ui
