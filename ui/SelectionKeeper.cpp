#include "SelectionKeeper.h"

#include "PagedTableModel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace remotegpu::ui {

SelectionKeeper *SelectionKeeper::attach(QAbstractItemView *view, PagedTableModelBase *model)
{
    return new SelectionKeeper(view, model);
}

SelectionKeeper::SelectionKeeper(QAbstractItemView *view, PagedTableModelBase *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    connect(model, &PagedTableModelBase::aboutToRefresh, this, &SelectionKeeper::remember);
    connect(model, &PagedTableModelBase::refreshed, this, &SelectionKeeper::restore);
}

QStringList SelectionKeeper::selectedKeys() const
{
    QStringList keys;
    if (!m_view->selectionModel())
        return keys;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : rows)
        numbers.append(index.row());
    std::sort(numbers.begin(), numbers.end());
    for (int row : numbers)
        keys.append(m_model->keyAt(row));
    return keys;
}

void SelectionKeeper::remember()
{
    m_keys = selectedKeys();
    const QModelIndex current =
        m_view->selectionModel() ? m_view->selectionModel()->currentIndex() : QModelIndex();
    m_currentKey = current.isValid() ? m_model->keyAt(current.row()) : QString();
}

void SelectionKeeper::restore()
{
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!selection)
        return;
    QItemSelection wanted;
    const int lastColumn = m_model->columnCount() - 1;
    for (const QString &key : std::as_const(m_keys)) {
        const int row = m_model->rowOfKey(key);
        if (row >= 0)
            wanted.select(m_model->index(row, 0), m_model->index(row, lastColumn));
    }
    selection->select(wanted, QItemSelectionModel::ClearAndSelect);
    const int currentRow = m_model->rowOfKey(m_currentKey);
    if (currentRow >= 0)
        selection->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
}

} // namespace remotegpu::ui
