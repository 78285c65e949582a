#pragma once

#include <QObject>
#include <QStringList>

class QAbstractItemView;

namespace remotegpu::ui {

class PagedTableModelBase;

// Keeps a view's selected rows (by key) and current row across a PagedTableModel refresh, so a
// periodic refresh never takes the operator's selection away. The view shows the model directly
// (the server sorts and filters, so no proxy stands between them).
class SelectionKeeper : public QObject
{
    Q_OBJECT

public:
    static SelectionKeeper *attach(QAbstractItemView *view, PagedTableModelBase *model);

    // The keys of the selected rows, in row order.
    QStringList selectedKeys() const;

private:
    SelectionKeeper(QAbstractItemView *view, PagedTableModelBase *model);
    void remember();
    void restore();

    QAbstractItemView *m_view;
    PagedTableModelBase *m_model;
    QStringList m_keys;
    QString m_currentKey;
};

} // namespace remotegpu::ui
