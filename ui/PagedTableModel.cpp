#include "PagedTableModel.h"

#include <QJsonArray>

#include <algorithm>

namespace remotegpu::ui {

using namespace Qt::Literals::StringLiterals;

PagedTableModelBase::PagedTableModelBase(QObject *parent)
    : QAbstractTableModel(parent)
    , m_requestContext(new QObject(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &PagedTableModelBase::reload);
}

void PagedTableModelBase::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, PageRequest::MaxPageSize);
}

void PagedTableModelBase::setDebounceInterval(int milliseconds)
{
    m_debounce.setInterval(milliseconds);
}

namespace {

bool isEmptyFilter(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ||
           (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

} // namespace

void PagedTableModelBase::setFilter(const QString &field, const QJsonValue &value)
{
    const QJsonObject before = m_filters;
    if (isEmptyFilter(value))
        m_filters.remove(field);
    else
        m_filters.insert(field, value);
    if (m_filters != before)
        m_debounce.start();
}

void PagedTableModelBase::setFilters(const QJsonObject &filters)
{
    QJsonObject cleaned;
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        if (!isEmptyFilter(it.value()))
            cleaned.insert(it.key(), it.value());
    }
    m_debounce.stop();
    m_filters = cleaned;
    reload();
}

void PagedTableModelBase::sort(int column, Qt::SortOrder order)
{
    const QString field = sortFieldOf(column);
    if (field.isEmpty())
        return;
    setSort(field, order);
}

void PagedTableModelBase::setSort(const QString &field, Qt::SortOrder order)
{
    if (field == m_sortBy && order == m_order && m_everLoaded)
        return;
    m_sortBy = field;
    m_order = order;
    reload();
}

void PagedTableModelBase::refresh()
{
    if (!m_everLoaded) {
        reload();
        return;
    }
    // As many rows as are shown now, up to the largest page the API gives; beyond that the view
    // simply fetches more again as it scrolls.
    const int rows = std::max(loadedRowCount(), m_pageSize);
    load(1, std::min(rows, PageRequest::MaxPageSize), true);
}

void PagedTableModelBase::reload()
{
    m_debounce.stop();
    ++m_generation; // an answer to an older request is dropped
    // The total goes before the reset: views (and QAbstractItemModelTester) ask canFetchMore
    // from within endResetModel, and a stale total would send a second request for page 2.
    m_total = 0;
    m_everLoaded = false;
    if (loadedRowCount() > 0) {
        beginResetModel();
        clearRows();
        endResetModel();
    }
    load(1, m_pageSize, false);
}

void PagedTableModelBase::clear()
{
    m_debounce.stop();
    m_filters = {};
    ++m_generation; // an answer already queued for delivery is dropped too
    delete m_requestContext;
    m_requestContext = new QObject(this);
    beginResetModel();
    // Before endResetModel, which asks canFetchMore (see reload).
    m_total = 0;
    m_everLoaded = false;
    m_replacing = false;
    m_skip = 0;
    m_hasError = false;
    m_lastError = {};
    clearRows();
    endResetModel();
    setLoading(false);
}

bool PagedTableModelBase::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_loading || m_hasError || !m_everLoaded)
        return false;
    return loadedRowCount() < m_total;
}

void PagedTableModelBase::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Pages are counted in the model's page size; a refresh may have loaded a larger first page,
    // so the next page is found from the rows loaded, and a partial overlap is skipped on arrival.
    load(loadedRowCount() / m_pageSize + 1, m_pageSize, false);
}

int PagedTableModelBase::rowOfKey(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    const int n = loadedRowCount();
    for (int row = 0; row < n; ++row) {
        if (keyAt(row) == key)
            return row;
    }
    return -1;
}

void PagedTableModelBase::load(int page, int pageSize, bool replacing)
{
    const quint64 generation = replacing ? ++m_generation : m_generation;
    m_replacing = replacing;
    m_skip = replacing ? 0 : std::max(0, loadedRowCount() - (page - 1) * pageSize);
    PageRequest request;
    request.page = page;
    request.pageSize = pageSize;
    request.sortBy = m_sortBy;
    request.order = m_order == Qt::AscendingOrder ? SortOrder::Asc : SortOrder::Desc;
    request.filters = m_filters;
    setLoading(true);
    requestPage(request, generation);
}

void PagedTableModelBase::pageFailed(quint64 generation, const Error &error)
{
    if (!isCurrent(generation))
        return;
    m_hasError = true;
    m_lastError = error;
    setLoading(false);
    Q_EMIT loadFailed(error);
}

void PagedTableModelBase::pageArriving(quint64 generation, qint64 total)
{
    Q_UNUSED(generation);
    m_hasError = false;
    m_everLoaded = true;
    m_total = total;
    if (m_replacing)
        Q_EMIT aboutToRefresh();
}

void PagedTableModelBase::pageDone()
{
    const bool replaced = std::exchange(m_replacing, false);
    setLoading(false);
    if (replaced)
        Q_EMIT refreshed();
    Q_EMIT loaded();
}

void PagedTableModelBase::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace remotegpu::ui
