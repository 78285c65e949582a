#pragma once

#include <QStyledItemDelegate>

namespace remotegpu::ui {

// Paints a share (0..1, read from `shareRole`) as a bar across the cell behind the cell's text,
// so a column of percentages reads at a glance; a cell without a share is drawn as usual. The
// bar takes the palette's highlight colour, lighter, so the text on it stays readable in light
// and dark themes; a share under `lowShare` is drawn in the warning colour.
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
