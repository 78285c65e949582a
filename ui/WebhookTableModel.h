#pragma once

#include "Webhook.h"

#include <QAbstractTableModel>
#include <QList>

namespace remotegpu::ui {

// The webhooks as a table: name, URL, events, on/off, failures, last delivery.
class WebhookTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Url, Events, Enabled, Failures, LastTriggered, ColumnCount };
    // The webhook's id, for any column.
    static constexpr int IdRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setWebhooks(QList<Webhook> webhooks);
    const QList<Webhook> &webhooks() const { return m_webhooks; }
    // The row of webhook `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Webhook> m_webhooks;
};

} // namespace remotegpu::ui
