#pragma once

#include "PagedTableModel.h"

namespace remotegpu::ui {

// PagedTableModel<T> that never fetches "more" while it holds no rows. PagedTableModelBase::
// reload() clears the rows (a model reset) before it resets the total and starts page 1, so a
// view answering the reset with fetchMore() asks for page 1 a second time in the same
// generation and every row arrives twice. Page 1 is reload()'s own job; with rows loaded the
// base decides. (To fold into PagedTableModelBase: zero m_total before endResetModel.)
template<typename T>
class CustomerPagedModel : public PagedTableModel<T>
{
public:
    using PagedTableModel<T>::PagedTableModel;

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return this->rowCount() > 0 && PagedTableModel<T>::canFetchMore(parent);
    }
};

} // namespace remotegpu::ui
