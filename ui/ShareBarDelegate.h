#pragma once

#include <QStyledItemDelegate>

namespace remotegpu::ui {

// Paints a share (0..1, read from `shareRole`) as a bar on a faint full-length track in the left
// part of the cell, the same in every row, beside the cell's text (behind it when the cell is too
// narrow for both), so a column of percentages reads at a glance; a cell without a share is drawn
// as usual. The bar takes the palette's highlight
// colour, lighter, so it suits light and dark themes; a share under `lowShare` is drawn in the
// warning colour.
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ShareBarDelegate(int shareRole, double lowShare, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_shareRole;
    double m_lowShare;
};

} // namespace remotegpu::ui
