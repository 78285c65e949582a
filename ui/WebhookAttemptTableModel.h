#pragma once

#include "WebhookAttempt.h"

#include <QAbstractTableModel>
#include <QList>

namespace remotegpu::ui {

// One webhook's delivery attempts, newest first: when, which event, attempt number, the
// receiver's HTTP status, how long it took, and what went wrong.
class WebhookAttemptTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Event, Attempt, Status, Duration, Problem, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setAttempts(QList<WebhookAttempt> attempts);
    const QList<WebhookAttempt> &attempts() const { return m_attempts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<WebhookAttempt> m_attempts;
};

} // namespace remotegpu::ui
