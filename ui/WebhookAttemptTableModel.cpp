#include "WebhookAttemptTableModel.h"

#include "TimeText.h"

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

void WebhookAttemptTableModel::setAttempts(QList<WebhookAttempt> attempts)
{
    beginResetModel();
    m_attempts = std::move(attempts);
    endResetModel();
}

int WebhookAttemptTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int WebhookAttemptTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookAttemptTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookAttempt &a = m_attempts.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Problem && !a.responseBody.isEmpty())
        return tr("Answer: %1").arg(a.responseBody.left(500));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return timetext::textWithSeconds(a.createdAt);
    case Event:
        return a.eventType;
    case Attempt:
        return a.attempt;
    case Status:
        return a.statusCode > 0 ? QVariant(a.statusCode) : QVariant(tr("no answer"));
    case Duration:
        return tr("%1 ms").arg(a.durationMs);
    case Problem:
        return a.succeeded() ? tr("delivered") : a.error;
    }
    return {};
}

QVariant WebhookAttemptTableModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Event:
        return tr("Event");
    case Attempt:
        return tr("Attempt");
    case Status:
        return tr("HTTP status");
    case Duration:
        return tr("Duration");
    case Problem:
        return tr("Result");
    }
    return {};
}

} // namespace remotegpu::ui
