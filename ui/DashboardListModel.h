#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace remotegpu::ui {

// A short, whole list the dashboard shows (recent allocations, active alerts): columns as
// functions of a row, and setRows() that changes rows in place so a periodic refresh keeps the
// selection and allocates nothing new when the count stays the same.
template<typename T>
class DashboardListModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString title;
        std::function<QVariant(const T &row, int role)> data;
    };

    explicit DashboardListModel(QList<Column> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    {}

    const QList<T> &rows() const { return m_rows; }
    const T *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

    void setRows(const QList<T> &rows)
    {
        const int common = int(std::min(rows.size(), m_rows.size()));
        if (rows.size() < m_rows.size()) {
            beginRemoveRows({}, int(rows.size()), int(m_rows.size()) - 1);
            m_rows.resize(rows.size());
            endRemoveRows();
        }
        for (int i = 0; i < common; ++i)
            m_rows[i] = rows.at(i);
        if (common > 0)
            Q_EMIT dataChanged(index(0, 0), index(common - 1, columnCount() - 1));
        if (rows.size() > common) {
            beginInsertRows({}, common, int(rows.size()) - 1);
            for (qsizetype i = common; i < rows.size(); ++i)
                m_rows.append(rows.at(i));
            endInsertRows();
        }
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const auto &column = m_columns.at(index.column());
        return column.data ? column.data(m_rows.at(index.row()), role) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_columns.size())
            return m_columns.at(section).title;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Column> m_columns;
    QList<T> m_rows;
};

} // namespace remotegpu::ui
