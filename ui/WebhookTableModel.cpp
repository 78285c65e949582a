#include "WebhookTableModel.h"

#include "TimeText.h"

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

void WebhookTableModel::setWebhooks(QList<Webhook> webhooks)
{
    beginResetModel();
    m_webhooks = std::move(webhooks);
    endResetModel();
}

int WebhookTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_webhooks.size(); ++i)
        if (m_webhooks.at(i).id == id)
            return i;
    return -1;
}

int WebhookTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_webhooks.size());
}

int WebhookTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook &w = m_webhooks.at(index.row());
    if (role == IdRole)
        return w.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return w.name;
    case Url:
        return w.url;
    case Events:
        return w.events.join(u", "_s);
    case Enabled:
        return w.enabled ? tr("On") : tr("Off");
    case Failures:
        return w.failureCount;
    case LastTriggered:
        return timetext::textWithSeconds(w.lastTriggeredAt, tr("never"));
    }
    return {};
}

QVariant WebhookTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Url:
        return tr("URL");
    case Events:
        return tr("Events");
    case Enabled:
        return tr("Enabled");
    case Failures:
        return tr("Failed deliveries");
    case LastTriggered:
        return tr("Last delivery");
    }
    return {};
}

} // namespace remotegpu::ui
