#pragma once

#include "ApiCall.h"
#include "Error.h"
#include "Page.h"
#include "PageRequest.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace remotegpu::ui {

// The rows of one server list (seed 001 §4.2), fetched a page at a time as the view scrolls
// (canFetchMore/fetchMore), sorted by the server when a header is clicked (sort()), filtered by
// the server (setFilter, debounced so typing does not send a request per key). The typed part,
// the rows and how a column shows a row, lives in PagedTableModel<T> below; this base holds the
// paging state so it is written once.
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The role under which data() gives a row's key (its id), for keeping a selection across
    // refreshes and for views that act on rows.
    static constexpr int KeyRole = Qt::UserRole + 1;
    // The role that gives the value a column sorts by locally (numbers as numbers).
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit PagedTableModelBase(QObject *parent = nullptr);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    // Rows matching the filters on the server (not only those loaded).
    qint64 totalRows() const { return m_total; }
    bool isLoading() const { return m_loading; }
    // The last load's failure, or nullptr after a successful one.
    const Error *lastError() const { return m_hasError ? &m_lastError : nullptr; }

    QJsonObject filters() const { return m_filters; }
    // Sets one filter (an empty string, null or empty array removes it) and reloads after the
    // debounce delay; setFilters replaces them all and reloads at once.
    void setFilter(const QString &field, const QJsonValue &value);
    void setFilters(const QJsonObject &filters);
    // How long setFilter waits for more changes before reloading (default 300 ms).
    void setDebounceInterval(int milliseconds);

    QString sortField() const { return m_sortBy; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // The server field behind a column, empty when the column cannot be sorted.
    virtual QString sortFieldOf(int column) const = 0;
    void sort(int column, Qt::SortOrder order) override;
    // Sorting by a server field directly (restoring a saved sort, say).
    void setSort(const QString &field, Qt::SortOrder order);

    // Loads page 1 again with as many rows as are loaded now, replacing them in place so a
    // selection survives. Use for "refresh" and after a change.
    void refresh();
    // Drops every row and loads page 1.
    void reload();
    // Drops every row, the total and the filters and cancels the requests on their way, loading
    // nothing: what a view does when another person signs in, so none of the previous one's rows
    // stay on screen or arrive later. The sort stays (it is the header's, remembered per view);
    // the next reload() or refresh() loads again.
    void clear();

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The key (id) of a row; -1 row or out of range gives an empty string.
    virtual QString keyAt(int row) const = 0;
    // The row of a key among the loaded rows, or -1.
    int rowOfKey(const QString &key) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page arrived: totalRows() and the rows are up to date.
    void loaded();
    void loadFailed(const remotegpu::Error &error);
    // Around a refresh that replaced the loaded rows (views reselect their keys after it).
    void aboutToRefresh();
    void refreshed();

protected:
    // Fetches `request`; the typed model calls pageArrived or pageFailed with `generation`.
    virtual void requestPage(const PageRequest &request, quint64 generation) = 0;
    virtual int loadedRowCount() const = 0;
    virtual void clearRows() = 0;
    // Rows at the start of an arriving page that are loaded already (after a refresh loaded a
    // larger first page than the page size), to drop rather than show twice.
    int rowsToSkip() const { return m_skip; }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    void pageFailed(quint64 generation, const Error &error);
    // The page answer's total; the typed model inserts or replaces its rows between them.
    void pageArriving(quint64 generation, qint64 total);
    void pageDone();
    bool isReplacing() const { return m_replacing; }
    // The context object of the requests on their way: clear() destroys it, which aborts them
    // (ApiClient drops a request whose context is gone).
    QObject *requestContext() const { return m_requestContext; }

private:
    void load(int page, int pageSize, bool replacing);
    void setLoading(bool loading);

    QJsonObject m_filters;
    QString m_sortBy;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_pageSize = 50;
    int m_nextPage = 1;
    qint64 m_total = 0;
    bool m_loading = false;
    bool m_replacing = false;
    bool m_hasError = false;
    bool m_everLoaded = false;
    Error m_lastError;
    quint64 m_generation = 0;
    int m_skip = 0;
    QTimer m_debounce;
    QObject *m_requestContext;
};

// A column of a PagedTableModel<T>: its title, the server field it sorts by (empty: not
// sortable) and what it shows of a row for a role (DisplayRole at least).
template<typename T>
struct PagedColumn
{
    QString title;
    QString sortField;
    std::function<QVariant(const T &row, int role)> data;
    // The order a first click on the header asks for (a load column: busiest first).
    Qt::SortOrder initialOrder = Qt::AscendingOrder;
};

// The typed rows: `fetch` is a typed API call such as MachinesApi::list, `key` a row's id.
template<typename T>
class PagedTableModel : public PagedTableModelBase
{
public:
    using Fetch = std::function<void(const PageRequest &, QObject *context, Reply<Page<T>>)>;

    PagedTableModel(QList<PagedColumn<T>> columns, Fetch fetch,
                    std::function<QString(const T &)> key, QObject *parent = nullptr)
        : PagedTableModelBase(parent)
        , m_columns(std::move(columns))
        , m_fetch(std::move(fetch))
        , m_key(std::move(key))
    {}

    const QList<T> &rows() const { return m_rows; }
    const T *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
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
        const T &row = m_rows.at(index.row());
        if (role == KeyRole)
            return m_key(row);
        const auto &column = m_columns.at(index.column());
        return column.data ? column.data(row, role) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
            if (role == Qt::DisplayRole)
                return m_columns.at(section).title;
            if (role == Qt::InitialSortOrderRole)
                return int(m_columns.at(section).initialOrder);
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    QString sortFieldOf(int column) const override
    {
        return column >= 0 && column < m_columns.size() ? m_columns.at(column).sortField
                                                        : QString();
    }
    QString keyAt(int row) const override
    {
        return row >= 0 && row < m_rows.size() ? m_key(m_rows.at(row)) : QString();
    }
    // Changes the loaded row of `key` in place (a live update) and announces the whole row;
    // false when no loaded row has that key.
    bool updateRow(const QString &key, const std::function<void(T &)> &change)
    {
        const int row = rowOfKey(key);
        if (row < 0)
            return false;
        change(m_rows[row]);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return true;
    }

protected:
    int loadedRowCount() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }
    void requestPage(const PageRequest &request, quint64 generation) override
    {
        m_fetch(request, requestContext(), [this, generation](Result<Page<T>> answer) {
            if (!isCurrent(generation))
                return;
            if (!answer.ok()) {
                pageFailed(generation, answer.error());
                return;
            }
            pageArriving(generation, answer->total);
            if (isReplacing())
                replaceRows(std::move(answer->list));
            else
                appendRows(std::move(answer->list));
            pageDone();
        });
    }

private:
    void appendRows(QList<T> rows)
    {
        rows.remove(0, std::min<qsizetype>(rowsToSkip(), rows.size()));
        if (rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(std::move(rows));
        endInsertRows();
    }
    // Rows that stay are changed in place (one dataChanged), so views keep their selection and
    // scroll position; only the difference in count is inserted or removed.
    void replaceRows(QList<T> rows)
    {
        const int common = int(std::min(rows.size(), m_rows.size()));
        if (rows.size() < m_rows.size()) {
            beginRemoveRows({}, int(rows.size()), int(m_rows.size()) - 1);
            m_rows.resize(rows.size());
            endRemoveRows();
        }
        for (int i = 0; i < common; ++i)
            m_rows[i] = rows.at(i);
        if (common > 0 && !m_columns.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(common - 1, int(m_columns.size()) - 1));
        if (rows.size() > common) {
            beginInsertRows({}, common, int(rows.size()) - 1);
            for (qsizetype i = common; i < rows.size(); ++i)
                m_rows.append(rows.at(i));
            endInsertRows();
        }
    }

    QList<PagedColumn<T>> m_columns;
    Fetch m_fetch;
    std::function<QString(const T &)> m_key;
    QList<T> m_rows;
};

} // namespace remotegpu::ui
